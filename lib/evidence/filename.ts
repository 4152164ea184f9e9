import { MAX_FILE_NAME_LENGTH } from "./files";

// Control and format characters (a right-to-left override can make "fdp.exe" read "exe.pdf"),
// lone surrogates, and characters file systems or headers give meaning to.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}/\\<>:"|?*]/gu;

const isDotOrSpace = (c: string | undefined) => c === "." || c === " ";

/** Without leading dots (a hidden file) or trailing ones (Windows drops them); a loop, not a backtracking regex. */
function trimDotsAndSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isDotOrSpace(text[start])) start++;
  while (end > start && isDotOrSpace(text[end - 1])) end--;
  return text.slice(start, end);
}

/**
 * A stored file name that is safe to show, to save on any system and to put in a header: one
 * line, no path, no leading or trailing dots or spaces, at most 200 characters with the
 * extension kept; "file" when nothing is left.
 */
export function sanitizeFileName(name: string): string {
  const cleaned = trimDotsAndSpaces(name.normalize("NFC").replace(UNSAFE, "_").replace(/\s+/g, " "));
  const chars = Array.from(cleaned);
  if (chars.length === 0) return "file";
  if (chars.length <= MAX_FILE_NAME_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : "";
  const stem = Array.from(cleaned.slice(0, cleaned.length - extension.length));
  // The cut may end the stem on a dot or space, or leave no stem: trimmed again.
  return trimDotsAndSpaces(stem.slice(0, MAX_FILE_NAME_LENGTH - extension.length).join("") + extension) || "file";
}

/** RFC 8187 value characters: what encodeURIComponent leaves alone, less ' ( ) * . */
const encodeRfc8187 = (text: string) => encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Content-Disposition with a file name (RFC 6266): a printable-ASCII `filename` for old clients,
 * and the exact name as UTF-8 in `filename*`, which current browsers prefer.
 */
export function contentDisposition(type: "inline" | "attachment", name: string): string {
  const fallback = sanitizeFileName(name).replace(/[^\x20-\x7e]/g, "_").replace(/["\\%]/g, "_");
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encodeRfc8187(sanitizeFileName(name))}`;
}
