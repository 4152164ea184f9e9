import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ImportForm } from "@/components/assessments/import-form";
import { can } from "@/lib/policy";
import { requireMembership } from "@/lib/server/session";

export const metadata: Metadata = { title: "Import an assessment" };

export default async function ImportPage() {
  const { actor } = await requireMembership();
  if (!can(actor, "assessment.write")) redirect("/assessments");
  return (
    <div className="grid max-w-2xl gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Import an assessment</h1>
        <p className="text-sm text-muted-foreground">
          Creates a new assessment, owned by you, from a file exported by this app: answers, notes, evidence and snapshots. The file is checked first; if anything is wrong,
          every problem is listed and nothing is created.
        </p>
      </div>
      <ImportForm />
    </div>
  );
}
