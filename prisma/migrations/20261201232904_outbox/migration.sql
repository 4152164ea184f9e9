-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('held', 'failed');

-- CreateTable
CREATE TABLE "outbox_messages" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "toEmail" TEXT NOT NULL,
    "recipientUserId" TEXT,
    "organizationId" TEXT,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbox_messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "outbox_messages_recipientUserId_createdAt_idx" ON "outbox_messages"("recipientUserId", "createdAt");

-- CreateIndex
CREATE INDEX "outbox_messages_organizationId_createdAt_idx" ON "outbox_messages"("organizationId", "createdAt");
