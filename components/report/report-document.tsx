import { Document, Link, Page, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { SCORING_VERSION } from "@/lib/scoring/policy";
import { scoringVersionMark } from "@/lib/scoring/version-mark";
import type { ReactNode } from "react";
import { radarRows, versionChanges } from "@/lib/assessment/dashboard";
import { NEXT_STEP_STATUS_LABELS, answerLabel, formatDateTime, formatPercent, formatScore } from "@/lib/assessment/labels";
import { ratingLabel, unratedPillarsText } from "@/lib/assessment/rating";
import { RISK_RULE, groupByStage, largestRisks } from "@/lib/assessment/report";
import { contradictedText, CONFIDENCE_LABELS } from "@/lib/evidence/labels";
import { cisaLabel, dodShortLabel } from "@/lib/framework/describe";
import { isFrameworkV2, STAGE_LABELS, STAGES, type Stage } from "@/lib/framework/types";
import type { RoadmapItem, ReportData } from "@/lib/server/report";
import { RadarChart, ScoreBar, TrendChart } from "./charts";
import { EvidenceSection } from "./evidence-section";
import { PlannedRoadmap } from "./roadmap-timeline";
import { COLORS, PAGE_HEIGHT, PAGE_MARGIN, styles } from "./theme";
import { VIEW_SECTIONS, ViewAppendix } from "./view-appendix";

const SECTIONS = [
  { id: "summary", title: "Board summary" },
  { id: "maturity", title: "Maturity against target" },
  { id: "trend", title: "Trend across snapshots" },
  { id: "findings", title: "Findings by pillar" },
  { id: "roadmap", title: "Roadmap and open next steps" },
  { id: "evidence", title: "Tool evidence" },
  { id: "appendix", title: "Appendix: method and mappings" },
  ...VIEW_SECTIONS,
] as const;
type SectionId = (typeof SECTIONS)[number]["id"];

const levelOf = (stage: Stage) => STAGES.indexOf(stage) + 1;
const signed = (delta: number) => `${delta > 0 ? "+" : delta < 0 ? "-" : ""}${Math.abs(delta).toFixed(1)}`;
const stagesText = (count: number) => `${count} stage${count === 1 ? "" : "s"}`;
const WEIGHT_LABELS = { 1: "Supporting", 2: "Important", 3: "Critical" } as const;

function snapshotText(data: ReportData): string {
  if (!data.snapshot) return "Current answers";
  const mark = scoringVersionMark(data.snapshot.scoringVersion);
  return `Snapshot "${data.snapshot.label ?? "Untitled"}" of ${data.snapshot.takenAt.toISOString().slice(0, 10)}${mark ? ` (${mark})` : ""}`;
}

/** The marking, a short title and the page count on every page. */
function RunningHeaderAndFooter({ data }: { data: ReportData }) {
  const band = { position: "absolute", left: PAGE_MARGIN.side, right: PAGE_MARGIN.side, flexDirection: "row", justifyContent: "space-between", fontSize: 7.5, color: COLORS.muted } as const;
  return (
    <>
      <View fixed style={{ ...band, top: 26, borderBottomWidth: 0.5, borderBottomColor: COLORS.rule, paddingBottom: 4 }}>
        <Text style={{ maxWidth: 380 }}>Zero Trust readiness report: {data.assessment.name}</Text>
        <Text style={{ fontFamily: "Helvetica-Bold", color: COLORS.marking }}>{data.classification}</Text>
      </View>
      <View fixed style={{ ...band, top: PAGE_HEIGHT - 40, borderTopWidth: 0.5, borderTopColor: COLORS.rule, paddingTop: 4 }}>
        <Text style={{ maxWidth: 300 }}>
          {data.organizationName} · {snapshotText(data)}
        </Text>
        <Text style={{ fontFamily: "Helvetica-Bold", color: COLORS.marking }}>{data.classification}</Text>
        <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
      </View>
    </>
  );
}

/** A section title, and the destination of its link in the contents. */
function SectionHeading({ id, first = false }: { id: SectionId; first?: boolean }) {
  const title = SECTIONS.find((section) => section.id === id)!.title;
  return (
    <View id={id} minPresenceAhead={120} style={first ? undefined : styles.section}>
      <Text style={styles.h2}>{title}</Text>
    </View>
  );
}

function Tile({ label, children, width }: { label: string; children: ReactNode; width: number }) {
  return (
    <View style={{ width, borderWidth: 0.75, borderColor: COLORS.rule, borderTopWidth: 3, borderTopColor: COLORS.brand, padding: 7, minHeight: 60 }}>
      <Text style={{ fontSize: 7.5, color: COLORS.muted, marginBottom: 4 }}>{label.toUpperCase()}</Text>
      {children}
    </View>
  );
}

function ProgressBar({ share, width, track = COLORS.faint }: { share: number; width: number; track?: string }) {
  return (
    <View style={{ width, height: 6, backgroundColor: track, marginVertical: 4 }}>
      <View style={{ width: Math.max(1, width * share), height: 6, backgroundColor: COLORS.current }} />
    </View>
  );
}

interface Headline {
  /** "Initial", or why no stage is named ("Not enough answers (45%)"). */
  rating: string;
  /** Why the overall names no stage although enough is answered; "" otherwise. */
  unratedBecause: string;
  stage: Stage | null;
  score: number | null;
  next: Stage | null;
  progress: number;
  atTarget: number;
  withTarget: number;
  change: string;
  changeDetail: string;
}

function headline(data: ReportData): Headline {
  const { overall, pillars } = data.scores;
  const withTarget = pillars.filter((pillar) => pillar.gap !== null);
  const delta = data.previous?.overall.delta ?? null;
  const pillarName = (id: string) => data.framework.pillars.find((pillar) => pillar.id === id)?.name ?? id;
  return {
    rating: ratingLabel(overall),
    unratedBecause: overall.unrated === "pillars_unrated" ? unratedPillarsText(overall.unratedPillars.map(pillarName)) : "",
    stage: overall.stage,
    score: overall.score,
    next: overall.progress?.toward ?? null,
    progress: overall.progress?.share ?? 0,
    atTarget: withTarget.filter((pillar) => pillar.gap === 0).length,
    withTarget: withTarget.length,
    change: data.previous ? (delta === null ? "Not comparable" : signed(delta)) : "None yet",
    changeDetail: data.previous
      ? `since "${data.previous.label ?? "Untitled"}" (${data.previous.takenAt.toISOString().slice(0, 10)})`
      : data.snapshot
        ? "No earlier snapshot to compare with"
        : "Take a snapshot to compare next time",
  };
}

function Cover({ data }: { data: ReportData }) {
  const head = headline(data);
  const details: [string, string][] = [
    ["Organisation", data.organizationName],
    ["Assessment", data.assessment.name],
    ["Scope", data.assessment.scope || "Not stated"],
    ["Answers", data.snapshot ? snapshotText(data) : `Current answers as of ${formatDateTime(data.generatedAt)}`],
    ["Date", (data.snapshot?.takenAt ?? data.generatedAt).toISOString().slice(0, 10)],
    ["Framework", `${data.framework.name} (${data.framework.id})`],
    ["Prepared by", `${data.generatedBy}, generated ${formatDateTime(data.generatedAt)}`],
  ];
  return (
    <Page size="A4" style={styles.page}>
      <RunningHeaderAndFooter data={data} />
      <View style={{ flexDirection: "row", justifyContent: "space-between", alignItems: "flex-start", marginTop: 18 }}>
        <View style={{ borderLeftWidth: 4, borderLeftColor: COLORS.brand, paddingLeft: 12, maxWidth: 340 }}>
          <Text style={{ fontSize: 9, fontFamily: "Helvetica-Bold", color: COLORS.brand, letterSpacing: 1.2, marginBottom: 8 }}>ZERO TRUST READINESS REPORT</Text>
          <Text style={{ fontSize: 24, fontFamily: "Helvetica-Bold", color: COLORS.ink, lineHeight: 1.15, marginBottom: 6 }}>{data.assessment.name}</Text>
          <Text style={{ fontSize: 12, color: COLORS.muted }}>{data.organizationName}</Text>
          {data.snapshot ? <Text style={{ fontSize: 11, color: COLORS.text, marginTop: 4 }}>Snapshot: {data.snapshot.label ?? "Untitled"}</Text> : null}
        </View>
        <View style={{ borderWidth: 1.2, borderColor: COLORS.marking, paddingVertical: 5, paddingHorizontal: 10, maxWidth: 150 }}>
          <Text style={{ fontSize: 10, fontFamily: "Helvetica-Bold", color: COLORS.marking, textAlign: "center" }}>{data.classification}</Text>
        </View>
      </View>

      <View style={{ marginTop: 28, flexDirection: "row", backgroundColor: COLORS.faint, padding: 16 }}>
        <View style={{ width: 190 }}>
          <Text style={{ fontSize: 8, color: COLORS.muted }}>OVERALL MATURITY</Text>
          <Text style={{ fontSize: head.stage ? 28 : 16, lineHeight: 1.2, fontFamily: "Helvetica-Bold", color: COLORS.brand, marginTop: 2 }}>{head.rating}</Text>
          <Text style={{ fontSize: 10 }}>mean {formatScore(head.score)} of 4</Text>
        </View>
        <View style={{ flex: 1, paddingLeft: 16, borderLeftWidth: 0.75, borderLeftColor: COLORS.rule }}>
          <Text style={{ fontSize: 9.5 }}>
            {head.next
              ? `${formatPercent(head.progress)} of the way from ${head.rating} to ${STAGE_LABELS[head.next]}`
              : head.stage === "optimal"
                ? "Optimal reached"
                : head.unratedBecause || (head.stage ? `${head.rating}: held there by its weakest pillar` : "No stage is named until enough questions are answered")}
          </Text>
          <ProgressBar share={head.progress} width={240} track="#ffffff" />
          <Text style={{ fontSize: 9.5, marginTop: 4 }}>
            {head.atTarget} of {head.withTarget} pillars at their target
          </Text>
          <Text style={{ fontSize: 9.5, marginTop: 2 }}>
            {data.previous ? `Change: ${head.change} ${head.changeDetail}` : `Change: none to show (${head.changeDetail.toLowerCase()})`}
          </Text>
          <Text style={{ fontSize: 9.5, marginTop: 2 }}>
            {data.scores.overall.answered} of {data.scores.overall.total} questions answered ({formatPercent(data.scores.overall.completeness)})
          </Text>
        </View>
      </View>

      <View style={{ marginTop: 22 }}>
        {details.map(([label, value]) => (
          <View key={label} style={{ flexDirection: "row", paddingVertical: 3.5, borderBottomWidth: 0.5, borderBottomColor: COLORS.rule }}>
            <Text style={{ width: 100, color: COLORS.muted }}>{label}</Text>
            <Text style={{ flex: 1, maxLines: 3, textOverflow: "ellipsis" }}>{value}</Text>
          </View>
        ))}
      </View>

      <View style={{ marginTop: 24 }}>
        <Text style={styles.h3}>Contents</Text>
        {SECTIONS.map((section) => (
          <Link key={section.id} src={`#${section.id}`} style={{ textDecoration: "none", color: COLORS.text }}>
            <View style={{ flexDirection: "row", justifyContent: "space-between", paddingVertical: 3, borderBottomWidth: 0.5, borderBottomColor: COLORS.faint }}>
              <Text>{section.title}</Text>
              <Text style={{ color: COLORS.muted }}>Go to section</Text>
            </View>
          </Link>
        ))}
      </View>

      <Text style={{ marginTop: "auto", fontSize: 8, color: COLORS.muted }}>
        Classification: {data.classification}. Share and store this report as your organisation&apos;s policy requires for this marking.
      </Text>
    </Page>
  );
}

function PillarTable({ data, compact }: { data: ReportData; compact: boolean }) {
  const rows = radarRows(data.framework, data.scores);
  const pillars = new Map(data.scores.pillars.map((pillar) => [pillar.pillar, pillar]));
  return (
    <View>
      <View style={styles.tableHead}>
        <Text style={{ flex: 1 }}>Pillar</Text>
        <Text style={{ width: compact ? 130 : 44 }}>Current</Text>
        <Text style={{ width: 50 }}>Target</Text>
        <Text style={{ width: 30, textAlign: "right" }}>Gap</Text>
        {compact ? <Text style={{ width: 90, paddingLeft: 10 }}>Current | target</Text> : null}
      </View>
      {rows.map((row) => {
        const pillar = pillars.get(row.pillar)!;
        const short = (pillar.gap ?? 0) > 0;
        return (
          <View key={row.pillar} style={[styles.row, { alignItems: "center" }, compact ? { paddingVertical: 2.5 } : {}]} wrap={false}>
            <Text style={{ flex: 1, paddingRight: 4 }}>{row.name}</Text>
            {compact ? (
              // One line per pillar, so the board summary keeps to one page.
              <Text style={{ width: 130 }}>
                {formatScore(pillar.score)} <Text style={{ fontSize: 7.5, color: pillar.stage ? COLORS.text : COLORS.muted }}>{ratingLabel(pillar)}</Text>
              </Text>
            ) : (
              <View style={{ width: 44 }}>
                <Text>{formatScore(pillar.score)}</Text>
                <Text style={{ fontSize: 7, color: pillar.stage ? COLORS.text : COLORS.muted }}>{ratingLabel(pillar)}</Text>
                {pillar.naFlagged ? <Text style={{ fontSize: 7, color: COLORS.gap }}>N/A {formatPercent(pillar.naShare)}: review</Text> : null}
              </View>
            )}
            <Text style={{ width: 50 }}>{STAGE_LABELS[pillar.target]}</Text>
            <Text style={{ width: 30, textAlign: "right", color: short ? COLORS.gap : COLORS.ok, fontFamily: short ? "Helvetica-Bold" : "Helvetica" }}>
              {pillar.gap === null ? "—" : short ? pillar.gap.toFixed(1) : "Met"}
            </Text>
            {compact ? (
              <View style={{ width: 90, paddingLeft: 10 }}>
                <ScoreBar current={row.current} target={row.target} width={80} />
              </View>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}

function BoardSummary({ data }: { data: ReportData }) {
  const head = headline(data);
  const pillarName = (id: string) => data.framework.pillars.find((pillar) => pillar.id === id)?.name ?? id;
  const risks = largestRisks(data.roadmap);
  const tile = 118;
  return (
    <Page size="A4" style={styles.page}>
      <RunningHeaderAndFooter data={data} />
      <SectionHeading id="summary" first />
      <View style={{ flexDirection: "row", justifyContent: "space-between" }}>
        <Tile label="Overall stage" width={tile}>
          <Text style={{ fontSize: head.stage ? 16 : 10, lineHeight: 1.2, fontFamily: "Helvetica-Bold", color: COLORS.brand }}>{head.rating}</Text>
          <Text style={{ fontSize: 8.5 }}>mean {formatScore(head.score)} of 4</Text>
        </Tile>
        <Tile label={head.next ? `Towards ${STAGE_LABELS[head.next]}` : "Next stage"} width={tile}>
          <Text style={{ fontSize: 16, lineHeight: 1.2, fontFamily: "Helvetica-Bold", color: COLORS.brand }}>{head.next ? formatPercent(head.progress) : head.stage ? "Reached" : "-"}</Text>
          <ProgressBar share={head.progress} width={tile - 18} />
        </Tile>
        <Tile label="Against target" width={tile}>
          <Text style={{ fontSize: 16, lineHeight: 1.2, fontFamily: "Helvetica-Bold", color: head.atTarget === head.withTarget ? COLORS.ok : COLORS.gap }}>
            {head.atTarget} of {head.withTarget}
          </Text>
          <Text style={{ fontSize: 8.5 }}>pillars at target</Text>
        </Tile>
        <Tile label="Since last snapshot" width={tile}>
          <Text style={{ fontSize: 16, lineHeight: 1.2, fontFamily: "Helvetica-Bold", color: COLORS.brand }}>{head.change}</Text>
          <Text style={{ fontSize: 7.5, color: COLORS.muted }}>{head.changeDetail}</Text>
        </Tile>
      </View>

      <Text style={styles.h3}>Maturity by pillar</Text>
      <PillarTable data={data} compact />

      <Text style={styles.h3}>Three largest risks</Text>
      {risks.length === 0 ? <Text style={styles.muted}>No answered question is below its pillar&apos;s target.</Text> : null}
      {risks.map((risk, index) => (
        <View key={risk.questionId} style={{ flexDirection: "row", marginBottom: 3 }} wrap={false}>
          <Text style={{ width: 16, fontFamily: "Helvetica-Bold", color: COLORS.gap }}>{index + 1}</Text>
          <View style={{ flex: 1 }}>
            <Text>
              <Text style={styles.bold}>{risk.title}</Text> ({pillarName(risk.pillar)}, {risk.questionId}): {STAGE_LABELS[risk.fromStage]}, target{" "}
              {STAGE_LABELS[STAGES[levelOf(risk.fromStage) - 1 + risk.gap]!]}; {stagesText(risk.gap)} short on a {WEIGHT_LABELS[risk.weight].toLowerCase()} question.
            </Text>
          </View>
        </View>
      ))}

      {data.evidence.reconciliation.questions.length > 0 ? (
        <Text style={{ marginTop: 6 }}>
          <Text style={[styles.bold, { color: data.evidence.reconciliation.contradicted > 0 ? COLORS.gap : COLORS.ok }]}>{contradictedText(data.evidence.reconciliation.contradicted)}</Text>; {data.evidence.reconciliation.supported} supported by
          Microsoft&apos;s Zero Trust Assessment (see Tool evidence).
        </Text>
      ) : null}

      <Text style={styles.h3}>Top five next steps</Text>
      <NextStepsTable items={data.roadmap.slice(0, 5)} pillarName={pillarName} summary />
      {data.roadmap.length === 0 ? <Text style={styles.muted}>No open next steps.</Text> : null}
    </Page>
  );
}

function dueText(item: RoadmapItem) {
  return item.dueDate ?? "Not set";
}

/** The board summary numbers its five steps and names the pillar in the step, leaving the text more room. */
function NextStepsTable({ items, pillarName, summary = false }: { items: RoadmapItem[]; pillarName: (id: string) => string; summary?: boolean }) {
  if (items.length === 0) return null;
  return (
    <View>
      <View style={styles.tableHead} fixed={false}>
        {summary ? <Text style={{ width: 16 }}>#</Text> : null}
        <Text style={{ flex: 1 }}>Next step</Text>
        {summary ? null : <Text style={{ width: 70 }}>Pillar</Text>}
        <Text style={{ width: 70 }}>Owner</Text>
        <Text style={{ width: 58 }}>Status</Text>
        <Text style={{ width: 56 }}>Due</Text>
      </View>
      {items.map((item, index) => (
        <View key={item.questionId} style={[styles.row, item.overdue ? { backgroundColor: COLORS.gapFill } : {}]} wrap={false}>
          {summary ? <Text style={{ width: 16, fontFamily: "Helvetica-Bold" }}>{index + 1}</Text> : null}
          <View style={{ flex: 1, paddingRight: 8 }}>
            <Text style={{ fontFamily: "Helvetica-Bold", fontSize: 8.5 }}>
              {item.title} ({summary ? `${pillarName(item.pillar)}, ` : ""}
              {item.questionId}): to {STAGE_LABELS[item.toStage]}
            </Text>
            {/* Two lines at most on the one-page summary; the roadmap gives the whole text. */}
            <Text style={summary ? { fontSize: 8.5, maxLines: 2, textOverflow: "ellipsis" } : { fontSize: 8.5 }}>{item.action}</Text>
          </View>
          {summary ? null : <Text style={{ width: 70, fontSize: 8.5, paddingRight: 4 }}>{pillarName(item.pillar)}</Text>}
          <Text style={{ width: 70, fontSize: 8.5, paddingRight: 4, color: item.owner ? COLORS.text : COLORS.muted }}>{item.owner ?? "Unassigned"}</Text>
          <Text style={{ width: 58, fontSize: 8.5 }}>{item.status ? NEXT_STEP_STATUS_LABELS[item.status] : "Not tracked"}</Text>
          <View style={{ width: 56 }}>
            <Text style={{ fontSize: 8.5, color: item.overdue ? COLORS.gap : item.dueDate ? COLORS.text : COLORS.muted, fontFamily: item.overdue ? "Helvetica-Bold" : "Helvetica" }}>{dueText(item)}</Text>
            {item.overdue ? <Text style={{ fontSize: 7.5, color: COLORS.gap, fontFamily: "Helvetica-Bold" }}>Overdue</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}

function TrendSection({ data }: { data: ReportData }) {
  if (data.trend.length >= 2) {
    const targets = data.scores.pillars.flatMap((pillar) => (pillar.target ? [levelOf(pillar.target)] : []));
    const meanTarget = targets.length > 0 ? targets.reduce((sum, level) => sum + level, 0) / targets.length : null;
    return (
      <View wrap={false}>
        <Text style={{ marginBottom: 6 }}>
          Overall maturity of the {data.trend.length} snapshots up to {data.snapshot ? "this one" : "today"}, with the range between the weakest and the strongest pillar.
          {versionChanges(data.trend).length > 0 ? " The question bank version changed along the way: the line breaks there, since scores before and after cover different questions." : ""}
        </Text>
        <TrendChart points={data.trend} meanTarget={meanTarget} />
      </View>
    );
  }
  const only = data.trend[0];
  return (
    <Text style={{ backgroundColor: COLORS.faint, padding: 8 }}>
      {only
        ? `Only one snapshot so far ("${only.label}", ${only.takenAt.slice(0, 10)}, overall ${formatScore(only.overall)}): the trend appears once a second snapshot is taken.`
        : "No snapshot has been taken yet: the trend appears once there are two. Take a snapshot from the assessment to record this point."}
    </Text>
  );
}

function Findings({ data }: { data: ReportData }) {
  const answers = new Map(data.answers.map((answer) => [answer.questionId, answer]));
  const outcomes = new Map(data.scores.questions.map((question) => [question.questionId, question.value]));
  const confidence = new Map(data.evidence.reconciliation.questions.flatMap((question) => (question.confidence && question.confidence !== "self_rated" ? [[question.questionId, question.confidence] as const] : [])));
  return (
    <View>
      <Text style={{ marginBottom: 6 }}>
        Every question with its answer. <Text style={{ color: COLORS.gap, fontFamily: "Helvetica-Bold" }}>Rows in red</Text> are below their pillar&apos;s target; the number
        of stages short is given under the answer.
      </Text>
      {data.scores.pillars.map((pillar) => {
        const name = data.framework.pillars.find((candidate) => candidate.id === pillar.pillar)?.name ?? pillar.pillar;
        const short = (pillar.gap ?? 0) > 0;
        return (
          <View key={pillar.pillar} style={{ marginTop: 10 }}>
            <View minPresenceAhead={60} style={{ flexDirection: "row", justifyContent: "space-between", backgroundColor: COLORS.faint, paddingVertical: 4, paddingHorizontal: 6 }}>
              <Text style={{ fontFamily: "Helvetica-Bold", fontSize: 10.5, color: COLORS.ink }}>{name}</Text>
              <Text style={{ fontSize: 8.5 }}>
                {ratingLabel(pillar)} (mean {formatScore(pillar.score)}), target {STAGE_LABELS[pillar.target]}
                {pillar.gap !== null ? (short ? `, gap ${pillar.gap.toFixed(1)}` : ", target met") : ""} · {pillar.answered} of {pillar.total} answered
              </Text>
            </View>
            {pillar.naFlagged ? (
              <Text style={{ fontSize: 8, color: COLORS.gap, marginTop: 2 }}>
                {formatPercent(pillar.naShare)} of its questions are N/A, over the organisation&apos;s {formatPercent(data.scores.policy.naThreshold)} threshold: no stage is named until the N/A answers are reviewed.
              </Text>
            ) : null}
            {pillar.cappedBy ? (
              <Text style={{ fontSize: 8, color: COLORS.muted, marginTop: 2 }}>
                Held at {STAGE_LABELS[pillar.cappedBy.stage]} by its critical question {pillar.cappedBy.questionId}: a pillar is never rated above its weakest critical control.
              </Text>
            ) : null}
            <View style={styles.tableHead}>
              <Text style={{ width: 44 }}>ID</Text>
              <Text style={{ flex: 3 }}>Question</Text>
              <Text style={{ width: 78 }}>Answer</Text>
              <Text style={{ flex: 2 }}>Note</Text>
            </View>
            {data.framework.questions
              .filter((question) => question.pillar === pillar.pillar)
              .map((question) => {
                const answer = answers.get(question.id);
                const value = outcomes.get(question.id) ?? null;
                const below = pillar.target && value && value !== "not_applicable" ? levelOf(pillar.target) - levelOf(value) : 0;
                return (
                  <View key={question.id} style={[styles.row, below > 0 ? { backgroundColor: COLORS.gapFill } : {}]} wrap={false}>
                    <Text style={{ width: 44, fontSize: 8.5, color: COLORS.muted }}>{question.id}</Text>
                    <Text style={{ flex: 3, fontSize: 8.5, paddingRight: 6 }}>{question.title}</Text>
                    <View style={{ width: 78 }}>
                      <Text style={{ fontSize: 8.5, color: below > 0 ? COLORS.gap : value ? COLORS.text : COLORS.muted, fontFamily: below > 0 ? "Helvetica-Bold" : "Helvetica" }}>
                        {value ? answerLabel(value) : answer?.value === "unknown" ? "Unknown (unanswered)" : "Unanswered"}
                      </Text>
                      {below > 0 ? <Text style={{ fontSize: 7, color: COLORS.gap }}>{stagesText(below)} below target</Text> : null}
                      {confidence.get(question.id) ? (
                        <Text style={{ fontSize: 7, color: confidence.get(question.id) === "contradicted" ? COLORS.gap : COLORS.muted }}>{CONFIDENCE_LABELS[confidence.get(question.id)!]}</Text>
                      ) : null}
                    </View>
                    <Text style={{ flex: 2, fontSize: 8 }}>{value === "not_applicable" ? `N/A: ${answer?.naReason ?? ""}` : (answer?.note ?? "")}</Text>
                  </View>
                );
              })}
          </View>
        );
      })}
    </View>
  );
}

function Roadmap({ data }: { data: ReportData }) {
  const pillarName = (id: string) => data.framework.pillars.find((pillar) => pillar.id === id)?.name ?? id;
  const overdue = data.roadmap.filter((item) => item.overdue).length;
  return (
    <View>
      <Text style={styles.h3}>Planned timeline</Text>
      <PlannedRoadmap roadmap={data.plannedRoadmap} pillarName={pillarName} />
      <Text style={styles.h3}>Open next steps</Text>
      <Text style={{ marginBottom: 4 }}>
        {data.roadmap.length} open next step{data.roadmap.length === 1 ? "" : "s"}
        {overdue > 0 ? `, ${overdue} overdue (in red)` : ""}, grouped by the stage each one reaches and ranked by priority within a stage. Finished and won&apos;t-do items are left out.
      </Text>
      {groupByStage(data.roadmap).map((group) => (
        <View key={group.stage}>
          <Text style={styles.h3} minPresenceAhead={60}>
            To reach {STAGE_LABELS[group.stage]} ({group.items.length})
          </Text>
          <NextStepsTable items={group.items} pillarName={pillarName} />
        </View>
      ))}
    </View>
  );
}

function Appendix({ data }: { data: ReportData }) {
  return (
    <View>
      <Text style={styles.h3}>Scoring</Text>
      {data.scores.scoringVersion < SCORING_VERSION ? (
        <Text>
          This snapshot was scored with scoring v{data.scores.scoringVersion}, and shows the result it stored: each pillar&apos;s score is the mean of its answered questions weighted by
          importance (1 supporting to 3 critical), its stage the highest its score reaches (never above its weakest critical question, from zt-2026.2 on), whatever the share answered;
          the overall is the mean of the pillar scores; a gap is the target&apos;s level minus the score. Re-score the snapshot to apply today&apos;s rules.
        </Text>
      ) : (
        <Text>
          Each answer scores 1 (Traditional) to 4 (Optimal). A pillar&apos;s mean is the mean of its answered questions weighted by importance (1 supporting to 3 critical), Not
          applicable and Unknown left out. A pillar is named a stage only once {formatPercent(data.scores.policy.coverageThreshold)} of its questions are answered and at most{" "}
          {formatPercent(data.scores.policy.naThreshold)} are N/A; the stage is the highest its mean reaches, but never above the stage of its weakest critical question, and none while a critical question is unanswered. The overall mean
          weighs every question the same way wherever it sits; the overall stage is never above the weakest pillar&apos;s. A gap is the mean number of stages the answers are short
          of their target; pillars without a target aim at the organisation&apos;s default, {STAGE_LABELS[data.scores.policy.defaultTarget]}.
        </Text>
      )}
      <Text style={styles.h3}>Largest risks and next steps</Text>
      <Text>{RISK_RULE}</Text>
      <Text style={{ marginTop: 4 }}>
        Next steps are the step out of each answer&apos;s current stage below its target, ranked by how much of the shortfall they close for their effort (normalised weight ×
        impact, doubled for a critical question, ÷ effort), after the steps they need first; their owner, status and due date come from the tracked next steps.
      </Text>
      <Text style={styles.h3}>Mappings</Text>
      <View style={[styles.tableHead, { fontSize: 7.5 }]}>
        <Text style={{ width: 44 }}>ID</Text>
        <Text style={{ flex: 1 }}>CISA ZTMM v2.0 functions</Text>
        <Text style={{ width: 52 }}>NIST 800-207</Text>
        <Text style={{ width: 92 }}>{isFrameworkV2(data.framework) ? "DoD capabilities (T/A)" : "DoD ZT RA pillar"}</Text>
        {isFrameworkV2(data.framework) ? <Text style={{ width: 70 }}>Microsoft pillar</Text> : null}
      </View>
      {data.framework.questions.map((question) => (
        <View key={question.id} style={[styles.row, { paddingVertical: 2 }]} wrap={false}>
          <Text style={{ width: 44, fontSize: 7.5 }}>{question.id}</Text>
          <Text style={{ flex: 1, fontSize: 7.5, paddingRight: 6 }}>{question.mappings.cisa.map(cisaLabel).join("; ")}</Text>
          <Text style={{ width: 52, fontSize: 7.5 }}>{question.mappings.nist.join(", ") || "none"}</Text>
          <Text style={{ width: 92, fontSize: 7.5, paddingRight: 4 }}>{dodShortLabel(question)}</Text>
          {question.detail ? <Text style={{ width: 70, fontSize: 7.5 }}>{question.detail.microsoft.pillar}</Text> : null}
        </View>
      ))}
    </View>
  );
}

function ReportDocument({ data }: { data: ReportData }) {
  return (
    <Document
      title={`${data.assessment.name}: Zero Trust readiness report`}
      subject={data.classification}
      author={data.generatedBy}
      creator="Zero Trust Readiness"
      producer="Zero Trust Readiness"
    >
      <Cover data={data} />
      <BoardSummary data={data} />
      <Page size="A4" style={styles.page} wrap>
        <RunningHeaderAndFooter data={data} />
        <SectionHeading id="maturity" first />
        <View style={{ flexDirection: "row", alignItems: "flex-start" }} wrap={false}>
          <RadarChart rows={radarRows(data.framework, data.scores)} />
          <View style={{ flex: 1, marginLeft: 12 }}>
            <PillarTable data={data} compact={false} />
            <Text style={{ fontSize: 7.5, color: COLORS.muted, marginTop: 6 }}>
              Current is the pillar&apos;s score (1 to 4) and the stage it reaches; Target is the stage the organisation aims for; Gap is the distance still to go.
            </Text>
          </View>
        </View>
        <SectionHeading id="trend" />
        <TrendSection data={data} />
        <SectionHeading id="findings" />
        <Findings data={data} />
      </Page>
      <Page size="A4" style={styles.page} wrap>
        <RunningHeaderAndFooter data={data} />
        <SectionHeading id="roadmap" first />
        <Roadmap data={data} />
        <SectionHeading id="evidence" />
        <EvidenceSection data={data} />
        <SectionHeading id="appendix" />
        <Appendix data={data} />
      </Page>
      <Page size="A4" style={styles.page} wrap>
        <RunningHeaderAndFooter data={data} />
        {VIEW_SECTIONS.map((section, index) => (
          <View key={section.id} break={section.newPage && index > 0}>
            <SectionHeading id={section.id} first={section.newPage} />
            <ViewAppendix data={data} view={section.view} />
          </View>
        ))}
      </Page>
    </Document>
  );
}

/**
 * One layout pass: the contents link to each section instead of printing page numbers, which
 * would need a second pass: `bench:pdf` measured 615 ms a report with two passes, 364 ms with one.
 */
export function renderReportPdf(data: ReportData): Promise<Buffer> {
  return renderToBuffer(<ReportDocument data={data} />);
}
