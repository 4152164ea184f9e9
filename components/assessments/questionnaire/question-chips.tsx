import { useState } from "react";
import { answerLabel } from "@/lib/assessment/labels";
import type { Entries } from "@/lib/assessment/autosave";
import type { Question } from "@/lib/framework/types";
import { cn } from "@/lib/utils";

/** What a chip's tooltip says of a question's state: the level, or why it is not saved. */
function levelText(entry: Entries[string]) {
  if (entry.status === "invalid") return "Answer: Not applicable, reason missing (not saved)";
  if (entry.draft.value === "unknown") return "Answer: Unknown (counts as unanswered)";
  return entry.draft.value ? `Answer: ${answerLabel(entry.draft.value)}` : "Not answered yet";
}

/**
 * The questions of one pillar as short chips. Each shows its title and chosen level in a tooltip
 * on hover and on keyboard focus; the same text is the chip's accessible description. Escape
 * hides it until the chip loses focus, and the pointer may move onto it (WCAG 1.4.13).
 */
export function QuestionChips({ label, questions, entries, currentId, onGo }: { label: string; questions: Question[]; entries: Entries; currentId: string; onGo: (questionId: string) => void }) {
  const [dismissed, setDismissed] = useState<string | null>(null);
  return (
    <ol aria-label={label} className="flex flex-wrap gap-1">
      {questions.map((candidate) => {
        const entry = entries[candidate.id]!;
        const answered = Boolean(entry.draft.value) && entry.draft.value !== "unknown";
        const unknown = entry.draft.value === "unknown";
        const pending = entry.status === "invalid";
        const tipId = `chip-tip-${candidate.id}`;
        return (
          <li key={candidate.id} className="group relative">
            <button
              type="button"
              aria-describedby={tipId}
              aria-current={candidate.id === currentId ? "step" : undefined}
              onClick={() => onGo(candidate.id)}
              onKeyDown={(event) => {
                if (event.key === "Escape") setDismissed(candidate.id);
              }}
              onBlur={() => setDismissed(null)}
              data-state={pending ? "unsaved" : answered ? "answered" : unknown ? "unknown" : "unanswered"}
              className={cn(
                "rounded-md border border-border px-2 py-1 font-mono text-xs hover:bg-muted",
                answered && "bg-primary/10 text-primary",
                unknown && "border-dashed",
                pending && "border-dashed border-warning bg-warning/15 text-foreground",
                candidate.id === currentId && "ring-2 ring-ring",
              )}
            >
              {candidate.id}
              {pending ? <span aria-hidden> !</span> : unknown ? <span aria-hidden> ?</span> : null}
            </button>
            <span
              id={tipId}
              role="tooltip"
              className={cn("absolute top-full left-0 z-20 hidden w-64 max-w-[70vw] pt-1", dismissed !== candidate.id && "group-hover:block group-has-[:focus-visible]:block")}
            >
              <span className="block rounded-md border border-border bg-popover p-2 text-xs text-popover-foreground shadow-md">
                <span className="block font-medium">{candidate.title}</span>
                <span className="block text-muted-foreground">{levelText(entry)}</span>
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
