import { describe, expect, it } from "vitest";
import { apiPath, apiRefusal, undecodable } from "./api-guard.mjs";

const request = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, headers: { host: "localhost:3000", ...headers } });

describe("apiRefusal", () => {
  it("refuses an API address that cannot be decoded, whatever the method", () => {
    expect(apiRefusal(request("GET", "/api/v1/assessments/%E0%A4%A"), undefined)).toMatchObject({ status: 400, code: "invalid_input" });
    expect(apiRefusal(request("PUT", "/api/v1/assessments/%zz/answers"), undefined)).toMatchObject({ status: 400 });
  });

  it("refuses a write from another site, told by Origin or by Sec-Fetch-Site", () => {
    expect(apiRefusal(request("PUT", "/api/v1/assessments/a/answers", { origin: "https://evil.example" }), undefined)).toMatchObject({ status: 403, code: "cross_origin" });
    expect(apiRefusal(request("DELETE", "/api/v1/assessments/a", { "sec-fetch-site": "cross-site" }), undefined)).toMatchObject({ status: 403 });
  });

  it("lets the app's own origin, its public origin and API clients without an Origin write", () => {
    expect(apiRefusal(request("PUT", "/api/v1/assessments/a/answers", { origin: "http://localhost:3000" }), undefined)).toBeNull();
    expect(apiRefusal(request("POST", "/api/v1/assessments", { origin: "https://ztr.example" }), "https://ztr.example/")).toBeNull();
    expect(apiRefusal(request("POST", "/api/v1/assessments", { authorization: "Bearer ztr_x" }), undefined)).toBeNull();
  });

  it("lets reads from anywhere through (they change nothing) and leaves other addresses to proxy.ts", () => {
    expect(apiRefusal(request("GET", "/api/v1/assessments", { origin: "https://evil.example" }), undefined)).toBeNull();
    expect(apiRefusal(request("POST", "/api/auth/sign-in/email", { origin: "https://evil.example" }), undefined)).toBeNull();
    expect(apiRefusal(request("GET", "/sign-in/%zz"), undefined)).toBeNull();
  });

  it("reads the path without its query", () => {
    expect(apiRefusal(request("GET", "/api/v1/next-steps?q=%zz"), undefined)).toBeNull();
  });
});

describe("apiPath", () => {
  it("knows an API address however it is spelled, and nothing else", () => {
    expect(apiPath("/api/v1/assessments?q=1")).toBe("/api/v1/assessments");
    expect(apiPath("http://evil.example/api/v1/assessments")).toBe("/api/v1/assessments");
    expect(apiPath("/x/../api/v1/assessments")).toBe("/api/v1/assessments");
    expect(apiPath("/%61pi/v1/assessments")).toBe("/%61pi/v1/assessments");
    expect(apiPath("/api/auth/sign-in/email")).toBeNull();
    expect(apiPath("/sign-in")).toBeNull();
    expect(apiPath(undefined)).toBeNull();
  });

  it("refuses a cross-site write to an API address spelled in absolute form or with dot segments", () => {
    const evil = { host: "localhost:3000", origin: "https://evil.example" };
    expect(apiRefusal({ method: "PUT", url: "http://localhost:3000/api/v1/assessments/a/answers", headers: evil }, undefined)).toMatchObject({ status: 403 });
    expect(apiRefusal({ method: "PUT", url: "/x/../api/v1/assessments/a/answers", headers: evil }, undefined)).toMatchObject({ status: 403 });
  });
});

describe("undecodable", () => {
  it("finds malformed percent-encoding anywhere in a path, one segment's or across a slash, and nothing in a well-formed one", () => {
    for (const malformed of ["%ZZ", "%E0%A4%A", "%ED%A0%80", "a%"]) expect(undecodable(`/assessments/${malformed}/answers`), malformed).toBe(true);
    expect(undecodable("/assessments/%E2%82/%AC")).toBe(true);
    for (const path of ["/assessments/a%20b/%E2%82%AC", "/plain/path", "/"]) expect(undecodable(path), path).toBe(false);
  });
});
