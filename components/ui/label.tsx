import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

/** A plain label: Radix's adds only double-click selection handling, at ~1 kB gzip on every form page. */
export function Label({ className, ...props }: ComponentProps<"label">) {
  return <label className={cn("text-sm font-medium leading-none", className)} {...props} />;
}
