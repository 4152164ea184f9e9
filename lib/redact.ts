/** Keys whose values never reach the audit trail, wherever they are nested. */
const SECRET_KEY = /pass(?:word)?|secret|token|hash|otp|code|key|cookie|authorization/i;
/**
 * "local@domain" starting where a run of non-space, non-@ characters starts: each character is
 * looked at a bounded number of times, so masking is linear in the length of the text.
 */
const EMAIL = /(?<![^\s@])[^\s@]+@[^\s@]+/g;
const LONE_SURROGATE = /\p{Cs}/gu;

export const MAX_TEXT = 2000;
export const MAX_ITEMS = 100;

/** An address has a dot inside its domain; "a@b" or "a@b." is left as it is. */
function maskEmail(match: string): string {
  const at = match.indexOf("@");
  const domain = match.slice(at + 1);
  const dot = domain.indexOf(".");
  return dot > 0 && dot < domain.length - 1 ? `${match[0]}***@${domain}` : match;
}

/** Cut first (never inside a surrogate pair), then mask: the work is bounded by MAX_TEXT, whatever came in. */
function redactText(text: string): string {
  let cut = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  // jsonb refuses lone surrogates; the audit trail keeps a replacement character instead.
  return cut.replace(LONE_SURROGATE, "\uFFFD").replace(EMAIL, maskEmail);
}

/**
 * A copy safe to keep in the audit trail: secrets replaced, email addresses masked
 * (personal data), long strings and long lists cut.
 */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 6) return "[…]";
  if (typeof value === "string") return redactText(value);
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((item) => redact(item, depth + 1));
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .slice(0, MAX_ITEMS)
        .map(([key, inner]) => [redactText(key), SECRET_KEY.test(key) ? "[redacted]" : redact(inner, depth + 1)]),
    );
  }
  return value;
}
