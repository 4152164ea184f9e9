import type { Metadata } from "next";
import Link from "next/link";
import { ChartDataTable, ChartFigure } from "@/components/dashboard/chart-figure";
import { Kpi } from "@/components/dashboard/kpi";
import { RoadmapSummary } from "@/components/roadmap/roadmap-summary";
import { LevelDistribution, MaturityRadar, MaturityTrend } from "@/components/dashboard/charts";
import { PillarRatings } from "@/components/dashboard/pillar-ratings";
import { AssessmentViewPanel } from "@/components/views/view-panel";
import { ViewSwitch } from "@/components/views/view-switch";
import { distributionRows, gapSummary, radarRows, trendPoints, versionChanges } from "@/lib/assessment/dashboard";
import { answerLabel, formatDateTime, formatPercent, formatScore } from "@/lib/assessment/labels";
import { meanText, progressLabel, ratingLabel, unratedPillarsText } from "@/lib/assessment/rating";
import { getFramework, LATEST_FRAMEWORK } from "@/lib/framework/index";
import { STAGE_LABELS } from "@/lib/framework/types";
import { getAssessment } from "@/lib/server/assessments";
import { getAssessmentDashboard } from "@/lib/server/dashboard";
import { getReconciliation } from "@/lib/server/evidence";
import { EvidenceSummary } from "@/components/evidence/evidence-summary";
import { getRoadmap } from "@/lib/server/roadmap";
import { getNaReview } from "@/lib/server/na-review";
import { can } from "@/lib/policy";
import { NaReview } from "@/components/assessments/na-review";
import { ExpiredEvidence } from "@/components/evidence/expired-evidence";
import { listExpiredEvidence } from "@/lib/server/evidence-files";
import { orNotFound } from "@/lib/server/pages";
import { requireMembership } from "@/lib/server/session";
import { ZView } from "@/lib/validation/assessment";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ view?: string | string[] }> }) {
  const { actor } = await requireMembership();
  const { id } = await params;
  // An unknown ?view= falls back to the pillars rather than failing the page.
  const view = ZView.safeParse((await searchParams).view).data ?? null;
  const assessment = await orNotFound(getAssessment(actor, id));
  const [dashboard, evidence] = await Promise.all([getAssessmentDashboard(actor, assessment.id, { view: view ?? undefined }), getReconciliation(actor, assessment.id)]);
  const framework = getFramework(assessment.frameworkVersion) ?? LATEST_FRAMEWORK;
  const pillarName = (pillarId: string) => framework.pillars.find((pillar) => pillar.id === pillarId)?.name ?? pillarId;
  const { overall } = dashboard.scores;
  const radar = radarRows(framework, dashboard.scores);
  const distribution = distributionRows(framework, dashboard.scores);
  const trend = trendPoints(dashboard.snapshots);
  const changes = versionChanges(trend);
  const versions = [...new Set(trend.map((point) => point.frameworkVersion))];
  const gaps = gapSummary(dashboard.scores);
  const moved = dashboard.sinceLastSnapshot;
  const capped = dashboard.scores.pillars.flatMap(({ pillar, cappedBy, score, meanStage }) => (cappedBy && score !== null && meanStage ? [{ pillar, cappedBy, score, meanStage }] : []));
  const names = Object.fromEntries(framework.pillars.map((pillar) => [pillar.id, pillar.name])) as Record<(typeof framework.pillars)[number]["id"], string>;
  const weakest = overall.weakestPillar && dashboard.scores.pillars.find((pillar) => pillar.pillar === overall.weakestPillar!.pillar);
  const questionTitle = (questionId: string) => framework.questions.find((question) => question.id === questionId)?.title ?? "";

  return (
    <div className="grid gap-6">
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Kpi
          label="Overall maturity"
          value={ratingLabel(overall)}
          detail={[overall.unrated === "pillars_unrated" ? unratedPillarsText(overall.unratedPillars.map(pillarName)) : progressLabel(overall), meanText(overall.score)].filter(Boolean).join(". ")}
        />
        <Kpi
          label="Weakest pillar"
          value={weakest ? pillarName(weakest.pillar) : "—"}
          detail={weakest ? `${ratingLabel(weakest)}. ${meanText(weakest.score)}` : undefined}
        />
        <Kpi
          label="Completion"
          value={formatPercent(overall.completeness)}
          detail={`${overall.answered} of ${overall.total} questions answered; a stage needs ${formatPercent(dashboard.scores.policy.coverageThreshold)}`}
        />
        <Kpi
          label="Gap to target"
          value={`${gaps.belowTarget} of ${gaps.withTarget} pillars below`}
          detail={gaps.largest ? `Largest: ${pillarName(gaps.largest.pillar)}, ${gaps.largest.gap.toFixed(1)} stages short on average` : "Every scored pillar is on target"}
        />
      </dl>

      {capped.length > 0 ? (
        <section aria-labelledby="capped-heading" className="rounded-lg border border-border bg-muted/40 p-4 text-sm">
          <h2 id="capped-heading" className="font-semibold">
            Held back by a critical control
          </h2>
          <ul className="mt-1 grid gap-1">
            {capped.map(({ pillar, cappedBy, score, meanStage }) => (
              <li key={pillar}>
                {pillarName(pillar)} is held at {STAGE_LABELS[cappedBy.stage]}, not {STAGE_LABELS[meanStage]} as its mean of {formatScore(score)} would say:{" "}
                <span className="font-mono text-xs">{cappedBy.questionId}</span> {questionTitle(cappedBy.questionId)} is at {STAGE_LABELS[cappedBy.stage]}.
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <EvidenceSummary assessmentId={assessment.id} reconciliation={evidence} questionTitle={questionTitle} />

      <NaReview assessmentId={assessment.id} review={await getNaReview(actor, assessment.id)} canApprove={can(actor, "na.approve") && assessment.status !== "archived"} />

      <ExpiredEvidence assessmentId={assessment.id} files={await listExpiredEvidence(actor, assessment.id)} questionTitle={questionTitle} />

      <ViewSwitch assessmentId={assessment.id} current={view} />
      {dashboard.view ? (
        <AssessmentViewPanel view={dashboard.view} />
      ) : (
        <>
          <PillarRatings pillars={dashboard.scores.pillars} names={names} policy={dashboard.scores.policy} />

          <div className="grid gap-4 lg:grid-cols-2">
            <ChartFigure
              title="Maturity against target"
              summary="Current score per pillar (1 Traditional to 4 Optimal) and the target level."
              empty={overall.scoredPillars === 0 ? "No pillar is scored yet: answer some questions first." : undefined}
              chart={<MaturityRadar rows={radar} />}
              table={<ChartDataTable headers={["Pillar", "Current", "Target"]} rows={radar.map((row) => [row.name, formatScore(row.current), row.target ?? "—"])} />}
            />
            <ChartFigure
              title="Answers by level"
              summary="How many questions of each pillar sit at each level."
              chart={<LevelDistribution rows={distribution} />}
              table={
                <ChartDataTable
                  headers={["Pillar", "Traditional", "Initial", "Advanced", "Optimal", "N/A", "Unanswered"]}
                  rows={distribution.map((row) => [row.name, row.traditional, row.initial, row.advanced, row.optimal, row.not_applicable, row.unanswered])}
                />
              }
            />
          </div>
        </>
      )}

      <ChartFigure
        title="Maturity over time"
        summary={
          changes.length === 0
            ? "Overall and per-pillar scores at each snapshot."
            : `Overall and per-pillar scores at each snapshot. The dashed line marks the move to ${changes.map((change) => change.frameworkVersion).join(", then ")}: scores on either side cover different sets of questions, so the lines do not join across it.`
        }
        empty={
          trend.length === 0
            ? "No snapshot yet: record one on the Snapshots tab to start the history."
            : trend.length === 1
              ? "One snapshot so far: the trend appears with the second."
              : undefined
        }
        chart={<MaturityTrend points={trend} pillars={framework.pillars.map((pillar) => ({ id: pillar.id, name: pillar.name }))} />}
        table={
          <ChartDataTable
            headers={["Snapshot", ...(versions.length > 1 ? ["Question bank"] : []), "Overall", ...framework.pillars.map((pillar) => pillar.name)]}
            rows={trend.map((point) => [
              point.label,
              ...(versions.length > 1 ? [point.frameworkVersion ?? "—"] : []),
              formatScore(point.overall),
              ...framework.pillars.map((pillar) => formatScore(point.pillars[pillar.id] ?? null)),
            ])}
          />
        }
      />

      <RoadmapSummary view={await getRoadmap(actor, assessment.id)} />

      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="moved-heading" className="grid content-start gap-2 rounded-lg border border-border p-4">
          <h2 id="moved-heading" className="font-semibold">
            What moved since the last snapshot
          </h2>
          {!moved ? (
            <p className="text-sm text-muted-foreground">No snapshot yet to compare with.</p>
          ) : !moved.diff && moved.frameworkVersion === assessment.frameworkVersion ? (
            <p className="text-sm text-muted-foreground">
              The last snapshot, {moved.label ?? "untitled"} ({formatDateTime(moved.takenAt)}), was scored with scoring v{moved.scoringVersion}, whose rules differ from today&apos;s, so it is
              not compared: re-score it on the Snapshots tab, or record a snapshot, to compare from here.
            </p>
          ) : !moved.diff ? (
            <p className="text-sm text-muted-foreground">
              The last snapshot, {moved.label ?? "untitled"} ({formatDateTime(moved.takenAt)}), was taken on {moved.frameworkVersion}; this assessment now uses {assessment.frameworkVersion}. Its scores cover a
              different set of questions, so they are not compared: record a snapshot to compare from here.
            </p>
          ) : moved.diff.questions.length === 0 ? (
            <p className="text-sm text-muted-foreground">Nothing changed since {moved.label ?? "the snapshot"} ({formatDateTime(moved.takenAt)}).</p>
          ) : (
            <>
              <p className="text-sm text-muted-foreground">
                Since {moved.label ?? "the snapshot"} ({formatDateTime(moved.takenAt)}): overall {formatScore(moved.diff.overall.before)} → {formatScore(moved.diff.overall.after)}.
              </p>
              <ul className="grid gap-1 text-sm">
                {moved.diff.questions.slice(0, 10).map((change) => (
                  <li key={change.questionId}>
                    <span className="font-mono text-xs">{change.questionId}</span> {change.before ? answerLabel(change.before) : "Unanswered"} → {change.after ? answerLabel(change.after) : "Unanswered"}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section aria-labelledby="top-steps-heading" className="grid content-start gap-2 rounded-lg border border-border p-4">
          <h2 id="top-steps-heading" className="font-semibold">
            Top next steps
          </h2>
          {dashboard.nextSteps.length === 0 ? (
            <p className="text-sm text-muted-foreground">No next step: every answered question is at its target.</p>
          ) : (
            <ol className="grid list-decimal gap-1 pl-5 text-sm">
              {dashboard.nextSteps.slice(0, 5).map((step) => (
                <li key={step.questionId}>
                  <Link href={`/assessments/${assessment.id}?q=${step.questionId}`} className="text-primary hover:underline">
                    {step.action}
                  </Link>{" "}
                  <span className="text-muted-foreground">
                    ({pillarName(step.pillar)}, {STAGE_LABELS[step.fromStage]} → {STAGE_LABELS[step.toStage]})
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </div>
  );
}
