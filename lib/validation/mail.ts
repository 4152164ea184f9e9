import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type FieldErrors } from "./auth";

export const ZForgotPassword = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter your email address.")
    .max(254, "Email addresses are at most 254 characters.")
    .pipe(z.email("Enter a valid email address, like name@example.com.")),
});

/** better-auth's reset tokens are 24 characters; anything far from that is not one. */
export const ZResetToken = z.string().trim().min(16).max(100);

export const ZResetPassword = z
  .object({
    token: ZResetToken,
    password: z
      .string()
      .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
      .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`),
    confirm: z.string().max(PASSWORD_MAX_LENGTH, "That password is too long."),
  })
  .refine((data) => data.password === data.confirm, { path: ["confirm"], message: "The two passwords are not the same." });
export type TResetPassword = z.infer<typeof ZResetPassword>;

export const ZResendVerification = z.object({ next: z.string().max(500) });

/** What the forgot-password and reset forms get back. */
export interface PasswordFormState {
  done: boolean;
  errors: FieldErrors<TResetPassword & { email: string }>;
  values: { email?: string };
}
