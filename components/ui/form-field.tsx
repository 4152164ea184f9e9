import type { ComponentProps } from "react";
import { Input } from "./input";
import { Label } from "./label";

/** A labelled input whose error is tied to it for screen readers. */
export function FormField({ label, error, id, ...props }: ComponentProps<"input"> & { id: string; label: string; error?: string }) {
  const errorId = `${id}-error`;
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} {...props} />
      {error ? (
        <p id={errorId} className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
