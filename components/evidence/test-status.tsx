import type { ZtaStatus } from "@/lib/evidence/zero-trust-assessment/report";
import { cn } from "@/lib/utils";

const STYLES: Record<ZtaStatus, string> = {
  Passed: "border-success/50 text-success",
  Failed: "border-destructive/50 text-destructive",
  Skipped: "border-border text-muted-foreground",
  Planned: "border-border text-muted-foreground",
  Investigate: "border-warning text-foreground",
  Error: "border-destructive/50 text-destructive",
};

/** A tool test's status, in the tool's own word. */
export function TestStatus({ status }: { status: ZtaStatus }) {
  return <span className={cn("rounded border px-1.5 py-0.5 text-xs font-medium whitespace-nowrap", STYLES[status])}>{status}</span>;
}
