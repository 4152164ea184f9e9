import { describe, expect, it } from "vitest";
import { apiRefusal } from "./api-guard.mjs";

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
