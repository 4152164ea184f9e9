-- AlterTable
ALTER TABLE "sign_in_throttles" ADD COLUMN     "lastFailureAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "two_factors" ADD COLUMN     "lastTotpStep" INTEGER;

-- CreateIndex
CREATE INDEX "sign_in_throttles_windowStart_idx" ON "sign_in_throttles"("windowStart");

-- Trusted devices are switched off: end every one already handed out.
DELETE FROM "verifications" WHERE "identifier" LIKE 'trust-device-%';

-- Throttle rows are now keyed per account+source, account and source; old keys only locked whole accounts.
DELETE FROM "sign_in_throttles";
