import Link from "next/link";
import { ChartDataTable, ChartFigure } from "@/components/dashboard/chart-figure";
import { dateLabel, monthTicks, phaseLabel, planDays, timelineBars } from "@/lib/assessment/roadmap";
import { formatDateTime } from "@/lib/assessment/labels";
import type { RoadmapView } from "@/lib/server/roadmap";
import { RoadmapTimeline } from "./roadmap-timeline";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** What the plan says in one sentence: steps, capacity, finish, and whether it is accepted. */
export function roadmapSentence({ roadmap, accepted, replan }: Pick<RoadmapView, "roadmap" | "accepted" | "replan">): string {
  if (roadmap.steps.length === 0) return "Nothing to plan: every answered question is at its target.";
  const plan = `${plural(roadmap.steps.length, "step")} in ${plural(roadmap.phases.length, "phase")} at ${roadmap.capacity} points a month, finishing ${dateLabel(roadmap.finish!)}.`;
  const status = !accepted ? "Not accepted yet." : replan.needed ? "The gaps changed since it was accepted: review and accept it again." : `Accepted ${formatDateTime(accepted.at)} by ${accepted.by}.`;
  return `${plan} ${status}`;
}

/** The plan's phases across its months, with a link to the roadmap page: the dashboard's view of it. */
export function RoadmapSummary({ view }: { view: RoadmapView }) {
  const { roadmap } = view;
  return (
    <ChartFigure
      title="Roadmap"
      summary={roadmapSentence(view)}
      empty={roadmap.steps.length === 0 ? "No step to plan: raise a target or answer more questions to see a roadmap." : undefined}
      chart={
        <>
          <RoadmapTimeline bars={timelineBars(roadmap, "phase")} ticks={monthTicks(roadmap)} days={planDays(roadmap)} rowHeight={36} />
          <p className="text-sm">
            <Link href={`/assessments/${view.assessment.id}/roadmap`} className="text-primary underline underline-offset-4">
              Open the roadmap
            </Link>{" "}
            <span className="text-muted-foreground">to change the capacity, move steps and accept the plan.</span>
          </p>
        </>
      }
      table={<ChartDataTable headers={["Phase", "Start", "Due", "Points"]} rows={roadmap.phases.map((phase) => [phaseLabel(phase), dateLabel(phase.start), dateLabel(phase.due), phase.points])} />}
    />
  );
}
