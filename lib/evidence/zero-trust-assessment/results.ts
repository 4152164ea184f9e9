import { z } from "zod";
import { ZTA_RISKS, ZTA_STATUSES, type ZtaStatus, type ZtaTest } from "./report";

/**
 * What an import keeps of each test for reconciliation and comparison: everything but the
 * Markdown, which is stored apart and read only when one test is opened.
 */
export const ZZtaTestResult = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(ZTA_STATUSES),
  pillars: z.array(z.string()),
  category: z.string().nullable(),
  risk: z.enum(ZTA_RISKS),
  impact: z.string().nullable(),
  implementationCost: z.string().nullable(),
  sfiPillar: z.string().nullable(),
  skipped: z.string().nullable(),
  skippedReason: z.string().nullable(),
});
export type ZtaTestResult = z.infer<typeof ZZtaTestResult>;
export const ZZtaTestResults = z.array(ZZtaTestResult);

/** The Markdown of each test, by id. */
export const ZZtaTestDetails = z.record(z.string(), z.object({ description: z.string().nullable(), result: z.string().nullable() }));
export type ZtaTestDetails = z.infer<typeof ZZtaTestDetails>;

export type StatusCounts = Record<ZtaStatus, number>;
/** Counts per tool pillar and status; a test the tool gives no pillar counts under "None". */
export const ZZtaCounts = z.object({
  total: z.number(),
  byStatus: z.record(z.enum(ZTA_STATUSES), z.number()),
  byPillar: z.record(z.string(), z.record(z.enum(ZTA_STATUSES), z.number())),
});
export type ZtaCounts = z.infer<typeof ZZtaCounts>;

export const NO_PILLAR = "None";

/** Records keyed by values from the file ("__proto__" is a valid pillar or test id there) have no prototype. */
const record = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

export function splitTests(tests: readonly ZtaTest[]): { results: ZtaTestResult[]; details: ZtaTestDetails } {
  const details = record<ZtaTestDetails[string]>();
  const results = tests.map(({ description, result, ...rest }) => {
    details[rest.id] = { description, result };
    return rest;
  });
  return { results, details };
}

const noStatuses = (): StatusCounts => ({ Passed: 0, Failed: 0, Skipped: 0, Planned: 0, Investigate: 0, Error: 0 });

/** Always from the tests themselves, never from the file's summary block. */
export function countTests(tests: readonly ZtaTestResult[]): ZtaCounts {
  const byStatus = noStatuses();
  const byPillar = record<StatusCounts>();
  for (const test of tests) {
    byStatus[test.status]++;
    for (const pillar of test.pillars.length > 0 ? test.pillars : [NO_PILLAR]) (byPillar[pillar] ??= noStatuses())[test.status]++;
  }
  return { total: tests.length, byStatus, byPillar };
}

export interface ZtaChanges {
  /** In both runs, failed now and not before. */
  newlyFailing: ZtaTestResult[];
  /** In both runs, passed now and failed before. */
  newlyPassing: ZtaTestResult[];
  added: ZtaTestResult[];
  removed: ZtaTestResult[];
}

/** What changed from one run of a tenant to the next. */
export function changesSince(previous: readonly ZtaTestResult[], current: readonly ZtaTestResult[]): ZtaChanges {
  const before = new Map(previous.map((test) => [test.id, test]));
  const now = new Set(current.map((test) => test.id));
  const changes: ZtaChanges = { newlyFailing: [], newlyPassing: [], added: [], removed: previous.filter((test) => !now.has(test.id)) };
  for (const test of current) {
    const earlier = before.get(test.id);
    if (!earlier) changes.added.push(test);
    else if (test.status === "Failed" && earlier.status !== "Failed") changes.newlyFailing.push(test);
    else if (test.status === "Passed" && earlier.status === "Failed") changes.newlyPassing.push(test);
  }
  return changes;
}

/** One import as the evidence page, the API and the report show it. */
export interface EvidenceImportSummary {
  id: string;
  tenantId: string;
  tenantName: string | null;
  domain: string | null;
  executedAt: Date;
  toolVersion: string;
  fileName: string;
  fileSize: number;
  sha256: string;
  importedAt: Date;
  importedBy: string | null;
  counts: ZtaCounts;
  /** Against the tenant's run before this one; none for a tenant's first. */
  changes: ZtaChanges | null;
  /** Whether this is the tenant's latest run, the one reconciliation reads. */
  latest: boolean;
}
