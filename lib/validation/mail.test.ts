import { describe, expect, it } from "vitest";
import { ZForgotPassword, ZResetPassword } from "./mail";

describe("password reset input", () => {
  it("needs a real address and two equal passwords within the sign-up limits", () => {
    expect(ZForgotPassword.safeParse({ email: " Ada@Example.com " }).data).toEqual({ email: "ada@example.com" });
    expect(ZForgotPassword.safeParse({ email: `${"a".repeat(250)}@example.com` }).success).toBe(false);
    const token = "abcdefghijklmnopqrstuvwx";
    expect(ZResetPassword.safeParse({ token, password: "a long enough password", confirm: "a long enough password" }).success).toBe(true);
    const differ = ZResetPassword.safeParse({ token, password: "a long enough password", confirm: "another long password" });
    expect(differ.error?.issues[0]?.path).toEqual(["confirm"]);
    expect(ZResetPassword.safeParse({ token, password: "short", confirm: "short" }).success).toBe(false);
    expect(ZResetPassword.safeParse({ token, password: "x".repeat(129), confirm: "x".repeat(129) }).success).toBe(false);
    expect(ZResetPassword.safeParse({ token: "t", password: "a long enough password", confirm: "a long enough password" }).success).toBe(false);
  });
});
