import Link from "next/link";
import { AlertTriangle } from "lucide-react";
import type { ExpiredEvidence as ExpiredFile } from "@/lib/server/evidence-files";

/** On the dashboard, when any evidence file has expired: which answer, which file, since when. */
export function ExpiredEvidence({ assessmentId, files, questionTitle }: { assessmentId: string; files: ExpiredFile[]; questionTitle: (questionId: string) => string }) {
  if (files.length === 0) return null;
  return (
    <section aria-labelledby="expired-evidence-heading" className="grid gap-2 rounded-lg border border-warning/60 bg-warning/10 p-4 text-sm">
      <h2 id="expired-evidence-heading" className="flex items-center gap-2 font-semibold">
        <AlertTriangle className="size-4 text-warning" aria-hidden />
        Expired evidence ({files.length})
      </h2>
      <p className="text-muted-foreground">Review these files at the next cycle: replace them with current evidence or delete them.</p>
      <ul className="grid gap-1.5">
        {files.map((file) => (
          <li key={file.fileId}>
            <Link href={`/assessments/${assessmentId}?q=${file.questionId}`} className="text-primary hover:underline">
              <span className="font-mono text-xs">{file.questionId}</span> {questionTitle(file.questionId)}
            </Link>
            : <span className="break-words font-medium">{file.name}</span>, expired on <span className="tabular-nums">{file.expiresOn}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
