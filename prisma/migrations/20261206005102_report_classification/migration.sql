-- AlterTable
ALTER TABLE "organizations" ADD COLUMN     "reportClassification" TEXT NOT NULL DEFAULT 'Confidential';
