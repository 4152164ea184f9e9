import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, parseForwardedEntry, resolveClientAddress, stampClientAddress, trustPolicyFromEnv } from "./client-address.mjs";

const direct = trustPolicyFromEnv({});
const oneHop = trustPolicyFromEnv({ TRUSTED_PROXY_HOPS: "1" });
const twoHops = trustPolicyFromEnv({ TRUSTED_PROXY_HOPS: "2" });
const cidrs = trustPolicyFromEnv({ TRUSTED_PROXIES: "10.0.0.0/8, 192.0.2.7, fd00::/8" });

describe("client address", () => {
  it("is the socket address unless proxies are trusted", () => {
    expect(resolveClientAddress("127.0.0.1", "203.0.113.9", direct)).toBe("127.0.0.1");
    expect(resolveClientAddress("::1", "203.0.113.9, 198.51.100.1", direct)).toBe("::1");
    expect(resolveClientAddress("::ffff:127.0.0.1", undefined, direct)).toBe("127.0.0.1");
    expect(resolveClientAddress(undefined, "203.0.113.9", oneHop)).toBeNull();
  });

  it("takes as many entries from the right as there are trusted hops", () => {
    expect(resolveClientAddress("10.1.1.1", "203.0.113.9", oneHop)).toBe("203.0.113.9");
    expect(resolveClientAddress("10.1.1.1", "6.6.6.6, 203.0.113.9", oneHop)).toBe("203.0.113.9");
    expect(resolveClientAddress("10.1.1.1", "6.6.6.6, 203.0.113.9, 10.2.2.2", twoHops)).toBe("203.0.113.9");
    // Fewer entries than hops: the leftmost one the proxies passed on.
    expect(resolveClientAddress("10.1.1.1", "203.0.113.9", twoHops)).toBe("203.0.113.9");
    expect(resolveClientAddress("10.1.1.1", undefined, oneHop)).toBe("10.1.1.1");
    expect(resolveClientAddress("10.1.1.1", ["6.6.6.6", "203.0.113.9"], oneHop)).toBe("203.0.113.9");
  });

  it("walks past trusted CIDR ranges only", () => {
    expect(resolveClientAddress("10.0.0.5", "6.6.6.6, 203.0.113.9, 10.9.9.9", cidrs)).toBe("203.0.113.9");
    expect(resolveClientAddress("192.0.2.7", "203.0.113.9", cidrs)).toBe("203.0.113.9");
    expect(resolveClientAddress("192.0.2.8", "203.0.113.9", cidrs)).toBe("192.0.2.8");
    expect(resolveClientAddress("fd12::1", "2001:db8::42", cidrs)).toBe("2001:db8::42");
    expect(resolveClientAddress("::ffff:10.0.0.5", "203.0.113.9", cidrs)).toBe("203.0.113.9");
    expect(resolveClientAddress("2001:db8::1", "203.0.113.9", cidrs)).toBe("2001:db8::1");
    // Every hop trusted: the leftmost entry is the client.
    expect(resolveClientAddress("10.0.0.5", "10.0.0.6", cidrs)).toBe("10.0.0.6");
  });

  it("stops at garbage, at the proxy that passed it on", () => {
    expect(resolveClientAddress("10.1.1.1", "not-an-ip", oneHop)).toBe("10.1.1.1");
    expect(resolveClientAddress("10.0.0.5", "203.0.113.9, <script>, 10.0.0.6", cidrs)).toBe("10.0.0.6");
    expect(resolveClientAddress("10.1.1.1", "", oneHop)).toBe("10.1.1.1");
    expect(resolveClientAddress("10.1.1.1", " , ", oneHop)).toBe("10.1.1.1");
    expect(resolveClientAddress("10.1.1.1", `${"1.2.3.4,".repeat(2000)}5.6.7.8`, oneHop)).toBe("10.1.1.1");
  });

  it("reads ports and brackets in forwarded entries", () => {
    expect(parseForwardedEntry("203.0.113.9:4711")).toBe("203.0.113.9");
    expect(parseForwardedEntry("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(parseForwardedEntry("[2001:db8::1]")).toBe("2001:db8::1");
    expect(parseForwardedEntry(" 2001:db8::1 ")).toBe("2001:db8::1");
    for (const bad of ["203.0.113.9:", "203.0.113.9:99999", "203.0.113.9:ab", "[2001:db8::1", "[203.0.113.9]", "[::1]x", "unknown", "1.2.3", "300.1.1.1", ""]) {
      expect(parseForwardedEntry(bad), bad).toBeNull();
    }
  });

  it("refuses a malformed configuration by name", () => {
    expect(() => trustPolicyFromEnv({ TRUSTED_PROXY_HOPS: "one" })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => trustPolicyFromEnv({ TRUSTED_PROXY_HOPS: "-1" })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => trustPolicyFromEnv({ TRUSTED_PROXY_HOPS: "99" })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => trustPolicyFromEnv({ TRUSTED_PROXIES: "10.0.0.0/33" })).toThrow(/TRUSTED_PROXIES/);
    expect(() => trustPolicyFromEnv({ TRUSTED_PROXIES: "proxy.internal" })).toThrow(/TRUSTED_PROXIES/);
    expect(() => trustPolicyFromEnv({ TRUSTED_PROXIES: "10.0.0.0/8", TRUSTED_PROXY_HOPS: "1" })).toThrow(/not both/);
    expect(trustPolicyFromEnv({ TRUSTED_PROXY_HOPS: " ", TRUSTED_PROXIES: "" })).toEqual({ hops: 0, proxies: null });
  });

  it("overwrites a client-sent copy of the internal header on a real server", async () => {
    const server = createServer((req, res) => res.end(String(req.headers[CLIENT_ADDRESS_HEADER])));
    server.prependListener("request", (req) => stampClientAddress(req, direct));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const body = await new Promise<string>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, headers: { [CLIENT_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "203.0.113.9" } }, (res) => {
        let text = "";
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve(text));
      });
      req.on("error", reject);
      req.end();
    });
    await new Promise((resolve) => server.close(resolve));
    expect(body).toBe("127.0.0.1");
  });
});
