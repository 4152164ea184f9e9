import "server-only";
import { randomBytes } from "node:crypto";
import { lookup, type LookupAddress, type LookupAllOptions } from "node:dns";
import http from "node:http";
import https from "node:https";
import { NEXT_STEP_STATUS_LABELS } from "@/lib/assessment/labels";
import { truncate } from "@/lib/truncate";
import type { NextStepStatus } from "@/lib/validation/next-step";
import type { TWebhookSettings } from "@/lib/validation/webhook";
import { isPrivateAddress, literalAddress, nextAttemptAfter, signWebhook, WEBHOOK_EVENT_STATUS_CHANGED, webhookUrlProblem } from "@/lib/webhooks";
import type { Prisma } from "@/generated/prisma/client";
import { audited, auditActor } from "./audit";
import { authorize } from "./authorize";
import { prisma } from "./db";
import { AppError } from "./errors";
import { appLink } from "./mail";
import type { Actor } from "@/lib/actor";

/** Plain HTTP to loopback and private targets: in development and tests, or where the administrator allows it. */
const allowLocal = () => process.env.NODE_ENV !== "production" || process.env.WEBHOOK_ALLOW_LOCAL === "true";

const TIMEOUT_MS = 5_000;
/** A claimed delivery is not due again for this long, so no other sender takes it while it is sent. */
const LEASE_MS = 60_000;
const SWEEP_INTERVAL_MS = 15_000;
const RECENT = 20;

/** The URL as the audit trail keeps it: a query or fragment may carry a receiver's own token. */
const auditedUrl = (url: string | null) => (url ? `${new URL(url).origin}${new URL(url).pathname}` : null);

const newSecret = () => `whsec_${randomBytes(32).toString("base64url")}`;

export interface WebhookDeliveryView {
  id: string;
  event: string;
  summary: string;
  createdAt: Date;
  attempts: number;
  state: "delivered" | "pending" | "failed";
  at: Date | null;
  lastError: string | null;
}

export interface WebhookSettingsView {
  url: string | null;
  deliveries: WebhookDeliveryView[];
}

function summaryOf(payload: unknown): string {
  const step = (payload as { nextStep?: { title?: unknown; status?: unknown } } | null)?.nextStep;
  const status = NEXT_STEP_STATUS_LABELS[step?.status as NextStepStatus];
  return typeof step?.title === "string" ? `${step.title}${status ? ` → ${status}` : ""}` : "";
}

/** The organisation's webhook URL (never its secret) and its recent deliveries. */
export async function getWebhookSettings(actor: Actor): Promise<WebhookSettingsView> {
  const { organizationId } = await authorize(actor, "organization.manage");
  const [organization, rows] = await Promise.all([
    prisma.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { webhookUrl: true } }),
    prisma.webhookDelivery.findMany({ where: { organizationId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: RECENT }),
  ]);
  return {
    url: organization.webhookUrl,
    deliveries: rows.map((row) => ({
      id: row.id,
      event: row.event,
      summary: summaryOf(row.payload),
      createdAt: row.createdAt,
      attempts: row.attempts,
      state: row.deliveredAt ? "delivered" : row.gaveUpAt ? "failed" : "pending",
      at: row.deliveredAt ?? row.gaveUpAt ?? row.nextAttemptAt,
      lastError: row.lastError,
    })),
  };
}

/**
 * Sets the URL; the first time, makes the secret and returns it: the only time anyone sees it.
 * Two admins setting it at once: the secret is stored only where none is yet, so exactly one of
 * them is told a secret, the one kept; the other gets null, as for any later change of the URL.
 */
export async function setWebhook(actor: Actor, input: TWebhookSettings): Promise<{ secret: string | null }> {
  const { organizationId } = await authorize(actor, "organization.manage");
  const problem = webhookUrlProblem(input.url, allowLocal());
  if (problem) throw new AppError("invalid_input", problem, { url: problem });
  return audited(async (tx, record) => {
    // Locked, so the audit's "before" is the URL this change replaces.
    const [current] = await tx.$queryRaw<{ webhookUrl: string | null }[]>`SELECT "webhookUrl" FROM organizations WHERE id = ${organizationId} FOR UPDATE`;
    if (!current) throw new AppError("not_found", "That organisation was not found.");
    const candidate = newSecret();
    const { count } = await tx.organization.updateMany({ where: { id: organizationId, webhookSecret: null }, data: { webhookSecret: candidate } });
    const secret = count === 1 ? candidate : null;
    await tx.organization.update({ where: { id: organizationId }, data: { webhookUrl: input.url } });
    record({ actor: auditActor(actor), organizationId, action: "organization.webhook_set", before: { url: auditedUrl(current.webhookUrl) }, after: { url: auditedUrl(input.url), created: secret !== null } });
    return { secret };
  });
}

/** A new secret, shown once; the old one stops signing at once. */
export async function rotateWebhookSecret(actor: Actor): Promise<{ secret: string }> {
  const { organizationId } = await authorize(actor, "organization.manage");
  const secret = newSecret();
  await audited(async (tx, record) => {
    const { count } = await tx.organization.updateMany({ where: { id: organizationId, webhookUrl: { not: null } }, data: { webhookSecret: secret } });
    if (count === 0) throw new AppError("conflict", "Set a webhook URL first.");
    record({ actor: auditActor(actor), organizationId, action: "organization.webhook_secret_rotated" });
  });
  return { secret };
}

/** Stops sending: the URL and secret go; deliveries not yet sent are given up. */
export async function removeWebhook(actor: Actor): Promise<void> {
  const { organizationId } = await authorize(actor, "organization.manage");
  await audited(async (tx, record) => {
    const before = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { webhookUrl: true } });
    await tx.organization.update({ where: { id: organizationId }, data: { webhookUrl: null, webhookSecret: null } });
    await tx.webhookDelivery.updateMany({ where: { organizationId, deliveredAt: null, gaveUpAt: null }, data: { gaveUpAt: new Date(), lastError: "The webhook was removed." } });
    record({ actor: auditActor(actor), organizationId, action: "organization.webhook_removed", before: { url: auditedUrl(before.webhookUrl) } });
  });
}

/** A tracked item's page in the app, closed ones included: the link webhooks and ticket exports carry. */
export const nextStepLink = (id: string) => appLink(`/next-steps?closed=1&item=${encodeURIComponent(id)}`);

export interface StatusChange {
  id: string;
  title: string;
  questionId: string;
  assessment: { id: string; name: string };
  from: NextStepStatus;
  to: NextStepStatus;
}

/**
 * Queues one `next_step.status_changed` delivery per change, in the transaction `tx` of the
 * change itself: a change that rolls back sends nothing, one that commits is never lost.
 * Nothing is queued while the organisation has no webhook.
 */
export async function enqueueStatusChanges(tx: Prisma.TransactionClient, organizationId: string, changes: readonly StatusChange[], by: { id: string; name: string } | null): Promise<number> {
  const real = changes.filter((change) => change.from !== change.to);
  if (real.length === 0) return 0;
  const organization = await tx.organization.findUnique({ where: { id: organizationId }, select: { webhookUrl: true } });
  if (!organization?.webhookUrl) return 0;
  const { count } = await tx.webhookDelivery.createMany({
    data: real.map((change) => ({
      organizationId,
      event: WEBHOOK_EVENT_STATUS_CHANGED,
      payload: {
        nextStep: {
          id: change.id,
          title: change.title,
          questionId: change.questionId,
          assessment: change.assessment,
          previousStatus: change.from,
          status: change.to,
          url: nextStepLink(change.id),
        },
        changedBy: by,
      },
    })),
  });
  return count;
}

type DnsCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** Resolves as the connection does, refusing private addresses there: a name cannot pass when saved and point inside when used. */
function guardedLookup(hostname: string, options: LookupAllOptions & { all?: boolean }, callback: DnsCallback): void {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = addresses.find((entry) => isPrivateAddress(entry.address));
    if (refused) return callback(Object.assign(new Error(`${hostname} resolves to a private address (${refused.address}); refused.`), { code: "EPRIVATE" }), []);
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}

/** One POST, no redirects followed, TIMEOUT_MS for the whole exchange; the status code. */
function post(target: string, body: string, headers: Record<string, string>): Promise<number> {
  const url = new URL(target);
  const local = allowLocal();
  // An IP literal is never resolved, so the lookup hook below does not see it.
  const literal = literalAddress(url);
  if (!local && literal !== null && isPrivateAddress(literal)) return Promise.reject(new Error(`${literal} is a private address; refused.`));
  return new Promise((resolve, reject) => {
    const request = (url.protocol === "https:" ? https : http).request(
      url,
      {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)), "user-agent": "ZeroTrustReadiness-Webhook/1", ...headers },
        signal: AbortSignal.timeout(TIMEOUT_MS),
        ...(local ? {} : { lookup: guardedLookup as unknown as typeof lookup }),
      },
      (response) => {
        response.on("error", reject);
        response.on("end", () => resolve(response.statusCode ?? 0));
        // The answer's body is not read: only the status counts.
        response.resume();
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

interface Claimed {
  id: string;
  organizationId: string;
  event: string;
  payload: unknown;
  attempts: number;
  createdAt: Date;
}

/**
 * Takes the next due delivery, of an organisation not in `skip`, and leases it: the row lock
 * (SKIP LOCKED) keeps two senders off the same row while claiming, the lease while sending.
 * `attempts` counts this attempt.
 */
async function claimNext(now: Date, skip: readonly string[]): Promise<Claimed | null> {
  const rows = await prisma.$queryRaw<Claimed[]>`
    UPDATE webhook_deliveries SET attempts = attempts + 1, "nextAttemptAt" = ${new Date(now.getTime() + LEASE_MS)}
    WHERE id = (
      SELECT id FROM webhook_deliveries
      WHERE "deliveredAt" IS NULL AND "gaveUpAt" IS NULL AND "nextAttemptAt" <= ${now}
        AND "organizationId" <> ALL(${skip}::text[])
      ORDER BY "nextAttemptAt", id
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, "organizationId", event, payload, attempts, "createdAt"`;
  return rows[0] ?? null;
}

async function attempt(delivery: Claimed, clock: () => Date): Promise<string | null> {
  const organization = await prisma.organization.findUnique({ where: { id: delivery.organizationId }, select: { webhookUrl: true, webhookSecret: true } });
  if (!organization?.webhookUrl || !organization.webhookSecret) return "The webhook was removed.";
  const body = JSON.stringify({ id: delivery.id, event: delivery.event, createdAt: delivery.createdAt.toISOString(), data: delivery.payload });
  const timestamp = String(Math.floor(clock().getTime() / 1000));
  try {
    const status = await post(organization.webhookUrl, body, {
      "x-ztr-delivery": delivery.id,
      "x-ztr-event": delivery.event,
      "x-ztr-timestamp": timestamp,
      "x-ztr-signature": signWebhook(organization.webhookSecret, timestamp, body),
    });
    if (status >= 200 && status < 300) return null;
    return status >= 300 && status < 400 ? `The receiver answered ${status}; redirects are not followed.` : `The receiver answered ${status}.`;
  } catch (error) {
    const reason = error instanceof Error ? (error.name === "TimeoutError" || error.name === "AbortError" ? `No answer within ${TIMEOUT_MS / 1000} s.` : error.message) : String(error);
    return reason || "The request failed.";
  }
}

export interface SweepOptions {
  /** The current time, asked afresh for each claim, signature and outcome (tests pass their own). */
  clock?: () => Date;
  /** Attempts in this sweep, at most. */
  max?: number;
  /** Attempts per organisation in this sweep, at most: a slow receiver cannot hold up the others. */
  perOrganization?: number;
}

/**
 * Sends the deliveries that are due, each once, recording the outcome: delivered, due again
 * after the back-off, or given up after the last attempt. A sweep can last minutes (each
 * attempt may take the whole timeout), so the time is read again at every step: a lease, a
 * signature's timestamp and a back-off always start from the moment they are made. Safe to run
 * in several processes at once. Returns the number of attempts made.
 */
export async function sendDueWebhooks({ clock = () => new Date(), max = 50, perOrganization = 10 }: SweepOptions = {}): Promise<number> {
  let made = 0;
  const perOrganizationMade = new Map<string, number>();
  const full: string[] = [];
  while (made < max) {
    const delivery = await claimNext(clock(), full);
    if (!delivery) break;
    made += 1;
    const count = (perOrganizationMade.get(delivery.organizationId) ?? 0) + 1;
    perOrganizationMade.set(delivery.organizationId, count);
    if (count >= perOrganization) full.push(delivery.organizationId);
    const error = await attempt(delivery, clock);
    const at = clock();
    if (error === null) {
      await prisma.webhookDelivery.update({ where: { id: delivery.id }, data: { deliveredAt: at, lastError: null } });
      continue;
    }
    const next = error === "The webhook was removed." ? null : nextAttemptAfter(delivery.attempts, at);
    await prisma.webhookDelivery.update({
      where: { id: delivery.id },
      data: next ? { nextAttemptAt: next, lastError: truncate(error, 500) } : { gaveUpAt: at, lastError: truncate(error, 500) },
    });
  }
  return made;
}

interface SenderState {
  sweeping: Promise<void> | null;
  again: boolean;
}

/**
 * The sender's state lives on globalThis: Next bundles instrumentation.ts (which starts the
 * sender) apart from the routes and actions (which ask it to send soon), so module variables
 * are not shared between them, and a change would otherwise wait for the next sweep.
 */
const senderHolder = globalThis as unknown as { ztrWebhookSender?: SenderState };

function sweep(): void {
  const state = senderHolder.ztrWebhookSender;
  if (!state) return;
  if (state.sweeping) {
    state.again = true;
    return;
  }
  state.sweeping = sendDueWebhooks()
    .then(() => undefined)
    .catch((error: unknown) => console.error("[webhooks] Sending failed:", error instanceof Error ? error.message : error))
    .finally(() => {
      state.sweeping = null;
      if (state.again) {
        state.again = false;
        sweep();
      }
    });
}

/** Runs in the app server (instrumentation.ts): a sweep now, every SWEEP_INTERVAL_MS, and after each change. */
export function startWebhookSender(): void {
  if (senderHolder.ztrWebhookSender) return;
  senderHolder.ztrWebhookSender = { sweeping: null, again: false };
  setInterval(sweep, SWEEP_INTERVAL_MS).unref();
  sweep();
}

/** After a change committed: send its deliveries now rather than at the next sweep (only where the sender runs). */
export function sendWebhooksSoon(): void {
  sweep();
}
