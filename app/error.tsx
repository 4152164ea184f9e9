"use client";

import { Button } from "@/components/ui/button";

/** Unexpected errors: the user gets a generic message and the digest the server log keeps. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto grid max-w-md gap-3 px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="text-muted-foreground">
        Nothing you saved is lost. Try again; if it keeps happening, quote this reference:{" "}
        <code className="font-mono">{error.digest ?? "n/a"}</code>.
      </p>
      <div>
        <Button onClick={reset}>Try again</Button>
      </div>
    </main>
  );
}
