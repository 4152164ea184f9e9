import type { ReactNode } from "react";

/** The title of one settings page and a line on what it holds. */
export function SettingsHeader({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="grid gap-1">
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <p className="max-w-3xl text-sm text-muted-foreground">{children}</p>
    </div>
  );
}
