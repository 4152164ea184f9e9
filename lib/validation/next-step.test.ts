import { describe, expect, it } from "vitest";
import { filterOfApiQuery, filterOfQuery, nextStepsHref, parseNextStepQuery, ZNextStepApiQuery } from "./next-step";

describe("the tracker's URL", () => {
  it("reads every filter, and names the bad ones instead of failing", () => {
    const query = parseNextStepQuery({ assessment: "a1", pillar: "identity", stage: "advanced", status: "blocked", owner: "me", overdue: "1", closed: "true", page: "3", item: "s1" });
    expect(query).toEqual({ assessmentId: "a1", pillar: "identity", stage: "advanced", status: "blocked", owner: "me", overdue: true, closed: true, page: 3, item: "s1", invalid: [] });

    const bad = parseNextStepQuery(new URLSearchParams("pillar=nonsense&stage=Optimal&status=not%20started&page=-2&overdue=maybe&assessment=a1"));
    expect(bad).toMatchObject({ assessmentId: "a1", pillar: undefined, stage: undefined, status: undefined, page: 1, overdue: false });
    expect(bad.invalid.sort()).toEqual(["overdue", "page", "pillar", "stage", "status"]);
    expect(parseNextStepQuery({ page: "99999999" }).invalid).toEqual(["page"]);
    expect(parseNextStepQuery({ owner: "x".repeat(65) }).invalid).toEqual(["owner"]);
    expect(parseNextStepQuery({ assessment: ["a1", "a2"] }).assessmentId).toBe("a1");
  });

  it("turns owner=me into the acting user and round-trips through the href", () => {
    const query = parseNextStepQuery({ owner: "me", overdue: "1", assessment: "a1" });
    expect(filterOfQuery(query, "user-7")).toMatchObject({ ownerId: "user-7", overdue: true, assessmentId: "a1", closed: undefined });
    const href = nextStepsHref({ ...query, page: 2, item: "s1" });
    expect(href).toBe("/next-steps?assessment=a1&owner=me&overdue=1&page=2&item=s1");
    expect(parseNextStepQuery(new URLSearchParams(href.split("?")[1]))).toEqual({ ...query, page: 2, item: "s1" });
    expect(nextStepsHref({})).toBe("/next-steps");
  });
});

describe("the API's query", () => {
  it("takes the filters strictly, with a bounded limit", () => {
    expect(ZNextStepApiQuery.parse({})).toEqual({ page: 1, limit: 50 });
    expect(filterOfApiQuery(ZNextStepApiQuery.parse({ owner: "me", closed: "true", overdue: "false", limit: "200", page: "2" }), "user-7")).toEqual({
      assessmentId: undefined,
      pillar: undefined,
      stage: undefined,
      status: undefined,
      ownerId: "user-7",
      overdue: undefined,
      closed: true,
    });
    for (const bad of [{ limit: "201" }, { limit: "0" }, { limit: "ten" }, { page: "0" }, { status: "open" }, { closed: "1" }, { owner: "x".repeat(65) }]) {
      expect(ZNextStepApiQuery.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
