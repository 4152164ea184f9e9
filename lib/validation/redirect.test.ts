import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REDIRECT_MAX_LENGTH, safeRedirectPath } from "./auth";

const APP = "https://zt.example";
/** Where a browser on the app would go when redirected to `target`. */
const landsOn = (target: string) => new URL(target, `${APP}/sign-in`);

describe("safeRedirectPath", () => {
  it.each([
    ["/assessments", "/assessments"],
    ["/assessments/abc?tab=answers#q-3", "/assessments/abc?tab=answers#q-3"],
    ["/invite/abc%2Fdef", "/invite/abc%2Fdef"],
    ["/a/./b/../c", "/a/c"],
    ["/report?q=a b", "/report?q=a%20b"],
  ])("keeps the same-site path %j, normalised", (value, expected) => {
    expect(safeRedirectPath(value)).toBe(expected);
  });

  it.each([
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    "/\\\t\\evil.example",
    "/.//evil.example",
    "/a/../..//evil.example",
    "/./%2e/%2E%2e//evil.example",
    "https://evil.example/",
    "http:evil.example",
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " /assessments",
    "assessments",
    "",
    "/".repeat(3),
  ])("refuses %j: it falls back to the home page", (value) => {
    expect(safeRedirectPath(value)).toBe("/");
  });

  it.each(["/%2F%2Fevil.example", "/%5Cevil.example", "/%5C%5Cevil.example", "/%09/evil.example", "/%0A/evil.example"])(
    "keeps percent-encoded %j as a path on this site (a browser does not decode it into a host)",
    (value) => {
      const target = safeRedirectPath(value);
      expect(target.startsWith("/")).toBe(true);
      expect(landsOn(target).origin).toBe(APP);
    },
  );

  it("refuses values that are not strings and values over the size limit", () => {
    for (const value of [undefined, null, 42, ["/a"], { toString: () => "/a" }]) expect(safeRedirectPath(value)).toBe("/");
    expect(safeRedirectPath(`/${"a".repeat(REDIRECT_MAX_LENGTH)}`)).toBe("/");
    expect(safeRedirectPath(`/${"a".repeat(REDIRECT_MAX_LENGTH - 1)}`)).toBe(`/${"a".repeat(REDIRECT_MAX_LENGTH - 1)}`);
  });

  it("whatever it is given, answers a path that a browser resolves on the app's own origin", () => {
    const piece = fc.oneof(
      fc.constantFrom("/", "\\", "\t", "\n", "\r", " ", ".", "..", "%2F", "%5C", "%2e", "%0A", "%00", ":", "@", "?", "#", "evil.example", "javascript:", "http:", "\u3002", "\uFF0F"),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join("")), (value) => {
        const target = safeRedirectPath(value);
        expect(target).toMatch(/^\/(?![/\\])/);
        expect(landsOn(target).origin).toBe(APP);
        expect(target).not.toMatch(/\p{Cc}/u);
      }),
      { numRuns: 3000 },
    );
  });
});
