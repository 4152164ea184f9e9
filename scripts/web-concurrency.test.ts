import { describe, expect, it } from "vitest";
import { MAX_WEB_CONCURRENCY, poolSizePerProcess, webConcurrency } from "./web-concurrency";

describe("WEB_CONCURRENCY", () => {
  it("defaults to one process per core, and to one on the embedded database", () => {
    expect(webConcurrency(undefined, false, 8)).toBe(8);
    expect(webConcurrency("", false, 2)).toBe(2);
    expect(webConcurrency(undefined, true, 8)).toBe(1);
    expect(webConcurrency(undefined, false, 256)).toBe(MAX_WEB_CONCURRENCY);
  });

  it("takes a whole number the user gives, on either database", () => {
    expect(webConcurrency("3", false, 8)).toBe(3);
    expect(webConcurrency(" 2 ", true, 8)).toBe(2);
  });

  it("refuses anything else, naming the variable", () => {
    for (const raw of ["0", "-1", "1.5", "two", "1e1", "0x2", String(MAX_WEB_CONCURRENCY + 1)]) {
      expect(() => webConcurrency(raw, false, 8), raw).toThrow(new RegExp(`^WEB_CONCURRENCY=${raw.replace(/[.+]/g, "\\$&")}: the number of server processes`));
    }
  });
});

describe("the database pool of each process", () => {
  it("shares the server's pool among its processes, at least one connection each", () => {
    expect(poolSizePerProcess(10, 1)).toBe(10);
    expect(poolSizePerProcess(10, 2)).toBe(5);
    expect(poolSizePerProcess(10, 3)).toBe(3);
    expect(poolSizePerProcess(10, 32)).toBe(1);
    expect(poolSizePerProcess(1, 1)).toBe(1);
  });
});
