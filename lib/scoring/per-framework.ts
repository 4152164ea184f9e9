import type { Framework } from "../framework/types";

/**
 * What is derived from a framework, built once per framework object: scoring runs once per
 * assessment, and a released framework never changes (one edited in place after being scored
 * would be served stale).
 */
export function perFramework<T>(build: (framework: Framework) => T): (framework: Framework) => T {
  const built = new WeakMap<Framework, T>();
  return (framework) => {
    let value = built.get(framework);
    if (value === undefined) {
      value = build(framework);
      built.set(framework, value);
    }
    return value;
  };
}
