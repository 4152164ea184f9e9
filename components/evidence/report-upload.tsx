"use client";

import { FileUp } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type DragEvent } from "react";
import { ProgressBar } from "@/components/assessments/progress-bar";
import { useUpload } from "@/components/forms/use-upload";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

const MAX_MB = 50;

type Outcome = { kind: "saved"; text: string } | { kind: "error"; text: string; problems: [string, string][] } | null;

/**
 * Imports a Zero Trust Assessment results file: dropped on the area or chosen with the button,
 * sent with a progress bar; a refused file lists its problems by path.
 */
export function ReportUpload({ assessmentId }: { assessmentId: string }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const { upload, progress } = useUpload();
  const [dragging, setDragging] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function send(file: File) {
    if (file.size > MAX_MB * 1024 * 1024) {
      setOutcome({ kind: "error", text: `${file.name} is larger than ${MAX_MB} MB.`, problems: [] });
      return;
    }
    setOutcome(null);
    const result = await upload(`/api/v1/assessments/${assessmentId}/evidence/zero-trust-assessment?fileName=${encodeURIComponent(file.name.slice(0, 200))}`, file);
    if (!result.ok) {
      setOutcome({ kind: "error", text: `${file.name} was not imported: ${result.message}`, problems: Object.entries(result.fields) });
      return;
    }
    const { counts } = result.body as { counts: { total: number } };
    setOutcome({ kind: "saved", text: `Imported ${counts.total} tests from ${file.name}.` });
    router.refresh();
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void send(file);
  }

  const busy = progress !== null;
  return (
    <div className="grid gap-3">
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        className={cn("grid justify-items-center gap-2 rounded-lg border-2 border-dashed border-border p-6 text-center", dragging && "border-primary bg-primary/5")}
      >
        <FileUp aria-hidden className="size-6 text-muted-foreground" />
        <p className="text-sm" id={hintId}>
          Drop <span className="font-mono">ZeroTrustAssessmentReport.json</span> or <span className="font-mono">ZeroTrustAssessmentReport.html</span> here, up to {MAX_MB} MB.
        </p>
        <input
          ref={input}
          type="file"
          accept=".json,.html,.htm,application/json,text/html"
          className="sr-only"
          aria-label="Zero Trust Assessment report"
          aria-describedby={hintId}
          tabIndex={-1}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void send(file);
          }}
        />
        <Button type="button" variant="outline" disabled={busy} onClick={() => input.current?.click()}>
          {busy ? "Importing…" : "Choose a report"}
        </Button>
      </div>
      {busy ? <ProgressBar value={progress} label="Upload progress" /> : null}
      {outcome?.kind === "saved" ? (
        <p role="status" className="text-sm text-success">
          {outcome.text}
        </p>
      ) : null}
      {outcome?.kind === "error" ? (
        <Alert>
          <p>{outcome.text}</p>
          {outcome.problems.length > 1 || (outcome.problems[0] && outcome.problems[0][0] !== "file") ? (
            <ul className="mt-1 list-disc pl-5">
              {outcome.problems.map(([path, message]) => (
                <li key={path}>
                  <span className="font-mono">{path}</span>: {message}
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
    </div>
  );
}
