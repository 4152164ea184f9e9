import type { Metadata } from "next";
import localFont from "next/font/local";
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { HydrationMarker } from "@/components/ui/hydration-marker";
import { THEME_COOKIE, parseTheme } from "@/lib/theme";
import "./globals.css";

// Served from the npm package: fonts must not be fetched from the internet at build time.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
});

export const metadata: Metadata = {
  title: { default: "Zero Trust Readiness", template: "%s · Zero Trust Readiness" },
  description: "Assess how far your organisation is along the Zero Trust journey.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" className={`${inter.variable} ${theme === "dark" ? "dark" : ""}`}>
      <body className="min-h-screen font-sans antialiased">
        {children}
        <HydrationMarker />
      </body>
    </html>
  );
}
