import { z } from "zod";
import { ZCreateApiToken } from "./api-token";
import { PASSWORD_MAX_LENGTH } from "./auth";

/** Creating a token from a session older than the re-authentication window also takes the password. */
export const ZCreateApiTokenWithPassword = ZCreateApiToken.extend({
  password: z.string().max(PASSWORD_MAX_LENGTH, "That password is too long.").optional(),
});
export type TCreateApiTokenWithPassword = z.infer<typeof ZCreateApiTokenWithPassword>;

export const ZMemberAccess = z.object({ membershipId: z.string().trim().min(1).max(64) });
export const ZRevokeMemberApiToken = ZMemberAccess.extend({ tokenId: z.string().trim().min(1).max(64) });
