import { z } from "zod";
import { lineText } from "./text";

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
  name: lineText(z.string().trim().min(1, "Enter your name.").max(100, "Names are at most 100 characters.")),
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

/** Longer `next` values are not links this app makes; they fall back to the home page. */
export const REDIRECT_MAX_LENGTH = 2000;
// Stands in for the app's origin: a target is accepted only when it resolves to this one.
const OWN_ORIGIN = "http://app.invalid";

/**
 * The one decision on where to go after signing in (password, two-factor, single sign-on,
 * sign-up, invitation). The value is resolved the way a browser would, so tabs, line breaks,
 * backslashes and dot segments cannot turn it into another site ("/\t/evil.example" is
 * "//evil.example"); only a path on this origin survives, returned normalised. Anything else is "/".
 */
export function safeRedirectPath(value: unknown): string {
  if (typeof value !== "string" || value.length > REDIRECT_MAX_LENGTH || !value.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(value, `${OWN_ORIGIN}/`);
  } catch {
    return "/";
  }
  // "/.//evil.example" normalises to the path "//evil.example", which a browser reads as a host.
  if (url.origin !== OWN_ORIGIN || url.pathname.startsWith("//")) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}

export const ZTwoFactorCode = z.object({
  code: z.string().trim().regex(/^\d{6}$/, "Enter the 6-digit code from your authenticator app."),
});

export const ZRecoveryCode = z.object({
  code: lineText(z.string().trim().min(6, "Enter one of your recovery codes.").max(40, "That is not a recovery code.")),
});

export const ZPasswordConfirmation = z.object({
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX_LENGTH, "That password is too long."),
});

export interface CodeFormState {
  error?: string;
}
