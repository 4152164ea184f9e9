import { describe, expect, it } from "vitest";
import { auditChanges } from "./changes";
import { auditActionLabel, auditFieldLabel } from "./labels";

const options = { limit: 20, maxFields: 3 };

describe("auditChanges", () => {
  it("shows the fields that changed, with readable labels and values", () => {
    const { changes, more } = auditChanges({ questionId: "ID-01", level: "initial", note: "same" }, { questionId: "ID-01", level: "advanced", note: "same", version: 2 }, options);
    expect(changes.map((change) => [change.label, change.before, change.after])).toEqual([
      ["Question", "ID-01", "ID-01"],
      ["Level", "Initial", "Advanced"],
      ["Version", null, "2"],
    ]);
    expect(more).toBe(0);
  });

  it("names people instead of their ids and reads nested values", () => {
    const names = new Map([["u1", "Pat Manager"]]);
    const { changes } = auditChanges(undefined, { ownerId: "u1", targets: { identity: "advanced" }, evidence: [] }, { ...options, names });
    expect(changes.map((change) => [change.label, change.after])).toEqual([
      ["Owner", "Pat Manager"],
      ["Targets", "identity: Advanced"],
      ["Evidence", "(none)"],
    ]);
  });

  it("cuts long values and counts the fields left out", () => {
    const { changes, more } = auditChanges({}, { a: "x".repeat(50), b: 1, c: 2, d: 3, e: 4 }, options);
    expect(changes[0]).toMatchObject({ after: `${"x".repeat(20)}…`, truncated: true });
    expect(changes[1]!.truncated).toBe(false);
    expect(more).toBe(2);
  });

  it("shares a budget between the values of one event", () => {
    const { changes } = auditChanges({ a: "x".repeat(15) }, { a: "y".repeat(15) }, { ...options, budget: 20 });
    expect(changes[0]).toMatchObject({ before: "x".repeat(15), after: "yyyyy…", truncated: true });
  });

  it("never cuts inside a surrogate pair", () => {
    const { changes } = auditChanges(undefined, { note: `${"x".repeat(19)}😀tail` }, options);
    expect(changes[0]!.after).toBe(`${"x".repeat(19)}…`);
  });
});

describe("audit labels", () => {
  it("reads known and unknown codes", () => {
    expect(auditActionLabel("answer.saved")).toBe("Answer saved");
    expect(auditActionLabel("widget.turned_off")).toBe("Widget: turned off");
    expect(auditFieldLabel("naReason")).toBe("N/A reason");
    expect(auditFieldLabel("closedReason")).toBe("Closed reason");
  });
});
