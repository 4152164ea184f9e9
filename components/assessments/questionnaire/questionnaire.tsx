"use client";

import { AlertTriangle, ChevronLeft, ChevronRight, SkipForward } from "lucide-react";
import { useRouter } from "next/navigation";
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { answerChoices, choicePatch } from "@/lib/assessment/criteria";
import { formatPercent } from "@/lib/assessment/labels";
import type { Framework, PillarId } from "@/lib/framework/types";
import { scoreAssessment } from "@/lib/scoring/maturity";
import type { ScoringPolicy } from "@/lib/scoring/policy";
import type { Targets } from "@/lib/scoring/types";
import { cn } from "@/lib/utils";
import { ProgressBar } from "../progress-bar";
import { LiveScorePanel } from "./live-score-panel";
import { NaGovernance } from "./na-governance";
import { CarriedOverCount } from "./carried-over-notice";
import { CHOICE_DELAY_MS, QuestionCard } from "./question-card";
import { ToolEvidencePanel } from "@/components/evidence/tool-evidence-panel";
import type { QuestionEvidence } from "@/lib/evidence/zero-trust-assessment/reconcile";
import { QuestionChips } from "./question-chips";
import { QuestionSearch } from "./question-search";
import { useLeaveGuard } from "./use-leave-guard";
import { initialEntries, overallStatus, scoringInputs, type Entries, type SavedAnswer, type SaveStatus } from "@/lib/assessment/autosave";
import { useAutosave } from "./use-autosave";
import type { AssessmentStatus } from "@/lib/validation/assessment";
import { EvidenceFiles } from "@/components/evidence/evidence-files";
import type { EvidenceFileInfo } from "@/lib/evidence/files";

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

/** An Unknown answer is kept, but the question still waits for a level or N/A. */
const isAnswered = (entry: Entries[string]) => Boolean(entry.draft.value) && entry.draft.value !== "unknown";

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type !== "radio" && target.type !== "checkbox"));

// Shown once at the end of an assessment: loaded then, not with the page.
const CompleteBanner = lazy(() => import("./complete-banner").then((module) => ({ default: module.CompleteBanner })));

const LEAVE_MESSAGE = "An N/A answer has no reason yet, so it is not saved. Leave this page and lose it?";

export function Questionnaire({
  assessmentId,
  framework,
  status: assessmentStatus,
  canComplete,
  targets,
  policy,
  canApproveNa,
  answers,
  evidenceFiles,
  readOnly,
  readOnlyReason,
  startAt,
  toolEvidence,
}: {
  assessmentId: string;
  /** The assessment's framework version, passed from the server so its content stays out of the JavaScript bundle. */
  framework: Framework;
  status: AssessmentStatus;
  /** Whether this user may mark the assessment complete once every question is answered. */
  canComplete: boolean;
  targets: Targets;
  /** The organisation's scoring policy, so the live score reads as the server's will. */
  policy: ScoringPolicy;
  /** Whether this user may approve or reject N/A answers (when the policy requires approval). */
  canApproveNa: boolean;
  answers: SavedAnswer[];
  /** Every answer's evidence files, metadata only. */
  evidenceFiles: EvidenceFileInfo[];
  readOnly: boolean;
  readOnlyReason?: string;
  startAt?: string;
  /** Imported tool tests by question (lib/evidence), for the questions they speak to. */
  toolEvidence: Record<string, QuestionEvidence>;
}) {
  const questions = framework.questions;
  const { entries, edit, resolve, decide } = useAutosave(
    assessmentId,
    useMemo(() => initialEntries(questions.map((question) => question.id), answers), [questions, answers]),
  );
  const [index, setIndex] = useState(() => {
    const requested = questions.findIndex((question) => question.id === startAt);
    if (requested >= 0) return requested;
    const firstUnanswered = questions.findIndex((question) => !answers.some((answer) => answer.questionId === question.id && answer.value !== "unknown"));
    return Math.max(0, firstUnanswered);
  });
  const question = questions[index]!;
  const hydrated = useHydrated();
  const groupRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  const scores = useMemo(() => scoreAssessment(framework, scoringInputs(entries), targets, policy), [framework, entries, targets, policy]);
  const pillarOf = (id: PillarId) => framework.pillars.find((pillar) => pillar.id === id)!;
  const inPillar = questions.filter((candidate) => candidate.pillar === question.pillar);
  const status = overallStatus(entries);
  const router = useRouter();
  const names = useMemo(() => Object.fromEntries(framework.pillars.map((pillar) => [pillar.id, pillar.name])) as Record<PillarId, string>, [framework]);
  const unsavedNa = questions.filter((candidate) => entries[candidate.id]!.status === "invalid");
  useLeaveGuard(unsavedNa.length > 0 ? LEAVE_MESSAGE : null);

  // The server moves a draft to In progress on its first saved answer: refresh to show the new status.
  const anySaved = Object.values(entries).some((entry) => entry.saved);
  useEffect(() => {
    if (assessmentStatus === "draft" && anySaved) router.refresh();
  }, [assessmentStatus, anySaved, router]);

  const go = (next: number) => {
    moved.current = true;
    setIndex(Math.max(0, Math.min(questions.length - 1, next)));
  };
  const goTo = (questionId: string) => go(questions.findIndex((candidate) => candidate.id === questionId));
  const nextUnanswered = () => {
    const order = [...questions.keys()].map((offset) => (index + 1 + offset) % questions.length);
    const found = order.find((position) => !isAnswered(entries[questions[position]!.id]!));
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
      else {
        const choice = readOnly ? undefined : answerChoices(question).find((candidate) => candidate.key.toLowerCase() === key);
        if (!choice) return;
        edit(question.id, choicePatch(question, choice.value, entries[question.id]!.draft.criteriaMet), CHOICE_DELAY_MS);
      }
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
        <CarriedOverCount entries={entries} />
      </div>

      {unsavedNa.length > 0 ? (
        <div role="region" aria-label="Unsaved answers" className="flex flex-wrap items-center gap-2 rounded-lg border border-warning/60 bg-warning/10 p-3 text-sm">
          <AlertTriangle className="size-4 text-warning" aria-hidden />
          <span>Not saved until you give a reason for N/A:</span>
          {unsavedNa.map((candidate) => (
            <Button key={candidate.id} variant="outline" size="sm" onClick={() => goTo(candidate.id)}>
              {candidate.id} {candidate.title}
            </Button>
          ))}
        </div>
      ) : null}
      {canComplete && !readOnly && scores.overall.answered === questions.length && (status === "saved" || status === "idle") && assessmentStatus !== "completed" ? (
        <Suspense>
          <CompleteBanner assessmentId={assessmentId} />
        </Suspense>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-[14rem_minmax(0,1fr)_16rem]">
        <div className="grid content-start gap-3">
        <QuestionSearch questions={questions} pillarName={(candidate) => names[candidate.pillar]} onGo={goTo} />
        <nav aria-label="Pillars" className="grid content-start gap-1">
          {scores.pillars.map((pillar) => {
            const current = pillar.pillar === question.pillar;
            const first = questions.findIndex((candidate) => candidate.pillar === pillar.pillar && !isAnswered(entries[candidate.id]!));
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
        </div>

        <div className="grid content-start gap-4">
          <QuestionChips label={`Questions in ${pillarOf(question.pillar).name}`} questions={inPillar} entries={entries} currentId={question.id} onGo={goTo} />
          <QuestionCard
            key={question.id}
            question={question}
            position={`${pillarOf(question.pillar).name} · question ${inPillar.indexOf(question) + 1} of ${inPillar.length}`}
            entry={entries[question.id]!}
            readOnly={readOnly || !hydrated}
            groupRef={groupRef}
            onEdit={(patch, delay) => edit(question.id, patch, delay)}
            onResolve={(choice) => resolve(question.id, choice)}
            evidencePanel={toolEvidence[question.id] ? <ToolEvidencePanel assessmentId={assessmentId} evidence={toolEvidence[question.id]!} value={entries[question.id]!.draft.value} /> : null}
            evidenceFiles={<EvidenceFiles assessmentId={assessmentId} questionId={question.id} files={evidenceFiles.filter((file) => file.questionId === question.id)} readOnly={readOnly || !hydrated} />}
            naPanel={
              <NaGovernance
                assessmentId={assessmentId}
                questionId={question.id}
                entry={entries[question.id]!}
                requiresApproval={policy.naRequiresApproval}
                canApprove={canApproveNa}
                readOnly={readOnly || !hydrated}
                onEdit={(patch) => edit(question.id, patch, CHOICE_DELAY_MS)}
                onDecided={(version, decision) => decide(question.id, version, decision)}
              />
            }
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

        <LiveScorePanel
          pillarName={pillarOf(question.pillar).name}
          pillar={scores.pillars.find((pillar) => pillar.pillar === question.pillar)!}
          pillars={scores.pillars}
          names={names}
          overall={scores.overall}
        />
      </div>
    </div>
  );
}
