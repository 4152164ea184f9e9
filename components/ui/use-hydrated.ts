"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False in the server render and until hydration. Controls whose click needs React (menus,
 * dialogs) stay disabled until then, so an early click waits instead of being lost.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
