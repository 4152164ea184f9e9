"use client";

import { Label } from "@/components/ui/label";
import { NativeSelect, Options } from "@/components/ui/select";
import { STAGE_LABELS, STAGES, type Framework, type PillarId, type Stage } from "@/lib/framework/types";

export type FullTargets = Record<PillarId, Stage>;

/** Per-pillar target stages, filled from a business-scenario preset and adjustable by hand. */
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
            onChange({ presetId: event.target.value, targets: chosen ? { ...chosen.targets } : targets });
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
    </fieldset>
  );
}
