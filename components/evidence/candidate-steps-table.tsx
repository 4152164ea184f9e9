"use client";

import { createColumnHelper, tableFeatures, useTable } from "@tanstack/react-table";
import Link from "next/link";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { STAGE_LABELS } from "@/lib/framework/types";
import type { CandidateStep } from "@/lib/evidence/zero-trust-assessment/reconcile";

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, CandidateStep>();

const dash = (value: string | null) => value ?? "—";
/** The riskiest few first; the rest on request, so the page stays readable. */
const FIRST_SHOWN = 10;

/** Failed tool tests offered as next steps, riskiest first, each merged with the question's own step where they say the same thing. */
export function CandidateStepsTable({ assessmentId, candidates }: { assessmentId: string; candidates: CandidateStep[] }) {
  const columns = useMemo(
    () =>
      helper.columns([
        helper.display({
          id: "test",
          header: "Failed test",
          cell: ({ row }) => (
            <div className="grid min-w-56 gap-0.5">
              <Link href={`/assessments/${assessmentId}/evidence/${row.original.test.importId}/${encodeURIComponent(row.original.test.id)}`} className="font-medium hover:underline">
                {row.original.test.title}
              </Link>
              <span className="text-xs text-muted-foreground">
                Test {row.original.test.id} · {row.original.test.tenant}
              </span>
            </div>
          ),
        }),
        helper.display({ id: "risk", header: "Risk", cell: ({ row }) => row.original.test.risk }),
        helper.display({ id: "impact", header: "User impact", cell: ({ row }) => dash(row.original.test.impact) }),
        helper.display({ id: "cost", header: "Cost", cell: ({ row }) => dash(row.original.test.implementationCost) }),
        helper.display({
          id: "questions",
          header: "Question's next step",
          cell: ({ row }) => (
            <div className="grid min-w-48 gap-1 text-xs">
              {row.original.questionIds.map((questionId) => {
                const same = row.original.sameAs.find((step) => step.questionId === questionId);
                return (
                  <span key={questionId}>
                    <span className="font-mono">{questionId}</span>{" "}
                    {same ? `Same as its next step: ${same.action} (to ${STAGE_LABELS[same.toStage]})` : `A step of its own, toward ${STAGE_LABELS[row.original.test.stage]}`}
                  </span>
                );
              })}
            </div>
          ),
        }),
      ]),
    [assessmentId],
  );
  const [showAll, setShowAll] = useState(false);
  const shown = useMemo(() => (showAll ? candidates : candidates.slice(0, FIRST_SHOWN)), [candidates, showAll]);
  const table = useTable({ features, columns, data: shown, getRowId: (row) => `${row.test.importId}-${row.test.id}` });
  return (
    <div className="grid gap-2">
      <DataTable
        table={table}
        label="Candidate next steps from failed tests"
        empty="No failed test speaks to a question of this assessment."
        columnClassNames={{ impact: "hidden md:table-cell", cost: "hidden md:table-cell" }}
        rowProps={(row) => ({ "data-test": row.original.test.id })}
      />
      {candidates.length > FIRST_SHOWN ? (
        <Button variant="outline" size="sm" className="justify-self-start" aria-expanded={showAll} onClick={() => setShowAll((all) => !all)}>
          {showAll ? `Show the first ${FIRST_SHOWN}` : `Show all ${candidates.length}`}
        </Button>
      ) : null}
    </div>
  );
}
