import { describe, expect, it } from "vitest";
import { isPrivateAddress, literalAddress, nextAttemptAfter, signWebhook, WEBHOOK_MAX_ATTEMPTS, webhookUrlProblem } from "./webhooks";

describe("signWebhook", () => {
  it("is HMAC-SHA256 of timestamp.body in hex (vector computed with Python's hmac)", () => {
    expect(signWebhook("whsec_test", "1767225600", '{"event":"next_step.status_changed"}')).toBe("sha256=18c4b797f28bd2174b35f90c10671d337aacf346a8770c1dede0197554575349");
  });

  it("changes with the timestamp, so a captured request cannot be replayed with a new one", () => {
    expect(signWebhook("s", "1", "{}")).not.toBe(signWebhook("s", "2", "{}"));
  });
});

describe("back-off", () => {
  const failed = new Date("2027-01-01T00:00:00Z");
  const after = (attempts: number) => {
    const next = nextAttemptAfter(attempts, failed);
    return next && (next.getTime() - failed.getTime()) / 1000;
  };

  it("waits 30 s, 2 min, 10 min, 1 h and 6 h, then gives up", () => {
    expect([1, 2, 3, 4, 5].map(after)).toEqual([30, 120, 600, 3600, 21600]);
    expect(WEBHOOK_MAX_ATTEMPTS).toBe(6);
    expect(after(6)).toBeNull();
    expect(after(7)).toBeNull();
  });
});

describe("webhookUrlProblem", () => {
  it("takes https anywhere public", () => {
    expect(webhookUrlProblem("https://hooks.example.com/ztr?x=1", false)).toBeNull();
    expect(webhookUrlProblem("https://8.8.8.8/hook", false)).toBeNull();
    expect(webhookUrlProblem("https://[2001:4860:4860::8888]/hook", false)).toBeNull();
    expect(webhookUrlProblem("https://[::ffff:8.8.8.8]/hook", false)).toBeNull();
    expect(webhookUrlProblem("https://[64:ff9b::8.8.8.8]/hook", false)).toBeNull();
  });

  it("takes plain http only to loopback, and only where local targets are allowed", () => {
    expect(webhookUrlProblem("http://127.0.0.1:4000/hook", true)).toBeNull();
    expect(webhookUrlProblem("http://localhost:4000/hook", true)).toBeNull();
    expect(webhookUrlProblem("http://127.0.0.1:4000/hook", false)).toBe("Use an https:// URL.");
    expect(webhookUrlProblem("http://hooks.example.com/", true)).toBe("Use an https:// URL.");
  });

  it.each([
    "https://127.0.0.1/",
    "https://localhost/",
    "https://10.1.2.3/",
    "https://169.254.169.254/latest",
    "https://[::1]/",
    "https://[fd00::1]/",
    "https://192.168.1.1/",
    // The URL parser rewrites these to hex groups ([::ffff:7f00:1]); they are never resolved.
    "https://[::ffff:127.0.0.1]/",
    "https://[::ffff:10.0.0.1]:8443/",
    "https://[::ffff:169.254.169.254]/",
    "https://[::7f00:1]/",
    "https://[64:ff9b::a9fe:a9fe]/",
    "https://[2002:7f00:1::]/",
    "https://[fe80::1]/",
    "https://[2001:db8::1]/",
    "https://[100::1]/",
  ])(
    "refuses the private target %s unless local targets are allowed",
    (url) => {
      expect(webhookUrlProblem(url, false)).toMatch(/public address/);
      expect(webhookUrlProblem(url, true)).toBeNull();
    },
  );

  it("refuses what is not an http(s) URL, credentials and overlong URLs", () => {
    expect(webhookUrlProblem("hooks.example.com", false)).toMatch(/full URL/);
    expect(webhookUrlProblem("ftp://hooks.example.com/", true)).toBe("Use an https:// URL.");
    expect(webhookUrlProblem("javascript:alert(1)", true)).toBe("Use an https:// URL.");
    expect(webhookUrlProblem("https://user:pw@hooks.example.com/", false)).toMatch(/user name/);
    expect(webhookUrlProblem(`https://a.example/${"x".repeat(2000)}`, false)).toMatch(/at most/);
  });
});

describe("isPrivateAddress", () => {
  it.each(["127.0.0.1", "10.0.0.1", "172.16.5.4", "172.31.255.255", "192.168.0.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fe80::1%eth0", "fec0::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:10.0.0.1", "not an ip"])(
    "%s is private",
    (address) => expect(isPrivateAddress(address)).toBe(true),
  );

  // Each IPv4 inside an IPv6 address, written dotted and as the URL parser writes it (hex).
  it.each([
    ["IPv4-mapped", "::ffff:127.0.0.1", "::ffff:7f00:1"],
    ["IPv4-mapped", "::ffff:10.0.0.1", "::ffff:a00:1"],
    ["IPv4-mapped", "::ffff:169.254.169.254", "::ffff:a9fe:a9fe"],
    ["IPv4-mapped, long form", "0:0:0:0:0:ffff:127.0.0.1", "0:0:0:0:0:ffff:7f00:1"],
    ["IPv4-translated", "::ffff:0:127.0.0.1", "::ffff:0:7f00:1"],
    ["IPv4-compatible", "::127.0.0.1", "::7f00:1"],
    ["IPv4-compatible", "::192.168.1.1", "::c0a8:101"],
    ["NAT64", "64:ff9b::169.254.169.254", "64:ff9b::a9fe:a9fe"],
    ["NAT64", "64:ff9b::10.1.2.3", "64:ff9b::a01:203"],
    ["6to4", "2002:7f00:1::", "2002:7f00:0001:0:0:0:0:1"],
    ["6to4", "2002:a9fe:a9fe::1", "2002:a9fe:a9fe:ffff::"],
  ])("%s %s (%s) is private", (_, dotted, hex) => {
    expect(isPrivateAddress(dotted)).toBe(true);
    expect(isPrivateAddress(hex)).toBe(true);
  });

  it.each(["100::1", "100::ffff:1", "2001:db8::1", "2001:db8:ffff::8888", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "64:ff9b:1::8.8.8.8", "fdff::1", "febf::1"])("%s is in a range refused whole", (address) =>
    expect(isPrivateAddress(address)).toBe(true),
  );

  it.each(["8.8.8.8", "172.32.0.1", "1.1.1.1", "2001:4860:4860::8888", "2606:4700::1111", "::ffff:8.8.8.8", "::ffff:808:808", "64:ff9b::8.8.8.8", "2002:808:808::1", "100:0:0:1::1", "2001:db9::1", "fbff::1"])(
    "%s is public",
    (address) => expect(isPrivateAddress(address)).toBe(false),
  );
});

describe("literalAddress", () => {
  it("is the IP literal without IPv6 brackets, or null for a name", () => {
    expect(literalAddress(new URL("https://[::ffff:127.0.0.1]:8443/x"))).toBe("::ffff:7f00:1");
    expect(literalAddress(new URL("https://10.0.0.1/"))).toBe("10.0.0.1");
    expect(literalAddress(new URL("https://hooks.example.com/"))).toBeNull();
  });
});
