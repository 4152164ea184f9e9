-- AlterTable
ALTER TABLE "answers" ADD COLUMN     "naApprovedAt" TIMESTAMP(3),
ADD COLUMN     "naApprovedById" TEXT,
ADD COLUMN     "naRejectedAt" TIMESTAMP(3),
ADD COLUMN     "naRejectedById" TEXT,
ADD COLUMN     "naRejectionNote" TEXT,
ADD COLUMN     "naReviewDate" DATE;

-- AlterTable
ALTER TABLE "organizations" ADD COLUMN     "coverageThresholdPercent" INTEGER NOT NULL DEFAULT 80,
ADD COLUMN     "defaultTargetStage" TEXT NOT NULL DEFAULT 'advanced',
ADD COLUMN     "naRequiresApproval" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "naThresholdPercent" INTEGER NOT NULL DEFAULT 25;

-- AlterTable
ALTER TABLE "snapshots" ADD COLUMN     "scoringVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "targets" JSONB;

-- AddForeignKey
ALTER TABLE "answers" ADD CONSTRAINT "answers_naApprovedById_fkey" FOREIGN KEY ("naApprovedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answers" ADD CONSTRAINT "answers_naRejectedById_fkey" FOREIGN KEY ("naRejectedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A snapshot stays a record of what was true when it was taken. Its answers never change; its
-- scores change only when someone re-scores it with newer scoring rules (a higher
-- "scoringVersion"), which the audit trail records with the result it replaced.
CREATE OR REPLACE FUNCTION snapshots_immutable() RETURNS trigger AS $$
BEGIN
  IF NEW."takenById" IS NULL
     AND ROW(NEW.id, NEW."assessmentId", NEW.label, NEW."takenAt", NEW."frameworkVersion", NEW.answers, NEW.scores, NEW."scoringVersion", NEW.targets)
         IS NOT DISTINCT FROM ROW(OLD.id, OLD."assessmentId", OLD.label, OLD."takenAt", OLD."frameworkVersion", OLD.answers, OLD.scores, OLD."scoringVersion", OLD.targets) THEN
    RETURN NEW;
  END IF;
  IF NEW."scoringVersion" > OLD."scoringVersion"
     AND ROW(NEW.id, NEW."assessmentId", NEW.label, NEW."takenAt", NEW."takenById", NEW."frameworkVersion", NEW.answers)
         IS NOT DISTINCT FROM ROW(OLD.id, OLD."assessmentId", OLD.label, OLD."takenAt", OLD."takenById", OLD."frameworkVersion", OLD.answers) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'snapshots are immutable: % is not allowed', TG_OP;
END;
$$ LANGUAGE plpgsql;
