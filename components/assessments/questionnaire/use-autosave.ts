"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { AutosaveStore, hasUnsaved, type Entries } from "@/lib/assessment/autosave";

/** The questionnaire's autosave: one store per assessment, saving through the REST API. */
export function useAutosave(assessmentId: string, initial: Entries) {
  const [store] = useState(
    () =>
      new AutosaveStore(initial, async (body) => {
        const response = await fetch(`/api/v1/assessments/${encodeURIComponent(assessmentId)}/answers`, {
          method: "PUT",
          // Keeps a save sent while leaving the page alive until the server has it.
          keepalive: true,
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        });
        return { status: response.status, body: await response.json().catch(() => null) };
      }),
  );
  const entries = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);

  useEffect(() => () => store.flushWaiting(), [store]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (hasUnsaved(store.getSnapshot())) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [store]);

  return { entries, edit: store.edit, resolve: store.resolve, decide: store.decide };
}
