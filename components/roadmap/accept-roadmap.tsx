"use client";

import { CalendarCheck } from "lucide-react";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { acceptRoadmapAction } from "@/lib/actions/roadmap";
import type { AcceptedRoadmapResult } from "@/lib/server/roadmap";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** Accept with a confirmation step; says what was written into the tracker. */
export function AcceptRoadmap({ assessmentId, fingerprint, steps, questions, finish }: { assessmentId: string; fingerprint: string; steps: number; questions: number; finish: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<Omit<AcceptedRoadmapResult, "view">>();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const form = useActionForm(acceptRoadmapAction, (result) => {
    setConfirming(false);
    setDone({ created: result.created, updated: result.updated, closed: result.closed });
    router.refresh();
  });
  return (
    <div className="grid gap-3">
      {!confirming ? (
        <div>
          <Button
            onClick={() => {
              setDone(undefined);
              setConfirming(true);
              requestAnimationFrame(() => confirmRef.current?.focus());
            }}
          >
            <CalendarCheck aria-hidden />
            Accept plan
          </Button>
        </div>
      ) : (
        <div role="group" aria-labelledby="accept-confirm-text" className="grid gap-3 rounded-md border border-border bg-muted/40 p-3">
          <p id="accept-confirm-text" className="text-sm">
            Accept {plural(steps, "step")} finishing on {finish}? The due date of each question&apos;s next step ({plural(questions, "question")}) is written into the tracker; items that are done or
            won&apos;t do stay as they are.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button ref={confirmRef} disabled={form.pending} onClick={() => form.submit({ assessmentId, fingerprint })}>
              {form.pending ? "Accepting…" : "Yes, accept and set due dates"}
            </Button>
            <Button variant="outline" disabled={form.pending} onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      {done ? (
        <p role="status" className="text-sm text-success">
          Accepted. Due dates set on {plural(done.updated + done.created, "tracked next step")}
          {done.created > 0 ? ` (${done.created} new)` : ""}
          {done.closed > 0 ? `; ${plural(done.closed, "closed item")} left as ${done.closed === 1 ? "it was" : "they were"}` : ""}.
        </p>
      ) : null}
      {form.error ? <Alert>{form.error}</Alert> : null}
    </div>
  );
}
