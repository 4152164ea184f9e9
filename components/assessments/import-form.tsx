"use client";

import { Upload } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { importAssessmentAction } from "@/lib/actions/assessments";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export function ImportForm() {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<{ message: string; fields: [string, string][] }>();
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (!file) return setError({ message: "Choose a file to import.", fields: [] });
        startTransition(async () => {
          const result = await importAssessmentAction({ text: await file.text() });
          if (result.ok) return router.push(`/assessments/${result.data.id}`);
          setError({ message: result.error, fields: Object.entries(result.fields ?? {}).filter(([field]) => field !== "text") });
        });
      }}
    >
      <div className="grid gap-1.5">
        <Label htmlFor="import-file">Assessment file (JSON exported from Zero Trust Readiness)</Label>
        <Input id="import-file" type="file" accept="application/json,.json" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
      </div>
      {error ? (
        <Alert>
          <p className="font-medium">{error.message}</p>
          {error.fields.length > 0 ? (
            <ul className="mt-2 grid gap-1" aria-label="Problems in the file">
              {error.fields.map(([field, message]) => (
                <li key={field}>
                  <code className="font-mono text-xs">{field}</code>: {message}
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      <div>
        <Button type="submit" disabled={pending}>
          <Upload aria-hidden />
          {pending ? "Importing…" : "Import"}
        </Button>
      </div>
    </form>
  );
}
