import type { Metadata } from "next";
import Link from "next/link";
import { SafeMarkdown } from "@/components/evidence/safe-markdown";
import { TestStatus } from "@/components/evidence/test-status";
import { formatDateTime } from "@/lib/assessment/labels";
import { STAGE_LABELS } from "@/lib/framework/types";
import { getEvidenceTest } from "@/lib/server/evidence";
import { orNotFound } from "@/lib/server/pages";
import { requireMembership } from "@/lib/server/session";

export const metadata: Metadata = { title: "Tool test" };

function Fact({ label, value }: { label: string; value: string | null }) {
  return (
    <div className="grid gap-0.5">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-sm">{value ?? "—"}</dd>
    </div>
  );
}

/** One test of an imported run, its description and result as the tool wrote them (Markdown, rendered safely). */
export default async function EvidenceTestPage({ params }: { params: Promise<{ id: string; importId: string; testId: string }> }) {
  const { actor } = await requireMembership();
  const { id, importId, testId } = await params;
  const { tenant, executedAt, test, description, result, questionIds, stage } = await orNotFound(getEvidenceTest(actor, id, importId, testId));
  return (
    <article className="grid max-w-4xl gap-5">
      <p className="text-sm">
        <Link href={`/assessments/${id}/evidence`} className="text-muted-foreground hover:underline">
          Evidence
        </Link>
      </p>
      <div className="grid gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <TestStatus status={test.status} />
          <span className="font-mono text-xs text-muted-foreground">Test {test.id}</span>
        </div>
        <h2 className="text-xl font-semibold">{test.title}</h2>
        <p className="text-sm text-muted-foreground">
          {tenant}, run {formatDateTime(executedAt)}
        </p>
      </div>
      <dl className="grid grid-cols-2 gap-3 rounded-lg border border-border p-4 sm:grid-cols-4">
        <Fact label="Risk" value={test.risk} />
        <Fact label="User impact" value={test.impact} />
        <Fact label="Implementation cost" value={test.implementationCost} />
        <Fact label="Pillar" value={test.pillars.join(", ") || null} />
        <Fact label="Category" value={test.category} />
        <Fact label="Secure Future Initiative" value={test.sfiPillar} />
        <Fact label="Questions" value={questionIds.length > 0 ? `${questionIds.join(", ")}${stage ? ` (checks ${STAGE_LABELS[stage]})` : ""}` : "Not mapped"} />
        {test.skipped || test.skippedReason ? <Fact label="Skipped" value={[test.skipped, test.skippedReason].filter(Boolean).join(": ")} /> : null}
      </dl>
      {questionIds.length > 0 ? (
        <p className="flex flex-wrap gap-2 text-sm">
          {questionIds.map((questionId) => (
            <Link key={questionId} href={`/assessments/${id}?q=${questionId}`} className="text-primary underline-offset-2 hover:underline">
              Open {questionId} in the questionnaire
            </Link>
          ))}
        </p>
      ) : null}
      <section className="grid gap-2" aria-labelledby="result-heading">
        <h3 id="result-heading" className="font-semibold">
          Result
        </h3>
        {result ? <SafeMarkdown>{result}</SafeMarkdown> : <p className="text-sm text-muted-foreground">The tool recorded no result text.</p>}
      </section>
      <section className="grid gap-2" aria-labelledby="description-heading">
        <h3 id="description-heading" className="font-semibold">
          About this test
        </h3>
        {description ? <SafeMarkdown>{description}</SafeMarkdown> : <p className="text-sm text-muted-foreground">The tool gave no description.</p>}
      </section>
    </article>
  );
}
