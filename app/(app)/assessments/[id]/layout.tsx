import type { ReactNode } from "react";
import Link from "next/link";
import { Download, FileText } from "lucide-react";
import { AssessmentTabs } from "@/components/assessments/assessment-tabs";
import { StatusBadge } from "@/components/assessments/status-badge";
import { Button } from "@/components/ui/button";
import { getFramework } from "@/lib/framework/index";
import { can } from "@/lib/policy";
import { getAssessment } from "@/lib/server/assessments";
import { orNotFound } from "@/lib/server/pages";
import { requireMembership } from "@/lib/server/session";

export default async function AssessmentLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { actor } = await requireMembership();
  const { id } = await params;
  const assessment = await orNotFound(getAssessment(actor, id));
  const exportBase = `/api/v1/assessments/${assessment.id}/export`;
  return (
    <div className="grid gap-6">
      <div className="grid gap-3">
        <p className="text-sm">
          <Link href="/assessments" className="text-muted-foreground hover:underline">
            Assessments
          </Link>
        </p>
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="grid gap-1">
            <div className="flex flex-wrap items-center gap-3">
              <h1 className="text-2xl font-semibold tracking-tight">{assessment.name}</h1>
              <StatusBadge status={assessment.status} />
            </div>
            <p className="text-sm text-muted-foreground">
              {getFramework(assessment.frameworkVersion)?.name ?? assessment.frameworkVersion} · owner {assessment.owner?.name ?? "none"}
              {assessment.scope ? ` · ${assessment.scope}` : ""}
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            <Button asChild size="sm">
              <a href={`/api/v1/assessments/${assessment.id}/report`} download>
                <FileText aria-hidden />
                PDF report
              </a>
            </Button>
            <Button asChild variant="outline" size="sm">
              <a href={`${exportBase}?format=json`} download>
                <Download aria-hidden />
                Export JSON
              </a>
            </Button>
            <Button asChild variant="outline" size="sm">
              <a href={`${exportBase}?format=csv`} download>
                <Download aria-hidden />
                Answers CSV
              </a>
            </Button>
          </div>
        </div>
        <AssessmentTabs assessmentId={assessment.id} canWrite={can(actor, "assessment.write")} />
      </div>
      {children}
    </div>
  );
}
