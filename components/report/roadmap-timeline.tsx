import { Line, Rect, Svg, Text, View } from "@react-pdf/renderer";
import { dateLabel, monthLabel, monthTicks, phaseLabel, planDays, timelineBars } from "@/lib/assessment/roadmap";
import { STAGE_LABELS } from "@/lib/framework/types";
import type { Roadmap } from "@/lib/scoring/roadmap";
import { COLORS, styles } from "./theme";

/** The phase colours of the web timeline, in their print-safe shades. */
const PHASE_COLORS = ["#b45309", "#1d4ed8", "#15803d"];
const CHART = { width: 499, label: 86, row: 18, axis: 14 } as const;

/** Phases as bars across the plan's months, with month labels spaced so they never overlap. */
function PhaseChart({ roadmap }: { roadmap: Roadmap }) {
  const bars = timelineBars(roadmap, "phase");
  const days = Math.max(planDays(roadmap), 1);
  const span = CHART.width - CHART.label - 4;
  const x = (day: number) => CHART.label + (day / days) * span;
  const ticks = monthTicks(roadmap);
  // About 44 points per label: a plan of years labels every few months.
  const every = Math.max(1, Math.ceil((ticks.length * 44) / span));
  const height = CHART.axis + bars.length * CHART.row + 2;
  return (
    <View style={{ position: "relative", width: CHART.width, height }}>
      <Svg width={CHART.width} height={height} style={{ position: "absolute", top: 0, left: 0 }}>
        {ticks.map((tick) => (
          <Line key={tick.offset} x1={x(tick.offset)} x2={x(tick.offset)} y1={CHART.axis - 2} y2={height} stroke={COLORS.rule} strokeWidth={0.5} />
        ))}
        {bars.map((bar, index) => (
          <Rect key={bar.id} x={x(bar.offset)} y={CHART.axis + index * CHART.row + 3} width={Math.max(1.5, (bar.length / days) * span)} height={CHART.row - 6} fill={PHASE_COLORS[bar.phase] ?? COLORS.current} />
        ))}
      </Svg>
      {ticks.map((tick, index) =>
        index % every === 0 ? (
          <Text key={tick.offset} style={{ position: "absolute", top: 0, left: x(tick.offset) + 1, fontSize: 6.5, color: COLORS.muted }}>
            {tick.label}
          </Text>
        ) : null,
      )}
      {bars.map((bar, index) => (
        <Text key={bar.id} style={{ position: "absolute", top: CHART.axis + index * CHART.row + 4, left: 0, width: CHART.label - 4, fontSize: 8 }}>
          {bar.label}
        </Text>
      ))}
    </View>
  );
}

/** The accepted or proposed plan: when each phase and step starts and is due, at the assessment's capacity. */
export function PlannedRoadmap({ roadmap, pillarName }: { roadmap: Roadmap; pillarName: (id: string) => string }) {
  if (roadmap.steps.length === 0) return <Text style={styles.muted}>No step to plan: every answered question is at its target.</Text>;
  return (
    <View>
      <Text style={{ marginBottom: 6 }}>
        {roadmap.steps.length} step{roadmap.steps.length === 1 ? "" : "s"} to target ({roadmap.totalPoints} points of effort: small 1, medium 3, large 5) at {roadmap.capacity} points a month from{" "}
        {monthLabel(roadmap.start.slice(0, 7))}, each after the steps it needs, finishing {dateLabel(roadmap.finish!)}.
      </Text>
      <View wrap={false}>
        <PhaseChart roadmap={roadmap} />
      </View>
      <View style={{ marginTop: 6 }}>
        {roadmap.phases.map((phase) => (
          <Text key={phase.phase} style={{ fontSize: 8 }}>
            {phaseLabel(phase)}: {dateLabel(phase.start)} to {dateLabel(phase.due)}, {phase.points} points.
          </Text>
        ))}
      </View>
      <View style={[styles.tableHead, { marginTop: 8 }]}>
        <Text style={{ flex: 1 }}>Step</Text>
        <Text style={{ width: 70 }}>Pillar</Text>
        <Text style={{ width: 62 }}>Start</Text>
        <Text style={{ width: 62 }}>Due</Text>
      </View>
      {roadmap.steps.map((step) => (
        <View key={step.key} style={styles.row} wrap={false}>
          <Text style={{ flex: 1, fontSize: 8, paddingRight: 6 }}>
            <Text style={styles.bold}>
              {step.title} ({step.questionId}): to {STAGE_LABELS[step.toStage]}
            </Text>
            {step.enabling ? " (beyond target: another step needs it)" : ""}
          </Text>
          <Text style={{ width: 70, fontSize: 8, paddingRight: 4 }}>{pillarName(step.pillar)}</Text>
          <Text style={{ width: 62, fontSize: 8 }}>{dateLabel(step.start)}</Text>
          <Text style={{ width: 62, fontSize: 8 }}>{dateLabel(step.due)}</Text>
        </View>
      ))}
    </View>
  );
}
