import type { Metadata } from "next";
import { Questionnaire } from "@/components/assessments/questionnaire/questionnaire";
import { can } from "@/lib/policy";
import { frameworkOf, getAssessment } from "@/lib/server/assessments";
import { getReconciliation } from "@/lib/server/evidence";
import { listEvidenceFiles } from "@/lib/server/evidence-files";
import { orNotFound } from "@/lib/server/pages";
import { getScoringPolicy } from "@/lib/server/scoring-policy";
import { requireMembership } from "@/lib/server/session";

export const metadata: Metadata = { title: "Questionnaire" };

export default async function QuestionnairePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string | string[] }> }) {
  const { actor } = await requireMembership();
  const assessment = await orNotFound(getAssessment(actor, (await params).id));
  const { q } = await searchParams;
  const [policy, evidence, evidenceFiles] = await Promise.all([getScoringPolicy(actor), getReconciliation(actor, assessment.id), listEvidenceFiles(actor, assessment.id)]);
  const canWrite = can(actor, "assessment.write");
  const archived = assessment.status === "archived";
  return (
    <Questionnaire
      assessmentId={assessment.id}
      framework={frameworkOf(assessment)}
      status={assessment.status}
      canComplete={canWrite && !archived}
      targets={assessment.targets}
      policy={policy}
      canApproveNa={can(actor, "na.approve") && !archived}
      answers={assessment.answers.map((answer) => ({
        ...answer,
        updatedAt: answer.updatedAt.toISOString(),
        naApprovedAt: answer.naApprovedAt?.toISOString() ?? null,
        naRejectedAt: answer.naRejectedAt?.toISOString() ?? null,
      }))}
      evidenceFiles={evidenceFiles}
      readOnly={!canWrite || archived}
      readOnlyReason={archived ? "Archived: read only. Restore it in Settings to edit." : "Read only: your role cannot change answers."}
      startAt={typeof q === "string" ? q : undefined}
      toolEvidence={Object.fromEntries(evidence.questions.map((question) => [question.questionId, question]))}
    />
  );
}
