"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { requireActor } from "@/lib/server/session";
import { THEME_COOKIE, THEMES } from "@/lib/theme";

const ZTheme = z.enum(THEMES);

export async function setThemeAction(theme: unknown): Promise<void> {
  await requireActor();
  const parsed = ZTheme.safeParse(theme);
  if (!parsed.success) return;
  (await cookies()).set(THEME_COOKIE, parsed.data, {
    httpOnly: true,
    secure: true,
    sameSite: "lax",
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  });
}
