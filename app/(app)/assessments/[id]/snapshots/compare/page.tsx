import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { SimpleTable } from "@/components/ui/table-parts";
import { answerLabel, formatScore } from "@/lib/assessment/labels";
import type { AnswerChoice } from "@/lib/scoring/types";
import { getFramework } from "@/lib/framework/index";
import { previousQuestionIds } from "@/lib/framework/lineage";
import { STAGE_LABELS, type Stage } from "@/lib/framework/types";
import { diffScores } from "@/lib/scoring/diff";
import type { ScoreChange } from "@/lib/scoring/types";
import { orNotFound } from "@/lib/server/pages";
import { requireMembership } from "@/lib/server/session";
import { getSnapshot, type SnapshotDetail } from "@/lib/server/snapshots";
import { cn } from "@/lib/utils";
import { ZId } from "@/lib/validation/assessment";

export const metadata: Metadata = { title: "Compare snapshots" };

const ZCompare = z.object({ from: ZId, to: ZId });

const DIRECTION_LABELS = { up: "Improved", down: "Regressed", changed: "Changed", added: "Newly answered", removed: "No longer answered" } as const;

const snapshotName = (snapshot: SnapshotDetail) => `${snapshot.label ?? "Untitled"} (${snapshot.takenAt.toISOString().slice(0, 10)})`;

function stageText(stage: Stage | null, score: number | null) {
  // A diff keeps stages, not why one is missing: a mean without a stage was below a threshold.
  return stage ? `${STAGE_LABELS[stage]} (${formatScore(score)})` : score !== null ? `Not rated (mean ${formatScore(score)})` : "Not scored";
}

function Delta({ change }: { change: ScoreChange }) {
  if (change.delta === null) return <span className="text-muted-foreground">—</span>;
  const text = `${change.delta > 0 ? "+" : ""}${change.delta.toFixed(2)}`;
  return <span className={cn("font-medium tabular-nums", change.delta > 0 && "text-success", change.delta < 0 && "text-destructive")}>{text}</span>;
}

export default async function CompareSnapshotsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requireMembership();
  const { id } = await params;
  const parsed = ZCompare.safeParse(await searchParams);
  const back = (
    <Link href={`/assessments/${id}/snapshots`} className="text-sm text-primary hover:underline">
      Back to snapshots
    </Link>
  );
  if (!parsed.success) return <div className="grid gap-3">{back}<Alert>Choose two snapshots to compare.</Alert></div>;
  const [from, to] = await Promise.all([orNotFound(getSnapshot(actor, id, parsed.data.from)), orNotFound(getSnapshot(actor, id, parsed.data.to))]);
  const crossVersion = from.frameworkVersion !== to.frameworkVersion;
  if (crossVersion) return <CrossVersionCompare from={from} to={to} back={back} />;
  const diff = diffScores(from.scores, to.scores);
  const framework = getFramework(to.frameworkVersion);
  const pillarName = (pillar: string) => framework?.pillars.find((candidate) => candidate.id === pillar)?.name ?? pillar;
  const title = (questionId: string) => framework?.questions.find((question) => question.id === questionId)?.title ?? questionId;

  return (
    <div className="grid gap-6">
      {back}
      <section aria-labelledby="overall-heading" className="grid gap-1 rounded-lg border border-border p-4">
        <h2 id="overall-heading" className="font-semibold">
          {snapshotName(from)} → {snapshotName(to)}
        </h2>
        <p>
          Overall: {stageText(diff.overall.beforeStage, diff.overall.before)} → {stageText(diff.overall.afterStage, diff.overall.after)} <Delta change={diff.overall} />
        </p>
        <p className="text-sm text-muted-foreground">
          {diff.questions.length === 0 ? "No answer changed between these snapshots." : `${diff.questions.length} answer${diff.questions.length === 1 ? "" : "s"} changed.`}
        </p>
      </section>

      <section aria-labelledby="pillars-heading" className="grid gap-2">
        <h2 id="pillars-heading" className="font-semibold">
          By pillar
        </h2>
        <SimpleTable headers={["Pillar", "Before", "After", "Change"]}>
          {diff.pillars.map((pillar) => (
            <tr key={pillar.pillar} className="border-t border-border">
              <th scope="row" className="px-3 py-2 text-left font-medium">
                {pillarName(pillar.pillar)}
              </th>
              <td className="px-3 py-2">{stageText(pillar.beforeStage, pillar.before)}</td>
              <td className="px-3 py-2">{stageText(pillar.afterStage, pillar.after)}</td>
              <td className="px-3 py-2">
                <Delta change={pillar} />
              </td>
            </tr>
          ))}
        </SimpleTable>
      </section>

      <section aria-labelledby="questions-heading" className="grid gap-2">
        <h2 id="questions-heading" className="font-semibold">
          By question
        </h2>
        {diff.questions.length === 0 ? (
          <p className="text-sm text-muted-foreground">Nothing moved.</p>
        ) : (
          <SimpleTable headers={["Question", "Pillar", "Before", "After", "Movement"]}>
            {diff.questions.map((change) => (
              <tr key={change.questionId} className="border-t border-border">
                <td className="px-3 py-2">
                  <span className="font-mono text-xs">{change.questionId}</span> {title(change.questionId)}
                </td>
                <td className="px-3 py-2">{pillarName(change.pillar)}</td>
                <td className="px-3 py-2">{change.before ? answerLabel(change.before) : "Unanswered"}</td>
                <td className="px-3 py-2">{change.after ? answerLabel(change.after) : "Unanswered"}</td>
                <td className={cn("px-3 py-2", change.direction === "up" && "text-success", change.direction === "down" && "text-destructive")}>{DIRECTION_LABELS[change.direction]}</td>
              </tr>
            ))}
          </SimpleTable>
        )}
      </section>
    </div>
  );
}


/**
 * Two snapshots on different question bank versions: their means cover different questions, so
 * they are shown side by side with no change, and answers are related through the later
 * version's lineage when it starts from the earlier one.
 */
function CrossVersionCompare({ from, to, back }: { from: SnapshotDetail; to: SnapshotDetail; back: ReactNode }) {
  const fromFramework = getFramework(from.frameworkVersion);
  const toFramework = getFramework(to.frameworkVersion);
  const lineage = toFramework?.lineage?.from === from.frameworkVersion ? toFramework.lineage : null;
  const pillarName = (pillar: string) => toFramework?.pillars.find((candidate) => candidate.id === pillar)?.name ?? fromFramework?.pillars.find((candidate) => candidate.id === pillar)?.name ?? pillar;
  const fromValues = new Map(from.answers.map((answer) => [answer.questionId, answer.value as AnswerChoice]));
  const toValues = new Map(to.answers.map((answer) => [answer.questionId, answer.value as AnswerChoice]));
  const text = (value: AnswerChoice | undefined) => (value ? answerLabel(value) : "Unanswered");
  const rows =
    lineage && toFramework
      ? [...previousQuestionIds(lineage, toFramework.questions.map((question) => question.id))].flatMap(([questionId, sources]) => {
          const question = toFramework.questions.find((candidate) => candidate.id === questionId)!;
          const before = sources.length === 0 ? "New question" : sources.map((source) => (sources.length > 1 ? `${source}: ${text(fromValues.get(source))}` : text(fromValues.get(source)))).join(", ");
          const after = text(toValues.get(questionId));
          const same = sources.length === 1 && sources[0] === questionId && before === after;
          return same || (sources.length === 0 && !toValues.has(questionId)) ? [] : [{ question, sources, before, after }];
        })
      : [];
  const pillars = [...new Set([...from.scores.pillars, ...to.scores.pillars].map((pillar) => pillar.pillar))];
  const score = (snapshot: SnapshotDetail, pillar: string) => {
    const found = snapshot.scores.pillars.find((candidate) => candidate.pillar === pillar);
    return found ? stageText(found.stage, found.score) : "Not in this version";
  };
  return (
    <div className="grid gap-6">
      {back}
      <section aria-labelledby="overall-heading" className="grid gap-2 rounded-lg border border-border p-4">
        <h2 id="overall-heading" className="font-semibold">
          {snapshotName(from)} → {snapshotName(to)}
        </h2>
        <p role="note" className="rounded-md border border-warning/60 bg-warning/10 p-3 text-sm">
          These snapshots use different question bank versions ({from.frameworkVersion} → {to.frameworkVersion}). Their scores cover different sets of questions, so they are
          shown side by side with no change computed.{" "}
          {lineage ? `Answers are compared through ${to.frameworkVersion}'s lineage: each question against the ${from.frameworkVersion} question or questions it continues.` : "No lineage links these versions in this order, so answers are not compared."}
        </p>
        <p>
          Overall: {stageText(from.scores.overall.stage, from.scores.overall.score)} ({from.frameworkVersion}) · {stageText(to.scores.overall.stage, to.scores.overall.score)} ({to.frameworkVersion})
        </p>
      </section>

      <section aria-labelledby="pillars-heading" className="grid gap-2">
        <h2 id="pillars-heading" className="font-semibold">
          By pillar
        </h2>
        <SimpleTable headers={["Pillar", from.frameworkVersion, to.frameworkVersion]}>
          {pillars.map((pillar) => (
            <tr key={pillar} className="border-t border-border">
              <th scope="row" className="px-3 py-2 text-left font-medium">
                {pillarName(pillar)}
              </th>
              <td className="px-3 py-2">{score(from, pillar)}</td>
              <td className="px-3 py-2">{score(to, pillar)}</td>
            </tr>
          ))}
        </SimpleTable>
      </section>

      {lineage ? (
        <section aria-labelledby="questions-heading" className="grid gap-2">
          <h2 id="questions-heading" className="font-semibold">
            By question, through the lineage
          </h2>
          {rows.length === 0 ? (
            <p className="text-sm text-muted-foreground">Every continuing question has the same answer in both.</p>
          ) : (
            <SimpleTable headers={[`Question (${to.frameworkVersion})`, `Was (${from.frameworkVersion})`, "Before", "After"]}>
              {rows.map((row) => (
                <tr key={row.question.id} className="border-t border-border">
                  <td className="px-3 py-2">
                    <span className="font-mono text-xs">{row.question.id}</span> {row.question.title}
                  </td>
                  <td className="px-3 py-2 font-mono text-xs">{row.sources.join(", ") || "—"}</td>
                  <td className="px-3 py-2">{row.before}</td>
                  <td className="px-3 py-2">{row.after}</td>
                </tr>
              ))}
            </SimpleTable>
          )}
        </section>
      ) : null}
    </div>
  );
}
