import { NEXT_STEP_STATUS_LABELS, STATUS_LABELS } from "@/lib/assessment/labels";
import { STAGE_LABELS } from "@/lib/framework/types";
import { auditFieldLabel } from "./labels";

/** One recorded field of an audit event: "Level: Initial → Advanced". Null means the side has no value. */
export interface AuditChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
  /** A value was cut to the page's limit; the CSV export holds it whole. */
  truncated: boolean;
}

/** Codes that mean the same thing wherever they appear in a recorded value. */
const CODE_LABELS: Record<string, string> = {
  ...STAGE_LABELS,
  ...STATUS_LABELS,
  ...NEXT_STEP_STATUS_LABELS,
  not_applicable: "Not applicable",
  unknown: "Unknown",
  owner: "Owner",
  admin: "Admin",
  assessor: "Assessor",
  tracker: "Tracker",
  viewer: "Viewer",
};
/** Fields whose values are such codes. */
const CODED = new Set(["level", "status", "role", "stage", "value"]);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A recorded value as one line of text; `names` turns ids (people) into names. Nested objects
 * read "identity: Advanced, devices: Initial".
 */
function formatValue(field: string, value: unknown, names: ReadonlyMap<string, string>): string {
  if (value === null || value === undefined || value === "") return "(none)";
  if (typeof value === "string") {
    if (CODED.has(field)) return CODE_LABELS[value] ?? value;
    return names.get(value) ?? value;
  }
  if (Array.isArray(value)) return value.length ? value.map((item) => formatValue(field, item, names)).join(", ") : "(none)";
  if (isRecord(value)) {
    return Object.entries(value)
      .map(([key, inner]) => `${key}: ${typeof inner === "string" ? (CODE_LABELS[inner] ?? inner) : formatValue(key, inner, names)}`)
      .join(", ");
  }
  return String(value);
}

/** Cut to `limit` characters (never inside a surrogate pair) with an ellipsis. */
function cap(text: string, limit: number): { text: string; cut: boolean } {
  if (text.length <= limit) return { text, cut: false };
  let end = limit;
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
  return { text: `${text.slice(0, end)}…`, cut: true };
}

/**
 * The fields of an event's `before` and `after` copies, side by side: each value at most `limit`
 * characters, all values together at most `budget`, at most `maxFields` fields (the count of the
 * rest is returned). Fields whose value did not change are left out when both sides exist, but
 * for the question they are about; a lone side (created, deleted) shows every field.
 */
export function auditChanges(
  before: unknown,
  after: unknown,
  { limit, budget = Infinity, maxFields, names = new Map() }: { limit: number; budget?: number; maxFields: number; names?: ReadonlyMap<string, string> },
): { changes: AuditChange[]; more: number } {
  const left = isRecord(before) ? before : before === undefined || before === null ? {} : { value: before };
  const right = isRecord(after) ? after : after === undefined || after === null ? {} : { value: after };
  const both = Object.keys(left).length > 0 && Object.keys(right).length > 0;
  const fields = [...new Set([...Object.keys(left), ...Object.keys(right)])].filter(
    (field) => !both || !(field in left) || !(field in right) || JSON.stringify(left[field]) !== JSON.stringify(right[field]) || field === "questionId",
  );
  let remaining = budget;
  const side = (field: string, record: Record<string, unknown>) => {
    if (!(field in record)) return null;
    const value = cap(formatValue(field, record[field], names), Math.max(0, Math.min(limit, remaining)));
    remaining -= value.text.length;
    return value;
  };
  const changes = fields.slice(0, maxFields).map((field): AuditChange => {
    const was = side(field, left);
    const now = side(field, right);
    return { field, label: auditFieldLabel(field), before: was?.text ?? null, after: now?.text ?? null, truncated: Boolean(was?.cut || now?.cut) };
  });
  return { changes, more: Math.max(0, fields.length - maxFields) };
}
