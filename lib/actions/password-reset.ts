"use server";

import { AppError } from "@/lib/server/errors";
import { requestPasswordReset, resetPassword } from "@/lib/server/password-reset";
import { fieldErrors } from "@/lib/validation/auth";
import { type PasswordFormState, ZForgotPassword, ZResetPassword } from "@/lib/validation/mail";

function text(formData: FormData, key: string): string {
  const value = formData.get(key);
  return typeof value === "string" ? value : "";
}

export async function requestPasswordResetAction(_previous: PasswordFormState, formData: FormData): Promise<PasswordFormState> {
  const values = { email: text(formData, "email").slice(0, 300) };
  const parsed = ZForgotPassword.safeParse(values);
  if (!parsed.success) return { done: false, errors: fieldErrors(parsed.error), values };
  try {
    await requestPasswordReset(parsed.data.email);
  } catch (error) {
    if (error instanceof AppError) return { done: false, errors: { form: error.message }, values };
    throw error;
  }
  return { done: true, errors: {}, values };
}

export async function resetPasswordAction(_previous: PasswordFormState, formData: FormData): Promise<PasswordFormState> {
  const parsed = ZResetPassword.safeParse({ token: text(formData, "token"), password: text(formData, "password"), confirm: text(formData, "confirm") });
  if (!parsed.success) return { done: false, errors: fieldErrors(parsed.error), values: {} };
  try {
    await resetPassword(parsed.data.token, parsed.data.password);
  } catch (error) {
    if (error instanceof AppError) return { done: false, errors: { form: error.message }, values: {} };
    throw error;
  }
  return { done: true, errors: {}, values: {} };
}
