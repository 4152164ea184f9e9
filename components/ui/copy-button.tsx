"use client";

import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { Button } from "./button";
import { useHydrated } from "./use-hydrated";

/**
 * Copies `text` to the clipboard and says so. Where the browser offers no clipboard (a page
 * served over plain HTTP from another host), it selects the element `selectId` instead and
 * tells the user to copy it by hand.
 */
export function CopyButton({ text, selectId, label = "Copy" }: { text: string; selectId: string; label?: string }) {
  const [outcome, setOutcome] = useState<"copied" | "manual">();
  const hydrated = useHydrated();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome("copied");
    } catch {
      const element = document.getElementById(selectId);
      if (element) window.getSelection()?.selectAllChildren(element);
      setOutcome("manual");
    }
  };
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <Button type="button" variant="outline" size="sm" disabled={!hydrated} onClick={() => void copy()}>
        {outcome === "copied" ? <Check aria-hidden /> : <Copy aria-hidden />}
        {label}
      </Button>
      <span role="status" className="text-xs text-muted-foreground">
        {outcome === "copied" ? "Copied" : outcome === "manual" ? "This browser does not allow copying here: the text is selected, press Ctrl+C (⌘C on a Mac)." : ""}
      </span>
    </div>
  );
}
