import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AssessmentSettings } from "@/components/assessments/assessment-settings";
import type { FullTargets } from "@/components/assessments/targets-editor";
import { can } from "@/lib/policy";
import { frameworkOf, getAssessment } from "@/lib/server/assessments";
import { nextVersionOf } from "@/lib/server/framework-move";
import { listMembers } from "@/lib/server/members";
import { orNotFound } from "@/lib/server/pages";
import { requireMembership } from "@/lib/server/session";

export const metadata: Metadata = { title: "Assessment settings" };

export default async function AssessmentSettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor } = await requireMembership();
  const { id } = await params;
  if (!can(actor, "assessment.write")) redirect(`/assessments/${id}`);
  const assessment = await orNotFound(getAssessment(actor, id));
  const members = await listMembers(actor);
  const framework = frameworkOf(assessment);
  // Every pillar gets a target on screen; one missing from storage starts at the first preset's.
  const next = nextVersionOf(framework.id);
  const version = (of: { id: string; name: string; releasedOn: string }) => ({ id: of.id, name: of.name, releasedOn: of.releasedOn });
  const targets = { ...framework.presets[0]!.targets, ...assessment.targets } as FullTargets;
  return (
    <AssessmentSettings
      assessment={{ id: assessment.id, name: assessment.name, scope: assessment.scope, status: assessment.status, frameworkVersion: assessment.frameworkVersion, ownerId: assessment.owner?.id ?? null, targets }}
      owners={members.map((member) => ({ id: member.userId, name: `${member.name} (${member.email})` }))}
      canDelete={can(actor, "assessment.delete")}
      versions={{ current: version(framework), next: next ? version(next) : null }}
    />
  );
}
