import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** False in the server render and the hydration pass, true after: controls stay disabled until a click would reach them. */
export const useHydrated = () => useSyncExternalStore(noSubscription, () => true, () => false);
