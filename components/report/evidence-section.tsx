import { Text, View } from "@react-pdf/renderer";
import { formatDateTime } from "@/lib/assessment/labels";
import { contradictedText, contradictionText } from "@/lib/evidence/labels";
import { STAGE_LABELS } from "@/lib/framework/types";
import type { ReportData } from "@/lib/server/report";
import { COLORS, styles } from "./theme";

/** Tool text in the PDF's built-in fonts, which cover Windows-1252: anything outside reads as "?". */
const latin = (text: string) => text.replace(/[^\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]/g, "?");

const MAX_CANDIDATES = 15;

/** The answers against the imported tool runs: contradictions first, then the candidate steps from failed tests. */
export function EvidenceSection({ data }: { data: ReportData }) {
  const { runs, reconciliation, candidates } = data.evidence;
  if (runs.length === 0) {
    return <Text style={styles.muted}>No tool results were imported{data.snapshot ? " by the time of this snapshot" : ""}: every rating in this report is self-rated.</Text>;
  }
  const contradicted = reconciliation.questions.filter((question) => question.confidence === "contradicted");
  const title = (questionId: string) => data.framework.questions.find((question) => question.id === questionId)?.title ?? questionId;
  return (
    <View>
      <Text style={{ marginBottom: 4 }}>
        Ratings checked against the latest run of Microsoft&apos;s Zero Trust Assessment per tenant: {contradictedText(contradicted.length)}, {reconciliation.supported} supported, the rest of the{" "}
        {reconciliation.questions.length} questions the tests speak to self-rated. {reconciliation.unmapped.length} tests map to no question.
      </Text>
      <View style={styles.tableHead}>
        <Text style={{ flex: 1 }}>Tenant</Text>
        <Text style={{ width: 110 }}>Run</Text>
        <Text style={{ width: 50 }}>Version</Text>
        <Text style={{ width: 44 }}>Passed</Text>
        <Text style={{ width: 44 }}>Failed</Text>
        <Text style={{ width: 40 }}>Tests</Text>
      </View>
      {runs.map((run) => (
        <View key={`${run.tenant}-${run.executedAt.toISOString()}`} style={styles.row} wrap={false}>
          <Text style={{ flex: 1, fontSize: 8.5 }}>{latin(run.tenant)}</Text>
          <Text style={{ width: 110, fontSize: 8.5 }}>{formatDateTime(run.executedAt)}</Text>
          <Text style={{ width: 50, fontSize: 8.5 }}>{latin(run.toolVersion)}</Text>
          <Text style={{ width: 44, fontSize: 8.5 }}>{run.counts.byStatus.Passed ?? 0}</Text>
          <Text style={{ width: 44, fontSize: 8.5 }}>{run.counts.byStatus.Failed ?? 0}</Text>
          <Text style={{ width: 40, fontSize: 8.5 }}>{run.counts.total}</Text>
        </View>
      ))}

      <Text style={styles.h3}>Ratings contradicted by the evidence ({contradicted.length})</Text>
      {contradicted.length === 0 ? <Text style={styles.muted}>None: no rating is contradicted by the tool&apos;s tests.</Text> : null}
      {contradicted.map((question) => (
        <View key={question.questionId} style={[styles.row, { backgroundColor: COLORS.gapFill }]} wrap={false}>
          <Text style={{ width: 44, fontSize: 8.5, color: COLORS.muted }}>{question.questionId}</Text>
          <View style={{ flex: 1 }}>
            <Text style={{ fontSize: 8.5, fontFamily: "Helvetica-Bold" }}>{title(question.questionId)}</Text>
            <Text style={{ fontSize: 8.5, color: COLORS.gap }}>{contradictionText(question)}</Text>
            <Text style={{ fontSize: 7.5, color: COLORS.muted }}>
              {question.tests
                .filter((test) => test.status === "Failed" || question.contradiction === "rated_traditional_while_passing")
                .map((test) => latin(`${test.status}: ${test.title} (${test.risk})`))
                .join("; ")}
            </Text>
          </View>
        </View>
      ))}

      <Text style={styles.h3}>Candidate next steps from failed tests ({candidates.length})</Text>
      <Text style={{ marginBottom: 4 }}>
        Riskiest first, then higher user impact, then lower cost{candidates.length > MAX_CANDIDATES ? `; the first ${MAX_CANDIDATES} are listed, the app has them all` : ""}. Where a test checks what a
        question&apos;s own next step asks, the two are one step.
      </Text>
      {candidates.length > 0 ? (
        <View style={styles.tableHead}>
          <Text style={{ flex: 1 }}>Failed test</Text>
          <Text style={{ width: 48 }}>Risk</Text>
          <Text style={{ width: 48 }}>Impact</Text>
          <Text style={{ width: 48 }}>Cost</Text>
          <Text style={{ width: 120 }}>Question</Text>
        </View>
      ) : null}
      {candidates.slice(0, MAX_CANDIDATES).map((candidate) => (
        <View key={`${candidate.test.importId}-${candidate.test.id}`} style={styles.row} wrap={false}>
          <Text style={{ flex: 1, fontSize: 8.5, paddingRight: 6 }}>{latin(candidate.test.title)}</Text>
          <Text style={{ width: 48, fontSize: 8.5 }}>{candidate.test.risk}</Text>
          <Text style={{ width: 48, fontSize: 8.5 }}>{latin(candidate.test.impact ?? "-")}</Text>
          <Text style={{ width: 48, fontSize: 8.5 }}>{latin(candidate.test.implementationCost ?? "-")}</Text>
          <Text style={{ width: 120, fontSize: 8 }}>
            {candidate.questionIds
              .map((questionId) => (candidate.sameAs.some((step) => step.questionId === questionId) ? `${questionId}: same as its next step` : `${questionId}: toward ${STAGE_LABELS[candidate.test.stage]}`))
              .join("; ")}
          </Text>
        </View>
      ))}
    </View>
  );
}
