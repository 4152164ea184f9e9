"use client";

import { Archive, ArchiveRestore, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteAssessmentAction, updateAssessmentAction } from "@/lib/actions/assessments";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { NativeSelect, Options } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { getFramework, LATEST_FRAMEWORK } from "@/lib/framework/index";
import type { AssessmentStatus } from "@/lib/validation/assessment";
import { STATUS_LABELS } from "@/lib/assessment/labels";
import { TargetsEditor, type FullTargets } from "./targets-editor";
import { VersionMove } from "./version-move";

interface Props {
  assessment: { id: string; name: string; scope: string; status: AssessmentStatus; frameworkVersion: string; ownerId: string | null; targets: FullTargets };
  owners: { id: string; name: string }[];
  canDelete: boolean;
  /** The assessment's question bank version and the later one it can move to, if any. */
  versions: { current: { id: string; name: string; releasedOn: string }; next: { id: string; name: string; releasedOn: string } | null };
}

const EDITABLE_STATUSES: AssessmentStatus[] = ["draft", "in_progress", "completed"];

export function AssessmentSettings({ assessment, owners, canDelete, versions }: Props) {
  const router = useRouter();
  const framework = getFramework(assessment.frameworkVersion) ?? LATEST_FRAMEWORK;
  const archived = assessment.status === "archived";
  const [name, setName] = useState(assessment.name);
  const [scope, setScope] = useState(assessment.scope);
  const [ownerId, setOwnerId] = useState(assessment.ownerId ?? "");
  const matching = framework.presets.find((preset) => JSON.stringify(preset.targets) === JSON.stringify(assessment.targets));
  const [target, setTarget] = useState({ presetId: matching?.id ?? "", targets: assessment.targets });
  const [confirmName, setConfirmName] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string; fields?: Record<string, string> }>();
  const [pending, startTransition] = useTransition();

  const run = (action: () => Promise<{ ok: boolean; error?: string; fields?: Record<string, string> }>, done: string, after?: () => void) =>
    startTransition(async () => {
      const result = await action();
      setMessage(result.ok ? { ok: true, text: done } : { ok: false, text: result.error ?? "That did not work.", fields: result.fields });
      if (!result.ok) return;
      if (after) after();
      else router.refresh();
    });

  return (
    <div className="grid max-w-3xl gap-8">
      <form
        className="grid gap-5"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const status = new FormData(event.currentTarget).get("status");
          const changes = { name, scope, ownerId: ownerId || null, targets: target.targets, ...(status && status !== assessment.status ? { status } : {}) };
          run(() => updateAssessmentAction({ assessmentId: assessment.id, changes }), "Saved.");
        }}
      >
        <fieldset disabled={archived} className="grid gap-5">
          <FormField id="settings-name" label="Name" value={name} onChange={(e) => setName(e.target.value)} error={message?.fields?.["changes.name"]} />
          <div className="grid gap-1.5">
            <Label htmlFor="settings-scope">Scope</Label>
            <Textarea id="settings-scope" value={scope} onChange={(e) => setScope(e.target.value)} aria-invalid={message?.fields?.["changes.scope"] ? true : undefined} />
            {message?.fields?.["changes.scope"] ? <p className="text-sm text-destructive">{message.fields["changes.scope"]}</p> : null}
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="grid gap-1.5">
              <Label htmlFor="settings-owner">Owner</Label>
              <NativeSelect id="settings-owner" value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
                <option value="">No owner</option>
                {owners.map((owner) => (
                  <option key={owner.id} value={owner.id}>
                    {owner.name}
                  </option>
                ))}
              </NativeSelect>
              {message?.fields?.ownerId ? <p className="text-sm text-destructive">{message.fields.ownerId}</p> : null}
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor="settings-status">Status</Label>
              {/* Uncontrolled and keyed by the stored status: after archive or restore it shows what is stored. */}
              <NativeSelect key={assessment.status} id="settings-status" name="status" defaultValue={assessment.status}>
                <Options values={archived ? (["archived"] as const) : EDITABLE_STATUSES} labels={STATUS_LABELS} />
              </NativeSelect>
            </div>
          </div>
          <TargetsEditor framework={framework} presetId={target.presetId} targets={target.targets} onChange={setTarget} />
          <div>
            <Button type="submit" disabled={pending}>
              {pending ? "Saving…" : "Save changes"}
            </Button>
          </div>
        </fieldset>
      </form>

      {message ? message.ok ? <p role="status" className="text-sm text-success">{message.text}</p> : <Alert>{message.text}</Alert> : null}

      <VersionMove assessmentId={assessment.id} current={versions.current} next={versions.next} archived={archived} />

      <section aria-labelledby="archive-heading" className="grid gap-2 rounded-lg border border-border p-4">
        <h2 id="archive-heading" className="font-semibold">
          {archived ? "Restore" : "Archive"}
        </h2>
        <p className="text-sm text-muted-foreground">
          {archived ? "Restoring makes the answers editable again." : "Archiving keeps everything, read only, and hides nothing: snapshots and exports stay available."}
        </p>
        <div>
          <Button
            variant="outline"
            disabled={pending}
            onClick={() => run(() => updateAssessmentAction({ assessmentId: assessment.id, changes: { status: archived ? "in_progress" : "archived" } }), archived ? "Restored." : "Archived.")}
          >
            {archived ? <ArchiveRestore aria-hidden /> : <Archive aria-hidden />}
            {archived ? "Restore assessment" : "Archive assessment"}
          </Button>
        </div>
      </section>

      {canDelete ? (
        <section aria-labelledby="delete-heading" className="grid gap-3 rounded-lg border border-destructive/40 p-4">
          <h2 id="delete-heading" className="font-semibold text-destructive">
            Delete
          </h2>
          <p className="text-sm text-muted-foreground">Deletes the assessment with every answer and snapshot. This cannot be undone; the audit log keeps a record.</p>
          <form
            className="flex flex-wrap items-end gap-3"
            onSubmit={(event) => {
              event.preventDefault();
              run(() => deleteAssessmentAction({ assessmentId: assessment.id }), "Deleted.", () => router.push("/assessments"));
            }}
          >
            <div className="min-w-64 flex-1">
              <FormField id="delete-confirm" label={`Type “${assessment.name}” to confirm`} value={confirmName} onChange={(e) => setConfirmName(e.target.value)} autoComplete="off" />
            </div>
            <Button type="submit" variant="destructive" disabled={pending || confirmName.trim() !== assessment.name}>
              <Trash2 aria-hidden />
              Delete assessment
            </Button>
          </form>
        </section>
      ) : null}
    </div>
  );
}
