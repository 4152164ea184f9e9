import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AuthShell } from "@/components/auth/auth-shell";
import { getActor } from "@/lib/server/session";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  if (await getActor()) redirect("/");
  return <AuthShell>{children}</AuthShell>;
}
