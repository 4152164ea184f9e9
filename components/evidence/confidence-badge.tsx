import { CheckCircle2, CircleDashed, TriangleAlert } from "lucide-react";
import { CONFIDENCE_LABELS } from "@/lib/evidence/labels";
import type { Confidence } from "@/lib/evidence/zero-trust-assessment/reconcile";
import { cn } from "@/lib/utils";

const STYLES: Record<Confidence, string> = {
  self_rated: "border-border text-muted-foreground",
  supported: "border-success/50 text-success",
  contradicted: "border-warning bg-warning/15 text-foreground",
};
const ICONS = { self_rated: CircleDashed, supported: CheckCircle2, contradicted: TriangleAlert } as const;

/** How far an answer is backed by the tool's tests, in words and not colour alone. */
export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  const Icon = ICONS[confidence];
  return (
    <span className={cn("inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap", STYLES[confidence])}>
      <Icon aria-hidden className="size-3.5" />
      {CONFIDENCE_LABELS[confidence]}
    </span>
  );
}
