"use server";

import { runAction } from "@/lib/server/action";
import { resendVerificationEmail } from "@/lib/server/email-verification";
import { ZResendVerification } from "@/lib/validation/mail";

export async function resendVerificationAction(input: unknown) {
  return runAction(ZResendVerification, input, (actor, data) => resendVerificationEmail(actor, data.next));
}
