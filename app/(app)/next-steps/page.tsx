import type { Metadata } from "next";
import { ListChecks } from "lucide-react";
import { NextStepsTracker } from "@/components/next-steps/next-steps-tracker";
import { Alert } from "@/components/ui/alert";
import { LATEST_FRAMEWORK } from "@/lib/framework/index";
import { can } from "@/lib/policy";
import { listMembers } from "@/lib/server/members";
import { getNextStep, listNextSteps } from "@/lib/server/next-steps";
import { AppError } from "@/lib/server/errors";
import { requireMembership } from "@/lib/server/session";
import { filterOfQuery, parseNextStepQuery } from "@/lib/validation/next-step";

export const metadata: Metadata = { title: "Next steps" };

const PARAMETER_NAMES: Record<string, string> = {
  assessment: "assessment",
  pillar: "pillar",
  stage: "stage",
  status: "status",
  owner: "owner",
  overdue: "overdue",
  closed: "show finished",
  page: "page",
  item: "item",
};

/** The item named in the URL, or why it is not shown; an id of another organisation is simply not found. */
async function selectedItem(actor: Parameters<typeof getNextStep>[0], id: string | undefined) {
  if (!id) return { selected: null };
  try {
    return { selected: await getNextStep(actor, id) };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return { selected: null, missing: "The next step named in the address was not found." };
    throw error;
  }
}

export default async function NextStepsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requireMembership();
  const { invalid, ...query } = parseNextStepQuery(await searchParams);
  const [data, members, { selected, missing }] = await Promise.all([
    listNextSteps(actor, filterOfQuery({ ...query, invalid }, actor.userId), query.page),
    listMembers(actor),
    selectedItem(actor, query.item),
  ]);
  const problems = [...invalid.map((name) => `The ${PARAMETER_NAMES[name] ?? name} filter in the address is not valid and was ignored.`), ...(missing ? [missing] : [])];
  const empty = data.total === 0 && data.hiddenClosed === 0 && data.assessments.length === 0;
  return (
    <div className="grid gap-4">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Next steps</h1>
        <p className="max-w-3xl text-sm text-muted-foreground">
          The prioritised next steps of every assessment. Each snapshot adds new recommendations; items keep their owner and status when a recommendation moves, and close
          themselves when the gap is gone.
        </p>
      </div>
      {problems.map((problem) => (
        <Alert key={problem}>{problem}</Alert>
      ))}
      {empty ? (
        <div className="grid justify-items-center gap-2 rounded-lg border border-dashed border-border p-10 text-center">
          <ListChecks className="size-8 text-muted-foreground" aria-hidden />
          <h2 className="font-semibold">No next steps tracked yet</h2>
          <p className="max-w-md text-sm text-muted-foreground">Record a snapshot of an assessment: its prioritised next steps appear here to assign and track.</p>
        </div>
      ) : (
        <NextStepsTracker
          // A new page of results starts with a fresh selection and focus.
          key={`${data.page}:${query.assessmentId}:${query.pillar}:${query.stage}:${query.owner}:${query.status}:${query.overdue}:${query.closed}`}
          data={data}
          query={query}
          owners={members.map((member) => ({ id: member.userId, name: member.name }))}
          pillars={LATEST_FRAMEWORK.pillars.map((pillar) => ({ id: pillar.id, name: pillar.name }))}
          canEdit={can(actor, "nextstep.write")}
          selected={selected}
        />
      )}
    </div>
  );
}
