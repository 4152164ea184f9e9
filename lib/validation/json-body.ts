/** The largest request body any route reads (proxy.ts refuses larger declared lengths up front). */
export const MAX_BODY_BYTES = 1024 * 1024;
/** No document this app reads nests deeper; deeper input is refused before it is parsed. */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether JSON text nests arrays and objects deeper than `max`, found in one pass without
 * recursion (so a deep input cannot exhaust the stack) and without parsing. Brackets inside
 * strings do not count; invalid JSON is left for the parser to refuse.
 */
export function jsonNestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i++; // backslash: the next character is escaped
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      if (++depth > max) return true;
    } else if (char === 0x7d || char === 0x5d) depth--;
  }
  return false;
}

/**
 * Where the JSON object or array that opens at `start` ends (the index after its closing
 * bracket), or -1 when the text ends first. One pass; brackets inside strings do not count.
 * Used to cut a JSON document out of the text around it, such as a script in an HTML page.
 */
export function jsonValueEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i++;
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) depth++;
    else if ((char === 0x7d || char === 0x5d) && --depth === 0) return i + 1;
  }
  return -1;
}
