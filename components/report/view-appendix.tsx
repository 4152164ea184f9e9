import { Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { answeredText, dodCountText, dodStatusText, viewRatingLabel, weakestText } from "@/lib/assessment/views";
import { formatPercent, formatScore } from "@/lib/assessment/labels";
import type { ReportData } from "@/lib/server/report";
import type { AssessmentView, CisaView, DodView, MicrosoftView, NistView, ViewFigures } from "@/lib/scoring/views";
import { ScoreBar } from "./charts";
import { COLORS, styles } from "./theme";

/** One appendix per view; the two short ones share a page. The ids are the contents' link targets. */
export const VIEW_SECTIONS = [
  { id: "view-cisa", title: "Appendix: CISA ZTMM view", view: "cisa", newPage: true },
  { id: "view-dod", title: "Appendix: DoD capability view", view: "dod", newPage: true },
  { id: "view-microsoft", title: "Appendix: Microsoft scenario view", view: "microsoft", newPage: true },
  { id: "view-nist", title: "Appendix: NIST SP 800-207 view", view: "nist", newPage: false },
] as const;

type Column = { label: string; width?: number };

function Head({ columns }: { columns: Column[] }) {
  return (
    <View style={[styles.tableHead, { fontSize: 7.5 }]} fixed>
      {columns.map((column) => (
        <Text key={column.label} style={column.width ? { width: column.width, paddingRight: 4 } : { flex: 1, paddingRight: 4 }}>
          {column.label}
        </Text>
      ))}
    </View>
  );
}

function Row({ columns, cells, bold = false }: { columns: Column[]; cells: ReactNode[]; bold?: boolean }) {
  return (
    <View style={[styles.row, { paddingVertical: 2.5, alignItems: "center" }, bold ? { backgroundColor: COLORS.faint } : {}]} wrap={false}>
      {cells.map((cell, index) => {
        const column = columns[index]!;
        const style = [column.width ? { width: column.width, paddingRight: 4 } : { flex: 1, paddingRight: 4 }, { fontSize: 7.5 }, bold ? styles.bold : {}];
        return typeof cell === "string" || typeof cell === "number" ? (
          <Text key={index} style={style}>
            {cell}
          </Text>
        ) : (
          <View key={index} style={style}>
            {cell}
          </View>
        );
      })}
    </View>
  );
}

/** A group's bold head row kept on one page with its first row, then the rest of its rows. */
function Group({ head, rows }: { head: ReactNode; rows: ReactNode[] }) {
  return (
    <View>
      <View wrap={false}>
        {head}
        {rows[0]}
      </View>
      {rows.slice(1)}
    </View>
  );
}

const Intro = ({ children }: { children: ReactNode }) => <Text style={{ marginBottom: 6 }}>{children}</Text>;

const CISA_COLUMNS: Column[] = [{ label: "CISA pillar / function" }, { label: "Questions", width: 48 }, { label: "Answered", width: 66 }, { label: "Level", width: 78 }, { label: "Stage", width: 104 }, { label: "Weakest", width: 80 }];

function figureCells(name: string, figures: ViewFigures): ReactNode[] {
  return [
    name,
    figures.mapped,
    figures.mapped === 0 ? "—" : answeredText(figures),
    <View key="level" style={{ flexDirection: "row", alignItems: "center" }}>
      <Text style={{ width: 20, fontSize: 7.5 }}>{formatScore(figures.score)}</Text>
      <ScoreBar current={figures.score} target={null} width={48} />
    </View>,
    viewRatingLabel(figures),
    weakestText(figures),
  ];
}

function CisaAppendix({ view }: { view: Extract<CisaView, { available: true }> }) {
  return (
    <View>
      <Intro>
        Each CISA ZTMM v2.0 pillar and function, with the cross-cutting capabilities, measured by the questions mapped to it. Level is the mean of their answers (1 Traditional to 4
        Optimal) weighted by importance; a stage is named only once enough of the applicable questions are answered and not too many are N/A, as for the pillars. Weakest is the
        lowest answered question.
      </Intro>
      <Head columns={CISA_COLUMNS} />
      {view.pillars.map((pillar) => (
        <Group
          key={pillar.pillar}
          head={<Row columns={CISA_COLUMNS} cells={figureCells(pillar.label, pillar.summary)} bold />}
          rows={pillar.functions.map((fn) => (
            <Row key={fn.name} columns={CISA_COLUMNS} cells={figureCells(fn.name, fn)} />
          ))}
        />
      ))}
    </View>
  );
}

const DOD_COLUMNS: Column[] = [{ label: "DoD pillar / capability", width: 170 }, { label: "Target level" }, { label: "Advanced level" }];

function DodAppendix({ view }: { view: Extract<DodView, { available: true }> }) {
  return (
    <View>
      <Intro>
        A capability&apos;s Target level is attained when every question whose stage delivers a Target-level activity of it is answered at or above that stage; the Advanced level
        likewise. N/A questions are left out, unanswered ones are not attained, and a capability no question delivers is not assessed.
      </Intro>
      <Text style={[styles.bold, { marginBottom: 6 }]}>
        Target level: {dodCountText(view.target)} ({view.target.total - view.target.assessed} of the {view.target.total} capabilities not assessed). Advanced level:{" "}
        {dodCountText(view.advanced)} ({view.advanced.total - view.advanced.assessed} not assessed).
      </Text>
      <Head columns={DOD_COLUMNS} />
      {view.pillars.map((pillar) => (
        <Group
          key={pillar.pillar}
          head={<Row columns={DOD_COLUMNS} cells={[pillar.pillar, dodCountText(pillar.target), dodCountText(pillar.advanced)]} bold />}
          rows={pillar.capabilities.map((capability) => (
            <Row key={capability.id} columns={DOD_COLUMNS} cells={[`${capability.id} ${capability.name}`, dodStatusText(capability.target), dodStatusText(capability.advanced)]} />
          ))}
        />
      ))}
    </View>
  );
}

const MICROSOFT_COLUMNS: Column[] = [{ label: "Business scenario" }, { label: "Progress", width: 110 }, { label: "At target", width: 60 }, { label: "Answered", width: 110 }];

function ShareBar({ share }: { share: number }) {
  return (
    <View style={{ width: 60, height: 6, backgroundColor: COLORS.faint }}>
      <View style={{ width: Math.max(1, 60 * share), height: 6, backgroundColor: COLORS.current }} />
    </View>
  );
}

function MicrosoftAppendix({ view }: { view: Extract<MicrosoftView, { available: true }> }) {
  return (
    <View>
      <Intro>
        Progress toward each business scenario of Microsoft&apos;s Zero Trust adoption framework, against that scenario&apos;s own preset targets (not this assessment&apos;s). Each
        question counts its stage up to its target, Traditional 0 to Optimal 3; progress is the sum of those divided by the sum of the targets. A stage above target earns
        nothing extra, an unanswered question counts as Traditional, N/A questions are left out.
      </Intro>
      <Head columns={MICROSOFT_COLUMNS} />
      {view.scenarios.map((scenario) => (
        <Row
          key={scenario.id}
          columns={MICROSOFT_COLUMNS}
          cells={[
            scenario.name,
            scenario.progress === null ? (
              "—"
            ) : (
              <View key="progress" style={{ flexDirection: "row", alignItems: "center" }}>
                <Text style={{ width: 30, fontSize: 7.5 }}>{formatPercent(scenario.progress)}</Text>
                <ShareBar share={scenario.progress} />
              </View>
            ),
            `${scenario.atTarget} of ${scenario.applicable}`,
            answeredText(scenario),
          ]}
        />
      ))}
    </View>
  );
}

const NIST_COLUMNS: Column[] = [{ label: "Tenet" }, { label: "Questions", width: 48 }, { label: "Met", width: 60 }, { label: "Answered", width: 90 }, { label: "Stage", width: 104 }];

function NistAppendix({ view }: { view: Extract<NistView, { available: true }> }) {
  return (
    <View>
      <Intro>
        Per tenet of NIST SP 800-207 (section 2.1), the questions mapped to it: Met counts the applicable ones at Advanced or above; the stage follows the same coverage and N/A rules as
        the pillars.
      </Intro>
      <Head columns={NIST_COLUMNS} />
      {view.tenets.map((tenet) => (
        <Row
          key={tenet.tenet}
          columns={NIST_COLUMNS}
          cells={[
            `${tenet.tenet}. ${tenet.label}`,
            tenet.mapped,
            `${tenet.met} of ${tenet.applicable}${tenet.metShare === null ? "" : ` (${formatPercent(tenet.metShare)})`}`,
            answeredText(tenet),
            viewRatingLabel(tenet),
          ]}
        />
      ))}
    </View>
  );
}

function ViewBody({ view }: { view: AssessmentView }) {
  if (!view.available) return <Text style={{ color: COLORS.muted }}>{view.reason}</Text>;
  switch (view.view) {
    case "cisa":
      return <CisaAppendix view={view} />;
    case "dod":
      return <DodAppendix view={view} />;
    case "microsoft":
      return <MicrosoftAppendix view={view} />;
    case "nist":
      return <NistAppendix view={view} />;
  }
}

/** The body of one view's appendix; the document gives it its page, running header and heading. */
export function ViewAppendix({ data, view }: { data: ReportData; view: (typeof VIEW_SECTIONS)[number]["view"] }) {
  return <ViewBody view={data.views[view]} />;
}
