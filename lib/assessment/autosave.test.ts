import { describe, expect, it } from "vitest";
import { AutosaveStore, hasUnsaved, initialEntries, overallStatus, RETRY_MS, scoringInputs, type SavedAnswer, type Timers } from "./autosave";

/** A clock the test advances by hand. */
function manualClock() {
  let now = 0;
  let nextId = 0;
  const pending = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    set: (run, ms) => {
      pending.set(++nextId, { at: now + ms, run });
      return nextId;
    },
    clear: (handle) => pending.delete(handle as number),
  };
  const advance = async (ms: number) => {
    now += ms;
    for (const [id, timer] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at > now) continue;
      pending.delete(id);
      timer.run();
    }
    await settle();
  };
  return { timers, advance, pendingCount: () => pending.size };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const answer = (questionId: string, value: SavedAnswer["value"], version: number, updatedBy = "Ada"): SavedAnswer => ({
  questionId,
  value,
  naReason: null,
  note: "",
  evidence: [],
  criteriaMet: [],
  carriedFrom: null,
  version,
  updatedAt: "2026-11-29T00:00:00.000Z",
  updatedBy,
  naReviewDate: null,
  naApprovedBy: null,
  naApprovedAt: null,
  naRejectedBy: null,
  naRejectedAt: null,
  naRejectionNote: null,
});

type Request = { answers: { questionId: string; value: string; expectedVersion: number; note: string }[] };

/** Plays the server: a queue of replies, and every request it received. */
function fakeServer(...replies: (((request: Request) => { status: number; body: unknown }) | "network-error")[]) {
  const requests: Request[] = [];
  const send = async (body: unknown) => {
    requests.push(body as Request);
    const reply = replies.shift();
    if (!reply || reply === "network-error") throw new TypeError("Failed to fetch");
    return reply(body as Request);
  };
  return { send, requests };
}

const ok = (version: number) => (request: Request) => ({ status: 200, body: { answers: [answer(request.answers[0]!.questionId, request.answers[0]!.value as SavedAnswer["value"], version)] } });

function setup(server: ReturnType<typeof fakeServer>, saved: SavedAnswer[] = []) {
  const clock = manualClock();
  const store = new AutosaveStore(initialEntries(["Q1", "Q2"], saved), server.send, clock.timers);
  return { store, clock, entry: (id = "Q1") => store.getSnapshot()[id]! };
}

describe("AutosaveStore", () => {
  it("saves once after a quiet period, naming the version it read, and reports saved", async () => {
    const server = fakeServer(ok(4));
    const { store, clock, entry } = setup(server, [answer("Q1", "initial", 3)]);
    store.edit("Q1", { value: "advanced" }, 250);
    store.edit("Q1", { note: "typed" }, 800);
    expect(entry().status).toBe("pending");
    await clock.advance(799);
    expect(server.requests).toHaveLength(0);
    await clock.advance(1);
    expect(server.requests).toEqual([{ answers: [{ questionId: "Q1", value: "advanced", naReason: null, note: "typed", evidence: [], criteriaMet: [], expectedVersion: 3 }] }]);
    expect(entry()).toMatchObject({ status: "saved", saved: { version: 4 } });
    expect(overallStatus(store.getSnapshot())).toBe("saved");
  });

  it("a first answer names version 0", async () => {
    const server = fakeServer(ok(1));
    const { store, clock } = setup(server);
    store.edit("Q2", { value: "optimal" }, 10);
    await clock.advance(10);
    expect(server.requests[0]!.answers[0]).toMatchObject({ questionId: "Q2", expectedVersion: 0 });
  });

  it("does not save N/A without a reason, and saves it once the reason is given", async () => {
    const server = fakeServer(ok(1));
    const { store, clock, entry } = setup(server);
    store.edit("Q1", { value: "not_applicable" }, 10);
    await clock.advance(100);
    expect(entry().status).toBe("invalid");
    expect(entry().message).toMatch(/why/);
    expect(hasUnsaved(store.getSnapshot())).toBe(true);
    store.edit("Q1", { naReason: "No such systems" }, 10);
    await clock.advance(10);
    expect(server.requests).toHaveLength(1);
    expect(entry().status).toBe("saved");
  });

  it("sends an N/A's review date only once chosen, and shows the one the server set", async () => {
    const withDate = () => ({ status: 200, body: { answers: [{ ...answer("Q1", "not_applicable", 1), naReason: "None", naReviewDate: "2027-12-06" }] } });
    const server = fakeServer(withDate, ok(2));
    const { store, clock, entry } = setup(server);
    store.edit("Q1", { value: "not_applicable", naReason: "None" }, 10);
    await clock.advance(10);
    expect(server.requests[0]!.answers[0]).not.toHaveProperty("naReviewDate");
    expect(entry()).toMatchObject({ status: "saved", draft: { naReviewDate: "2027-12-06" } });
    store.edit("Q1", { naReviewDate: "2028-06-30" }, 10);
    await clock.advance(10);
    expect(server.requests[1]!.answers[0]).toMatchObject({ value: "not_applicable", naReviewDate: "2028-06-30" });
  });

  it("takes an approver's decision on the saved N/A it was made on, and no other", () => {
    const saved = { ...answer("Q1", "not_applicable", 3), naReason: "None" };
    const { store, entry } = setup(fakeServer(), [saved]);
    const approval = { naApprovedBy: "Adi", naApprovedAt: "2026-12-06T07:00:00.000Z", naRejectedBy: null, naRejectedAt: null, naRejectionNote: null };
    store.decide("Q1", 2, approval);
    expect(entry().saved).toMatchObject({ naApprovedBy: null });
    store.decide("Q1", 3, approval);
    expect(entry()).toMatchObject({ status: "idle", saved: { version: 3, naApprovedBy: "Adi" } });
  });

  it("scores an N/A as approved only while it is the N/A and reason that were approved", () => {
    const approved = { ...answer("Q1", "not_applicable", 1), naReason: "None", naApprovedAt: "2026-12-06T07:00:00.000Z", naApprovedBy: "Adi" };
    const { store } = setup(fakeServer(), [approved, { ...answer("Q2", "not_applicable", 1), naReason: "Later" }]);
    expect(scoringInputs(store.getSnapshot())).toEqual([
      { questionId: "Q1", value: "not_applicable", naReason: "None", naApproved: true },
      { questionId: "Q2", value: "not_applicable", naReason: "Later", naApproved: false },
    ]);
    store.edit("Q1", { naReason: "None at all" }, 10);
    expect(scoringInputs(store.getSnapshot())[0]).toMatchObject({ naApproved: false });
  });

  it("keeps both values on a conflict and saves mine over theirs only when asked", async () => {
    const theirs = answer("Q1", "optimal", 5, "Bob");
    const server = fakeServer(() => ({ status: 409, body: { code: "conflict", conflicts: [{ questionId: "Q1", current: theirs, mine: {} }] } }), ok(6));
    const { store, clock, entry } = setup(server, [answer("Q1", "initial", 4)]);
    store.edit("Q1", { value: "advanced" }, 10);
    await clock.advance(10);
    expect(entry()).toMatchObject({ status: "conflict", draft: { value: "advanced" }, conflict: { current: theirs } });
    // Edits during a conflict stay on screen but are not sent until the user chooses.
    store.edit("Q1", { note: "still mine" }, 10);
    await clock.advance(100);
    expect(server.requests).toHaveLength(1);

    store.resolve("Q1", "mine");
    await settle();
    expect(server.requests[1]!.answers[0]).toMatchObject({ value: "advanced", note: "still mine", expectedVersion: 5 });
    expect(entry()).toMatchObject({ status: "saved", saved: { version: 6 } });
  });

  it("takes their value when asked, sending nothing", async () => {
    const theirs = answer("Q1", "optimal", 5, "Bob");
    const server = fakeServer(() => ({ status: 409, body: { conflicts: [{ current: theirs }] } }));
    const { store, clock, entry } = setup(server, [answer("Q1", "initial", 4)]);
    store.edit("Q1", { value: "advanced" }, 10);
    await clock.advance(10);
    store.resolve("Q1", "theirs");
    expect(entry()).toMatchObject({ status: "saved", saved: theirs, draft: { value: "optimal" } });
    expect(server.requests).toHaveLength(1);
  });

  it("retries a failed save with back-off and never drops the draft", async () => {
    const server = fakeServer("network-error", () => ({ status: 503, body: null }), ok(1));
    const { store, clock, entry } = setup(server);
    store.edit("Q1", { value: "initial", note: "important" }, 10);
    await clock.advance(10);
    expect(entry()).toMatchObject({ status: "retrying", draft: { note: "important" } });
    expect(entry().message).toMatch(/Retrying in 1 s/);
    await clock.advance(RETRY_MS[0]!);
    expect(entry().status).toBe("retrying");
    expect(entry().message).toMatch(/Retrying in 2 s/);
    await clock.advance(RETRY_MS[1]!);
    expect(server.requests).toHaveLength(3);
    expect(entry()).toMatchObject({ status: "saved", draft: { note: "important" } });
  });

  it("says so when the session ended, and keeps retrying", async () => {
    const server = fakeServer(() => ({ status: 401, body: { code: "unauthenticated" } }), ok(1));
    const { store, clock, entry } = setup(server);
    store.edit("Q1", { value: "initial" }, 10);
    await clock.advance(10);
    expect(entry().message).toMatch(/session has ended/);
    await clock.advance(RETRY_MS[0]!);
    expect(entry().status).toBe("saved");
  });

  it("does not retry what the server refuses on its merits", async () => {
    const server = fakeServer(() => ({ status: 409, body: { code: "conflict", message: "This assessment is archived." } }));
    const { store, clock, entry } = setup(server);
    store.edit("Q1", { value: "initial" }, 10);
    await clock.advance(10);
    expect(entry()).toMatchObject({ status: "failed", message: "This assessment is archived." });
    await clock.advance(60_000);
    expect(server.requests).toHaveLength(1);
  });

  it("sends a change made while a save is in flight after it, with the new version", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const requests: Request[] = [];
    let version = 0;
    const send = async (body: unknown) => {
      requests.push(body as Request);
      if (requests.length === 1) await gate;
      return ok(++version)(body as Request);
    };
    const clock = manualClock();
    const store = new AutosaveStore(initialEntries(["Q1"], []), send, clock.timers);
    store.edit("Q1", { value: "initial" }, 10);
    await clock.advance(10);
    store.edit("Q1", { value: "optimal" }, 10);
    await clock.advance(10);
    expect(requests).toHaveLength(1);
    release();
    await settle();
    await settle();
    expect(requests.map((request) => [request.answers[0]!.value, request.answers[0]!.expectedVersion])).toEqual([
      ["initial", 0],
      ["optimal", 1],
    ]);
    expect(store.getSnapshot().Q1).toMatchObject({ status: "saved", saved: { value: "optimal", version: 2 } });
  });

  it("an edit back to the saved value cancels the pending save", async () => {
    const server = fakeServer();
    const { store, clock, entry } = setup(server, [answer("Q1", "initial", 2)]);
    store.edit("Q1", { value: "advanced" }, 100);
    store.edit("Q1", { value: "initial" }, 100);
    await clock.advance(1_000);
    expect(server.requests).toHaveLength(0);
    expect(entry().status).toBe("saved");
    expect(clock.pendingCount()).toBe(0);
  });

  it("does not call a note without a level saved: it asks for the level", async () => {
    const server = fakeServer();
    const { store, clock, entry } = setup(server);
    store.edit("Q1", { note: "Only a note" }, 10);
    await clock.advance(100);
    expect(entry()).toMatchObject({ status: "invalid", message: expect.stringMatching(/Choose a level/) });
    expect(hasUnsaved(store.getSnapshot())).toBe(true);
    expect(server.requests).toHaveLength(0);
  });

  it("sends waiting saves at once when the questionnaire goes away", async () => {
    const server = fakeServer(ok(1));
    const { store, entry } = setup(server);
    store.edit("Q1", { value: "initial", note: "typed just before leaving" }, 800);
    store.flushWaiting();
    await settle();
    expect(server.requests[0]!.answers[0]).toMatchObject({ value: "initial", note: "typed just before leaving" });
    expect(entry().status).toBe("saved");
  });

  it("an edit back to the saved value while another value is in flight is sent after it", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const requests: Request[] = [];
    let version = 1;
    const send = async (body: unknown) => {
      requests.push(body as Request);
      if (requests.length === 1) await gate;
      return ok(++version)(body as Request);
    };
    const clock = manualClock();
    const store = new AutosaveStore(initialEntries(["Q1"], [answer("Q1", "initial", 1)]), send, clock.timers);
    store.edit("Q1", { value: "optimal" }, 10);
    await clock.advance(10);
    store.edit("Q1", { value: "initial" }, 10);
    expect(store.getSnapshot().Q1!.status).toBe("pending");
    expect(hasUnsaved(store.getSnapshot())).toBe(true);
    release();
    await settle();
    await settle();
    expect(requests.map((request) => [request.answers[0]!.value, request.answers[0]!.expectedVersion])).toEqual([
      ["optimal", 1],
      ["initial", 2],
    ]);
    expect(store.getSnapshot().Q1).toMatchObject({ status: "saved", saved: { value: "initial", version: 3 } });
  });

  it("keeping my N/A without a reason after a conflict asks for the reason first", async () => {
    const theirs = answer("Q1", "optimal", 5, "Bob");
    const server = fakeServer(() => ({ status: 409, body: { conflicts: [{ current: theirs }] } }));
    const { store, clock, entry } = setup(server, [answer("Q1", "initial", 4)]);
    store.edit("Q1", { value: "advanced" }, 10);
    await clock.advance(10);
    store.edit("Q1", { value: "not_applicable" }, 10);
    store.resolve("Q1", "mine");
    await settle();
    expect(entry()).toMatchObject({ status: "invalid", saved: theirs });
    expect(server.requests).toHaveLength(1);
  });
});

