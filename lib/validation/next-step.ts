import { z } from "zod";
import { PILLARS, STAGES } from "@/lib/framework/types";
import { ZId } from "./assessment";
import { freeText, lineText } from "./text";

export const NEXT_STEP_STATUSES = ["not_started", "in_progress", "blocked", "done", "wont_do"] as const;
export type NextStepStatus = (typeof NEXT_STEP_STATUSES)[number];

const ZStatus = z.enum(NEXT_STEP_STATUSES, { error: "Choose not started, in progress, blocked, done or won't do." });

export const MAX_TASKS = 50;
export const MAX_TASK_LENGTH = 500;

/** One task of a next step's checklist. */
export const ZNextStepTask = z.object({
  text: lineText(z.string().trim().min(1, "Write the task or remove it.").max(MAX_TASK_LENGTH, `Use at most ${MAX_TASK_LENGTH} characters per task.`)),
  done: z.boolean(),
});
/** The ordered checklist stored in `next_steps.tasks`; parsed on every read, so a bad row cannot reach the page. */
export const ZNextStepTasks = z.array(ZNextStepTask).max(MAX_TASKS, `Use at most ${MAX_TASKS} tasks.`);
export type TNextStepTask = z.infer<typeof ZNextStepTask>;

export const ZUpdateNextStep = z
  .object({
    ownerId: ZId.nullable().optional(),
    status: ZStatus.optional(),
    dueDate: z.iso.date({ error: "Use a date such as 2027-03-31." }).nullable().optional(),
    tasks: ZNextStepTasks.optional(),
    notes: freeText(z.string().max(5000, "Use at most 5,000 characters.")).optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), { error: "Send at least one field to change." });
export type TUpdateNextStep = z.infer<typeof ZUpdateNextStep>;

export const ZBulkNextStepStatus = z.object({ ids: z.array(ZId).min(1, "Select at least one next step.").max(500), status: ZStatus });
export type TBulkNextStepStatus = z.infer<typeof ZBulkNextStepStatus>;

/** The tracker's filters, as the server functions take them. `ownerId: "none"` means unassigned. */
export const ZNextStepFilter = z.object({
  assessmentId: ZId.optional(),
  pillar: z.enum(PILLARS, { error: "Choose one of the pillars." }).optional(),
  stage: z.enum(STAGES, { error: "Choose one of the stages." }).optional(),
  status: ZStatus.optional(),
  ownerId: ZId.optional(),
  overdue: z.boolean().optional(),
  /** Include finished (done, won't do) and automatically closed items. */
  closed: z.boolean().optional(),
});
export type TNextStepFilter = z.infer<typeof ZNextStepFilter>;

export const NEXT_STEPS_PAGE_SIZE = 50;

/** The export's layouts: the tracker's own columns, or those of Jira's or Azure Boards' CSV import. */
export const NEXT_STEP_EXPORT_FORMATS = ["csv", "jira", "azure-devops"] as const;
export type TNextStepExportFormat = (typeof NEXT_STEP_EXPORT_FORMATS)[number];
export const ZNextStepExportFormat = z.enum(NEXT_STEP_EXPORT_FORMATS, { error: "Choose csv, jira or azure-devops." }).default("csv");
const MAX_PAGE = 10_000;

/**
 * The tracker's URL (`/next-steps?owner=me&overdue=1&assessment=…&pillar=…&stage=…&status=…&closed=1&page=2&item=…`)
 * and the CSV export's query. Each parameter is read on its own: a bad one is dropped and
 * named in `invalid`, the others still apply, so a mistyped link never fails the page.
 */
export interface TNextStepQuery {
  assessmentId?: string;
  pillar?: TNextStepFilter["pillar"];
  stage?: TNextStepFilter["stage"];
  status?: NextStepStatus;
  /** A member's id, "me" or "none" (unassigned). */
  owner?: string;
  overdue: boolean;
  closed: boolean;
  page: number;
  item?: string;
  /** Names of the parameters that were refused. */
  invalid: string[];
}

const FLAG = z.enum(["1", "true"]);
/** Each parameter of the tracker's URL and the export's query, read one at a time by parseNextStepQuery. */
export const NEXT_STEP_QUERY_PARAMS = {
  assessment: ZId,
  pillar: z.enum(PILLARS),
  stage: z.enum(STAGES),
  status: ZStatus,
  owner: ZId,
  overdue: z.enum(["1", "true", "0", "false"]),
  closed: z.enum(["1", "true", "0", "false"]),
  page: z.coerce.number().int().min(1).max(MAX_PAGE),
  item: ZId,
} as const;

export function parseNextStepQuery(params: Record<string, string | string[] | undefined> | URLSearchParams): TNextStepQuery {
  const get = (name: string) => {
    const value = params instanceof URLSearchParams ? params.get(name) : params[name];
    return Array.isArray(value) ? value[0] : (value ?? undefined);
  };
  const invalid: string[] = [];
  const read = <K extends keyof typeof NEXT_STEP_QUERY_PARAMS>(name: K): z.infer<(typeof NEXT_STEP_QUERY_PARAMS)[K]> | undefined => {
    const raw = get(name);
    if (raw === undefined || raw === "") return undefined;
    const parsed = NEXT_STEP_QUERY_PARAMS[name].safeParse(raw);
    if (!parsed.success) invalid.push(name);
    return parsed.data as z.infer<(typeof NEXT_STEP_QUERY_PARAMS)[K]> | undefined;
  };
  const overdue = read("overdue");
  const closed = read("closed");
  return {
    assessmentId: read("assessment"),
    pillar: read("pillar"),
    stage: read("stage"),
    status: read("status"),
    owner: read("owner"),
    overdue: FLAG.safeParse(overdue).success,
    closed: FLAG.safeParse(closed).success,
    page: read("page") ?? 1,
    item: read("item"),
    invalid,
  };
}

/** The filter for the server: "me" becomes the acting user. A status filter shows closed items of that status. */
export function filterOfQuery(query: TNextStepQuery, userId: string): TNextStepFilter {
  return {
    assessmentId: query.assessmentId,
    pillar: query.pillar,
    stage: query.stage,
    status: query.status,
    ownerId: query.owner === "me" ? userId : query.owner,
    overdue: query.overdue || undefined,
    closed: query.closed || undefined,
  };
}

export const MAX_API_LIMIT = 200;

/**
 * `GET /api/v1/next-steps`: the tracker's filters, strict (a bad one is a 400, not ignored as on
 * the page), and a page of at most MAX_API_LIMIT items.
 */
export const ZNextStepApiQuery = z.object({
  assessment: ZId.optional().describe("An assessment's id."),
  pillar: z.enum(PILLARS, { error: "Choose one of the pillars." }).optional(),
  stage: z.enum(STAGES, { error: "Choose one of the stages." }).optional().describe("The stage the step moves to."),
  status: ZStatus.optional().describe("Only this status; a finished status includes finished items without `closed`."),
  owner: ZId.optional().describe('A member\'s user id, "me" or "none" (unassigned).'),
  overdue: z.enum(["true", "false"], { error: "Use true or false." }).optional().describe("Open items past their due date."),
  closed: z.enum(["true", "false"], { error: "Use true or false." }).optional().describe("Include done and won't-do items."),
  page: z.coerce.number({ error: "Use a page number from 1." }).int("Use a page number from 1.").min(1, "Use a page number from 1.").max(MAX_PAGE, "That page is too far.").default(1),
  limit: z.coerce
    .number({ error: `Use a limit from 1 to ${MAX_API_LIMIT}.` })
    .int(`Use a limit from 1 to ${MAX_API_LIMIT}.`)
    .min(1, `Use a limit from 1 to ${MAX_API_LIMIT}.`)
    .max(MAX_API_LIMIT, `Use a limit from 1 to ${MAX_API_LIMIT}.`)
    .default(NEXT_STEPS_PAGE_SIZE),
});
export type TNextStepApiQuery = z.infer<typeof ZNextStepApiQuery>;

/** The API's query as the server's filter, as the page's: "me" is the caller. */
export function filterOfApiQuery(query: TNextStepApiQuery, userId: string): TNextStepFilter {
  return {
    assessmentId: query.assessment,
    pillar: query.pillar,
    stage: query.stage,
    status: query.status,
    ownerId: query.owner === "me" ? userId : query.owner,
    overdue: query.overdue === "true" || undefined,
    closed: query.closed === "true" || undefined,
  };
}

export const ZUpdateNextStepAction = z.object({ id: ZId, changes: ZUpdateNextStep });
export const ZNextStepRef = z.object({ id: ZId });

/** The tracker's URL for a query: what the page, its filters and other pages' links use. */
export function nextStepsHref(query: Partial<Omit<TNextStepQuery, "invalid">>): string {
  const params = new URLSearchParams();
  const set = (name: string, value: string | undefined | false) => value && params.set(name, value);
  set("assessment", query.assessmentId);
  set("pillar", query.pillar);
  set("stage", query.stage);
  set("status", query.status);
  set("owner", query.owner);
  set("overdue", query.overdue && "1");
  set("closed", query.closed && "1");
  set("page", query.page && query.page > 1 ? String(query.page) : undefined);
  set("item", query.item);
  const search = params.toString();
  return search ? `/next-steps?${search}` : "/next-steps";
}
