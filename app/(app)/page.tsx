import type { Metadata } from "next";
import Link from "next/link";
import { PillarSummaryGrid } from "@/components/framework/pillar-summary-grid";
import { Button } from "@/components/ui/button";
import { LATEST_FRAMEWORK } from "@/lib/framework/index";
import { requireActor } from "@/lib/server/session";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const actor = await requireActor();
  const framework = LATEST_FRAMEWORK;
  return (
    <div className="grid gap-8">
      <section className="grid gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Welcome, {actor.name}</h1>
        <p className="max-w-3xl text-muted-foreground">
          Zero Trust Readiness measures where your organisation stands on each pillar — verify explicitly, use least
          privilege, assume breach — against the {framework.questions.length} questions of {framework.name}, from
          Traditional to Optimal.
        </p>
      </section>
      <section aria-labelledby="pillars-heading" className="grid gap-4">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <h2 id="pillars-heading" className="text-lg font-semibold">
            What an assessment covers
          </h2>
          <Button asChild variant="outline" size="sm">
            <Link href="/framework">Read every question</Link>
          </Button>
        </div>
        <PillarSummaryGrid framework={framework} />
      </section>
    </div>
  );
}
