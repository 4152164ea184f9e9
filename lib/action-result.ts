/** What every server action returns: data, or a message (and field errors) fit to show. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: string; fields?: Record<string, string> };
