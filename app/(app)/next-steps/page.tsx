import type { Metadata } from "next";
import { ListChecks } from "lucide-react";
import { NextStepsTable } from "@/components/next-steps/next-steps-table";
import { LATEST_FRAMEWORK } from "@/lib/framework/index";
import { roleHasPermission } from "@/lib/permissions";
import { listMembers } from "@/lib/server/members";
import { listNextSteps } from "@/lib/server/next-steps";
import { requireMembership } from "@/lib/server/session";
import { ZId } from "@/lib/validation/assessment";

export const metadata: Metadata = { title: "Next steps" };

export default async function NextStepsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor, membership } = await requireMembership();
  const query = await searchParams;
  const assessmentId = ZId.safeParse(query.assessment).data;
  const [steps, members] = await Promise.all([listNextSteps(actor, { assessmentId }), listMembers(actor)]);
  const pillarNames = Object.fromEntries(LATEST_FRAMEWORK.pillars.map((pillar) => [pillar.id, pillar.name]));
  return (
    <div className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Next steps{assessmentId && steps[0] ? ` — ${steps[0].assessment.name}` : ""}</h1>
        <p className="max-w-3xl text-sm text-muted-foreground">
          The prioritised next steps of every assessment, tracked like the Zero Trust adoption tracker: stage, objective, tasks, owner, status, due date and notes.
          Each snapshot adds new recommendations; items keep their owner and status when a recommendation moves, and close themselves when the gap is gone.
        </p>
      </div>
      {steps.length === 0 ? (
        <div className="grid justify-items-center gap-2 rounded-lg border border-dashed border-border p-10 text-center">
          <ListChecks className="size-8 text-muted-foreground" aria-hidden />
          <h2 className="font-semibold">No next steps tracked yet</h2>
          <p className="max-w-md text-sm text-muted-foreground">Record a snapshot of an assessment: its prioritised next steps appear here to assign and track.</p>
        </div>
      ) : (
        <NextStepsTable
          steps={steps}
          owners={members.map((member) => ({ id: member.userId, name: member.name }))}
          pillarNames={pillarNames}
          canEdit={roleHasPermission(membership.role, "nextstep.write")}
          overdueOnly={query.overdue === "true"}
        />
      )}
    </div>
  );
}
