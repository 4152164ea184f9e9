import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

const origin = () => ({ origin: new URL(test.info().project.use.baseURL!).origin, "content-type": "application/json" });

// Structured sign-in guesses would count towards the shared loopback IP's lockout, so sign-in
// gets arbitrary values only; sign-up gets both.
test("random sign-in and sign-up bodies never cause a 500", async ({ request }) => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.tuple(fc.constant("/api/auth/sign-in/email"), fc.anything()),
        fc.tuple(
          fc.constant("/api/auth/sign-up/email"),
          fc.oneof(fc.anything(), fc.record({ email: fc.oneof(fc.string(), fc.emailAddress(), fc.anything()), password: fc.anything(), name: fc.anything() })),
        ),
      ),
      async ([path, body]) => {
        const response = await request.post(path, { data: JSON.stringify(body) ?? "null", headers: origin() });
        expect(response.status(), `${path} ${JSON.stringify(body)}`).toBeLessThan(500);
      },
    ),
    { numRuns: 40 },
  );
});

test("random audit filters never cause a 500", async ({ page }) => {
  await signIn(page, DEMO.email, DEMO.password);
  await fc.assert(
    fc.asyncProperty(fc.dictionary(fc.constantFrom("actor", "action", "from", "to", "other"), fc.string({ maxLength: 300 })), async (filter) => {
      const response = await page.request.get(`/api/audit/export?${new URLSearchParams(filter)}`);
      expect(response.status(), JSON.stringify(filter)).toBeLessThan(500);
    }),
    { numRuns: 40 },
  );
});
