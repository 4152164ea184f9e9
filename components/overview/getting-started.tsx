import Link from "next/link";
import { FilePlus2, Upload } from "lucide-react";
import { Button } from "@/components/ui/button";

const TOUR = [
  { title: "Answer the questionnaire", text: "For each question pick the stage that describes you today, from Traditional to Optimal, with a note and evidence. Answers save as you go." },
  { title: "Record a snapshot", text: "A snapshot freezes the scores at a date, so you can compare the next round against it and see what moved." },
  { title: "Read the dashboard, track next steps", text: "The dashboard shows maturity per pillar against your targets; each snapshot turns the gaps into next steps with owners and due dates." },
  { title: "Share the report", text: "Export a PDF report for the board, or the answers and next steps as CSV." },
] as const;

/** A new organisation's first screen: start or import an assessment, and how the pieces fit together. */
export function GettingStarted({ canWrite }: { canWrite: boolean }) {
  return (
    <section aria-labelledby="start-heading" className="grid gap-6 rounded-lg border border-border bg-card p-6">
      <div className="grid gap-2">
        <h2 id="start-heading" className="text-xl font-semibold">
          Start your first assessment
        </h2>
        <p className="max-w-3xl text-sm text-muted-foreground">
          {canWrite
            ? "Create an assessment and answer the questions, or import one exported from another Zero Trust Readiness server."
            : "Your organisation has no assessment yet. An owner, admin or assessor can create or import one; it will show here."}
        </p>
        {canWrite ? (
          <div className="flex flex-wrap gap-3 pt-1">
            <Button asChild>
              <Link href="/assessments/new">
                <FilePlus2 aria-hidden />
                Create an assessment
              </Link>
            </Button>
            <Button asChild variant="outline">
              <Link href="/assessments/import">
                <Upload aria-hidden />
                Import an assessment
              </Link>
            </Button>
          </div>
        ) : null}
      </div>
      <div className="grid gap-3">
        <h3 className="font-semibold">How it works</h3>
        <ol className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
          {TOUR.map((step, index) => (
            <li key={step.title} className="grid content-start gap-1 rounded-md bg-muted/50 p-4">
              <span className="flex items-start gap-2 font-medium">
                <span aria-hidden className="flex size-6 shrink-0 items-center justify-center rounded-full bg-primary text-xs font-semibold text-primary-foreground">
                  {index + 1}
                </span>
                {step.title}
              </span>
              <p className="text-sm text-muted-foreground">{step.text}</p>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
