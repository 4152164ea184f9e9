"use client";

import { ExternalLink, Plus, X } from "lucide-react";
import { lazy, Suspense, useState, type Ref } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { answerLabel } from "@/lib/assessment/labels";
import { STAGE_LABELS, STAGES, type Question } from "@/lib/framework/types";
import type { AnswerValue } from "@/lib/scoring/types";
import { cn } from "@/lib/utils";
import { CarriedOverNotice } from "./carried-over-notice";
import { SaveState } from "./save-state";
import type { Draft, Entry } from "@/lib/assessment/autosave";

// Rare: loaded when someone else's save conflicts, not with the page.
const ConflictPanel = lazy(() => import("./conflict-panel").then((module) => ({ default: module.ConflictPanel })));

const CHOICES: { value: AnswerValue; key: string }[] = [...STAGES.map((stage, index) => ({ value: stage, key: String(index + 1) })), { value: "not_applicable", key: "5" }];

/** A level choice saves almost at once; typing waits for a pause. */
export const CHOICE_DELAY_MS = 250;
const TYPING_DELAY_MS = 800;

export function QuestionCard({
  question,
  position,
  entry,
  readOnly,
  groupRef,
  onEdit,
  onResolve,
}: {
  question: Question;
  position: string;
  entry: Entry;
  readOnly: boolean;
  groupRef: Ref<HTMLDivElement>;
  onEdit: (patch: Partial<Draft>, delay: number) => void;
  onResolve: (choice: "mine" | "theirs") => void;
}) {
  const { draft } = entry;
  const [link, setLink] = useState("");
  const [linkError, setLinkError] = useState<string>();
  const name = `level-${question.id}`;

  const addLink = async () => {
    // The schema (and zod with it) loads on the first link added, not with the page.
    const { ZEvidenceUrl } = await import("@/lib/validation/assessment");
    const parsed = ZEvidenceUrl.safeParse(link.trim());
    if (!parsed.success) return setLinkError(parsed.error.issues[0]?.message);
    if (draft.evidence.includes(parsed.data)) return setLinkError("That link is already attached.");
    setLinkError(undefined);
    setLink("");
    onEdit({ evidence: [...draft.evidence, parsed.data] }, CHOICE_DELAY_MS);
  };

  return (
    <section aria-labelledby={`${question.id}-title`} className="grid gap-5">
      <div className="grid gap-2">
        <p className="text-sm text-muted-foreground">
          <span className="font-mono">{question.id}</span> · {position}
        </p>
        <h2 id={`${question.id}-title`} className="text-xl font-semibold tracking-tight">
          {question.title}
        </h2>
        <p>{question.prompt}</p>
        <details className="text-sm text-muted-foreground">
          <summary className="cursor-pointer">Why it matters</summary>
          <p className="mt-1">{question.why}</p>
        </details>
      </div>
      <CarriedOverNotice questionId={question.id} entry={entry} readOnly={readOnly} />

      <div ref={groupRef} role="radiogroup" aria-labelledby={`${question.id}-title`} aria-describedby={`${question.id}-keys`} className="grid gap-2">
        {CHOICES.map(({ value, key }) => {
          const checked = draft.value === value;
          return (
            <label
              key={value}
              className={cn(
                "flex cursor-pointer gap-3 rounded-lg border border-border p-3 transition-colors hover:bg-muted/60 has-[input:focus-visible]:ring-2 has-[input:focus-visible]:ring-ring",
                checked && "border-primary bg-primary/5",
                readOnly && "cursor-default",
              )}
            >
              <input
                type="radio"
                name={name}
                value={value}
                checked={checked}
                disabled={readOnly}
                onChange={() => onEdit({ value }, CHOICE_DELAY_MS)}
                className="mt-1 size-4 accent-primary"
              />
              <span className="grid gap-0.5">
                <span className="font-medium">
                  {value === "not_applicable" ? answerLabel(value) : STAGE_LABELS[value]}
                  <kbd className="ml-2 rounded border border-border px-1 text-xs text-muted-foreground" aria-hidden>
                    {key}
                  </kbd>
                </span>
                <span className="text-sm text-muted-foreground">
                  {value === "not_applicable" ? "This capability does not apply to the scope of this assessment. Give the reason." : question.levels[value]}
                </span>
              </span>
            </label>
          );
        })}
      </div>
      <p id={`${question.id}-keys`} className="text-xs text-muted-foreground">
        Keyboard: arrow keys move between levels · <kbd>1</kbd>–<kbd>4</kbd> choose a level · <kbd>5</kbd> not applicable · <kbd>N</kbd> next question · <kbd>P</kbd> previous
      </p>

      {draft.value === "not_applicable" ? (
        <div className="grid gap-1.5">
          <Label htmlFor={`${question.id}-na`}>Why does it not apply? (required)</Label>
          <Textarea
            id={`${question.id}-na`}
            value={draft.naReason}
            disabled={readOnly}
            aria-invalid={entry.status === "invalid" ? true : undefined}
            aria-describedby={entry.status === "invalid" ? `${question.id}-na-error` : undefined}
            onChange={(event) => onEdit({ naReason: event.target.value }, TYPING_DELAY_MS)}
          />
          {entry.status === "invalid" ? (
            <p id={`${question.id}-na-error`} className="text-sm text-destructive">
              {entry.message}
            </p>
          ) : null}
        </div>
      ) : null}

      <div className="grid gap-1.5">
        <Label htmlFor={`${question.id}-note`}>Note</Label>
        <Textarea
          id={`${question.id}-note`}
          value={draft.note}
          disabled={readOnly}
          placeholder="What you observed, who you spoke to, exceptions."
          onChange={(event) => onEdit({ note: event.target.value }, TYPING_DELAY_MS)}
        />
      </div>

      <div className="grid gap-2">
        <Label htmlFor={`${question.id}-evidence`}>Evidence links</Label>
        {draft.evidence.length > 0 ? (
          <ul className="grid gap-1 text-sm" aria-label="Evidence links">
            {draft.evidence.map((url) => (
              <li key={url} className="flex items-center gap-2">
                <a href={url} target="_blank" rel="noopener noreferrer nofollow" className="inline-flex min-w-0 items-center gap-1 break-all text-primary hover:underline">
                  {url}
                  <ExternalLink className="size-3 shrink-0" aria-hidden />
                </a>
                {readOnly ? null : (
                  <Button variant="ghost" size="sm" aria-label={`Remove ${url}`} onClick={() => onEdit({ evidence: draft.evidence.filter((item) => item !== url) }, CHOICE_DELAY_MS)}>
                    <X aria-hidden />
                  </Button>
                )}
              </li>
            ))}
          </ul>
        ) : null}
        {readOnly ? null : (
          <div className="flex gap-2">
            <Input
              id={`${question.id}-evidence`}
              type="url"
              value={link}
              placeholder="https://…"
              aria-invalid={linkError ? true : undefined}
              aria-describedby={linkError ? `${question.id}-evidence-error` : undefined}
              onChange={(event) => setLink(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === "Enter") {
                  event.preventDefault();
                  void addLink();
                }
              }}
            />
            <Button type="button" variant="outline" onClick={() => void addLink()}>
              <Plus aria-hidden />
              Add link
            </Button>
          </div>
        )}
        {linkError ? (
          <p id={`${question.id}-evidence-error`} className="text-sm text-destructive">
            {linkError}
          </p>
        ) : null}
      </div>

      {entry.status === "conflict" && entry.conflict ? (
        <Suspense fallback={<p className="text-sm">Someone else changed this answer: loading both values…</p>}>
          <ConflictPanel mine={draft} theirs={entry.conflict.current} onResolve={onResolve} />
        </Suspense>
      ) : null}
      <SaveState entry={entry} />
    </section>
  );
}
