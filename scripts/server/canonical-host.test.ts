import { describe, expect, it } from "vitest";
import { canonicalLoopbackRedirect, redirectLoopbackAlias } from "./canonical-host.mjs";

describe("canonicalLoopbackRedirect", () => {
  it("sends the loopback aliases of the configured origin to it, path and query kept", () => {
    expect(canonicalLoopbackRedirect("127.0.0.1:3000", "/sign-in?next=%2Faudit", "http://localhost:3000")).toBe("http://localhost:3000/sign-in?next=%2Faudit");
    expect(canonicalLoopbackRedirect("[::1]:3000", "/", "http://localhost:3000")).toBe("http://localhost:3000/");
    expect(canonicalLoopbackRedirect("localhost:3000", "/sign-up", "http://127.0.0.1:3000")).toBe("http://127.0.0.1:3000/sign-up");
    expect(canonicalLoopbackRedirect("LOCALHOST:3000", "/", "http://127.0.0.1:3000")).toBe("http://127.0.0.1:3000/");
  });

  it("leaves the canonical origin itself alone", () => {
    expect(canonicalLoopbackRedirect("localhost:3000", "/", "http://localhost:3000")).toBeNull();
    expect(canonicalLoopbackRedirect("ztr.example", "/", "https://ztr.example")).toBeNull();
  });

  it("never redirects another host, another port, or to anything but the configured origin", () => {
    expect(canonicalLoopbackRedirect("evil.example:3000", "/", "http://localhost:3000")).toBeNull();
    expect(canonicalLoopbackRedirect("127.0.0.2:3000", "/", "http://localhost:3000")).toBeNull();
    expect(canonicalLoopbackRedirect("127.0.0.1:3001", "/", "http://localhost:3000")).toBeNull();
    expect(canonicalLoopbackRedirect("127.0.0.1:3000", "/", "https://ztr.example")).toBeNull();
    expect(canonicalLoopbackRedirect("127.0.0.1:3000", "//evil.example/", "http://localhost:3000")).toBeNull();
  });

  it("ignores a missing or unreadable Host and a missing configuration", () => {
    expect(canonicalLoopbackRedirect(null, "/", "http://localhost:3000")).toBeNull();
    expect(canonicalLoopbackRedirect("a b:3000", "/", "http://localhost:3000")).toBeNull();
    expect(canonicalLoopbackRedirect("127.0.0.1:3000", "/", undefined)).toBeNull();
    expect(canonicalLoopbackRedirect("127.0.0.1:3000", "/", "not a url")).toBeNull();
  });
});

describe("redirectLoopbackAlias", () => {
  const answer = (method: string, url: string, host = "127.0.0.1:3000") => {
    const sent: { status?: number; headers?: Record<string, string> } = {};
    const response = { writeHead: (status: number, headers: Record<string, string>) => Object.assign(sent, { status, headers }), end: () => undefined };
    const redirected = redirectLoopbackAlias({ method, url, headers: { host } }, response as never, "http://localhost:3000");
    return { redirected, ...sent };
  };

  it("redirects page reads with 307 and leaves the API and writes where they are", () => {
    expect(answer("GET", "/sign-in?next=%2F")).toEqual({ redirected: true, status: 307, headers: { location: "http://localhost:3000/sign-in?next=%2F", "cache-control": "no-store" } });
    expect(answer("HEAD", "/").redirected).toBe(true);
    expect(answer("GET", "/api/v1/openapi.json").redirected).toBe(false);
    expect(answer("POST", "/sign-in").redirected).toBe(false);
    expect(answer("GET", "/sign-in", "localhost:3000").redirected).toBe(false);
  });
});
