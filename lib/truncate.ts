/**
 * `text` cut to at most `max` UTF-16 units with an ellipsis, never inside a surrogate pair: half
 * a pair is refused by jsonb and by encodeURIComponent.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
  return `${text.slice(0, end)}…`;
}
