import { STATUS_LABELS } from "@/lib/assessment/labels";
import type { AssessmentStatus } from "@/lib/validation/assessment";
import { cn } from "@/lib/utils";

const TONE: Record<AssessmentStatus, string> = {
  draft: "bg-muted text-muted-foreground",
  in_progress: "bg-primary/10 text-primary",
  completed: "bg-success/10 text-success",
  archived: "border border-border text-muted-foreground",
};

export function StatusBadge({ status }: { status: AssessmentStatus }) {
  return <span className={cn("inline-flex rounded-full px-2 py-0.5 text-xs font-medium", TONE[status])}>{STATUS_LABELS[status]}</span>;
}
