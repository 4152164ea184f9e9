import { formatDateTime } from "@/lib/assessment/labels";
import { AlertTriangle, Check, CloudOff, Loader2 } from "lucide-react";
import type { Entry, SaveStatus } from "@/lib/assessment/autosave";

const TEXT: Record<SaveStatus, string> = {
  idle: "",
  pending: "Unsaved changes…",
  saving: "Saving…",
  saved: "Saved",
  invalid: "Not saved: see above",
  retrying: "Not saved yet",
  failed: "Not saved",
  conflict: "Conflict: choose a value",
};

/** One question's save state; the questionnaire's header is the one live region that announces it. */
export function SaveState({ entry }: { entry: Entry }) {
  const { status, saved } = entry;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-save-state={status}>
      <span className="inline-flex items-center gap-1.5">
        {status === "saving" || status === "pending" ? <Loader2 className="size-4 animate-spin" aria-hidden /> : null}
        {status === "saved" ? <Check className="size-4 text-success" aria-hidden /> : null}
        {status === "retrying" || status === "failed" ? <CloudOff className="size-4 text-destructive" aria-hidden /> : null}
        {status === "conflict" ? <AlertTriangle className="size-4 text-warning" aria-hidden /> : null}
        {TEXT[status]}
      </span>
      {(status === "retrying" || status === "failed") && entry.message ? <span className="text-destructive">{entry.message}</span> : null}
      {saved && (status === "saved" || status === "idle") ? (
        <span className="text-muted-foreground">
          · version {saved.version}, by {saved.updatedBy ?? "a former member"} on <time dateTime={saved.updatedAt}>{formatDateTime(saved.updatedAt)}</time>
        </span>
      ) : null}
    </div>
  );
}
