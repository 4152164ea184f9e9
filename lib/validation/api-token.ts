import { z } from "zod";
import { PERMISSIONS } from "@/lib/permissions";
import { lineText } from "./text";

export const TOKEN_LIFETIMES_DAYS = [7, 30, 90, 365] as const;

export const ZCreateApiToken = z.object({
  name: lineText(z.string().trim().min(1, "Name the token, e.g. after the tool that uses it.").max(60, "Use at most 60 characters.")),
  scopes: z.array(z.enum(PERMISSIONS)).min(1, "Choose at least one permission.").max(PERMISSIONS.length),
  expiresInDays: z.union(TOKEN_LIFETIMES_DAYS.map((days) => z.literal(days)) as [z.ZodLiteral<7>, z.ZodLiteral<30>, z.ZodLiteral<90>, z.ZodLiteral<365>], {
    error: "Choose how long the token lives.",
  }),
});
export type TCreateApiToken = z.infer<typeof ZCreateApiToken>;

export const ZRevokeApiToken = z.object({ tokenId: lineText(z.string().trim().min(1).max(64)) });
