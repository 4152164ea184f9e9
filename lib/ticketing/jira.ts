import { toCsv, type CsvColumns } from "@/lib/csv";
import { STAGE_LABELS } from "@/lib/framework/types";
import { truncate } from "@/lib/truncate";
import type { NextStepStatus } from "@/lib/validation/next-step";
import { externalKey, MAX_TITLE, slug, type TicketSource } from "./source";

/*
 * Columns for Jira Cloud's CSV importer, named as its fields so the importer maps them itself
 * ("Map CSV data to Jira fields", support.atlassian.com/jira-software-cloud/docs/mapping-csv-data-to-jira-fields;
 * "Prepare and structure your CSV file", support.atlassian.com/jira-work-management/docs/prepare-and-structure-your-csv-file):
 * Summary is the one required field; people are given by email address; a field with several
 * values (Labels) repeats its column, one value per cell, and a label has no spaces. Dates are
 * ISO (yyyy-MM-dd): set the importer's date format to that. No Priority: the tracker has none.
 */

/** Jira's default workflow statuses; a won't-do item is done with the resolution "Won't Do". */
export const JIRA_STATUS: Record<NextStepStatus, string> = {
  not_started: "To Do",
  in_progress: "In Progress",
  blocked: "In Progress",
  done: "Done",
  wont_do: "Done",
};
const JIRA_RESOLUTION: Partial<Record<NextStepStatus, string>> = { done: "Done", wont_do: "Won't Do" };

/** At most this many labels: each is a "Labels" column, and every row has as many cells. */
const LABEL_COLUMNS = 4;

function labels(step: TicketSource): string[] {
  return [externalKey(step.id), "zero-trust", step.pillarId ? `ztr-pillar-${slug(step.pillarId)}` : "", step.status === "blocked" ? "blocked" : ""].filter(Boolean);
}

/**
 * Text as Jira wiki markup that shows as typed: a name like `[x|https://phish]` must not become
 * a link, nor `{html}` a macro. Each character Jira's renderer lets a backslash escape gets one
 * (the set of its BackslashEscapeRendererComponent, as ported in @atlaskit/editor-wikimarkup-transformer);
 * a backslash of the text becomes an entity, since `\\` is a line break and would cancel the
 * escape after it (pandoc's Jira writer did the same).
 */
export const jiraText = (text: string) => text.replace(/[\\\-#*_+?^~|%{}[\]()!@]/g, (c) => (c === "\\" ? "&#92;" : `\\${c}`));

/** Jira wiki markup: the objective, the checklist as a bullet list, where it comes from and a link back. */
export function jiraDescription(step: TicketSource): string {
  const lines = [jiraText(step.objective)];
  if (step.tasks.length > 0) lines.push("", "*Tasks*", ...step.tasks.map((task) => `* [${task.done ? "x" : " "}] ${jiraText(task.text)}`));
  lines.push(
    "",
    `Assessment: ${jiraText(step.assessmentName)} · ${step.pillarName ? `Pillar: ${jiraText(step.pillarName)} · ` : ""}Question ${jiraText(step.questionId)} · Target stage: ${STAGE_LABELS[step.stage]}`,
    `[Open in Zero Trust Readiness|${step.link}]`,
  );
  return lines.join("\n");
}

const COLUMNS: CsvColumns<TicketSource> = [
  { header: "Summary", value: (step) => truncate(step.title, MAX_TITLE) },
  { header: "Issue Type", value: () => "Task" },
  { header: "Description", value: jiraDescription },
  { header: "Assignee", value: (step) => step.ownerEmail ?? "" },
  { header: "Status", value: (step) => JIRA_STATUS[step.status] },
  { header: "Resolution", value: (step) => JIRA_RESOLUTION[step.status] ?? "" },
  { header: "Due Date", value: (step) => step.dueDate ?? "" },
  ...Array.from({ length: LABEL_COLUMNS }, (_, index) => ({ header: "Labels", value: (step: TicketSource) => labels(step)[index] ?? "" })),
];

/** The next steps as a file for Jira's CSV import, one issue a row. */
export const toJiraCsv = (steps: readonly TicketSource[]): string => toCsv(steps, COLUMNS);
