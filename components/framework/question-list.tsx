import { STAGE_LABELS, STAGES, type Question } from "@/lib/framework/types";

export function QuestionList({ questions }: { questions: Question[] }) {
  return (
    <ol className="grid gap-2">
      {questions.map((question) => (
        <li key={question.id} className="rounded-lg border border-border bg-card">
          <details className="group">
            <summary className="flex cursor-pointer list-none items-start gap-3 p-4 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
              <span className="mt-0.5 font-mono text-xs text-muted-foreground">{question.id}</span>
              <span className="grid gap-1">
                <span className="font-medium">{question.title}</span>
                <span className="text-sm text-muted-foreground">{question.prompt}</span>
              </span>
            </summary>
            <div className="grid gap-3 border-t border-border p-4 text-sm">
              <p>{question.why}</p>
              <dl className="grid gap-2 sm:grid-cols-2">
                {STAGES.map((stage) => (
                  <div key={stage} className="rounded-md bg-muted/60 p-3">
                    <dt className="font-medium">{STAGE_LABELS[stage]}</dt>
                    <dd className="text-muted-foreground">{question.levels[stage]}</dd>
                  </div>
                ))}
              </dl>
              <p className="text-xs text-muted-foreground">
                CISA ZTMM: {question.mappings.cisa.map((ref) => `${ref.pillar} / ${ref.function}`).join("; ")} · NIST SP
                800-207 tenets {question.mappings.nist.join(", ")} · DoD pillar: {question.mappings.dod} · weight {question.weight}
              </p>
            </div>
          </details>
        </li>
      ))}
    </ol>
  );
}
