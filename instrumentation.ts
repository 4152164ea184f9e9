/**
 * Next.js calls register() once when a server process starts: the webhook sender runs in every
 * app server, which is safe because deliveries are claimed with SKIP LOCKED (lib/server/webhooks.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startWebhookSender } = await import("@/lib/server/webhooks");
  startWebhookSender();
}
