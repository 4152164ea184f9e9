import { ShieldCheck } from "lucide-react";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { getActor } from "@/lib/server/session";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  if (await getActor()) redirect("/");
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-6 bg-muted/40 px-4 py-12">
      <div className="flex items-center gap-2 text-lg font-semibold">
        <ShieldCheck className="size-6 text-primary" aria-hidden />
        Zero Trust Readiness
      </div>
      {children}
    </main>
  );
}
