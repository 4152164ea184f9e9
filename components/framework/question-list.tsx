import { cisaLabel, dodLabels, microsoftObjectiveLabel, microsoftScenarioLabels, nistLabel, prerequisiteLabels } from "@/lib/framework/describe";
import { STAGE_LABELS, STAGES, type Question, type QuestionDetail } from "@/lib/framework/types";

function Criteria({ detail, stage }: { detail: QuestionDetail; stage: (typeof STAGES)[number] }) {
  return (
    <>
      <ul className="mt-1 list-disc space-y-0.5 pl-5 text-muted-foreground">
        {detail.criteria[stage].map((criterion) => (
          <li key={criterion}>{criterion}</li>
        ))}
      </ul>
      <p className="mt-2 text-xs">
        <span className="font-medium">Evidence:</span> <span className="text-muted-foreground">{detail.evidence[stage]}</span>
      </p>
    </>
  );
}

function Mappings({ question }: { question: Question }) {
  const { detail } = question;
  return (
    <dl className="grid gap-1 text-xs text-muted-foreground sm:grid-cols-[max-content_1fr] sm:gap-x-3">
      <dt className="font-medium text-foreground">CISA ZTMM</dt>
      <dd>{question.mappings.cisa.map(cisaLabel).join("; ")}</dd>
      <dt className="font-medium text-foreground">DoD</dt>
      <dd>{dodLabels(question).join("; ")}</dd>
      <dt className="font-medium text-foreground">NIST SP 800-207</dt>
      <dd>{nistLabel(question)}</dd>
      {detail ? (
        <>
          <dt className="font-medium text-foreground">Microsoft</dt>
          <dd>
            {detail.microsoft.pillar} pillar · {microsoftObjectiveLabel(detail)} · {microsoftScenarioLabels(detail).join("; ")}
          </dd>
          <dt className="font-medium text-foreground">Prerequisites</dt>
          <dd>{detail.prerequisites.length > 0 ? prerequisiteLabels(detail).join("; ") : "None"}</dd>
        </>
      ) : null}
      <dt className="font-medium text-foreground">Weight</dt>
      <dd>
        {question.weight}
        {detail ? ` · ${detail.importance === "critical" ? "critical: caps its pillar's stage" : "standard"} · ${detail.naAllowed ? "N/A allowed with a reason" : "always applies (no N/A)"}` : ""}
      </dd>
    </dl>
  );
}

export function QuestionList({ questions }: { questions: Question[] }) {
  return (
    <ol className="grid gap-2">
      {questions.map((question) => (
        <li key={question.id} className="rounded-lg border border-border bg-card">
          <details className="group">
            <summary className="flex cursor-pointer list-none items-start gap-3 p-4 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
              <span className="mt-0.5 font-mono text-xs text-muted-foreground">{question.id}</span>
              <span className="grid gap-1">
                <span className="font-medium">
                  {question.title}
                  {question.detail?.importance === "critical" ? <span className="ml-2 rounded bg-muted px-1.5 py-0.5 text-xs font-normal">Critical</span> : null}
                </span>
                <span className="text-sm text-muted-foreground">{question.prompt}</span>
              </span>
            </summary>
            <div className="grid gap-3 border-t border-border p-4 text-sm">
              <p>{question.why}</p>
              {question.detail ? (
                <p className="text-sm">
                  <span className="font-medium">How to verify:</span> {question.detail.verify}
                </p>
              ) : null}
              <dl className="grid gap-2 sm:grid-cols-2">
                {STAGES.map((stage) => (
                  <div key={stage} className="rounded-md bg-muted/60 p-3">
                    <dt className="font-medium">{STAGE_LABELS[stage]}</dt>
                    <dd className="text-muted-foreground">
                      {question.levels[stage]}
                      {question.detail ? <Criteria detail={question.detail} stage={stage} /> : null}
                    </dd>
                  </div>
                ))}
              </dl>
              <Mappings question={question} />
            </div>
          </details>
        </li>
      ))}
    </ol>
  );
}
