import { Loader2 } from "lucide-react";

/** What a route shows while its server component loads. */
export function Loading({ label }: { label: string }) {
  return (
    <div role="status" className="flex items-center gap-2 py-12 text-sm text-muted-foreground">
      <Loader2 className="size-4 animate-spin" aria-hidden />
      {label}
    </div>
  );
}
