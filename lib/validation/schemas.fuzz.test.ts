import { readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";

/**
 * Every zod schema that a module of lib/validation exports, whatever its name: the modules are
 * read from the directory, so a new module or schema is fuzzed without being listed here.
 */
const files = readdirSync(import.meta.dirname).filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"));
const modules = await Promise.all(files.map(async (file) => [file, (await import(`./${file}`)) as Record<string, unknown>] as const));
const schemas = modules
  .flatMap(([file, module]) => Object.entries(module).map(([name, value]): readonly [string, unknown] => [`${file.replace(/\.ts$/, "")}.${name}`, value]))
  .filter((entry): entry is readonly [string, z.ZodType] => entry[1] instanceof z.ZodType);

// Values shaped like real input as well as arbitrary ones, so parsing reaches the inner checks.
const inputs = fc.oneof(
  fc.anything(),
  fc.dictionary(fc.constantFrom("name", "email", "password", "role", "code", "token", "scopes", "expiresInDays", "from", "to", "mfaRequired", "membershipId"), fc.anything()),
  fc.record({ name: fc.string(), email: fc.string(), password: fc.string(), role: fc.string(), scopes: fc.array(fc.string()) }, { requiredKeys: [] }),
);

describe("input schemas", () => {
  it("has every module of lib/validation, and schemas to fuzz", () => {
    expect(modules.map(([file]) => file)).toEqual(expect.arrayContaining(["api-token.ts", "assessment.ts", "audit.ts", "auth.ts", "organization.ts", "webhook.ts"]));
    expect(schemas.length).toBeGreaterThanOrEqual(60);
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
