import { describe, expect, it } from "vitest";
import { escapeHtml } from "@/lib/html";
import { invitationMail, passwordResetMail, verificationMail } from "./templates";

describe("mail templates", () => {
  it("say what they are in the subject and carry the link in both parts", () => {
    const link = "https://ztr.example/invite/abc?x=1&y=2";
    const mail = invitationMail({ organizationName: "Northwind", inviterName: "Dana", roleLabel: "Viewer", link, expiresAt: new Date("2027-01-08T00:00:00Z") });
    expect(mail.subject).toBe("Invitation to join Northwind on Zero Trust Readiness");
    expect(mail.text).toContain(link);
    expect(mail.text).toContain("2027-01-08");
    expect(mail.html).toContain(escapeHtml(link));
    expect(verificationMail({ name: "Ada", link, expiresInHours: 24 }).subject).toBe("Confirm your e-mail address for Zero Trust Readiness");
    expect(passwordResetMail({ name: "Ada", link, expiresInMinutes: 30 }).text).toContain("30 minutes");
  });

  it("escape names in HTML and keep subjects on one line", () => {
    const mail = invitationMail({
      organizationName: "Evil\r\nBcc: victim@example.com",
      inviterName: "<script>alert(1)</script>",
      roleLabel: "Viewer",
      link: "https://ztr.example/invite/t",
      expiresAt: new Date(),
    });
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;");
  });
});
