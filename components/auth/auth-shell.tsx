import { ShieldCheck } from "lucide-react";
import type { ReactNode } from "react";

/** The centred, branded frame of the sign-in, sign-up and e-mail confirmation pages. */
export function AuthShell({ children }: { children: ReactNode }) {
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
