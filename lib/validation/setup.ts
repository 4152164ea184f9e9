import { z } from "zod";
import { type FieldErrors, ZSignUp } from "./auth";

/** The first owner's account, as on sign-up, plus the one-time code from the server log. */
export const ZSetup = ZSignUp.extend({
  code: z.string().trim().min(1, "Enter the setup code from the server log.").max(40, "Setup codes are 19 characters, like 7KQ2-M9XD-4F1B-ZT8C."),
});
export type TSetup = z.infer<typeof ZSetup>;

export interface SetupFormState {
  errors: FieldErrors<TSetup>;
  values: { name?: string; email?: string };
}
