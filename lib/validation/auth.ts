import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

const email = z
  .string()
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "Email addresses are at most 254 characters.")
  .pipe(z.email("Enter a valid email address, like name@example.com."));

export const ZSignIn = z.object({
  email,
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX_LENGTH, "That password is too long."),
});
export type TSignIn = z.infer<typeof ZSignIn>;

export const ZSignUp = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Names are at most 100 characters."),
  email,
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
    .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`),
});
export type TSignUp = z.infer<typeof ZSignUp>;

/** Field errors keyed by field name, for forms. */
export type FieldErrors<T> = Partial<Record<keyof T | "form", string>>;

export function fieldErrors<T>(error: z.ZodError<T>): FieldErrors<T> {
  const result: FieldErrors<T> = {};
  for (const issue of error.issues) {
    const key = (issue.path[0] ?? "form") as keyof T | "form";
    result[key] ??= issue.message;
  }
  return result;
}

/** What a sign-in or sign-up form gets back: errors per field, and the values to keep on screen. */
export interface AuthFormState {
  errors: FieldErrors<TSignUp>;
  values: { name?: string; email?: string };
}

/** Only same-site paths: "//evil.example" and "/\evil.example" are protocol-relative URLs. */
export function safeRedirectPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value;
}

export const ZTwoFactorCode = z.object({
  code: z.string().trim().regex(/^\d{6}$/, "Enter the 6-digit code from your authenticator app."),
});

export const ZRecoveryCode = z.object({
  code: z.string().trim().min(6, "Enter one of your recovery codes.").max(40, "That is not a recovery code."),
});

export const ZPasswordConfirmation = z.object({
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX_LENGTH, "That password is too long."),
});

export interface CodeFormState {
  error?: string;
}
