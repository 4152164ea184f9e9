import { describe, expect, it } from "vitest";
import { isPrivateAddress, nextAttemptAfter, signWebhook, WEBHOOK_MAX_ATTEMPTS, webhookUrlProblem } from "./webhooks";

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
  });

  it("takes plain http only to loopback, and only where local targets are allowed", () => {
    expect(webhookUrlProblem("http://127.0.0.1:4000/hook", true)).toBeNull();
    expect(webhookUrlProblem("http://localhost:4000/hook", true)).toBeNull();
    expect(webhookUrlProblem("http://127.0.0.1:4000/hook", false)).toBe("Use an https:// URL.");
    expect(webhookUrlProblem("http://hooks.example.com/", true)).toBe("Use an https:// URL.");
  });

  it.each(["https://127.0.0.1/", "https://localhost/", "https://10.1.2.3/", "https://169.254.169.254/latest", "https://[::1]/", "https://[fd00::1]/", "https://192.168.1.1/"])(
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
  it.each(["127.0.0.1", "10.0.0.1", "172.16.5.4", "172.31.255.255", "192.168.0.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:10.0.0.1", "not an ip"])(
    "%s is private",
    (address) => expect(isPrivateAddress(address)).toBe(true),
  );
  it.each(["8.8.8.8", "172.32.0.1", "1.1.1.1", "2001:4860:4860::8888", "::ffff:8.8.8.8"])("%s is public", (address) => expect(isPrivateAddress(address)).toBe(false));
});
