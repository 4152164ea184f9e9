import { describe, expect, it } from "vitest";
import { canonicalLoopbackRedirect } from "./canonical-origin";

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
