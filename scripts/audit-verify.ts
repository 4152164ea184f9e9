/**
 * `npm run audit:verify`: recomputes the audit trail's hash chain on DATABASE_URL (or the
 * embedded database) and says whether it is intact, or at which event it breaks. Exits 1
 * when it is broken. Note the head it prints somewhere else: a later run whose chain no
 * longer passes through that seq and hash shows that the trail was rewritten from there on.
 */
import { openCommandDatabase } from "./db/database-url";
import { EMBEDDED_POOL_SIZE } from "./db/embedded-postgres";

const database = await openCommandDatabase();
let status = 0;
try {
  process.env.DATABASE_URL = database.url;
  if (database.embedded) process.env.DATABASE_POOL_SIZE = EMBEDDED_POOL_SIZE;
  const { readAuditChainStatus, CHAIN_PROBLEMS } = await import("../lib/server/audit-chain");
  const { prisma } = await import("../lib/server/db");
  try {
    const started = performance.now();
    const chain = await readAuditChainStatus();
    const took = `${Math.round(performance.now() - started)} ms`;
    if (chain.broken) {
      const { seq, eventId, at, organizationId, problem } = chain.broken;
      console.error(`Audit chain BROKEN at event #${seq} (id ${eventId}, recorded ${at}, organisation ${organizationId ?? "none"}): ${CHAIN_PROBLEMS[problem]}.`);
      status = 1;
    } else {
      console.log(`Audit chain intact: ${chain.events} event(s) verified in ${took}.`);
    }
    if (chain.head) console.log(`Head: #${chain.head.seq} ${chain.head.hash}`);
    if (!chain.triggersProtected) {
      console.log("Note: this connection's role owns audit_events (or is a superuser), so it could disable the append-only triggers. Give the app its own role: README, \"Deploying on a PostgreSQL server\".");
    }
  } finally {
    await prisma.$disconnect();
  }
} finally {
  await database.close();
}
process.exit(status);
