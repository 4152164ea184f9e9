"use client";

import { Check, ExternalLink, Plus, X } from "lucide-react";
import { lazy, Suspense, useState, type ReactNode, type Ref } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { answerChoices, choicePatch, CRITERIA_RULE, criterionIds, levelFromCriteria, TICKED_STAGES, toggleCriterion } from "@/lib/assessment/criteria";
import { answerLabel } from "@/lib/assessment/labels";
import { STAGE_LABELS, STAGES, type Question, type QuestionDetail, type Stage } from "@/lib/framework/types";
import type { AnswerChoice } from "@/lib/scoring/types";
import { cn } from "@/lib/utils";
import { CarriedOverNotice } from "./carried-over-notice";
import { SaveState } from "./save-state";
import type { Draft, Entry } from "@/lib/assessment/autosave";

// Rare: loaded when someone else's save conflicts, not with the page.
const ConflictPanel = lazy(() => import("./conflict-panel").then((module) => ({ default: module.ConflictPanel })));

const CHOICE_TEXT: Partial<Record<AnswerChoice, string>> = {
  not_applicable: "This capability does not apply to the scope of this assessment. Give the reason.",
  unknown: "You do not know yet. Counted as unanswered until you find out.",
};

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
  naPanel,
  evidencePanel,
  evidenceFiles,
}: {
  question: Question;
  position: string;
  entry: Entry;
  readOnly: boolean;
  groupRef: Ref<HTMLDivElement>;
  /** Shown under an N/A's reason: its review date and approval. */
  naPanel?: ReactNode;
  /** Shown under the answers: the imported tool tests that speak to this question. */
  evidencePanel?: ReactNode;
  /** The answer's evidence files, under its links. */
  evidenceFiles?: ReactNode;
  onEdit: (patch: Partial<Draft>, delay: number) => void;
  onResolve: (choice: "mine" | "theirs") => void;
}) {
  const { draft } = entry;
  const [link, setLink] = useState("");
  const [linkError, setLinkError] = useState<string>();
  const name = `level-${question.id}`;
  const choices = answerChoices(question);
  const { detail } = question;

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
        {choices.map(({ value, key }) => {
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
                onChange={() => onEdit(choicePatch(question, value, draft.criteriaMet), CHOICE_DELAY_MS)}
                className="mt-1 size-4 accent-primary"
              />
              <span className="grid gap-0.5">
                <span className="font-medium">
                  {answerLabel(value)}
                  <kbd className="ml-2 rounded border border-border px-1 text-xs text-muted-foreground" aria-hidden>
                    {key}
                  </kbd>
                </span>
                <span className="text-sm text-muted-foreground">{CHOICE_TEXT[value] ?? question.levels[value as Stage]}</span>
              </span>
            </label>
          );
        })}
      </div>
      <p id={`${question.id}-keys`} className="text-xs text-muted-foreground">
        Keyboard: arrow keys move between answers · <kbd>1</kbd>–<kbd>4</kbd> choose a level
        {choices.some((choice) => choice.value === "not_applicable") ? (
          <>
            {" "}
            · <kbd>5</kbd> not applicable
          </>
        ) : null}
        {choices.some((choice) => choice.value === "unknown") ? (
          <>
            {" "}
            · <kbd>U</kbd> unknown
          </>
        ) : null}{" "}
        · <kbd>N</kbd> next question · <kbd>P</kbd> previous
      </p>
      {evidencePanel}
      {detail && !detail.naAllowed ? <p className="text-sm text-muted-foreground">Not applicable is not offered: this question applies to every organisation.</p> : null}

      {detail ? (
        <>
          <VerifyPanel questionId={question.id} detail={detail} value={draft.value} />
          <Checklist question={question} detail={detail} criteriaMet={draft.criteriaMet} readOnly={readOnly} onTick={(id, met) => {
            const criteriaMet = toggleCriterion(question, draft.criteriaMet, id, met);
            onEdit({ value: levelFromCriteria(question, criteriaMet) ?? "traditional", criteriaMet }, CHOICE_DELAY_MS);
          }} />
        </>
      ) : null}

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
          {naPanel}
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
      {evidenceFiles}

      {entry.status === "conflict" && entry.conflict ? (
        <Suspense fallback={<p className="text-sm">Someone else changed this answer: loading both values…</p>}>
          <ConflictPanel mine={draft} theirs={entry.conflict.current} onResolve={onResolve} />
        </Suspense>
      ) : null}
      <SaveState entry={entry} />
    </section>
  );
}

/** How to verify, and the evidence that proves the chosen level and the next one. */
function VerifyPanel({ questionId, detail, value }: { questionId: string; detail: QuestionDetail; value: AnswerChoice | null }) {
  const chosen = STAGES.includes(value as Stage) ? (value as Stage) : null;
  const next = chosen ? STAGES[STAGES.indexOf(chosen) + 1] : "initial";
  const rows = [...(chosen ? [{ stage: chosen, label: `${STAGE_LABELS[chosen]} (chosen)` }] : []), ...(next ? [{ stage: next, label: `${STAGE_LABELS[next]} (next level)` }] : [])];
  return (
    <section aria-labelledby={`${questionId}-verify`} className="grid gap-2 rounded-lg border border-border bg-muted/40 p-3 text-sm">
      <h3 id={`${questionId}-verify`} className="font-medium">
        How to verify
      </h3>
      <p>{detail.verify}</p>
      <h3 className="font-medium">Evidence expected</h3>
      <dl className="grid gap-1.5">
        {rows.map(({ stage, label }) => (
          <div key={stage} className="grid gap-0.5">
            <dt className="text-muted-foreground">{label}</dt>
            <dd>{detail.evidence[stage]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Each level's criteria as checkboxes; Traditional's describe the starting point and are not ticked. */
function Checklist({
  question,
  detail,
  criteriaMet,
  readOnly,
  onTick,
}: {
  question: Question;
  detail: QuestionDetail;
  criteriaMet: readonly string[];
  readOnly: boolean;
  onTick: (id: string, met: boolean) => void;
}) {
  const ticked = new Set(criteriaMet);
  const reached = levelFromCriteria(question, criteriaMet);
  const ruleId = `${question.id}-rule`;
  return (
    <section aria-labelledby={`${question.id}-criteria`} aria-describedby={ruleId} className="grid gap-3">
      <div className="grid gap-1">
        <h3 id={`${question.id}-criteria`} className="font-medium">
          Criteria
        </h3>
        <p id={ruleId} className="text-sm">
          {CRITERIA_RULE} Tick what you have observed: the level follows.
        </p>
      </div>
      <div className="grid gap-1 rounded-lg border border-dashed border-border p-3 text-sm">
        <p className="font-medium">Traditional: the starting point</p>
        <ul className="list-disc grid gap-0.5 pl-5 text-muted-foreground">
          {detail.criteria.traditional.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      </div>
      {TICKED_STAGES.map((stage) => {
        const ids = criterionIds(question, stage);
        const count = ids.filter((id) => ticked.has(id)).length;
        const met = reached !== null && STAGES.indexOf(reached) >= STAGES.indexOf(stage);
        return (
          <fieldset key={stage} className={cn("grid gap-2 rounded-lg border border-border p-3", met && "border-success/60 bg-success/5")}>
            <legend className="flex items-center gap-2 px-1 text-sm font-medium">
              {STAGE_LABELS[stage]}
              <span className={cn("inline-flex items-center gap-1 text-xs font-normal", met ? "text-foreground" : "text-muted-foreground")}>
                {met ? <Check className="size-3.5 text-success" aria-hidden /> : null}
                {met ? "met" : `${count} of ${ids.length} ticked`}
              </span>
            </legend>
            {detail.criteria[stage].map((text, index) => {
              const id = ids[index]!;
              return (
                <label key={id} className={cn("flex cursor-pointer gap-2 text-sm", readOnly && "cursor-default")}>
                  <input
                    type="checkbox"
                    checked={ticked.has(id)}
                    disabled={readOnly}
                    onChange={(event) => onTick(id, event.target.checked)}
                    className="mt-0.5 size-4 shrink-0 accent-primary"
                  />
                  <span>{text}</span>
                </label>
              );
            })}
          </fieldset>
        );
      })}
    </section>
  );
}
