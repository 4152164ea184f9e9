import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/validation/auth";
import { prisma } from "./db";

const SESSION_DAYS = 7;

/** The one authentication instance: sessions live in the database, cookies are HttpOnly, Secure, SameSite=Lax. */
export const auth = betterAuth({
  appName: "Zero Trust Readiness",
  baseURL: process.env.BETTER_AUTH_URL,
  secret: process.env.BETTER_AUTH_SECRET,
  database: prismaAdapter(prisma, { provider: "postgresql" }),
  emailAndPassword: {
    enabled: true,
    minPasswordLength: PASSWORD_MIN_LENGTH,
    maxPasswordLength: PASSWORD_MAX_LENGTH,
    autoSignIn: true,
  },
  session: {
    expiresIn: SESSION_DAYS * 24 * 60 * 60,
    updateAge: 24 * 60 * 60,
  },
  advanced: {
    // Browsers treat http://localhost as a secure context, so Secure cookies work in development too.
    useSecureCookies: true,
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: true },
  },
  plugins: [nextCookies()],
});
