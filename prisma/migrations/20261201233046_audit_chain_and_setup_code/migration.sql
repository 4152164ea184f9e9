-- AlterTable
ALTER TABLE "audit_events" ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prevHash" TEXT,
ADD COLUMN     "seq" BIGINT;

-- CreateTable
CREATE TABLE "setup_codes" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "codeHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "failedAttempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "setup_codes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "audit_events_seq_key" ON "audit_events"("seq");

-- CreateIndex
CREATE INDEX "audit_events_organizationId_seq_idx" ON "audit_events"("organizationId", "seq");

-- At most one setup code at a time.
ALTER TABLE "setup_codes" ADD CONSTRAINT "setup_codes_single_row" CHECK ("id" = 1);

-- ─── The audit trail as a hash chain ─────────────────────────────────────────
-- Every event stores the previous event's hash and sha256(previous hash || its own content),
-- computed here in the database, so the app cannot skip or forge it, and a changed, removed
-- or inserted row breaks the chain at that event (docs/decisions/0008-audit-hash-chain.md).

-- The canonical content: every column but the hash itself, as a JSON array (jsonb prints
-- keys and numbers one way only). Events are passed whole, so both the insert trigger and
-- the verification read the same definition. Built-ins are schema-qualified instead of a
-- SET search_path, which would stop PostgreSQL from inlining this into the verification.
CREATE FUNCTION audit_event_hash(previous text, e "audit_events") RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(previous OPERATOR(pg_catalog.||) pg_catalog.jsonb_build_array(
    e.seq, e.id, e.at, e."actorId", e."actorEmail", e."organizationId", e.action, e."targetType",
    e."targetId", e.outcome, e.ip, e."userAgent", e."requestId", e.before, e.after
  )::text, 'UTF8')), 'hex')
$$;

-- One chain for all events: a transaction-level advisory lock serialises inserts until
-- commit, so each insert reads the committed last event. The unique index on seq turns a
-- fork (possible only under REPEATABLE READ snapshots) into an error, never a silent branch.
CREATE FUNCTION audit_events_chain() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
DECLARE
  last_seq bigint;
  last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(7203610091);
  SELECT seq, hash INTO last_seq, last_hash FROM "audit_events" WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1;
  NEW.seq := coalesce(last_seq, 0) + 1;
  NEW."prevHash" := coalesce(last_hash, repeat('0', 64));
  NEW.hash := public.audit_event_hash(NEW."prevHash", NEW);
  RETURN NEW;
END;
$$;

-- Events recorded before the chain existed join it in the order they happened.
ALTER TABLE "audit_events" DISABLE TRIGGER "audit_events_no_update_or_delete";
DO $$
DECLARE
  r record;
  previous text := repeat('0', 64);
  n bigint := 0;
BEGIN
  FOR r IN SELECT id FROM "audit_events" ORDER BY at, id LOOP
    n := n + 1;
    UPDATE "audit_events" SET seq = n, "prevHash" = previous WHERE id = r.id;
    UPDATE "audit_events" e SET hash = public.audit_event_hash(previous, e) WHERE id = r.id RETURNING hash INTO previous;
  END LOOP;
END;
$$;
ALTER TABLE "audit_events" ENABLE TRIGGER "audit_events_no_update_or_delete";

ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_chained"
  CHECK (seq IS NOT NULL AND "prevHash" IS NOT NULL AND hash IS NOT NULL);

CREATE TRIGGER audit_events_chain
  BEFORE INSERT ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION audit_events_chain();

-- The first event, in chain order, that does not verify, and why; no row when the whole
-- chain is intact. Checks each event's own hash, that it names its predecessor's hash, and
-- that no position is missing.
CREATE FUNCTION audit_chain_first_break()
RETURNS TABLE (seq bigint, id text, problem text)
LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
  SELECT c.seq, c.id, c.problem FROM (
    SELECT e.seq, e.id,
      CASE
        WHEN e.seq <> coalesce(lag(e.seq) OVER w, 0) + 1 THEN 'missing'
        WHEN e."prevHash" <> coalesce(lag(e.hash) OVER w, repeat('0', 64)) THEN 'unlinked'
        WHEN e.hash <> public.audit_event_hash(e."prevHash", e) THEN 'altered'
      END AS problem
    FROM "audit_events" e
    WINDOW w AS (ORDER BY e.seq)
  ) c
  WHERE c.problem IS NOT NULL
  ORDER BY c.seq
  LIMIT 1
$$;
