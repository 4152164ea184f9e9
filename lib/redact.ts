/** Keys whose values never reach the audit trail, wherever they are nested. */
const SECRET_KEY = /pass(word)?|secret|token|hash|otp|code|key|cookie|authorization/i;
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/g;

/**
 * A copy safe to keep in the audit trail: secrets replaced, email addresses masked
 * (personal data), long strings cut.
 */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 6) return "[…]";
  if (typeof value === "string") return value.replace(EMAIL, (email) => `${email[0]}***@${email.split("@")[1]}`).slice(0, 2000);
  if (Array.isArray(value)) return value.slice(0, 100).map((item) => redact(item, depth + 1));
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, SECRET_KEY.test(key) ? "[redacted]" : redact(inner, depth + 1)]),
    );
  }
  return value;
}
