-- AlterTable
ALTER TABLE "sessions" ADD COLUMN     "activeOrganizationId" TEXT;
