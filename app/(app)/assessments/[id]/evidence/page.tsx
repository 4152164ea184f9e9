import type { Metadata } from "next";
import Link from "next/link";
import { Kpi } from "@/components/dashboard/kpi";
import { CandidateStepsTable } from "@/components/evidence/candidate-steps-table";
import { EvidenceQuestionsTable, type EvidenceQuestionRow } from "@/components/evidence/evidence-questions-table";
import { ImportCard } from "@/components/evidence/import-card";
import { ReportUpload } from "@/components/evidence/report-upload";
import { TestStatus } from "@/components/evidence/test-status";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { contradictedText } from "@/lib/evidence/labels";
import { can } from "@/lib/policy";
import { frameworkOf, getAssessment } from "@/lib/server/assessments";
import { getAssessmentEvidence } from "@/lib/server/evidence";
import { orNotFound } from "@/lib/server/pages";
import { requireMembership } from "@/lib/server/session";

export const metadata: Metadata = { title: "Evidence" };

export default async function EvidencePage({ params }: { params: Promise<{ id: string }> }) {
  const { actor } = await requireMembership();
  const { id } = await params;
  const assessment = await orNotFound(getAssessment(actor, id));
  const { imports, reconciliation, candidates, mappingVersion } = await getAssessmentEvidence(actor, assessment.id);
  const framework = frameworkOf(assessment);
  const canImport = can(actor, "assessment.write") && assessment.status !== "archived";
  const answers = new Map(assessment.answers.map((answer) => [answer.questionId, answer.value]));
  const titles = new Map(framework.questions.map((question) => [question.id, question.title]));
  const rows: EvidenceQuestionRow[] = reconciliation.questions.map((question) => ({ ...question, title: titles.get(question.questionId) ?? question.questionId, answer: answers.get(question.questionId) ?? null }));
  const latest = imports.filter((run) => run.latest);

  return (
    <div className="grid gap-6">
      <h2 className="sr-only">Evidence</h2>
      <Card>
        <CardHeader>
          <CardTitle>Microsoft Zero Trust Assessment</CardTitle>
          <CardDescription>
            Import the results of Microsoft&apos;s Zero Trust Assessment for your tenant: each self-rating is checked against the tool&apos;s tests mapped to its question (mapping version {mappingVersion}, for {framework.name}).
          </CardDescription>
        </CardHeader>
        <CardContent>{canImport ? <ReportUpload assessmentId={assessment.id} /> : <p className="text-sm text-muted-foreground">Your role can read the evidence but not import it.</p>}</CardContent>
      </Card>

      {imports.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border p-6 text-center text-sm text-muted-foreground">No results imported yet. Every rating is self-rated until a tool&apos;s tests back it.</p>
      ) : (
        <>
          <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <Kpi label="Contradicted" value={String(reconciliation.contradicted)} detail={contradictedText(reconciliation.contradicted)} />
            <Kpi label="Supported" value={String(reconciliation.supported)} detail="ratings backed by tool tests" />
            <Kpi label="Candidate next steps" value={String(candidates.length)} detail="from failed tests" />
            <Kpi label="Unmapped tests" value={String(reconciliation.unmapped.length)} detail={`of ${latest.reduce((sum, run) => sum + run.counts.total, 0)} in the latest runs`} />
          </dl>

          <section className="grid gap-3" aria-labelledby="runs-heading">
            <h3 id="runs-heading" className="text-lg font-semibold">
              Imported runs
            </h3>
            {imports.map((run) => (
              <ImportCard key={run.id} run={run} assessmentId={assessment.id} />
            ))}
          </section>

          <section className="grid gap-3" aria-labelledby="answers-heading">
            <h3 id="answers-heading" className="text-lg font-semibold">
              Answers against the evidence
            </h3>
            <EvidenceQuestionsTable assessmentId={assessment.id} rows={rows} />
          </section>

          <section className="grid gap-3" aria-labelledby="candidates-heading">
            <h3 id="candidates-heading" className="text-lg font-semibold">
              Candidate next steps from failed tests
            </h3>
            <p className="text-sm text-muted-foreground">Riskiest first, then higher user impact, then lower cost. Where a test checks what a question&apos;s own next step asks, the two are one step.</p>
            <CandidateStepsTable assessmentId={assessment.id} candidates={candidates} />
          </section>

          <section className="grid gap-3" aria-labelledby="unmapped-heading">
            <h3 id="unmapped-heading" className="text-lg font-semibold">
              Tests not mapped to a question ({reconciliation.unmapped.length})
            </h3>
            {reconciliation.unmapped.length === 0 ? (
              <p className="text-sm text-muted-foreground">Every test of the latest runs speaks to a question.</p>
            ) : (
              <details className="rounded-lg border border-border p-4">
                <summary className="cursor-pointer text-sm">These tests check nothing the question bank asks, or are newer than the mapping. Show them.</summary>
                <ul className="mt-3 grid gap-1.5">
                  {reconciliation.unmapped.map((test) => (
                    <li key={`${test.importId}-${test.id}`} className="flex flex-wrap items-center gap-2 text-sm">
                      <TestStatus status={test.status} />
                      <Link href={`/assessments/${assessment.id}/evidence/${test.importId}/${encodeURIComponent(test.id)}`} className="hover:underline">
                        {test.title}
                      </Link>
                      <span className="text-xs text-muted-foreground">
                        {test.id} · {test.pillars.join(", ") || "no pillar"}
                        {test.category ? ` · ${test.category}` : ""}
                      </span>
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </section>
        </>
      )}
    </div>
  );
}
