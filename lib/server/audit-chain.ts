import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "./db";

export type ChainProblem = "missing" | "unlinked" | "altered";

export interface AuditChainStatus {
  /** Events in the chain. */
  events: number;
  /** The newest event's position and hash: note them elsewhere to detect a rewritten tail later. */
  head: { seq: number; hash: string } | null;
  /**
   * Whether the role this connection uses is barred from disabling the append-only triggers
   * (neither superuser nor owner of audit_events): false on the embedded database, and on a
   * server where the app was not given its own role.
   */
  triggersProtected: boolean;
  /** The first event that does not verify, or null when the chain is intact. */
  broken: { seq: number; eventId: string | null; organizationId: string | null; at: string; problem: ChainProblem } | null;
}

export const CHAIN_PROBLEMS: Record<ChainProblem, string> = {
  missing: "events before it are missing",
  unlinked: "it does not name the hash of the event before it",
  altered: "its content was changed after it was recorded",
};

/**
 * Recomputes the whole chain in the database (audit_chain_first_break, migration
 * 20261201233046): the same SQL function hashes events on insert and here.
 */
export async function readAuditChainStatus(db: Pick<PrismaClient, "$queryRaw"> = prisma): Promise<AuditChainStatus> {
  const [[summary], [broken]] = await Promise.all([
    db.$queryRaw<{ events: bigint; seq: bigint | null; hash: string | null; owner: boolean }[]>`
      SELECT (SELECT count(*) FROM "audit_events") AS events, head.seq, head.hash,
        (SELECT r.rolsuper OR pg_has_role(current_user, c.relowner, 'MEMBER')
           FROM pg_roles r, pg_class c WHERE r.rolname = current_user AND c.oid = '"audit_events"'::regclass) AS owner
      FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT seq, hash FROM "audit_events" ORDER BY seq DESC LIMIT 1) head ON true`,
    db.$queryRaw<{ seq: bigint; id: string; problem: ChainProblem; organizationId: string | null; at: Date }[]>`
      SELECT b.seq, b.id, b.problem, e."organizationId", e.at
      FROM audit_chain_first_break() b JOIN "audit_events" e ON e.id = b.id`,
  ]);
  return {
    events: Number(summary!.events),
    head: summary!.seq === null ? null : { seq: Number(summary!.seq), hash: summary!.hash! },
    triggersProtected: !summary!.owner,
    broken: broken
      ? { seq: Number(broken.seq), eventId: broken.id, organizationId: broken.organizationId, at: broken.at.toISOString(), problem: broken.problem }
      : null,
  };
}
