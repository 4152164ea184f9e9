import { describe, expect, it } from "vitest";
import { ephemeralPortsFrom, portForLater, probePort } from "./ports";

describe("portForLater", () => {
  it("gives free ports below the range outgoing connections draw from", async () => {
    const low = ephemeralPortsFrom();
    const ports = await Promise.all(Array.from({ length: 5 }, () => portForLater("127.0.0.1")));
    for (const port of ports) {
      expect(port).toBeGreaterThanOrEqual(20_000);
      expect(port).toBeLessThan(low);
      // Still free: the probe closed it again.
      await expect(probePort("127.0.0.1", port)).resolves.toBe(port);
    }
  });
});
