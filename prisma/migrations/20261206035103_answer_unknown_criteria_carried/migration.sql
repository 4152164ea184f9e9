-- AlterEnum
ALTER TYPE "AnswerLevel" ADD VALUE 'unknown';

-- AlterTable
ALTER TABLE "answers" ADD COLUMN     "carriedFrom" TEXT,
ADD COLUMN     "criteriaMet" TEXT[] DEFAULT ARRAY[]::TEXT[];
