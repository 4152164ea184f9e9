import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as apiToken from "./api-token";
import * as audit from "./audit";
import * as authSchemas from "./auth";
import * as organization from "./organization";

/** Every exported zod schema (named Z…) of the input modules: a new one is fuzzed automatically. */
const modules: Record<string, unknown>[] = [apiToken, audit, authSchemas, organization];
const schemas = modules
  .flatMap((module) => Object.entries(module))
  .filter((entry): entry is [string, z.ZodType] => entry[0].startsWith("Z") && entry[1] instanceof z.ZodType);

// Values shaped like real input as well as arbitrary ones, so parsing reaches the inner checks.
const inputs = fc.oneof(
  fc.anything(),
  fc.dictionary(fc.constantFrom("name", "email", "password", "role", "code", "token", "scopes", "expiresInDays", "from", "to", "mfaRequired", "membershipId"), fc.anything()),
  fc.record({ name: fc.string(), email: fc.string(), password: fc.string(), role: fc.string(), scopes: fc.array(fc.string()) }, { requiredKeys: [] }),
);

describe("action input schemas", () => {
  it("has schemas to fuzz", () => {
    expect(schemas.length).toBeGreaterThanOrEqual(15);
  });

  it.each(schemas)("%s never throws: any input is either accepted or refused with messages", (_name, schema) => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = schema.safeParse(input);
        if (!result.success) {
          expect(result.error.issues.length).toBeGreaterThan(0);
          for (const issue of result.error.issues) expect(typeof issue.message).toBe("string");
        }
      }),
      { numRuns: 300 },
    );
  });
});
