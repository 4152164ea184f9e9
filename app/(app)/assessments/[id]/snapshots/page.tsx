import type { Metadata } from "next";
import { History } from "lucide-react";
import { RecordSnapshotForm } from "@/components/assessments/record-snapshot-form";
import { RescoreSnapshotButton } from "@/components/assessments/rescore-snapshot-button";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/select";
import { SimpleTable } from "@/components/ui/table-parts";
import { formatDateTime, formatPercent, formatScore } from "@/lib/assessment/labels";
import { ratingLabel } from "@/lib/assessment/rating";
import { scoredWithOlderRules, scoringVersionMark } from "@/lib/scoring/version-mark";
import { can } from "@/lib/policy";
import { orNotFound } from "@/lib/server/pages";
import { requireMembership } from "@/lib/server/session";
import { listSnapshots, type SnapshotSummary } from "@/lib/server/snapshots";
import { getAssessment } from "@/lib/server/assessments";

export const metadata: Metadata = { title: "Snapshots" };

const snapshotName = (snapshot: SnapshotSummary) => [`${snapshot.label ?? "Untitled"} — ${formatDateTime(snapshot.takenAt)}`, scoringVersionMark(snapshot.scoringVersion)].filter(Boolean).join(" · ");

export default async function SnapshotsPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor } = await requireMembership();
  const { id } = await params;
  const assessment = await orNotFound(getAssessment(actor, id));
  const snapshots = await listSnapshots(actor, assessment.id);
  const canRecord = can(actor, "assessment.write") && assessment.status !== "archived";
  return (
    <div className="grid gap-6">
      {canRecord ? (
        <section aria-labelledby="record-heading" className="grid gap-2 rounded-lg border border-border p-4">
          <h2 id="record-heading" className="font-semibold">
            Record a snapshot
          </h2>
          <p className="text-sm text-muted-foreground">Freezes today&apos;s answers and scores. Snapshots never change (one taken under older scoring rules can be re-scored); the assessment stays editable for the next cycle.</p>
          <RecordSnapshotForm assessmentId={assessment.id} />
        </section>
      ) : null}

      {snapshots.length === 0 ? (
        <div className="grid justify-items-center gap-2 rounded-lg border border-dashed border-border p-10 text-center">
          <History className="size-8 text-muted-foreground" aria-hidden />
          <h2 className="font-semibold">No snapshots yet</h2>
          <p className="max-w-md text-sm text-muted-foreground">Record one at each review: the history shows how maturity moves, and any two can be compared.</p>
        </div>
      ) : (
        <>
          <section aria-labelledby="history-heading" className="grid gap-2">
            <h2 id="history-heading" className="font-semibold">
              History
            </h2>
            <SimpleTable headers={["Label", "Taken", "By", "Overall maturity", "Answered", "Framework", "Scoring", "Report"]}>
              {snapshots.map((snapshot) => (
                <tr key={snapshot.id} className="border-t border-border">
                  <td className="px-3 py-2 font-medium">{snapshot.label ?? "Untitled"}</td>
                  <td className="px-3 py-2">
                    <time dateTime={snapshot.takenAt.toISOString()}>{formatDateTime(snapshot.takenAt)}</time>
                  </td>
                  <td className="px-3 py-2">{snapshot.takenBy ?? "—"}</td>
                  <td className="px-3 py-2">
                    {ratingLabel({ stage: snapshot.overallStage, score: snapshot.overallScore, completeness: snapshot.completeness, unrated: snapshot.overallUnrated })}
                    {snapshot.overallScore !== null ? ` (${formatScore(snapshot.overallScore)})` : ""}
                  </td>
                  <td className="px-3 py-2 tabular-nums">{formatPercent(snapshot.completeness)}</td>
                  <td className="px-3 py-2 font-mono text-xs">{snapshot.frameworkVersion}</td>
                  <td className="px-3 py-2">
                    {scoredWithOlderRules(snapshot.scoringVersion) ? (
                      <div className="grid gap-1">
                        <span className="text-xs font-medium">{scoringVersionMark(snapshot.scoringVersion)}</span>
                        {canRecord ? <RescoreSnapshotButton assessmentId={assessment.id} snapshotId={snapshot.id} name={snapshot.label ?? "the untitled snapshot"} /> : null}
                      </div>
                    ) : (
                      <span className="text-xs text-muted-foreground">v{snapshot.scoringVersion} (current)</span>
                    )}
                  </td>
                  <td className="px-3 py-2">
                    <a href={`/api/v1/assessments/${assessment.id}/report?snapshot=${snapshot.id}`} download className="text-primary hover:underline" aria-label={`PDF report of ${snapshot.label ?? "the untitled snapshot"}`}>
                      PDF
                    </a>
                  </td>
                </tr>
              ))}
            </SimpleTable>
          </section>

          {snapshots.length >= 2 ? (
            <form action={`/assessments/${assessment.id}/snapshots/compare`} className="flex min-w-0 flex-wrap items-end gap-3 rounded-lg border border-border p-4">
              <h2 className="w-full font-semibold">Compare two snapshots</h2>
              {(
                [
                  ["from", "From", snapshots[1]!.id],
                  ["to", "To", snapshots[0]!.id],
                ] as const
              ).map(([name, label, selected]) => (
                <div key={name} className="grid w-full min-w-0 gap-1.5 sm:w-auto">
                  <Label htmlFor={`compare-${name}`}>{label}</Label>
                  <NativeSelect id={`compare-${name}`} name={name} defaultValue={selected} className="w-full">
                    {snapshots.map((snapshot) => (
                      <option key={snapshot.id} value={snapshot.id}>
                        {snapshotName(snapshot)}
                      </option>
                    ))}
                  </NativeSelect>
                </div>
              ))}
              <Button type="submit">Compare</Button>
            </form>
          ) : (
            <p className="text-sm text-muted-foreground">Record a second snapshot to compare two reviews.</p>
          )}
        </>
      )}
    </div>
  );
}
