"use client";

import { useEffect, useState, type ComponentType, type FocusEvent, type MouseEvent } from "react";

/** How the first click came: a keyboard "click" (Enter or Space, `detail` 0) puts focus on the first item, as Radix does for keys. */
export type OpenedWith = "pointer" | "keyboard";

const whenIdle = (callback: () => void) =>
  typeof window.requestIdleCallback === "function" ? window.requestIdleCallback(callback) : window.setTimeout(callback, 200);

/**
 * The header menus' Radix code (popper, focus trap, roving focus) is kept out of every page's
 * first load: it is fetched when the browser is idle, or at once on an earlier click. Until
 * the first click the caller renders its own trigger, the same button with the same popup
 * semantics; that click swaps in the Radix menu, open, so it opens on the first click
 * however fast the network is. Radix owns the trigger from then on.
 */
export function useLazyMenu<P>(load: () => Promise<ComponentType<P>>) {
  const [Menu, setMenu] = useState<ComponentType<P> | null>(null);
  const [openedWith, setOpenedWith] = useState<OpenedWith | null>(null);
  useEffect(() => {
    whenIdle(() => void load().catch(() => undefined));
  }, [load]);
  const open = (event: MouseEvent) => {
    setOpenedWith(event.detail === 0 ? "keyboard" : "pointer");
    load().then(
      (component) => setMenu(() => component),
      () => setOpenedWith(null),
    );
  };
  return { Menu, openedWith: openedWith ?? "pointer", pending: openedWith !== null && !Menu, open };
}

/**
 * Radix focuses the first item of a menu opened with a key, but it cannot know that the
 * first, swapped-in opening came from one: the menu focuses itself then, and this moves on
 * to the first item (for the content's onFocus, on that opening only).
 */
export function useFirstItemFocus(openedWith: OpenedWith) {
  const [pending, setPending] = useState(openedWith === "keyboard");
  return (event: FocusEvent<HTMLElement>) => {
    if (!pending || event.target !== event.currentTarget) return;
    setPending(false);
    event.currentTarget.querySelector<HTMLElement>('[role="menuitem"]:not([data-disabled])')?.focus();
  };
}
