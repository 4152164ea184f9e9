import { toCsv, type CsvColumns } from "@/lib/csv";
import { STAGE_LABELS } from "@/lib/framework/types";
import { escapeHtml } from "@/lib/html";
import { NEXT_STEP_STATUS_LABELS } from "@/lib/assessment/labels";
import { truncate } from "@/lib/truncate";
import { externalKey, MAX_TITLE, slug, type TicketSource } from "./source";

/*
 * Columns for Azure Boards' CSV import ("Import, update and export bulk work items with CSV files",
 * learn.microsoft.com/azure/devops/boards/queries/import-work-items-from-csv): "Work Item Type" and
 * "Title" are required, other columns are fields by their display name ("Description",
 * "Assigned To", "Tags"), and a file without an "ID" column creates new work items. Every imported
 * item starts in its type's New state, so the file has no State column: the status travels as a
 * tag, beside the stable key. Tags are separated by semicolons; Description is HTML. The work
 * item type is Task, which every process (Basic, Agile, Scrum, CMMI) has; it has no due date
 * field in all of them, so the due date is in the description and a tag.
 */

/** The objective, the checklist, where it comes from and a link back, as the HTML the Description field holds. */
export function azureDescription(step: TicketSource): string {
  const parts = [`<p>${escapeHtml(step.objective)}</p>`];
  if (step.tasks.length > 0) {
    parts.push(`<p><b>Tasks</b></p><ul>${step.tasks.map((task) => `<li>${task.done ? "☑" : "☐"} ${escapeHtml(task.text)}</li>`).join("")}</ul>`);
  }
  const facts = [
    `Assessment: ${step.assessmentName}`,
    ...(step.pillarName ? [`Pillar: ${step.pillarName}`] : []),
    `Question ${step.questionId}`,
    `Target stage: ${STAGE_LABELS[step.stage]}`,
    `Status: ${NEXT_STEP_STATUS_LABELS[step.status]}`,
    ...(step.dueDate ? [`Due: ${step.dueDate}`] : []),
  ];
  parts.push(`<p>${facts.map(escapeHtml).join(" · ")}</p>`, `<p><a href="${escapeHtml(step.link)}">Open in Zero Trust Readiness</a></p>`);
  return parts.join("");
}

/** "ztr-<id>; zero-trust; …": the key first, so a query on it finds the item. */
export function azureTags(step: TicketSource): string {
  return [
    externalKey(step.id),
    "zero-trust",
    ...(step.pillarId ? [`ztr-pillar-${slug(step.pillarId)}`] : []),
    `ztr-status-${slug(step.status)}`,
    ...(step.dueDate ? [`ztr-due-${step.dueDate}`] : []),
  ].join("; ");
}

const COLUMNS: CsvColumns<TicketSource> = [
  { header: "Work Item Type", value: () => "Task" },
  { header: "Title", value: (step) => truncate(step.title, MAX_TITLE) },
  { header: "Description", value: azureDescription },
  { header: "Assigned To", value: (step) => step.ownerEmail ?? "" },
  { header: "Tags", value: azureTags },
];

/** The next steps as a file for Azure Boards' CSV import, one work item a row. */
export const toAzureDevOpsCsv = (steps: readonly TicketSource[]): string => toCsv(steps, COLUMNS);
