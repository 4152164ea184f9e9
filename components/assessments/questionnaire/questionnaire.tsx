"use client";

import { ChevronLeft, ChevronRight, SkipForward } from "lucide-react";
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { formatPercent } from "@/lib/assessment/labels";
import { getFramework, LATEST_FRAMEWORK } from "@/lib/framework/index";
import type { PillarId } from "@/lib/framework/types";
import { scoreAssessment } from "@/lib/scoring/maturity";
import type { AnswerInput, Targets } from "@/lib/scoring/types";
import { cn } from "@/lib/utils";
import { ProgressBar } from "../progress-bar";
import { LiveScorePanel } from "./live-score-panel";
import { CHOICE_DELAY_MS, QuestionCard } from "./question-card";
import { initialEntries, overallStatus, type Entries, type SavedAnswer, type SaveStatus } from "@/lib/assessment/autosave";
import { useAutosave } from "./use-autosave";

const HEADER_TEXT: Record<SaveStatus, string> = {
  idle: "No changes yet",
  pending: "Saving…",
  saving: "Saving…",
  saved: "All changes saved",
  invalid: "Some answers need a reason before they are saved",
  retrying: "Some answers are not saved yet: retrying",
  failed: "Some answers could not be saved",
  conflict: "An answer was changed by someone else: choose a value",
};

const LEVEL_KEYS = ["traditional", "initial", "advanced", "optimal", "not_applicable"] as const;

/** Answers as the scoring library reads them: what is on screen, answered or not. */
function answerInputs(entries: Entries): AnswerInput[] {
  return Object.entries(entries).flatMap(([questionId, { draft }]) => (draft.value ? [{ questionId, value: draft.value, naReason: draft.naReason }] : []));
}

const noSubscription = () => () => {};

/** False in the server render and until hydration: inputs stay disabled so no early click is lost. */
const useHydrated = () => useSyncExternalStore(noSubscription, () => true, () => false);

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type !== "radio"));

export function Questionnaire({
  assessmentId,
  frameworkId,
  targets,
  answers,
  readOnly,
  readOnlyReason,
  startAt,
}: {
  assessmentId: string;
  /** Resolved here rather than passed in: the content ships once, in the bundle. */
  frameworkId: string;
  targets: Targets;
  answers: SavedAnswer[];
  readOnly: boolean;
  readOnlyReason?: string;
  startAt?: string;
}) {
  const framework = getFramework(frameworkId) ?? LATEST_FRAMEWORK;
  const questions = framework.questions;
  const { entries, edit, resolve } = useAutosave(
    assessmentId,
    useMemo(() => initialEntries(questions.map((question) => question.id), answers), [questions, answers]),
  );
  const [index, setIndex] = useState(() => {
    const requested = questions.findIndex((question) => question.id === startAt);
    if (requested >= 0) return requested;
    const firstUnanswered = questions.findIndex((question) => !answers.some((answer) => answer.questionId === question.id));
    return Math.max(0, firstUnanswered);
  });
  const question = questions[index]!;
  const hydrated = useHydrated();
  const groupRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  const scores = useMemo(() => scoreAssessment(framework, answerInputs(entries), targets), [framework, entries, targets]);
  const pillarOf = (id: PillarId) => framework.pillars.find((pillar) => pillar.id === id)!;
  const inPillar = questions.filter((candidate) => candidate.pillar === question.pillar);
  const status = overallStatus(entries);

  const go = (next: number) => {
    moved.current = true;
    setIndex(Math.max(0, Math.min(questions.length - 1, next)));
  };
  const nextUnanswered = () => {
    const order = [...questions.keys()].map((offset) => (index + 1 + offset) % questions.length);
    const found = order.find((position) => !entries[questions[position]!.id]!.draft.value);
    if (found !== undefined) go(found);
  };

  // After moving, focus follows to the new question's levels so the keyboard flow continues.
  useEffect(() => {
    if (!moved.current) return;
    const group = groupRef.current;
    const target = group?.querySelector<HTMLInputElement>("input:checked") ?? group?.querySelector<HTMLInputElement>("input");
    target?.focus();
  }, [index]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === "n" || key === "j") go(index + 1);
      else if (key === "p" || key === "k") go(index - 1);
      else if (!readOnly && /^[1-5]$/.test(key)) edit(question.id, { value: LEVEL_KEYS[Number(key) - 1] }, CHOICE_DELAY_MS);
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  return (
    <div className="grid gap-6">
      <div className="grid gap-2">
        <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
          <span>
            <strong>{scores.overall.answered}</strong> of {scores.overall.total} questions answered ({formatPercent(scores.overall.completeness)})
          </span>
          <span role="status" aria-live="polite" data-testid="save-status" className={cn("text-muted-foreground", (status === "conflict" || status === "failed" || status === "retrying") && "font-medium text-destructive")}>
            {readOnly ? readOnlyReason : HEADER_TEXT[status]}
          </span>
        </div>
        <ProgressBar value={scores.overall.completeness} label="Questions answered" />
      </div>

      <div className="grid gap-6 lg:grid-cols-[14rem_minmax(0,1fr)_16rem]">
        <nav aria-label="Pillars" className="grid content-start gap-1">
          {scores.pillars.map((pillar) => {
            const current = pillar.pillar === question.pillar;
            const first = questions.findIndex((candidate) => candidate.pillar === pillar.pillar && !entries[candidate.id]!.draft.value);
            return (
              <button
                key={pillar.pillar}
                type="button"
                aria-current={current ? "step" : undefined}
                aria-label={`${pillarOf(pillar.pillar).name}: ${pillar.answered} of ${pillar.total} answered`}
                onClick={() => go(first >= 0 ? first : questions.findIndex((candidate) => candidate.pillar === pillar.pillar))}
                className={cn("grid gap-1 rounded-md px-3 py-2 text-left text-sm hover:bg-muted", current && "bg-muted font-medium")}
              >
                <span className="flex justify-between gap-2">
                  <span>{pillarOf(pillar.pillar).name}</span>
                  <span className="tabular-nums text-muted-foreground">
                    {pillar.answered}/{pillar.total}
                  </span>
                </span>
                <ProgressBar value={pillar.completeness} label={`${pillarOf(pillar.pillar).name} progress`} className="h-1" />
              </button>
            );
          })}
        </nav>

        <div className="grid content-start gap-4">
          <ol aria-label={`Questions in ${pillarOf(question.pillar).name}`} className="flex flex-wrap gap-1">
            {inPillar.map((candidate) => {
              const position = questions.indexOf(candidate);
              const answered = Boolean(entries[candidate.id]!.draft.value);
              return (
                <li key={candidate.id}>
                  <button
                    type="button"
                    aria-label={`${candidate.id} ${candidate.title}${answered ? " (answered)" : ""}`}
                    aria-current={position === index ? "step" : undefined}
                    onClick={() => go(position)}
                    className={cn(
                      "rounded-md border border-border px-2 py-1 font-mono text-xs hover:bg-muted",
                      answered && "bg-primary/10 text-primary",
                      position === index && "ring-2 ring-ring",
                    )}
                  >
                    {candidate.id}
                  </button>
                </li>
              );
            })}
          </ol>
          <QuestionCard
            key={question.id}
            question={question}
            position={`${pillarOf(question.pillar).name} · question ${inPillar.indexOf(question) + 1} of ${inPillar.length}`}
            entry={entries[question.id]!}
            readOnly={readOnly || !hydrated}
            groupRef={groupRef}
            onEdit={(patch, delay) => edit(question.id, patch, delay)}
            onResolve={(choice) => resolve(question.id, choice)}
          />
          <div className="flex flex-wrap justify-between gap-2 border-t border-border pt-4">
            <Button variant="outline" onClick={() => go(index - 1)} disabled={index === 0} aria-keyshortcuts="P">
              <ChevronLeft aria-hidden />
              Previous
            </Button>
            <Button variant="ghost" onClick={nextUnanswered} disabled={scores.overall.answered === questions.length}>
              <SkipForward aria-hidden />
              Next unanswered
            </Button>
            <Button onClick={() => go(index + 1)} disabled={index === questions.length - 1} aria-keyshortcuts="N">
              Next
              <ChevronRight aria-hidden />
            </Button>
          </div>
        </div>

        <LiveScorePanel pillarName={pillarOf(question.pillar).name} pillar={scores.pillars.find((pillar) => pillar.pillar === question.pillar)!} overall={scores.overall} />
      </div>
    </div>
  );
}
