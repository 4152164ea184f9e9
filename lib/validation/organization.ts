import { z } from "zod";
import { ROLES } from "@/lib/permissions";
import { lineText } from "./text";

const id = lineText(z.string().trim().min(1).max(64));

export const ZOrganizationName = z.object({
  name: lineText(z.string().trim().min(2, "Use at least 2 characters.").max(80, "Use at most 80 characters.")),
});
export type TOrganizationName = z.infer<typeof ZOrganizationName>;

export const ZSwitchOrganization = z.object({ organizationId: id });

export const ZChangeRole = z.object({ membershipId: id, role: z.enum(ROLES, "Choose a role.") });
export type TChangeRole = z.infer<typeof ZChangeRole>;

export const ZRemoveMember = z.object({ membershipId: id });

export const ZCreateInvitation = z.object({
  email: z.string().trim().toLowerCase().max(254, "Email addresses are at most 254 characters.").pipe(z.email("Enter a valid email address.")),
  role: z.enum(ROLES, "Choose a role."),
});
export type TCreateInvitation = z.infer<typeof ZCreateInvitation>;

export const ZRevokeInvitation = z.object({ invitationId: id });

export const ZAcceptInvitation = z.object({ token: lineText(z.string().trim().min(20).max(200)) });

export const ZRevokeSession = z.object({ sessionId: id });

export const ZMfaPolicy = z.object({ mfaRequired: z.boolean() });
