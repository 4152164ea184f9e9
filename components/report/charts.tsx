import { Circle, Line, Polygon, Polyline, Rect, Svg, Text, View } from "@react-pdf/renderer";
import { versionChanges, type RadarRow, type TrendPoint } from "@/lib/assessment/dashboard";
import { formatScore } from "@/lib/assessment/labels";
import { STAGE_LABELS, STAGES } from "@/lib/framework/types";
import { COLORS } from "./theme";

const LEVELS = [1, 2, 3, 4] as const;

function LegendItem({ swatch, label }: { swatch: React.ReactNode; label: string }) {
  return (
    <View style={{ flexDirection: "row", alignItems: "center", marginRight: 14 }}>
      {swatch}
      <Text style={{ fontSize: 8, marginLeft: 4, color: COLORS.text }}>{label}</Text>
    </View>
  );
}

const lineSwatch = (color: string, dashed = false) => (
  <Svg width={18} height={8}>
    <Line x1={1} x2={17} y1={4} y2={4} stroke={color} strokeWidth={dashed ? 1.2 : 1.8} {...(dashed ? { strokeDasharray: "3 2" } : {})} />
  </Svg>
);

const areaSwatch = (stroke: string, fill: string) => (
  <Svg width={12} height={10}>
    <Rect x={0.5} y={0.5} width={11} height={9} stroke={stroke} strokeWidth={1} fill={fill} />
  </Svg>
);

const RADAR = { width: 280, height: 250, radius: 82, label: 78 } as const;

/** Current score against target per pillar, drawn as vector polygons with pillar names, a 1–4 scale and a legend. */
export function RadarChart({ rows }: { rows: RadarRow[] }) {
  const cx = RADAR.width / 2;
  const cy = RADAR.height / 2;
  const angle = (index: number) => (Math.PI * 2 * index) / rows.length - Math.PI / 2;
  const at = (index: number, value: number, radius: number = RADAR.radius) => {
    const r = (radius * Math.max(0, value)) / 4;
    return { x: cx + r * Math.cos(angle(index)), y: cy + r * Math.sin(angle(index)) };
  };
  const polygon = (value: (row: RadarRow) => number) =>
    rows
      .map((row, index) => at(index, value(row)))
      .map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`)
      .join(" ");
  return (
    <View style={{ width: RADAR.width }}>
      <View style={{ position: "relative", width: RADAR.width, height: RADAR.height }}>
        <Svg width={RADAR.width} height={RADAR.height} style={{ position: "absolute", top: 0, left: 0 }}>
          {LEVELS.map((level) => (
            <Polygon key={level} points={polygon(() => level)} stroke={COLORS.rule} strokeWidth={0.6} fill={level === 4 ? COLORS.faint : "none"} />
          ))}
          {rows.map((row, index) => {
            const end = at(index, 4);
            return <Line key={row.pillar} x1={cx} y1={cy} x2={end.x} y2={end.y} stroke={COLORS.rule} strokeWidth={0.6} />;
          })}
          <Polygon points={polygon((row) => row.current ?? 0)} stroke={COLORS.current} strokeWidth={1.6} fill={COLORS.current} fillOpacity={0.22} />
          <Polygon points={polygon((row) => row.target ?? 0)} stroke={COLORS.target} strokeWidth={1.2} strokeDasharray="4 2" fill="none" />
          {rows.map((row, index) => {
            const p = at(index, row.current ?? 0);
            return row.current === null ? null : <Circle key={row.pillar} cx={p.x} cy={p.y} r={1.8} fill={COLORS.current} />;
          })}
        </Svg>
        {LEVELS.map((level) => (
          <Text key={level} style={{ position: "absolute", left: cx + 2, top: cy - (RADAR.radius * level) / 4 - 1, fontSize: 6.5, color: COLORS.muted }}>
            {level}
          </Text>
        ))}
        {rows.map((row, index) => {
          const p = at(index, 4, RADAR.radius + 8);
          const cos = Math.cos(angle(index));
          const align = Math.abs(cos) < 0.2 ? "center" : cos > 0 ? "left" : "right";
          const left = align === "center" ? p.x - RADAR.label / 2 : align === "left" ? p.x : p.x - RADAR.label;
          const top = Math.sin(angle(index)) < -0.9 ? p.y - 12 : Math.sin(angle(index)) > 0.5 ? p.y - 2 : p.y - 6;
          return (
            <Text key={row.pillar} style={{ position: "absolute", left, top, width: RADAR.label, textAlign: align, fontSize: 7.5, lineHeight: 1.15, color: COLORS.ink }}>
              {row.name}
            </Text>
          );
        })}
      </View>
      <View style={{ flexDirection: "row", flexWrap: "wrap", marginTop: 4, justifyContent: "center" }}>
        <LegendItem swatch={areaSwatch(COLORS.current, COLORS.currentFill)} label="Current score" />
        <LegendItem swatch={lineSwatch(COLORS.target, true)} label="Target stage" />
      </View>
      <Text style={{ fontSize: 7, color: COLORS.muted, textAlign: "center", marginTop: 3 }}>Rings: 1 Traditional, 2 Initial, 3 Advanced, 4 Optimal</Text>
    </View>
  );
}

const TREND = { width: 499, height: 200, left: 64, right: 16, top: 12, bottom: 34 } as const;

/** Overall maturity per snapshot on a stage scale, with the range of the pillars and the mean target. */
export function TrendChart({ points, meanTarget }: { points: TrendPoint[]; meanTarget: number | null }) {
  const plotWidth = TREND.width - TREND.left - TREND.right;
  const plotHeight = TREND.height - TREND.top - TREND.bottom;
  // Inset from the axes so the first and last points and their labels stay clear of them.
  const inset = 24;
  const x = (index: number) => TREND.left + inset + (points.length <= 1 ? plotWidth / 2 - inset : (index * (plotWidth - 2 * inset)) / (points.length - 1));
  const y = (score: number) => TREND.top + plotHeight - ((score - 1) / 3) * plotHeight;
  const scored = points.map((point, index) => ({ point, index })).filter(({ point }) => point.overall !== null);
  const ranges = points.map((point) => {
    const values = Object.values(point.pillars).filter((value): value is number => typeof value === "number");
    return values.length > 0 ? { min: Math.min(...values), max: Math.max(...values) } : null;
  });
  // One line and one band per run of snapshots on a question bank version: means of different
  // question sets are never joined, and a dashed rule marks each version change.
  const segments = [...new Set(points.map((point) => point.segment))].map((segment) => points.map((point, index) => ({ point, index })).filter(({ point }) => point.segment === segment));
  const bands = ranges.every((range) => range !== null)
    ? segments.map((run) =>
        [...run.map(({ index }) => `${x(index).toFixed(1)},${y(ranges[index]!.max).toFixed(1)}`), ...run.map(({ index }) => `${x(index).toFixed(1)},${y(ranges[index]!.min).toFixed(1)}`).reverse()].join(" "),
      )
    : null;
  const band = bands !== null;
  const breaks = versionChanges(points).map((change) => ({ ...change, at: (x(change.index - 1) + x(change.index)) / 2 }));
  // At most eight date labels, always the last, so they never overlap.
  const every = Math.ceil(points.length / 8);
  const labelled = (index: number) => index === points.length - 1 || (index % every === 0 && points.length - 1 - index >= every / 2);
  return (
    <View>
      <View style={{ position: "relative", width: TREND.width, height: TREND.height }}>
        <Svg width={TREND.width} height={TREND.height} style={{ position: "absolute", top: 0, left: 0 }}>
          {LEVELS.map((level) => (
            <Line key={level} x1={TREND.left} x2={TREND.width - TREND.right} y1={y(level)} y2={y(level)} stroke={COLORS.rule} strokeWidth={level === 1 ? 1 : 0.5} />
          ))}
          {bands?.map((polygon, index) => <Polygon key={index} points={polygon} fill={COLORS.currentFill} fillOpacity={0.6} stroke="none" />)}
          {breaks.map((change) => (
            <Line key={change.index} x1={change.at} x2={change.at} y1={y(4) - 4} y2={y(1)} stroke={COLORS.muted} strokeWidth={1} strokeDasharray="3 2" />
          ))}
          {meanTarget !== null ? (
            <Line x1={TREND.left} x2={TREND.width - TREND.right} y1={y(meanTarget)} y2={y(meanTarget)} stroke={COLORS.target} strokeWidth={1.2} strokeDasharray="4 2" />
          ) : null}
          {segments.map((run, segment) => (
            <Polyline
              key={segment}
              points={run
                .filter(({ point }) => point.overall !== null)
                .map(({ point, index }) => `${x(index).toFixed(1)},${y(point.overall!).toFixed(1)}`)
                .join(" ")}
              stroke={COLORS.current}
              strokeWidth={2}
              fill="none"
            />
          ))}
          {scored.map(({ point, index }) => (
            <Circle key={point.takenAt} cx={x(index)} cy={y(point.overall!)} r={2.5} fill={COLORS.current} />
          ))}
          {points.map((point, index) => (labelled(index) ? <Line key={point.takenAt} x1={x(index)} x2={x(index)} y1={y(1)} y2={y(1) + 3} stroke={COLORS.muted} strokeWidth={0.6} /> : null))}
        </Svg>
        {breaks.map((change) => (
          <Text key={change.index} style={{ position: "absolute", left: change.at - 30, width: 60, top: y(4) - 12, textAlign: "center", fontSize: 7, color: COLORS.text }}>
            {change.frameworkVersion ?? "New version"}
          </Text>
        ))}
        {LEVELS.map((level) => (
          <Text key={level} style={{ position: "absolute", left: 0, width: TREND.left - 6, top: y(level) - 5, textAlign: "right", fontSize: 7.5, color: COLORS.text }}>
            {level} {STAGE_LABELS[STAGES[level - 1]!]}
          </Text>
        ))}
        {points.length <= 12
          ? scored.map(({ point, index }) => (
              <Text key={point.takenAt} style={{ position: "absolute", left: x(index) - 15, width: 30, top: y(point.overall!) - 13, textAlign: "center", fontSize: 7, color: COLORS.current, fontFamily: "Helvetica-Bold" }}>
                {formatScore(point.overall)}
              </Text>
            ))
          : null}
        {points.map((point, index) =>
          labelled(index) ? (
            <View key={point.takenAt} style={{ position: "absolute", left: x(index) - 34, width: 68, top: y(1) + 5 }}>
              <Text style={{ textAlign: "center", fontSize: 7, color: COLORS.text }}>{point.takenAt.slice(0, 10)}</Text>
              {points.length <= 6 ? <Text style={{ textAlign: "center", fontSize: 6.5, color: COLORS.muted }}>{point.label.length > 18 ? `${point.label.slice(0, 17)}…` : point.label}</Text> : null}
            </View>
          ) : null,
        )}
      </View>
      <View style={{ flexDirection: "row", flexWrap: "wrap", marginTop: 2, marginLeft: TREND.left }}>
        <LegendItem swatch={lineSwatch(COLORS.current)} label="Overall maturity" />
        {band ? <LegendItem swatch={areaSwatch(COLORS.currentFill, COLORS.currentFill)} label="Range of pillar scores" /> : null}
        {meanTarget !== null ? <LegendItem swatch={lineSwatch(COLORS.target, true)} label="Mean target" /> : null}
        {breaks.length > 0 ? <LegendItem swatch={lineSwatch(COLORS.muted, true)} label="Question bank version changed: scores on either side cover different questions" /> : null}
      </View>
    </View>
  );
}

/** A horizontal bar from 1 to 4 with the current score filled and the target marked. */
export function ScoreBar({ current, target, width = 90 }: { current: number | null; target: number | null; width?: number }) {
  const xOf = (score: number) => ((score - 1) / 3) * (width - 2) + 1;
  return (
    <Svg width={width} height={9}>
      <Rect x={0} y={1.5} width={width} height={6} fill={COLORS.faint} />
      {current !== null ? <Rect x={0} y={1.5} width={Math.max(2, xOf(current))} height={6} fill={COLORS.current} /> : null}
      {target !== null ? <Line x1={xOf(target)} x2={xOf(target)} y1={0} y2={9} stroke={COLORS.ink} strokeWidth={1.4} /> : null}
    </Svg>
  );
}
