import { z } from "zod";
import { lineText } from "./text";

export const MAX_WEBHOOK_URL_LENGTH = 2000;

/** The URL's shape; whether the server may call it (https, no private target) is checked by lib/server/webhooks. */
export const ZWebhookSettings = z.object({
  url: lineText(z.string().trim().min(1, "Enter the URL to send to.").max(MAX_WEBHOOK_URL_LENGTH, `Use at most ${MAX_WEBHOOK_URL_LENGTH} characters.`)),
});
export type TWebhookSettings = z.infer<typeof ZWebhookSettings>;
