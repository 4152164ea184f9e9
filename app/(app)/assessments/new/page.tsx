import type { Metadata } from "next";
import { NewAssessmentForm } from "@/components/assessments/new-assessment-form";
import { FRAMEWORKS } from "@/lib/framework/index";
import { can } from "@/lib/policy";
import { listMembers } from "@/lib/server/members";
import { requireMembership } from "@/lib/server/session";
import { redirect } from "next/navigation";

export const metadata: Metadata = { title: "New assessment" };

export default async function NewAssessmentPage() {
  const { actor } = await requireMembership();
  if (!can(actor, "assessment.write")) redirect("/assessments");
  const members = await listMembers(actor);
  return (
    <div className="grid max-w-3xl gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">New assessment</h1>
        <p className="text-sm text-muted-foreground">Name what you assess, who owns it, and the maturity you aim for on each pillar.</p>
      </div>
      <NewAssessmentForm
        frameworks={FRAMEWORKS.map((framework) => ({ id: framework.id, name: framework.name }))}
        owners={members.map((member) => ({ id: member.userId, name: `${member.name} (${member.email})` }))}
        defaultOwnerId={actor.userId}
      />
    </div>
  );
}
