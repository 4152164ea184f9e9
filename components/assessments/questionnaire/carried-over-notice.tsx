"use client";

import { History } from "lucide-react";
import { useParams } from "next/navigation";
import { useState, useSyncExternalStore, useTransition } from "react";
import { confirmCarriedAnswerAction } from "@/lib/actions/framework-move";
import { Button } from "@/components/ui/button";
import type { Entries, Entry } from "@/lib/assessment/autosave";

// Answers confirmed on this page, shared by the notices and the count: the questionnaire's own
// state keeps the answer as loaded, and confirming changes only the mark, not the answer.
const confirmed = new Set<string>();
const listeners = new Set<() => void>();
let revision = 0;
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const markConfirmed = (key: string) => {
  confirmed.add(key);
  revision += 1;
  listeners.forEach((listener) => listener());
};
const useConfirmed = () => useSyncExternalStore(subscribe, () => revision, () => 0);

/** "zt-2026.1 IDN-03" while the saved answer came from an earlier version and nobody has confirmed it. */
const carriedFromOf = (entry: Entry): string | null => entry.saved?.carriedFrom ?? null;

/** Asks the assessor to confirm an answer carried over from an earlier question bank version; any save of the answer confirms it too. */
export function CarriedOverNotice({ questionId, entry, readOnly }: { questionId: string; entry: Entry; readOnly: boolean }) {
  const { id: assessmentId } = useParams<{ id: string }>();
  useConfirmed();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const carriedFrom = carriedFromOf(entry);
  if (!carriedFrom || confirmed.has(`${assessmentId}:${questionId}`)) return null;
  const confirm = () =>
    startTransition(async () => {
      const result = await confirmCarriedAnswerAction({ assessmentId, questionId });
      if (!result.ok) return setError(result.error);
      markConfirmed(`${assessmentId}:${questionId}`);
    });
  return (
    <div role="note" aria-label="Carried-over answer" className="flex flex-wrap items-center gap-3 rounded-lg border border-warning/60 bg-warning/10 p-3 text-sm">
      <History className="size-4 shrink-0 text-warning" aria-hidden />
      <p className="min-w-48 flex-1">
        Carried over from <span className="font-mono">{carriedFrom}</span> — please confirm.
      </p>
      {!readOnly ? (
        <Button size="sm" variant="outline" disabled={pending} onClick={confirm}>
          {pending ? "Confirming…" : "Confirm"}
        </Button>
      ) : null}
      {error ? <p className="w-full text-destructive">{error}</p> : null}
    </div>
  );
}

/** How many answers carried over from an earlier version still await confirmation; nothing when none do. */
export function CarriedOverCount({ entries }: { entries: Entries }) {
  const { id: assessmentId } = useParams<{ id: string }>();
  useConfirmed();
  const waiting = Object.entries(entries).filter(([questionId, entry]) => carriedFromOf(entry) && !confirmed.has(`${assessmentId}:${questionId}`)).length;
  if (waiting === 0) return null;
  return (
    <p data-testid="carried-over-count" className="text-sm text-muted-foreground">
      {waiting} carried-over {waiting === 1 ? "answer awaits" : "answers await"} confirmation.
    </p>
  );
}
