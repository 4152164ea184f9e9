"use client";

import { createColumnHelper, tableFeatures, useTable } from "@tanstack/react-table";
import Link from "next/link";
import { useMemo } from "react";
import { DataTable } from "@/components/ui/data-table";
import { answerLabel } from "@/lib/assessment/labels";
import { contradictionText } from "@/lib/evidence/labels";
import type { QuestionEvidence } from "@/lib/evidence/zero-trust-assessment/reconcile";
import type { AnswerChoice } from "@/lib/scoring/types";
import { ConfidenceBadge } from "./confidence-badge";
import { ToolTestList } from "./tool-test-list";

export interface EvidenceQuestionRow extends QuestionEvidence {
  title: string;
  answer: AnswerChoice | null;
}

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, EvidenceQuestionRow>();

/** Each question the tool's tests speak to: the answer, its confidence, and the tests themselves. */
export function EvidenceQuestionsTable({ assessmentId, rows }: { assessmentId: string; rows: EvidenceQuestionRow[] }) {
  const columns = useMemo(
    () =>
      helper.columns([
        helper.display({
          id: "question",
          header: "Question",
          cell: ({ row }) => (
            <Link href={`/assessments/${assessmentId}?q=${row.original.questionId}`} className="grid min-w-48 gap-0.5 hover:underline">
              <span className="font-mono text-xs text-muted-foreground">{row.original.questionId}</span>
              <span>{row.original.title}</span>
            </Link>
          ),
        }),
        helper.display({ id: "answer", header: "Answer", cell: ({ row }) => <span className="whitespace-nowrap">{row.original.answer ? answerLabel(row.original.answer) : "Unanswered"}</span> }),
        helper.display({
          id: "confidence",
          header: "Confidence",
          cell: ({ row }) => (
            <div className="grid min-w-40 gap-1">
              {row.original.confidence ? <ConfidenceBadge confidence={row.original.confidence} /> : <span className="text-xs text-muted-foreground">Not rated</span>}
              {contradictionText(row.original) ? <span className="text-xs">{contradictionText(row.original)}</span> : null}
            </div>
          ),
        }),
        helper.display({
          id: "tests",
          header: "Tool tests",
          cell: ({ row }) => <ToolTestList assessmentId={assessmentId} evidence={row.original} className="min-w-56" />,
        }),
      ]),
    [assessmentId],
  );
  const table = useTable({ features, columns, data: rows, getRowId: (row) => row.questionId });
  return (
    <DataTable
      table={table}
      label="Answers checked against tool evidence"
      empty="No imported test speaks to a question of this assessment."
      columnClassNames={{ answer: "hidden sm:table-cell" }}
      rowProps={(row) => ({ "data-question": row.original.questionId, "data-confidence": row.original.confidence ?? undefined })}
    />
  );
}
