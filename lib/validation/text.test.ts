import { describe, expect, it } from "vitest";
import { ZAnswerContent, ZAssessmentListFilter, ZCreateAssessment, ZId, ZRecordSnapshot } from "./assessment";
import { ZCreateApiToken } from "./api-token";
import { ZAuditFilter } from "./audit";
import { ZSignUp } from "./auth";
import { ZUpdateNextStep } from "./next-step";
import { ZCreateInvitation, ZOrganizationName } from "./organization";

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("string inputs refuse what PostgreSQL cannot store", () => {
  it.each(["a\0b", "a\u0001b", "a\nb", "a\tb", "a\u007fb", "a\u0085b"])("the audit filter refuses %j with a clear message", (actor) => {
    const result = ZAuditFilter.safeParse({ actor });
    expect(result.success).toBe(false);
    expect(firstMessage(result)).toBe("Use printable characters only: no line breaks, tabs or control characters.");
    expect(ZAuditFilter.safeParse({ action: actor }).success).toBe(false);
  });

  it("the audit filter still takes ordinary text", () => {
    expect(ZAuditFilter.parse({ actor: " ada@example.com ", action: "auth.sign_in" })).toEqual({ actor: "ada@example.com", action: "auth.sign_in" });
  });

  it.each([
    ["an id", () => ZId.safeParse("a\0b")],
    ["a list filter", () => ZAssessmentListFilter.safeParse({ q: "a\0" })],
    ["an assessment name", () => ZCreateAssessment.safeParse({ name: "a\0b" })],
    ["a snapshot label", () => ZRecordSnapshot.safeParse({ label: "a\0b" })],
    ["a note", () => ZAnswerContent.safeParse({ questionId: "ID-01", value: "initial", note: "a\0b" })],
    ["a next step's notes", () => ZUpdateNextStep.safeParse({ notes: "a\0b" })],
    ["a token name", () => ZCreateApiToken.safeParse({ name: "a\0b", scopes: ["assessment.read"], expiresInDays: 30 })],
    ["an organisation name", () => ZOrganizationName.safeParse({ name: "a\0bc" })],
    ["a user name", () => ZSignUp.safeParse({ name: "a\0b", email: "a@example.com", password: "a long enough password" })],
    ["an invitation address", () => ZCreateInvitation.safeParse({ email: "a\0b@example.com", role: "viewer" })],
  ])("%s refuses NUL", (_name, parse) => {
    expect(parse().success).toBe(false);
  });

  it("free text keeps line breaks and tabs but refuses NUL and lone surrogates", () => {
    expect(ZUpdateNextStep.safeParse({ notes: "line 1\n\tline 2 😀" }).success).toBe(true);
    expect(firstMessage(ZUpdateNextStep.safeParse({ notes: "a\0b" }))).toBe("Text cannot contain NUL characters.");
    expect(firstMessage(ZUpdateNextStep.safeParse({ notes: "broken \ud800" }))).toBe("Text must be valid Unicode.");
    expect(firstMessage(ZId.safeParse("\udc00"))).toBe("Text must be valid Unicode.");
  });
});
