"use client";

import { Label } from "@/components/ui/label";
import { NativeSelect, Options } from "@/components/ui/select";
import { groupLabel } from "@/lib/framework/groups";
import { presetTargets } from "@/lib/framework/index";
import { STAGE_LABELS, STAGES, type Framework, type PillarId, type Stage } from "@/lib/framework/types";

export type FullTargets = Record<PillarId, Stage> & { groups?: Record<string, Stage> };


/** The questions of each group, for the group targets' hints. */
function groupQuestions(framework: Framework): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const question of framework.questions) {
    if (!question.detail) continue;
    groups.set(question.detail.group, [...(groups.get(question.detail.group) ?? []), question.id]);
  }
  return groups;
}

/** Per-pillar target stages, and question-group targets, filled from a business-scenario preset and adjustable by hand. */
export function TargetsEditor({
  framework,
  presetId,
  targets,
  onChange,
  disabled,
}: {
  framework: Framework;
  presetId: string;
  targets: FullTargets;
  onChange: (next: { presetId: string; targets: FullTargets }) => void;
  disabled?: boolean;
}) {
  const preset = framework.presets.find((candidate) => candidate.id === presetId);
  const groups = Object.entries(targets.groups ?? {});
  const questionsOf = groupQuestions(framework);
  return (
    <fieldset className="grid gap-4" disabled={disabled}>
      <legend className="mb-2 text-sm font-medium">Target maturity</legend>
      <div className="grid gap-1.5">
        <Label htmlFor="target-preset">Business scenario</Label>
        <NativeSelect
          id="target-preset"
          value={presetId}
          onChange={(event) => {
            const chosen = framework.presets.find((candidate) => candidate.id === event.target.value);
            onChange({ presetId: event.target.value, targets: chosen ? presetTargets(chosen) : targets });
          }}
        >
          {framework.presets.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
          <option value="">Custom</option>
        </NativeSelect>
        {preset ? <p className="text-sm text-muted-foreground">{preset.description}</p> : null}
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        {framework.pillars.map((pillar) => (
          <div key={pillar.id} className="grid gap-1.5">
            <Label htmlFor={`target-${pillar.id}`}>{pillar.name}</Label>
            <NativeSelect
              id={`target-${pillar.id}`}
              value={targets[pillar.id]}
              onChange={(event) => onChange({ presetId: "", targets: { ...targets, [pillar.id]: event.target.value as Stage } })}
            >
              <Options values={STAGES} labels={STAGE_LABELS} />
            </NativeSelect>
          </div>
        ))}
      </div>
      {groups.length > 0 ? (
        <details className="rounded-md border border-border p-3">
          <summary className="cursor-pointer text-sm font-medium">Question groups with their own target ({groups.length})</summary>
          <p className="mt-2 text-sm text-muted-foreground">These override the pillar target for the questions in the group, so next steps aim where this scenario needs them.</p>
          <div className="mt-3 grid gap-3 sm:grid-cols-3">
            {groups.map(([group, stage]) => (
              <div key={group} className="grid gap-1.5">
                <Label htmlFor={`target-group-${group}`}>{groupLabel(group)}</Label>
                <NativeSelect
                  id={`target-group-${group}`}
                  value={stage}
                  aria-describedby={`target-group-${group}-questions`}
                  onChange={(event) => onChange({ presetId: "", targets: { ...targets, groups: { ...targets.groups, [group]: event.target.value as Stage } } })}
                >
                  <Options values={STAGES} labels={STAGE_LABELS} />
                </NativeSelect>
                <p id={`target-group-${group}-questions`} className="text-xs text-muted-foreground">
                  {(questionsOf.get(group) ?? []).join(", ") || "No question in this version"}
                </p>
              </div>
            ))}
          </div>
        </details>
      ) : null}
    </fieldset>
  );
}
