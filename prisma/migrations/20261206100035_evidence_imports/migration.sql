-- CreateTable
CREATE TABLE "evidence_imports" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "tenantName" TEXT,
    "domain" TEXT,
    "executedAt" TIMESTAMP(3) NOT NULL,
    "toolVersion" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileSize" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "importedById" TEXT,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "counts" JSONB NOT NULL,
    "tests" JSONB NOT NULL,
    "details" JSONB NOT NULL,

    CONSTRAINT "evidence_imports_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "evidence_imports_assessmentId_tenantId_executedAt_idx" ON "evidence_imports"("assessmentId", "tenantId", "executedAt");

-- AddForeignKey
ALTER TABLE "evidence_imports" ADD CONSTRAINT "evidence_imports_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "assessments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_imports" ADD CONSTRAINT "evidence_imports_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- An import is a record of what the tool saw: the database refuses to change one, except to
-- forget who imported it when that user is deleted (the foreign key's SET NULL).
CREATE FUNCTION evidence_imports_immutable() RETURNS trigger AS $$
BEGIN
  IF NEW."importedById" IS NULL
     AND ROW(NEW.id, NEW."assessmentId", NEW.source, NEW."tenantId", NEW."tenantName", NEW.domain, NEW."executedAt", NEW."toolVersion",
             NEW."fileName", NEW."fileSize", NEW.sha256, NEW."importedAt", NEW.counts, NEW.tests, NEW.details)
         IS NOT DISTINCT FROM ROW(OLD.id, OLD."assessmentId", OLD.source, OLD."tenantId", OLD."tenantName", OLD.domain, OLD."executedAt", OLD."toolVersion",
             OLD."fileName", OLD."fileSize", OLD.sha256, OLD."importedAt", OLD.counts, OLD.tests, OLD.details) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'evidence imports are immutable: % is not allowed', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER evidence_imports_no_update
  BEFORE UPDATE ON "evidence_imports"
  FOR EACH ROW EXECUTE FUNCTION evidence_imports_immutable();
