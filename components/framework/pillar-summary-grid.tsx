import { questionsByPillar } from "@/lib/framework/index";
import type { Framework } from "@/lib/framework/types";

export function PillarSummaryGrid({ framework }: { framework: Framework }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {framework.pillars.map((pillar) => (
        <li key={pillar.id} className="rounded-lg border border-border bg-card p-4">
          <div className="flex items-baseline justify-between gap-2">
            <h3 className="font-medium">{pillar.name}</h3>
            <span className="text-xs text-muted-foreground">{questionsByPillar(framework, pillar.id).length} questions</span>
          </div>
          <p className="mt-1 text-sm text-muted-foreground">{pillar.summary}</p>
          {pillar.kind === "cross-cutting" ? <p className="mt-2 text-xs font-medium text-primary">Cross-cutting capability</p> : null}
        </li>
      ))}
    </ul>
  );
}
