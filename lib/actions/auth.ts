"use server";

import { redirect } from "next/navigation";
import { AppError } from "@/lib/server/errors";
import { signIn, signOut, signUp, startSingleSignOn } from "@/lib/server/session";
import { completeSignInWithCode } from "@/lib/server/two-factor";
import {
  type AuthFormState,
  type CodeFormState,
  fieldErrors,
  safeRedirectPath,
  ZRecoveryCode,
  ZSignIn,
  ZSignUp,
  ZTwoFactorCode,
} from "@/lib/validation/auth";

function text(formData: FormData, key: string): string {
  const value = formData.get(key);
  return typeof value === "string" ? value : "";
}

export async function signInAction(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const values = { email: text(formData, "email") };
  const parsed = ZSignIn.safeParse({ email: values.email, password: text(formData, "password") });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  let outcome: Awaited<ReturnType<typeof signIn>>;
  try {
    outcome = await signIn(parsed.data);
  } catch (error) {
    if (error instanceof AppError) return { errors: { form: error.message }, values };
    throw error;
  }
  const next = safeRedirectPath(formData.get("next"));
  redirect(outcome === "two-factor" ? `/sign-in/two-factor?next=${encodeURIComponent(next)}` : next);
}

export async function twoFactorSignInAction(_previous: CodeFormState, formData: FormData): Promise<CodeFormState> {
  const kind = formData.get("kind") === "recovery" ? "recovery" : "totp";
  const parsed = (kind === "totp" ? ZTwoFactorCode : ZRecoveryCode).safeParse({ code: text(formData, "code") });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message };
  try {
    await completeSignInWithCode(kind, parsed.data.code);
  } catch (error) {
    if (error instanceof AppError) return { error: error.message };
    throw error;
  }
  redirect(safeRedirectPath(formData.get("next")));
}

export async function signUpAction(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const values = { name: text(formData, "name"), email: text(formData, "email") };
  const parsed = ZSignUp.safeParse({ ...values, password: text(formData, "password") });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const next = safeRedirectPath(formData.get("next"));
  try {
    await signUp(parsed.data, next);
  } catch (error) {
    if (error instanceof AppError) return { errors: { form: error.message }, values };
    throw error;
  }
  redirect(next);
}

export async function signOutAction(): Promise<void> {
  await signOut();
  redirect("/sign-in");
}

export async function singleSignOnAction(formData: FormData): Promise<void> {
  redirect(await startSingleSignOn(safeRedirectPath(formData.get("next"))));
}
