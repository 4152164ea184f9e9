/** Webhooks: queued with the status change, sent signed, retried with back-off, sent once by concurrent senders. */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import "@/scripts/test/use-test-database";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { LATEST_FRAMEWORK } from "@/lib/framework/index";
import { signWebhook, WEBHOOK_MAX_ATTEMPTS } from "@/lib/webhooks";
import { addMember, appError, newOrganization } from "@/scripts/test/org-fixtures";
import type { Actor } from "@/lib/actor";

const { prisma } = await import("./db");
const nextSteps = await import("./next-steps");
const webhooks = await import("./webhooks");

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver on loopback that records each request and answers `status`. */
let server: Server;
let received: Received[] = [];
let status = 204;
let receiverUrl = "";
/** Runs while a request is in flight, before the answer: to see the row as the sender left it. */
let whileInFlight: ((headers: IncomingHttpHeaders) => Promise<void>) | null = null;

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      void (whileInFlight?.(request.headers) ?? Promise.resolve()).then(() => {
        received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
        response.writeHead(status, status === 302 ? { location: "http://127.0.0.1:1/elsewhere" } : {}).end();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const organizations: string[] = [];
// Each test settles or removes its deliveries, so a later sweep never sends another test's.
afterEach(async () => {
  await prisma.webhookDelivery.deleteMany({ where: { organizationId: { in: organizations } } });
  received = [];
  status = 204;
  whileInFlight = null;
});

async function organizationWithSteps(count: number, url: string | null = receiverUrl): Promise<{ owner: Actor; organizationId: string; steps: string[]; secret: string | null }> {
  const { owner, organizationId } = await newOrganization();
  organizations.push(organizationId);
  const secret = url ? (await webhooks.setWebhook(owner, { url })).secret : null;
  const assessment = await prisma.assessment.create({
    data: {
      organizationId,
      name: "Hooked",
      frameworkVersion: LATEST_FRAMEWORK.id,
      targets: {},
      nextSteps: { create: LATEST_FRAMEWORK.questions.slice(0, count).map((question) => ({ questionId: question.id, title: `Step ${question.id}`, stage: "advanced" })) },
    },
    include: { nextSteps: { orderBy: { questionId: "asc" } } },
  });
  return { owner, organizationId, steps: assessment.nextSteps.map((step) => step.id), secret };
}

const deliveriesOf = (organizationId: string) => prisma.webhookDelivery.findMany({ where: { organizationId }, orderBy: { createdAt: "asc" } });

describe("queueing", () => {
  it("queues one delivery with the status change, in its transaction", async () => {
    const { owner, organizationId, steps } = await organizationWithSteps(2);
    await nextSteps.updateNextStep(owner, steps[0]!, { status: "in_progress" });
    await nextSteps.updateNextStep(owner, steps[0]!, { notes: "no status change, no event" });
    const [delivery, ...rest] = await deliveriesOf(organizationId);
    expect(rest).toEqual([]);
    expect(delivery).toMatchObject({ event: "next_step.status_changed", attempts: 0, deliveredAt: null });
    expect(delivery!.payload).toMatchObject({
      nextStep: { id: steps[0], previousStatus: "not_started", status: "in_progress", assessment: { name: "Hooked" } },
      changedBy: { id: owner.userId, name: owner.name },
    });
    await nextSteps.setNextStepsStatus(owner, { ids: steps, status: "done" });
    expect(await deliveriesOf(organizationId)).toHaveLength(3);
  });

  it("queues nothing when the change fails or rolls back, or when no webhook is set", async () => {
    const { owner, organizationId, steps } = await organizationWithSteps(1);
    const other = await organizationWithSteps(1);
    // One id of another organisation refuses the whole batch.
    await appError(nextSteps.setNextStepsStatus(owner, { ids: [steps[0]!, other.steps[0]!], status: "blocked" }));
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.nextStep.update({ where: { id: steps[0]! }, data: { status: "blocked" } });
        await webhooks.enqueueStatusChanges(tx, organizationId, [{ id: steps[0]!, title: "x", questionId: "q", assessment: { id: "a", name: "a" }, from: "not_started", to: "blocked" }], null);
        throw new Error("the change fails after queueing");
      }),
    ).rejects.toThrow("the change fails");
    expect(await deliveriesOf(organizationId)).toEqual([]);
    expect((await prisma.nextStep.findUniqueOrThrow({ where: { id: steps[0]! } })).status).toBe("not_started");

    const unhooked = await organizationWithSteps(1, null);
    await nextSteps.updateNextStep(unhooked.owner, unhooked.steps[0]!, { status: "blocked" });
    expect(await deliveriesOf(unhooked.organizationId)).toEqual([]);
  });
});

describe("sending", () => {
  it("POSTs the event signed with the secret, once", async () => {
    const { owner, organizationId, steps, secret } = await organizationWithSteps(1);
    await nextSteps.updateNextStep(owner, steps[0]!, { status: "blocked" });
    const [queued] = await deliveriesOf(organizationId);
    expect(await webhooks.sendDueWebhooks()).toBe(1);
    expect(await webhooks.sendDueWebhooks()).toBe(0);
    expect(received).toHaveLength(1);
    const [{ headers, body }] = received as [Received];
    expect(headers["content-type"]).toBe("application/json");
    expect(headers["x-ztr-delivery"]).toBe(queued!.id);
    expect(headers["x-ztr-signature"]).toBe(signWebhook(secret!, String(headers["x-ztr-timestamp"]), body));
    expect(Math.abs(Number(headers["x-ztr-timestamp"]) - Date.now() / 1000)).toBeLessThan(60);
    expect(JSON.parse(body)).toMatchObject({ id: queued!.id, event: "next_step.status_changed", data: { nextStep: { id: steps[0], status: "blocked" } } });
    const [sent] = await deliveriesOf(organizationId);
    expect(sent).toMatchObject({ attempts: 1, lastError: null, gaveUpAt: null });
    expect(sent!.deliveredAt).toBeInstanceOf(Date);
  });

  it("retries a failing receiver after 30 s, 2 min, 10 min, 1 h and 6 h, then gives up", async () => {
    const { owner, organizationId, steps } = await organizationWithSteps(1);
    await nextSteps.updateNextStep(owner, steps[0]!, { status: "blocked" });
    status = 500;
    let clock = Date.now();
    for (const wait of [0, 30, 120, 600, 3_600, 21_600]) {
      // Just before it is due, nothing is sent; once due, one attempt.
      if (wait > 0) expect(await webhooks.sendDueWebhooks({ clock: () => new Date(clock + wait * 1000 - 1000) })).toBe(0);
      clock += wait * 1000;
      expect(await webhooks.sendDueWebhooks({ clock: () => new Date(clock) })).toBe(1);
    }
    expect(await webhooks.sendDueWebhooks({ clock: () => new Date(clock + 86_400_000) })).toBe(0);
    expect(received).toHaveLength(WEBHOOK_MAX_ATTEMPTS);
    const [delivery] = await deliveriesOf(organizationId);
    expect(delivery).toMatchObject({ attempts: WEBHOOK_MAX_ATTEMPTS, deliveredAt: null, lastError: "The receiver answered 500." });
    expect(delivery!.gaveUpAt).toBeInstanceOf(Date);
    expect((await webhooks.getWebhookSettings(owner)).deliveries[0]).toMatchObject({ state: "failed", attempts: 6, lastError: "The receiver answered 500." });
  });

  it("does not follow a redirect", async () => {
    const { owner, organizationId, steps } = await organizationWithSteps(1);
    await nextSteps.updateNextStep(owner, steps[0]!, { status: "blocked" });
    status = 302;
    expect(await webhooks.sendDueWebhooks()).toBe(1);
    expect(received).toHaveLength(1);
    expect((await deliveriesOf(organizationId))[0]).toMatchObject({ deliveredAt: null, lastError: "The receiver answered 302; redirects are not followed." });
  });

  it("in production, refuses a private IP literal and a name that resolves privately, at delivery", async () => {
    const { owner, organizationId, steps } = await organizationWithSteps(2);
    await nextSteps.setNextStepsStatus(owner, { ids: steps, status: "blocked" });
    const port = new URL(receiverUrl).port;
    vi.stubEnv("NODE_ENV", "production");
    try {
      // Saved before the rules tightened, or written by hand: the sender checks again.
      await prisma.organization.update({ where: { id: organizationId }, data: { webhookUrl: `https://[::ffff:127.0.0.1]:${port}/hook` } });
      expect(await webhooks.sendDueWebhooks({ max: 1 })).toBe(1);
      await prisma.organization.update({ where: { id: organizationId }, data: { webhookUrl: `https://localhost:${port}/hook` } });
      expect(await webhooks.sendDueWebhooks({ max: 1 })).toBe(1);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(received).toEqual([]);
    const errors = (await deliveriesOf(organizationId)).map((delivery) => delivery.lastError).sort();
    expect(errors).toEqual([expect.stringMatching(/^::ffff:7f00:1 is a private address; refused\.$/), expect.stringMatching(/^localhost resolves to a private address \(.+\); refused\.$/)]);
  });

  it("reads the time afresh for each lease, signature and back-off of a long sweep", async () => {
    const { owner, organizationId, steps } = await organizationWithSteps(2);
    await nextSteps.setNextStepsStatus(owner, { ids: steps, status: "blocked" });
    status = 500;
    // Each reading is 100 s after the one before, as if every step of the sweep took that long.
    const start = Date.now();
    let readings = 0;
    const at = (reading: number) => start + 100_000 * reading;
    const clock = () => new Date(at(readings++));
    const leases: number[] = [];
    whileInFlight = async (headers) => {
      leases.push((await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: String(headers["x-ztr-delivery"]) } })).nextAttemptAt.getTime());
    };
    expect(await webhooks.sendDueWebhooks({ clock, max: 2 })).toBe(2);
    // Each delivery is claimed at one reading, signed at the next and rescheduled at the third.
    expect(leases).toEqual([at(0) + 60_000, at(3) + 60_000]);
    expect(received.map((request) => Number(request.headers["x-ztr-timestamp"]))).toEqual([Math.floor(at(1) / 1000), Math.floor(at(4) / 1000)]);
    const due = new Map((await deliveriesOf(organizationId)).map((delivery) => [delivery.id, delivery.nextAttemptAt.getTime()]));
    expect(received.map((request) => due.get(String(request.headers["x-ztr-delivery"])))).toEqual([at(2) + 30_000, at(5) + 30_000]);
  });

  it("sends at most `perOrganization` of one organisation's deliveries per sweep, so others are not held up", async () => {
    const busy = await organizationWithSteps(3);
    const quiet = await organizationWithSteps(1);
    await nextSteps.setNextStepsStatus(busy.owner, { ids: busy.steps, status: "blocked" });
    await nextSteps.setNextStepsStatus(quiet.owner, { ids: quiet.steps, status: "blocked" });
    const delivered = async (organizationId: string) => (await deliveriesOf(organizationId)).filter((delivery) => delivery.deliveredAt).length;
    expect(await webhooks.sendDueWebhooks({ perOrganization: 2 })).toBe(3);
    expect([await delivered(busy.organizationId), await delivered(quiet.organizationId)]).toEqual([2, 1]);
    expect(await webhooks.sendDueWebhooks({ perOrganization: 2 })).toBe(1);
    expect(await delivered(busy.organizationId)).toBe(3);
  });

  it("two concurrent senders deliver each event once", async () => {
    const { owner, organizationId, steps } = await organizationWithSteps(6);
    await nextSteps.setNextStepsStatus(owner, { ids: steps, status: "in_progress" });
    const made = await Promise.all([webhooks.sendDueWebhooks(), webhooks.sendDueWebhooks(), webhooks.sendDueWebhooks()]);
    expect(made.reduce((sum, count) => sum + count, 0)).toBe(6);
    const ids = received.map((request) => request.headers["x-ztr-delivery"]);
    expect(new Set(ids).size).toBe(6);
    expect(ids).toHaveLength(6);
    expect((await deliveriesOf(organizationId)).every((delivery) => delivery.attempts === 1 && delivery.deliveredAt)).toBe(true);
  });
});

describe("settings", () => {
  it("two admins setting the first webhook at once: one secret is made, stored and shown", async () => {
    const { owner, organizationId } = await organizationWithSteps(0, null);
    const admin = await addMember(organizationId, "admin", "Ann Admin");
    const results = await Promise.all([webhooks.setWebhook(owner, { url: receiverUrl }), webhooks.setWebhook(admin, { url: `${receiverUrl}?admin` })]);
    const shown = results.map((result) => result.secret).filter((secret) => secret !== null);
    expect(shown).toHaveLength(1);
    expect((await prisma.organization.findUniqueOrThrow({ where: { id: organizationId } })).webhookSecret).toBe(shown[0]);
    const audit = await prisma.auditEvent.findMany({ where: { organizationId, action: "organization.webhook_set" }, select: { after: true } });
    expect(audit.map((event) => (event.after as { created: boolean }).created).sort()).toEqual([false, true]);
  });


  it("owners and admins set it; the secret is shown once and rotates; a viewer cannot", async () => {
    const { owner, organizationId, secret } = await organizationWithSteps(0);
    expect(secret).toMatch(/^whsec_[\w-]{43}$/);
    expect((await webhooks.setWebhook(owner, { url: `${receiverUrl}?again` })).secret).toBeNull();
    const settings = await webhooks.getWebhookSettings(owner);
    expect(settings.url).toBe(`${receiverUrl}?again`);
    expect(JSON.stringify(settings)).not.toContain(secret!);
    const { secret: rotated } = await webhooks.rotateWebhookSecret(owner);
    expect(rotated).not.toBe(secret);
    expect((await prisma.organization.findUniqueOrThrow({ where: { id: organizationId } })).webhookSecret).toBe(rotated);

    const viewer = await addMember(organizationId, "viewer", "Vic Viewer");
    expect((await appError(webhooks.setWebhook(viewer, { url: "https://evil.example/" }))).code).toBe("forbidden");
    expect((await appError(webhooks.getWebhookSettings(viewer))).code).toBe("forbidden");
    const admin = await addMember(organizationId, "admin", "Ann Admin");
    expect((await appError(webhooks.setWebhook(admin, { url: "ftp://hooks.example.com/" }))).fields).toEqual({ url: "Use an https:// URL." });

    const audit = await prisma.auditEvent.findMany({ where: { organizationId, action: { startsWith: "organization.webhook" } }, orderBy: { at: "asc" }, select: { action: true, after: true } });
    expect(audit.map((event) => event.action)).toEqual(["organization.webhook_set", "organization.webhook_set", "organization.webhook_secret_rotated"]);
    expect(JSON.stringify(audit)).not.toContain("whsec_");
    expect(audit[1]!.after).toEqual({ url: receiverUrl, created: false });

    await webhooks.removeWebhook(admin);
    expect(await prisma.organization.findUniqueOrThrow({ where: { id: organizationId } })).toMatchObject({ webhookUrl: null, webhookSecret: null });
    expect((await appError(webhooks.rotateWebhookSecret(admin))).code).toBe("conflict");
  });
});
