import type { Metadata } from "next";
import { ChartDataTable, ChartFigure } from "@/components/dashboard/chart-figure";
import { Kpi } from "@/components/dashboard/kpi";
import { AcceptRoadmap } from "@/components/roadmap/accept-roadmap";
import { RoadmapSettingsForm } from "@/components/roadmap/roadmap-settings-form";
import { RoadmapStepsTable } from "@/components/roadmap/roadmap-steps-table";
import { roadmapSentence } from "@/components/roadmap/roadmap-summary";
import { RoadmapTimeline } from "@/components/roadmap/roadmap-timeline";
import { formatDateTime } from "@/lib/assessment/labels";
import { dateLabel, monthLabel, monthTicks, phaseLabel, planDays, timelineBars } from "@/lib/assessment/roadmap";
import { getFramework } from "@/lib/framework/index";
import { STAGE_LABELS } from "@/lib/framework/types";
import { can } from "@/lib/policy";
import type { DeferredReason } from "@/lib/scoring/roadmap";
import { orNotFound } from "@/lib/server/pages";
import { getRoadmap } from "@/lib/server/roadmap";
import { requireMembership } from "@/lib/server/session";

export const metadata: Metadata = { title: "Roadmap" };

function deferredReason(reason: DeferredReason, questions: string): string {
  switch (reason) {
    case "prerequisite_unanswered":
      return `waits for an answer to ${questions}`;
    case "prerequisite_deferred":
      return `waits for ${questions}, which cannot be planned yet`;
    case "previous_stage_deferred":
      return "waits for its previous stage";
  }
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export default async function RoadmapPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor } = await requireMembership();
  const { id } = await params;
  const view = await orNotFound(getRoadmap(actor, id));
  const { roadmap, settings, accepted, replan } = view;
  const framework = getFramework(view.assessment.frameworkVersion);
  const questionTitle = (questionId: string) => framework?.questions.find((question) => question.id === questionId)?.title ?? questionId;
  const canEdit = can(actor, "assessment.write") && !view.assessment.archived;
  const canAccept = canEdit && can(actor, "nextstep.write");
  const questions = new Set(roadmap.steps.map((step) => step.questionId)).size;
  const bars = timelineBars(roadmap, "step");

  return (
    <div className="grid gap-6">
      <h2 className="sr-only">Roadmap</h2>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Kpi label="Steps planned" value={String(roadmap.steps.length)} detail={`${plural(roadmap.totalPoints, "point")} of effort, ${plural(questions, "question")}`} />
        <Kpi label="Finish" value={roadmap.finish ? dateLabel(roadmap.finish) : "—"} detail={`From ${monthLabel(settings.start)}${settings.startIsDefault ? " (next month)" : ""}`} />
        <Kpi label="Capacity" value={`${settings.capacity} points`} detail="per month" />
        <Kpi
          label="Accepted"
          value={!accepted ? "Not yet" : replan.needed ? "Needs review" : "Yes"}
          detail={accepted ? `${formatDateTime(accepted.at)} by ${accepted.by}` : "Accepting sets the due dates in the tracker"}
        />
      </dl>

      {accepted && replan.needed ? (
        <section aria-labelledby="replan-heading" className="grid gap-1 rounded-lg border border-warning/60 bg-warning/10 p-4 text-sm" data-testid="replan-needed">
          <h2 id="replan-heading" className="font-semibold">
            Re-planning needed
          </h2>
          <p>
            The gaps changed since this plan was accepted: {plural(replan.added.length, "new step")}, {plural(replan.removed.length, "step")} no longer needed. Review the plan below and accept it again
            to update the due dates.
          </p>
        </section>
      ) : accepted && replan.datesMoved > 0 ? (
        <p className="rounded-lg border border-border bg-muted/40 p-3 text-sm">
          {plural(replan.datesMoved, "step")} moved since the plan was accepted (capacity, start or pins changed). Accept again to update the due dates.
        </p>
      ) : null}

      {canEdit ? (
        <div className="grid gap-4 lg:grid-cols-2">
          <section aria-labelledby="settings-heading" className="grid content-start gap-3 rounded-lg border border-border p-4">
            <h2 id="settings-heading" className="font-semibold">
              Capacity and start
            </h2>
            <RoadmapSettingsForm assessmentId={view.assessment.id} capacity={settings.capacity} start={settings.start} startIsDefault={settings.startIsDefault} />
          </section>
          <section aria-labelledby="accept-heading" className="grid content-start gap-3 rounded-lg border border-border p-4">
            <h2 id="accept-heading" className="font-semibold">
              Accept the plan
            </h2>
            <p className="text-sm text-muted-foreground">{roadmapSentence(view)}</p>
            {!canAccept ? (
              <p className="text-sm text-muted-foreground">Accepting needs permission to change next steps.</p>
            ) : roadmap.steps.length > 0 ? (
              <AcceptRoadmap assessmentId={view.assessment.id} fingerprint={view.fingerprint} steps={roadmap.steps.length} questions={questions} finish={dateLabel(roadmap.finish!)} />
            ) : null}
          </section>
        </div>
      ) : (
        <p className="text-sm text-muted-foreground">{roadmapSentence(view)}</p>
      )}

      <ChartFigure
        title="Timeline"
        summary={
          roadmap.phases.length > 0
            ? `Each step from its start to its due date, coloured by phase: ${roadmap.phases.map((phase) => `${phaseLabel(phase)}, ${dateLabel(phase.start)} to ${dateLabel(phase.due)}`).join("; ")}.`
            : "Each step from its start to its due date."
        }
        empty={roadmap.steps.length === 0 ? "Nothing to plan: every answered question is at its target." : undefined}
        chart={<RoadmapTimeline bars={bars} ticks={monthTicks(roadmap)} days={planDays(roadmap)} />}
        table={
          <ChartDataTable
            headers={["Step", "Phase", "Start", "Due"]}
            rows={bars.map((bar) => [bar.label, `Phase ${bar.phase + 1}`, dateLabel(bar.start), dateLabel(bar.due)])}
          />
        }
      />

      <section aria-labelledby="steps-heading" className="grid gap-3">
        <div className="grid gap-1">
          <h2 id="steps-heading" className="font-semibold">
            Steps
          </h2>
          <p className="text-sm text-muted-foreground">
            In plan order: by phase, what a step needs first, then priority.
            {canEdit ? " Choose a month to pin a step to start no earlier than it; the steps that need it move with it." : ""}
          </p>
        </div>
        <RoadmapStepsTable assessmentId={view.assessment.id} steps={roadmap.steps} start={settings.start} pins={settings.pins} canEdit={canEdit} />
      </section>

      {roadmap.months.length > 0 ? (
        <section aria-labelledby="months-heading" className="grid gap-2">
          <h2 id="months-heading" className="font-semibold">
            Points per month
          </h2>
          <div className="overflow-x-auto rounded-lg border border-border p-2" tabIndex={0} role="region" aria-labelledby="months-heading">
            <ChartDataTable headers={["Month", "Points planned", "Capacity"]} rows={roadmap.months.map((month) => [monthLabel(month.month), month.points, month.capacity])} />
          </div>
        </section>
      ) : null}

      {roadmap.deferred.length > 0 ? (
        <section aria-labelledby="deferred-heading" className="grid gap-2 rounded-lg border border-border p-4">
          <h2 id="deferred-heading" className="font-semibold">
            Not planned yet
          </h2>
          <ul className="grid gap-1 text-sm">
            {roadmap.deferred.map((item) => (
              <li key={item.key}>
                <span className="font-mono text-xs">{item.questionId}</span> {questionTitle(item.questionId)} to {STAGE_LABELS[item.toStage]} {deferredReason(item.reason, item.questions.map((questionId) => `${questionId} ${questionTitle(questionId)}`).join(", "))}.
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
