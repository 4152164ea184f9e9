import Link from "next/link";
import { Button } from "@/components/ui/button";
import { NEXT_STEP_STATUS_LABELS } from "@/lib/assessment/labels";
import type { Overview } from "@/lib/server/overview";
import { cn } from "@/lib/utils";
import { Panel } from "./panel";

/** The signed-in member's open next steps: counts that open the tracker filtered, and the next few due. */
export function MyNextSteps({ mine }: { mine: Overview["mine"] }) {
  return (
    <Panel id="mine-heading" title="Assigned to you">
      <dl className="grid grid-cols-2 gap-3">
        <div className="rounded-md bg-muted/50 p-3">
          <dt className="text-xs text-muted-foreground">Open next steps</dt>
          <dd>
            <Link href="/next-steps?owner=me" className="text-2xl font-semibold text-primary hover:underline" aria-label={`${mine.open} open next steps assigned to you`}>
              {mine.open}
            </Link>
          </dd>
        </div>
        <div className="rounded-md bg-muted/50 p-3">
          <dt className="text-xs text-muted-foreground">Overdue</dt>
          <dd>
            <Link
              href="/next-steps?owner=me&overdue=1"
              className={cn("text-2xl font-semibold hover:underline", mine.overdue ? "text-destructive" : "text-primary")}
              aria-label={`${mine.overdue} overdue next steps assigned to you`}
            >
              {mine.overdue}
            </Link>
          </dd>
        </div>
      </dl>
      {mine.upcoming.length === 0 ? (
        <p className="text-sm text-muted-foreground">Nothing is assigned to you. Owners are set in the Next steps tracker.</p>
      ) : (
        <ul className="grid gap-2" aria-label="Your next steps by due date">
          {mine.upcoming.map((step) => (
            <li key={step.id} className="grid gap-0.5 text-sm">
              <Link href={`/next-steps?item=${step.id}`} className="font-medium text-primary hover:underline">
                {step.title}
              </Link>
              <span className="text-xs text-muted-foreground">
                {step.assessment.name} · {NEXT_STEP_STATUS_LABELS[step.status]} ·{" "}
                {step.dueDate ? <span className={cn(step.overdue && "font-medium text-destructive")}>{step.overdue ? `Overdue since ${step.dueDate}` : `Due ${step.dueDate}`}</span> : "No due date"}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Button asChild variant="outline" size="sm" className="justify-self-start">
        <Link href="/next-steps?owner=me">Open my next steps</Link>
      </Button>
    </Panel>
  );
}
