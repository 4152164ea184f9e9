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
