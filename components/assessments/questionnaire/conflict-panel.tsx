import { Button } from "@/components/ui/button";
import { answerLabel, formatDateTime } from "@/lib/assessment/labels";
import { draftOf, type Draft, type SavedAnswer } from "@/lib/assessment/autosave";

function AnswerSummary({ heading, answer }: { heading: string; answer: Draft | null }) {
  return (
    <div className="grid gap-1 rounded-md border border-border bg-background p-3 text-sm">
      <p className="font-medium">{heading}</p>
      {answer?.value ? (
        <>
          <p>{answerLabel(answer.value)}</p>
          {answer.value === "not_applicable" ? <p className="text-muted-foreground">Reason: {answer.naReason || "—"}</p> : null}
          {answer.criteriaMet.length ? <p className="text-muted-foreground">Criteria met: {answer.criteriaMet.join(", ")}</p> : null}
          <p className="text-muted-foreground">Note: {answer.note || "—"}</p>
          <p className="text-muted-foreground">Evidence: {answer.evidence.length ? answer.evidence.join(", ") : "—"}</p>
        </>
      ) : (
        <p className="text-muted-foreground">No answer (it was removed).</p>
      )}
    </div>
  );
}

/** Someone else saved this answer meanwhile: both values side by side, and the user picks. */
export function ConflictPanel({ mine, theirs, onResolve }: { mine: Draft; theirs: SavedAnswer | null; onResolve: (choice: "mine" | "theirs") => void }) {
  const who = theirs?.updatedBy ?? "Someone else";
  const when = theirs ? formatDateTime(theirs.updatedAt) : "";
  return (
    <div role="alert" aria-label="Conflicting change" className="grid gap-3 rounded-lg border border-warning/50 bg-warning/10 p-4">
      <p className="text-sm font-medium">
        {who} changed this answer{when ? ` at ${when}` : ""} while you were editing. Nothing was overwritten: choose which value to keep.
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        <AnswerSummary heading="Your value" answer={mine} />
        <AnswerSummary heading={`Their value (${who})`} answer={theirs && draftOf(theirs)} />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => onResolve("mine")}>Keep mine</Button>
        <Button variant="outline" onClick={() => onResolve("theirs")}>
          Use theirs
        </Button>
      </div>
    </div>
  );
}
