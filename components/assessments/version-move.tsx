"use client";

import { ArrowRightLeft } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { moveAssessmentToVersionAction, previewVersionMoveAction } from "@/lib/actions/framework-move";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { VersionMovePreview } from "@/lib/server/framework-move";

interface Version {
  id: string;
  name: string;
  releasedOn: string;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** The settings section that shows an assessment's question bank version and moves it to the next one, after a preview. */
export function VersionMove({ assessmentId, current, next, archived }: { assessmentId: string; current: Version; next: Version | null; archived: boolean }) {
  const router = useRouter();
  const [preview, setPreview] = useState<VersionMovePreview>();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [pending, startTransition] = useTransition();
  const previewRef = useRef<HTMLDivElement>(null);

  const showPreview = () =>
    startTransition(async () => {
      if (!next) return;
      const result = await previewVersionMoveAction({ assessmentId, toVersion: next.id });
      if (!result.ok) return setMessage({ ok: false, text: result.error });
      setMessage(undefined);
      setPreview(result.data);
    });
  // The preview replaces the button: focus moves to it so keyboard and screen reader users land there.
  useEffect(() => {
    if (preview) previewRef.current?.focus();
  }, [preview]);

  const move = () =>
    startTransition(async () => {
      if (!next) return;
      const result = await moveAssessmentToVersionAction({ assessmentId, toVersion: next.id });
      if (!result.ok) return setMessage({ ok: false, text: result.error });
      setPreview(undefined);
      const carried = result.data.summary.carried + result.data.summary.merged;
      setMessage({ ok: true, text: `Moved to ${result.data.to}. ${plural(carried, "answer")} carried over: confirm each in the questionnaire.` });
      router.refresh();
    });

  return (
    <section aria-labelledby="version-heading" className="grid gap-3 rounded-lg border border-border p-4">
      <h2 id="version-heading" className="font-semibold">
        Question bank version
      </h2>
      <p className="text-sm">
        This assessment uses <strong className="font-mono">{current.id}</strong> ({current.name}, released {current.releasedOn}).
      </p>
      {next ? (
        <>
          <p className="text-sm text-muted-foreground">
            A newer version, <span className="font-mono">{next.id}</span>, is available. Moving carries your answers over along its lineage and marks each one for you to confirm.
            Snapshots stay on the version they were taken with.
          </p>
          {!preview ? (
            <div>
              <Button variant="outline" disabled={pending || archived} onClick={showPreview}>
                <ArrowRightLeft aria-hidden />
                {pending ? "Preparing preview…" : `Move to ${next.id}`}
              </Button>
              {archived ? <p className="mt-2 text-sm text-muted-foreground">Restore the assessment to move it.</p> : null}
            </div>
          ) : (
            <div ref={previewRef} tabIndex={-1} role="region" aria-labelledby="version-preview-heading" className="grid gap-4 rounded-md border border-border bg-muted/40 p-4 outline-none focus-visible:ring-2 focus-visible:ring-ring">
              <h3 id="version-preview-heading" className="font-medium">
                Moving from {preview.from} to {preview.to}
              </h3>
              <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
                {(
                  [
                    ["Carried over", preview.summary.carried, "answers copied as they are"],
                    ["Merged", preview.summary.merged, "answers combined from merged questions"],
                    ["Dropped", preview.summary.dropped, "answers to removed questions"],
                    ["New", preview.summary.new, "questions, unanswered"],
                  ] as const
                ).map(([label, count, detail]) => (
                  <div key={label} className="grid gap-0.5 rounded-md border border-border bg-card p-3">
                    <dt className="text-xs text-muted-foreground">{label}</dt>
                    <dd className="text-xl font-semibold tabular-nums">{count}</dd>
                    <dd className="text-xs text-muted-foreground">{detail}</dd>
                  </div>
                ))}
              </dl>
              {preview.merged.length > 0 ? (
                <div className="grid gap-1">
                  <h4 className="text-sm font-medium">Merged questions</h4>
                  <p className="text-xs text-muted-foreground">A merged question takes the lowest level of the answers it merges; if one of them was unanswered it becomes Unknown.</p>
                  <ul className="grid gap-1.5 text-sm">
                    {preview.merged.map((merge) => (
                      <li key={merge.to}>
                        <span className="font-mono text-xs">{merge.to}</span> {merge.title} ← {merge.from.map((from) => from.id).join(" + ")}
                        <span className="block text-xs text-muted-foreground">{merge.notes.join(" ")}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {preview.removed.length > 0 ? (
                <div className="grid gap-1">
                  <h4 className="text-sm font-medium">Removed questions</h4>
                  <ul className="grid gap-1.5 text-sm">
                    {preview.removed.map((removed) => (
                      <li key={removed.id}>
                        <span className="font-mono text-xs">{removed.id}</span> {removed.title}
                        {removed.answered ? <span className="text-muted-foreground"> (its answer is dropped)</span> : null}
                        <span className="block text-xs text-muted-foreground">{removed.note}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {preview.droppedNextSteps.length > 0 ? (
                <div className="grid gap-1">
                  <h4 className="text-sm font-medium">Tracked next steps that end</h4>
                  <p className="text-xs text-muted-foreground">Their question was removed, so they are deleted; the audit log keeps their titles and status.</p>
                  <ul className="list-disc pl-5 text-sm">
                    {preview.droppedNextSteps.map((step) => (
                      <li key={step.questionId}>
                        {step.title} <span className="font-mono text-xs text-muted-foreground">{step.questionId}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {preview.added.length > 0 ? (
                <details className="text-sm">
                  <summary className="cursor-pointer font-medium">{plural(preview.added.length, "new question")}</summary>
                  <ul className="mt-1 grid gap-1">
                    {preview.added.map((added) => (
                      <li key={added.id}>
                        <span className="font-mono text-xs">{added.id}</span> {added.title}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
              <div className="flex flex-wrap gap-2">
                <Button disabled={pending} onClick={move}>
                  {pending ? "Moving…" : `Confirm move to ${preview.to}`}
                </Button>
                <Button variant="ghost" disabled={pending} onClick={() => setPreview(undefined)}>
                  Cancel
                </Button>
              </div>
            </div>
          )}
        </>
      ) : (
        <p className="text-sm text-muted-foreground">This is the newest version.</p>
      )}
      {message ? (
        message.ok ? (
          <p role="status" className="text-sm text-success">
            {message.text}{" "}
            <Link href={`/assessments/${assessmentId}`} className="text-primary hover:underline">
              Open the questionnaire
            </Link>
          </p>
        ) : (
          <Alert>{message.text}</Alert>
        )
      ) : null}
    </section>
  );
}
