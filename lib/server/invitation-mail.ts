import "server-only";
import { invitationMail } from "@/lib/mail/templates";
import { ROLE_LABELS, type Role } from "@/lib/permissions";
import { appLink, sendMail, type MailOutcome } from "./mail";

/** Mails a new invitation's single-use link. The organisation's owners can read it in the Outbox. */
export async function sendInvitationMail(input: {
  organizationId: string;
  organizationName: string;
  inviterName: string;
  email: string;
  role: Role;
  token: string;
  expiresAt: Date;
}): Promise<MailOutcome> {
  const link = appLink(`/invite/${encodeURIComponent(input.token)}`);
  return sendMail({
    kind: "invitation",
    to: input.email,
    organizationId: input.organizationId,
    ...invitationMail({ organizationName: input.organizationName, inviterName: input.inviterName, roleLabel: ROLE_LABELS[input.role], link, expiresAt: input.expiresAt }),
  });
}
