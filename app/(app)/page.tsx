import type { Metadata } from "next";
import Link from "next/link";
import { ActivityFeed } from "@/components/overview/activity-feed";
import { ContinueAssessments } from "@/components/overview/continue-assessments";
import { GettingStarted } from "@/components/overview/getting-started";
import { MaturityList } from "@/components/overview/maturity-list";
import { MyNextSteps } from "@/components/overview/my-next-steps";
import { PillarSummaryGrid } from "@/components/framework/pillar-summary-grid";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { LATEST_FRAMEWORK } from "@/lib/framework/index";
import { can } from "@/lib/policy";
import { getOverview } from "@/lib/server/overview";
import { requireActor } from "@/lib/server/session";
import { mustEnrolTwoFactor } from "@/lib/actor";

export const metadata: Metadata = { title: "Overview" };

function FrameworkSummary() {
  return (
    <section aria-labelledby="pillars-heading" className="grid gap-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <h2 id="pillars-heading" className="text-lg font-semibold">
          What an assessment covers
        </h2>
        <Button asChild variant="outline" size="sm">
          <Link href="/framework">Read every question</Link>
        </Button>
      </div>
      <PillarSummaryGrid framework={LATEST_FRAMEWORK} />
    </section>
  );
}

export default async function OverviewPage() {
  const actor = await requireActor();
  const mustEnrol = mustEnrolTwoFactor(actor);
  // Members who must first enrol in two-factor authentication see the overview, not the data.
  const overview = can(actor, "assessment.read") ? await getOverview(actor) : null;
  const canWrite = can(actor, "assessment.write");
  const now = new Date();
  const unfinished = overview?.assessments.filter((row) => row.status !== "completed" && row.continueAt) ?? [];
  return (
    <div className="grid gap-8">
      <section className="grid gap-2">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">Welcome, {actor.name}</h1>
          {overview?.assessments.length ? (
            <div className="flex flex-wrap gap-2">
              <Button asChild variant="outline" size="sm">
                <Link href="/assessments">All assessments</Link>
              </Button>
              {canWrite ? (
                <Button asChild size="sm">
                  <Link href="/assessments/new">New assessment</Link>
                </Button>
              ) : null}
            </div>
          ) : null}
        </div>
        <p className="max-w-3xl text-muted-foreground">
          {overview?.assessments.length
            ? "Where your Zero Trust assessments stand and what to do next."
            : `Zero Trust Readiness measures where your organisation stands on each pillar — verify explicitly, use least privilege, assume breach — against the ${LATEST_FRAMEWORK.questions.length} questions of ${LATEST_FRAMEWORK.name}, from Traditional to Optimal.`}
        </p>
      </section>
      {mustEnrol ? (
        <Alert>
          Your organisation requires two-factor authentication. <Link href="/settings" className="font-medium underline underline-offset-4">Set it up in Settings</Link> to see its assessments.
        </Alert>
      ) : null}
      {overview && overview.assessments.length > 0 ? (
        <>
          <ContinueAssessments assessments={unfinished} />
          <div className="grid items-start gap-6 lg:grid-cols-2">
            <MyNextSteps mine={overview.mine} />
            <MaturityList assessments={overview.assessments} />
          </div>
          <ActivityFeed activity={overview.activity} now={now} />
        </>
      ) : (
        <>
          {overview ? <GettingStarted canWrite={canWrite} /> : null}
          <FrameworkSummary />
        </>
      )}
    </div>
  );
}
