"use server";

import { redirect } from "next/navigation";
import { AppError } from "@/lib/server/errors";
import { signIn, signOut, signUp } from "@/lib/server/session";
import { type AuthFormState, fieldErrors, safeRedirectPath, ZSignIn, ZSignUp } from "@/lib/validation/auth";

function text(formData: FormData, key: string): string {
  const value = formData.get(key);
  return typeof value === "string" ? value : "";
}

export async function signInAction(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const values = { email: text(formData, "email") };
  const parsed = ZSignIn.safeParse({ email: values.email, password: text(formData, "password") });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  try {
    await signIn(parsed.data);
  } catch (error) {
    if (error instanceof AppError) return { errors: { form: error.message }, values };
    throw error;
  }
  redirect(safeRedirectPath(formData.get("next")));
}

export async function signUpAction(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const values = { name: text(formData, "name"), email: text(formData, "email") };
  const parsed = ZSignUp.safeParse({ ...values, password: text(formData, "password") });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  try {
    await signUp(parsed.data);
  } catch (error) {
    if (error instanceof AppError) return { errors: { form: error.message }, values };
    throw error;
  }
  redirect(safeRedirectPath(formData.get("next")));
}

export async function signOutAction(): Promise<void> {
  await signOut();
  redirect("/sign-in");
}
