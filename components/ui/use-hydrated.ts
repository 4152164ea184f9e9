"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False in the server render and until React has hydrated this component, true after. A
 * control whose behaviour lives in a client handler (a Radix trigger opens on pointerdown)
 * stays disabled until then, so an early click is refused visibly instead of being lost.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
