import { describe, expect, it } from "vitest";
import { ephemeralPortRange, portForLater, probePort } from "./ports";

describe("portForLater", () => {
  it("gives free ports outside the range the kernel hands out by itself, none of those to avoid", async () => {
    const { low, high } = ephemeralPortRange();
    const avoid = new Set<number>();
    for (let pick = 0; pick < 5; pick++) {
      const port = await portForLater("127.0.0.1", avoid);
      expect(avoid.has(port)).toBe(false);
      avoid.add(port);
      // Outside the range whenever the machine leaves room outside it, as Linux's default does.
      if (low > 20_000 || high < 65535) expect(port < low || port > high).toBe(true);
      // Still free: the probe closed it again.
      await expect(probePort("127.0.0.1", port)).resolves.toBe(port);
    }
  });
});
