-- AlterTable
ALTER TABLE "next_steps" ADD COLUMN     "closedAt" TIMESTAMP(3);
