"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction } from "@/lib/server/action";
import { removeWebhook, rotateWebhookSecret, setWebhook } from "@/lib/server/webhooks";
import { ZWebhookSettings } from "@/lib/validation/webhook";

const ZNoInput = z.object({});

export async function setWebhookAction(input: unknown) {
  const result = await runAction(ZWebhookSettings, input, setWebhook);
  revalidatePath("/settings/webhooks");
  return result;
}

export async function rotateWebhookSecretAction(input: unknown) {
  const result = await runAction(ZNoInput, input, (actor) => rotateWebhookSecret(actor));
  revalidatePath("/settings/webhooks");
  return result;
}

export async function removeWebhookAction(input: unknown) {
  const result = await runAction(ZNoInput, input, (actor) => removeWebhook(actor));
  revalidatePath("/settings/webhooks");
  return result;
}
