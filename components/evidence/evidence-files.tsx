"use client";

import { AlertTriangle, Copy, Download, Paperclip, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type DragEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { ProgressBar } from "@/components/assessments/progress-bar";
import { failure, useUpload } from "@/components/forms/use-upload";
import { isoDay } from "@/lib/assessment/na-review";
import { formatDateTime } from "@/lib/assessment/labels";
import { ACCEPTED_EXTENSIONS } from "@/lib/evidence/file-type";
import { EXPIRED_TEXT, formatBytes, isExpired, MAX_EVIDENCE_BYTES, type EvidenceFileInfo } from "@/lib/evidence/files";
import { cn } from "@/lib/utils";

type Outcome = { kind: "saved" | "error"; message: string };

const filesUrl = (assessmentId: string) => `/api/v1/assessments/${encodeURIComponent(assessmentId)}/evidence/files`;

/**
 * The files attached to one answer: each with its size, who attached it when, its SHA-256 and
 * expiry, to download or delete; and, for those who may change answers, a way to attach more
 * (pick or drop) with an optional expiry day, upload progress and the API's message on a refusal.
 */
export function EvidenceFiles({ assessmentId, questionId, files, readOnly }: { assessmentId: string; questionId: string; files: EvidenceFileInfo[]; readOnly: boolean }) {
  const router = useRouter();
  const id = useId();
  const [expiresOn, setExpiresOn] = useState("");
  const { upload: sendFile, progress } = useUpload();
  /** The name of the file on its way. */
  const [uploading, setUploading] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [dragging, setDragging] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const busy = uploading !== null || refreshing;
  const today = isoDay(new Date());

  const attach = async (picked: File[]) => {
    if (readOnly || busy || picked.length === 0) return;
    const saved: string[] = [];
    for (const file of picked) {
      if (file.size > MAX_EVIDENCE_BYTES) {
        setOutcome({ kind: "error", message: `${file.name}: the file is larger than ${MAX_EVIDENCE_BYTES / (1024 * 1024)} MB.` });
        break;
      }
      setUploading(file.name);
      const query = new URLSearchParams({ questionId, name: file.name, ...(expiresOn ? { expiresOn } : {}) });
      const result = await sendFile(`${filesUrl(assessmentId)}?${query}`, file);
      if (!result.ok) {
        setOutcome({ kind: "error", message: `${file.name}: ${result.message}` });
        break;
      }
      saved.push(file.name);
      setOutcome({ kind: "saved", message: `Attached ${saved.join(", ")}.` });
    }
    setUploading(null);
    if (saved.length > 0) startRefresh(() => router.refresh());
  };

  const remove = async (file: EvidenceFileInfo) => {
    if (!window.confirm(`Delete ${file.name}? It is removed from this answer for everyone.`)) return;
    const response = await fetch(`${filesUrl(assessmentId)}/${encodeURIComponent(file.id)}`, { method: "DELETE" });
    if (!response.ok) return setOutcome({ kind: "error", message: `${file.name}: ${failure(response.status, await response.text()).message}` });
    setOutcome({ kind: "saved", message: `Deleted ${file.name}.` });
    startRefresh(() => router.refresh());
  };

  const copyHash = async (file: EvidenceFileInfo) => {
    try {
      await navigator.clipboard.writeText(file.sha256);
      setOutcome({ kind: "saved", message: `Copied the SHA-256 of ${file.name}.` });
    } catch {
      setOutcome({ kind: "error", message: `This browser does not allow copying here. The SHA-256 of ${file.name} is ${file.sha256}.` });
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void attach([...event.dataTransfer.files]);
  };
  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = readOnly ? "none" : "copy";
    if (!readOnly) setDragging(true);
  };

  return (
    <section
      aria-labelledby={`${id}-heading`}
      data-testid="evidence-files"
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      className={cn("grid gap-3 rounded-lg border border-border p-3", dragging && "border-dashed border-primary bg-primary/5")}
    >
      <h3 id={`${id}-heading`} className="text-sm font-medium">
        Evidence files
      </h3>
      {files.length === 0 ? (
        <p className="text-sm text-muted-foreground">No files attached{readOnly ? "." : " yet: attach a PDF, image, text file or spreadsheet, or drop one here."}</p>
      ) : (
        <ul className="grid gap-2" aria-label="Evidence files">
          {files.map((file) => {
            const expired = isExpired(file.expiresOn, today);
            const href = `${filesUrl(assessmentId)}/${encodeURIComponent(file.id)}`;
            return (
              <li key={file.id} className="grid gap-1 rounded-md border border-border p-2 text-sm sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center sm:gap-x-3">
                <div className="grid min-w-0 gap-0.5">
                  <a href={href} target="_blank" rel="noopener" className="break-words font-medium text-primary hover:underline">
                    {file.name}
                  </a>
                  <p className="flex flex-wrap gap-x-1 text-xs text-muted-foreground [&>span]:whitespace-nowrap">
                    <span>{formatBytes(file.size)} · </span>
                    <span>{file.uploadedBy ?? "a former member"}, </span>
                    <span>{formatDateTime(file.createdAt)} · </span>
                    <span>
                      SHA-256{" "}
                      <abbr title={file.sha256} className="font-mono no-underline">
                        {file.sha256.slice(0, 12)}…
                      </abbr>
                      {file.expiresOn && !expired ? " · " : null}
                    </span>
                    {file.expiresOn && !expired ? <span>expires on {file.expiresOn}</span> : null}
                  </p>
                  {expired ? (
                    <p className="flex items-center gap-1 text-xs font-medium text-destructive">
                      <AlertTriangle className="size-3.5 shrink-0" aria-hidden />
                      {EXPIRED_TEXT} (expired on {file.expiresOn})
                    </p>
                  ) : null}
                </div>
                <div className="flex flex-wrap gap-1">
                  <Button variant="ghost" size="sm" aria-label={`Copy the SHA-256 of ${file.name}`} title="Copy SHA-256" onClick={() => void copyHash(file)}>
                    <Copy aria-hidden />
                  </Button>
                  <Button asChild variant="outline" size="sm">
                    <a href={href} download={file.name} aria-label={`Download ${file.name}`}>
                      <Download aria-hidden />
                      Download
                    </a>
                  </Button>
                  {readOnly ? null : (
                    <Button variant="ghost" size="sm" disabled={busy} aria-label={`Delete ${file.name}`} onClick={() => void remove(file)}>
                      <Trash2 aria-hidden />
                      Delete
                    </Button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}

      {readOnly ? null : (
        <div className="flex flex-wrap items-end gap-3">
          <label
            className={cn(
              "inline-flex h-9 cursor-pointer items-center gap-2 rounded-md border border-border bg-background px-4 text-sm font-medium hover:bg-muted has-[input:focus-visible]:ring-2 has-[input:focus-visible]:ring-ring",
              busy && "pointer-events-none opacity-50",
            )}
          >
            <Paperclip className="size-4" aria-hidden />
            Attach file
            <input
              type="file"
              multiple
              accept={ACCEPTED_EXTENSIONS.join(",")}
              disabled={busy}
              aria-describedby={`${id}-hint`}
              className="sr-only"
              onChange={(event) => {
                const picked = [...(event.target.files ?? [])];
                // Cleared so the same file can be picked again after an error.
                event.target.value = "";
                void attach(picked);
              }}
            />
          </label>
          <div className="grid gap-1.5">
            <Label htmlFor={`${id}-expires`}>Expires on (optional)</Label>
            <Input id={`${id}-expires`} type="date" value={expiresOn} disabled={busy} className="w-44" onChange={(event) => setExpiresOn(event.target.value)} />
          </div>
          <p id={`${id}-hint`} className="basis-full text-xs text-muted-foreground">
            PDF, PNG, JPEG, GIF, WebP, text, CSV or spreadsheet (XLSX, ODS, XLS); up to {MAX_EVIDENCE_BYTES / (1024 * 1024)} MB each.
          </p>
        </div>
      )}

      {uploading ? (
        <div className="grid gap-1 text-sm">
          <ProgressBar value={progress ?? 0} label={`Uploading ${uploading}`} />
        </div>
      ) : null}
      <p role="status" className="text-sm text-muted-foreground">
        {uploading ? `Uploading ${uploading}… ${Math.round((progress ?? 0) * 100)}%` : refreshing ? "Updating the list…" : outcome?.kind === "saved" ? outcome.message : ""}
      </p>
      {outcome?.kind === "error" && !uploading ? <Alert>{outcome.message}</Alert> : null}
    </section>
  );
}
