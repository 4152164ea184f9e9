import { CheckCircle2, CircleDashed, TriangleAlert } from "lucide-react";
import { CONFIDENCE_LABELS } from "@/lib/evidence/labels";
import type { Confidence } from "@/lib/evidence/zero-trust-assessment/reconcile";
import { cn } from "@/lib/utils";

const STYLES: Record<Confidence, string> = {
  self_rated: "border-border text-muted-foreground",
  supported: "border-emerald-600/40 text-emerald-800 dark:text-emerald-300",
  contradicted: "border-amber-600/50 bg-amber-50 text-amber-900 dark:bg-amber-950/40 dark:text-amber-200",
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
