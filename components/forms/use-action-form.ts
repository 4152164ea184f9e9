"use client";

import { useCallback, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";

interface FormState {
  /** The message for the whole form, when the action refused. */
  error?: string;
  /** Messages per field, keyed by the input schema's field names. */
  fields?: Record<string, string>;
  /** The last submission succeeded; cleared by the next one. */
  saved: boolean;
}

/**
 * The one way a form calls a server action: pending state, the form's error, field errors
 * and a "saved" flag, from the action's `ActionResult`. The inputs stay as typed, so a refused
 * submission loses nothing.
 */
export function useActionForm<TInput, TData>(action: (input: TInput) => Promise<ActionResult<TData>>, onSuccess?: (data: TData) => void) {
  const [pending, startTransition] = useTransition();
  const [state, setState] = useState<FormState>({ saved: false });
  const submit = useCallback(
    (input: TInput) =>
      startTransition(async () => {
        setState({ saved: false });
        const result = await action(input);
        if (result.ok) {
          setState({ saved: true });
          onSuccess?.(result.data);
        } else {
          setState({ saved: false, error: result.error, fields: result.fields });
        }
      }),
    [action, onSuccess],
  );
  // A refusal of the input as a whole (a rule across fields) comes as the field "form".
  const error = state.fields?.form ?? state.error;
  return {
    pending,
    submit,
    saved: state.saved,
    error,
    /** A field's own message, or undefined. */
    fieldError: (name: string) => state.fields?.[name],
    /** The form's message, unless one of the fields the form shows (`shown`) carries its own. */
    formError: (...shown: string[]) => (shown.some((name) => state.fields?.[name]) ? undefined : error),
    reset: () => setState({ saved: false }),
  };
}
