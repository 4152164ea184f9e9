-- AlterTable
ALTER TABLE "assessments" ADD COLUMN     "roadmapAccepted" JSONB,
ADD COLUMN     "roadmapCapacity" INTEGER NOT NULL DEFAULT 10,
ADD COLUMN     "roadmapPins" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "roadmapStart" DATE;
