"use client";

import { ArrowDown, ArrowUp, Trash2, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Sheet, SheetContent } from "@/components/ui/sheet";
import { Textarea } from "@/components/ui/textarea";
import { nextStepHistoryAction } from "@/lib/actions/next-steps";
import { formatDateTime } from "@/lib/assessment/labels";
import { STAGE_LABELS } from "@/lib/framework/types";
import type { NextStepHistoryEntry, TrackedNextStep } from "@/lib/server/next-steps";
import { MAX_TASK_LENGTH, MAX_TASKS, ZNextStepTask, type TNextStepTask } from "@/lib/validation/next-step";
import { DueField, OwnerField, SaveStatus, StatusField, useStepSave } from "./step-fields";

interface Props {
  /** The open item; none closes the panel. */
  step: TrackedNextStep | undefined;
  owners: { id: string; name: string }[];
  pillarNames: Record<string, string>;
  canEdit: boolean;
  onClose: () => void;
  /** After the panel has closed: focus goes back to the item's row. */
  onClosed: () => void;
}

/** An item's details in a sheet: owner, status, due date, the task checklist, notes and history. */
export function NextStepPanel({ step, owners, pillarNames, canEdit, onClose, onClosed }: Props) {
  return (
    <Sheet open={step !== undefined} onOpenChange={(open) => !open && onClose()}>
      {step ? (
        <SheetContent
          title={step.title}
          description={`${step.assessment.name} · ${step.pillar ? pillarNames[step.pillar] : "Unknown pillar"} · to ${STAGE_LABELS[step.stage]}`}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            onClosed();
          }}
        >
          <Details key={step.id} step={step} owners={owners} canEdit={canEdit} />
        </SheetContent>
      ) : null}
    </Sheet>
  );
}

function Details({ step, owners, canEdit }: Pick<Props, "owners" | "canEdit"> & { step: TrackedNextStep }) {
  return (
    <>
      <section className="grid gap-1 text-sm">
        <p>{step.objective}</p>
        {step.closedReason ? <p className="text-success">{step.closedReason}</p> : null}
        <Link href={`/assessments/${step.assessment.id}?q=${step.questionId}`} className="text-primary hover:underline">
          Open question {step.questionId} in the questionnaire
        </Link>
      </section>
      <section className="grid gap-3 sm:grid-cols-3">
        <div className="grid content-start gap-1.5">
          <Label htmlFor="panel-owner">Owner</Label>
          <OwnerField id="panel-owner" step={step} canEdit={canEdit} owners={owners} />
        </div>
        <div className="grid content-start gap-1.5">
          <Label htmlFor="panel-status">Status</Label>
          <StatusField id="panel-status" step={step} canEdit={canEdit} />
        </div>
        <div className="grid content-start gap-1.5">
          <Label htmlFor="panel-due">Due date</Label>
          <DueField id="panel-due" step={step} canEdit={canEdit} />
        </div>
      </section>
      <TasksField step={step} canEdit={canEdit} />
      <NotesField step={step} canEdit={canEdit} />
      <History step={step} />
    </>
  );
}

/** The checklist, saved whole on every change so its order is the one stored. */
function TasksField({ step, canEdit }: { step: TrackedNextStep; canEdit: boolean }) {
  const save = useStepSave(step.id);
  const tasks = save.holding && save.last?.tasks ? save.last.tasks : step.tasks;
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string>();
  const inputId = useId();
  const disabled = !canEdit || !save.ready;
  const change = (next: TNextStepTask[]) => save.save({ tasks: next });
  const add = () => {
    const parsed = ZNextStepTask.safeParse({ text, done: false });
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message);
    if (tasks.length >= MAX_TASKS) return setProblem(`A next step holds at most ${MAX_TASKS} tasks.`);
    setProblem(undefined);
    change([...tasks, parsed.data]);
    setText("");
  };
  const move = (index: number, by: number) => {
    const next = [...tasks];
    const [task] = next.splice(index, 1);
    next.splice(index + by, 0, task!);
    change(next);
  };
  const done = tasks.filter((task) => task.done).length;
  return (
    <section className="grid gap-2" aria-labelledby={`${inputId}-heading`}>
      <h3 id={`${inputId}-heading`} className="font-semibold">
        Tasks{" "}
        <span className="text-sm font-normal text-muted-foreground">
          {tasks.length === 0 ? "none yet" : `${done} of ${tasks.length} done`}
        </span>
      </h3>
      {tasks.length > 0 ? (
        <ol className="grid gap-1">
          {tasks.map((task, index) => (
            <li key={`${index}-${task.text}`} className="flex items-start gap-2 rounded-md px-1 py-1 hover:bg-muted/50">
              <input
                id={`${inputId}-${index}`}
                type="checkbox"
                className="mt-1 size-4"
                checked={task.done}
                disabled={disabled}
                onChange={(event) => change(tasks.map((other, position) => (position === index ? { ...other, done: event.target.checked } : other)))}
              />
              <label htmlFor={`${inputId}-${index}`} className={task.done ? "flex-1 text-sm text-muted-foreground line-through" : "flex-1 text-sm"}>
                {task.text}
              </label>
              {canEdit ? (
                <span className="flex shrink-0 gap-0.5">
                  <TaskButton label={`Move “${task.text}” up`} disabled={disabled || index === 0} onClick={() => move(index, -1)} icon={ArrowUp} />
                  <TaskButton label={`Move “${task.text}” down`} disabled={disabled || index === tasks.length - 1} onClick={() => move(index, 1)} icon={ArrowDown} />
                  <TaskButton label={`Remove “${task.text}”`} disabled={disabled} onClick={() => change(tasks.filter((_, position) => position !== index))} icon={Trash2} />
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {canEdit ? (
        <form
          className="flex gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            add();
          }}
        >
          <Label htmlFor={inputId} className="sr-only">
            New task
          </Label>
          <Input id={inputId} value={text} maxLength={MAX_TASK_LENGTH} placeholder="Add a task" disabled={disabled} onChange={(event) => setText(event.target.value)} />
          <Button type="submit" variant="outline" disabled={disabled}>
            Add
          </Button>
        </form>
      ) : null}
      {problem ? <p className="text-xs text-destructive">{problem}</p> : null}
      <SaveStatus save={save} />
    </section>
  );
}

function TaskButton({ label, icon: Icon, disabled, onClick }: { label: string; icon: LucideIcon; disabled: boolean; onClick: () => void }) {
  return (
    <Button type="button" variant="ghost" size="icon" className="size-7" aria-label={label} disabled={disabled} onClick={onClick}>
      <Icon aria-hidden />
    </Button>
  );
}

function NotesField({ step, canEdit }: { step: TrackedNextStep; canEdit: boolean }) {
  const save = useStepSave(step.id);
  const [draft, setDraft] = useState(step.notes);
  const [seen, setSeen] = useState(step.notes);
  if (seen !== step.notes) {
    setSeen(step.notes);
    if (!save.holding) setDraft(step.notes);
  }
  return (
    <section className="grid gap-1.5">
      <Label htmlFor="panel-notes">Notes</Label>
      <Textarea
        id="panel-notes"
        value={draft}
        maxLength={5000}
        rows={4}
        disabled={!canEdit || !save.ready}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => draft !== step.notes && save.save({ notes: draft })}
      />
      <SaveStatus save={save} />
    </section>
  );
}

/** Loaded when the panel opens and again whenever the item changes (its `updatedAt` moves). */
function History({ step }: { step: TrackedNextStep }) {
  // undefined until the first answer; null when it failed. The last one stays in view while a newer one loads.
  const [history, setHistory] = useState<NextStepHistoryEntry[] | null>();
  const version = new Date(step.updatedAt).toISOString();
  useEffect(() => {
    let current = true;
    void nextStepHistoryAction({ id: step.id }).then((result) => current && setHistory(result.ok ? result.data : null));
    return () => {
      current = false;
    };
  }, [step.id, version]);
  return (
    <section className="grid gap-2">
      <h3 className="font-semibold">History</h3>
      {history === undefined ? (
        <p className="text-sm text-muted-foreground">Loading…</p>
      ) : history === null ? (
        <p className="text-sm text-destructive">The history could not be loaded.</p>
      ) : history.length === 0 ? (
        <p className="text-sm text-muted-foreground">No changes recorded yet.</p>
      ) : (
        <ol className="grid gap-3 text-sm">
          {history.map((entry) => (
            <li key={entry.id} className="grid gap-0.5 border-l-2 border-border pl-3">
              <p className="text-xs text-muted-foreground">
                <span className="font-medium text-foreground">{entry.actor}</span> · <time dateTime={new Date(entry.at).toISOString()}>{formatDateTime(entry.at)}</time>
              </p>
              <ul className="grid gap-0.5">
                {entry.changes.map((change) => (
                  <li key={change.field} className="break-words">
                    <span className="font-medium">{change.field}:</span> <Folded text={change.before} /> → <Folded text={change.after} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Long values (notes, checklists) fold to their start; the whole text is one click away. */
function Folded({ text }: { text: string }) {
  if (text.length <= 120) return <span>{text}</span>;
  return (
    <details className="inline">
      <summary className="inline cursor-pointer">{text.slice(0, 100)}…</summary>
      <span className="block whitespace-pre-wrap">{text}</span>
    </details>
  );
}
