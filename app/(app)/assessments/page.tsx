import type { Metadata } from "next";
import Link from "next/link";
import { ClipboardList, Plus, Upload } from "lucide-react";
import { AssessmentsTable } from "@/components/assessments/assessments-table";
import { Button } from "@/components/ui/button";
import { can } from "@/lib/policy";
import { listAssessments } from "@/lib/server/assessments";
import { requireMembership } from "@/lib/server/session";

export const metadata: Metadata = { title: "Assessments" };

export default async function AssessmentsPage() {
  const { actor, membership } = await requireMembership();
  const rows = await listAssessments(actor);
  const canWrite = can(actor, "assessment.write");
  const owners = [...new Map(rows.flatMap((row) => (row.owner ? [[row.owner.id, row.owner] as const] : []))).values()].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Assessments</h1>
          <p className="text-sm text-muted-foreground">Every Zero Trust assessment of {membership.organizationName}, with its progress and history.</p>
        </div>
        {canWrite ? (
          <div className="flex gap-2">
            <Button asChild variant="outline">
              <Link href="/assessments/import">
                <Upload aria-hidden />
                Import
              </Link>
            </Button>
            <Button asChild>
              <Link href="/assessments/new">
                <Plus aria-hidden />
                New assessment
              </Link>
            </Button>
          </div>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <div className="grid justify-items-center gap-3 rounded-lg border border-dashed border-border p-12 text-center">
          <ClipboardList className="size-8 text-muted-foreground" aria-hidden />
          <h2 className="text-lg font-semibold">No assessments yet</h2>
          <p className="max-w-md text-sm text-muted-foreground">
            An assessment walks through every pillar — identity, devices, apps, data, infrastructure, network — and scores where you stand against your targets.
          </p>
          {canWrite ? (
            <Button asChild>
              <Link href="/assessments/new">New assessment</Link>
            </Button>
          ) : (
            <p className="text-sm text-muted-foreground">Ask an assessor or admin to start one.</p>
          )}
        </div>
      ) : (
        <AssessmentsTable rows={rows} owners={owners} />
      )}
    </div>
  );
}
