"use server";

import { redirect } from "next/navigation";
import { AppError } from "@/lib/server/errors";
import { createFirstOwner } from "@/lib/server/first-owner";
import { signIn } from "@/lib/server/session";
import { fieldErrors } from "@/lib/validation/auth";
import { type SetupFormState, ZSetup } from "@/lib/validation/setup";

function text(formData: FormData, key: string): string {
  const value = formData.get(key);
  return typeof value === "string" ? value : "";
}

export async function setupAction(_previous: SetupFormState, formData: FormData): Promise<SetupFormState> {
  // Callable by anyone: a request that is not the form's gets an answer, not a crash.
  if (!(formData instanceof FormData)) return { errors: { form: "Send the setup form." }, values: {} };
  const values = { name: text(formData, "name"), email: text(formData, "email") };
  const parsed = ZSetup.safeParse({ ...values, password: text(formData, "password"), code: text(formData, "code") });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  try {
    await createFirstOwner(parsed.data, { kind: "setup-code", code: parsed.data.code });
  } catch (error) {
    if (error instanceof AppError) return { errors: { ...error.fields, form: error.message }, values };
    throw error;
  }
  // The owner exists now; should signing in fail for any reason, the sign-in page takes over.
  const signedIn = await signIn(parsed.data).then(
    (outcome) => outcome === "signed-in",
    (error: unknown) => (error instanceof AppError ? false : Promise.reject(error)),
  );
  redirect(signedIn ? "/" : "/sign-in");
}
