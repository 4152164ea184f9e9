"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createAssessmentAction } from "@/lib/actions/assessments";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { getFramework, LATEST_FRAMEWORK, presetTargets } from "@/lib/framework/index";
import { TargetsEditor, type FullTargets } from "./targets-editor";

interface Option {
  id: string;
  name: string;
}

export function NewAssessmentForm({ frameworks, owners, defaultOwnerId }: { frameworks: Option[]; owners: Option[]; defaultOwnerId: string }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [scope, setScope] = useState("");
  const [frameworkVersion, setFrameworkVersion] = useState(LATEST_FRAMEWORK.id);
  const [ownerId, setOwnerId] = useState(defaultOwnerId);
  const framework = getFramework(frameworkVersion) ?? LATEST_FRAMEWORK;
  const [target, setTarget] = useState<{ presetId: string; targets: FullTargets }>({ presetId: framework.presets[0]!.id, targets: presetTargets(framework.presets[0]!) });
  const [error, setError] = useState<string>();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();

  return (
    <form
      className="grid gap-6"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await createAssessmentAction({ name, scope, frameworkVersion, ownerId, presetId: target.presetId || undefined, targets: target.targets });
          if (result.ok) {
            router.push(`/assessments/${result.data.id}`);
            return;
          }
          setError(result.error);
          setFields(result.fields ?? {});
        });
      }}
    >
      <FormField id="assessment-name" label="Name" value={name} onChange={(e) => setName(e.target.value)} error={fields.name} placeholder="e.g. FY27 Zero Trust baseline" autoFocus required />
      <div className="grid gap-1.5">
        <Label htmlFor="assessment-scope">Scope</Label>
        <Textarea id="assessment-scope" value={scope} onChange={(e) => setScope(e.target.value)} placeholder="Which business units, environments and systems this assessment covers." aria-invalid={fields.scope ? true : undefined} />
        {fields.scope ? <p className="text-sm text-destructive">{fields.scope}</p> : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="grid gap-1.5">
          <Label htmlFor="assessment-framework">Framework version</Label>
          <NativeSelect
            id="assessment-framework"
            value={frameworkVersion}
            onChange={(e) => {
              const next = getFramework(e.target.value) ?? LATEST_FRAMEWORK;
              setFrameworkVersion(next.id);
              setTarget({ presetId: next.presets[0]!.id, targets: presetTargets(next.presets[0]!) });
            }}
          >
            {frameworks.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name} ({option.id})
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="assessment-owner">Owner</Label>
          <NativeSelect id="assessment-owner" value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
            {owners.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </NativeSelect>
          {fields.ownerId ? <p className="text-sm text-destructive">{fields.ownerId}</p> : null}
        </div>
      </div>
      <TargetsEditor framework={framework} presetId={target.presetId} targets={target.targets} onChange={setTarget} />
      {error ? <Alert>{error}</Alert> : null}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create assessment"}
        </Button>
      </div>
    </form>
  );
}
