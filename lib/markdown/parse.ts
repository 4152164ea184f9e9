/**
 * The Markdown of imported tool results, read into a small tree the page renders as React
 * elements. Only what such results use is recognised: headings, paragraphs, flat lists, pipe
 * tables, fenced code, quotes, rules; inline code, bold and http(s) links. Everything else is
 * text. The cost is linear in the input by construction: each line is read once, and each
 * inline opener finds its closer from positions computed in one pass, so hostile input (long
 * runs of brackets, emphasis or quotes) cannot slow the page down. Raw HTML is never parsed:
 * it stays text.
 */

export type Inline = { kind: "text"; text: string } | { kind: "code"; text: string } | { kind: "strong"; children: Inline[] } | { kind: "link"; href: string; children: Inline[] };

export type Block =
  | { kind: "heading"; level: 1 | 2 | 3 | 4; content: Inline[] }
  | { kind: "paragraph"; lines: Inline[][] }
  | { kind: "list"; ordered: boolean; items: Inline[][] }
  | { kind: "table"; header: Inline[][]; rows: Inline[][][] }
  | { kind: "code"; text: string }
  | { kind: "quote"; lines: Inline[][] }
  | { kind: "rule" };

/** For each position, the next index at or after it where `token` starts, or -1. One pass from the end. */
function nextOccurrence(text: string, token: string): Int32Array {
  const next = new Int32Array(text.length + 1).fill(-1);
  for (let i = text.length - token.length; i >= 0; i--) next[i] = text.startsWith(token, i) ? i : next[i + 1]!;
  return next;
}

const SAFE_LINK = /^https?:\/\/[^\s<>"'`]+$/i;

interface Marks {
  tick: Int32Array;
  bold: Int32Array;
  linkMiddle: Int32Array;
  paren: Int32Array;
}

/** Inline content of text[from, to); `depth` keeps bold and link text from nesting further. */
function inline(text: string, from: number, to: number, marks: Marks, depth: number): Inline[] {
  const out: Inline[] = [];
  let buffer = "";
  const flush = () => {
    if (buffer) out.push({ kind: "text", text: buffer });
    buffer = "";
  };
  let i = from;
  while (i < to) {
    const char = text[i]!;
    if (char === "`") {
      const close = marks.tick[i + 1] ?? -1;
      if (close !== -1 && close < to) {
        flush();
        out.push({ kind: "code", text: text.slice(i + 1, close) });
        i = close + 1;
        continue;
      }
    } else if (char === "*" && text[i + 1] === "*" && depth < 2) {
      const close = marks.bold[i + 2] ?? -1;
      if (close !== -1 && close + 2 <= to && close > i + 2) {
        flush();
        out.push({ kind: "strong", children: inline(text, i + 2, close, marks, depth + 1) });
        i = close + 2;
        continue;
      }
    } else if ((char === "[" || (char === "!" && text[i + 1] === "[")) && depth < 2) {
      const open = char === "!" ? i + 1 : i;
      const middle = marks.linkMiddle[open + 1] ?? -1;
      const end = middle === -1 ? -1 : (marks.paren[middle + 2] ?? -1);
      if (middle !== -1 && end !== -1 && end < to) {
        const href = text.slice(middle + 2, end).trim();
        if (char === "!") {
          // An image is never loaded: its alt text stands in for it.
          const alt = text.slice(open + 1, middle).trim();
          buffer += alt ? `[image: ${alt}]` : "[image]";
          i = end + 1;
          continue;
        }
        if (SAFE_LINK.test(href)) {
          flush();
          out.push({ kind: "link", href, children: inline(text, i + 1, middle, marks, depth + 1) });
          i = end + 1;
          continue;
        }
      }
    }
    buffer += char;
    i++;
  }
  flush();
  return out;
}

/** Inline content of one line. */
export function parseInline(line: string): Inline[] {
  const marks = { tick: nextOccurrence(line, "`"), bold: nextOccurrence(line, "**"), linkMiddle: nextOccurrence(line, "]("), paren: nextOccurrence(line, ")") };
  return inline(line, 0, line.length, marks, 0);
}

const isRule = (line: string) => /^(?:-{3,}|\*{3,}|_{3,})$/.test(line.replace(/\s/g, ""));

/** The cells of a table row: split on pipes, without the empty cells outside the outer pipes. */
function cells(line: string): string[] {
  const parts = line.trim().split("|");
  if (parts[0]?.trim() === "") parts.shift();
  if (parts.length > 0 && parts[parts.length - 1]!.trim() === "") parts.pop();
  return parts.map((part) => part.trim());
}

const isSeparatorRow = (line: string) => line.includes("-") && cells(line).every((cell) => /^:?-+:?$/.test(cell));
const listItem = (line: string) => /^\s{0,8}(?:[-*+]|\d{1,9}[.)])\s+/.exec(line);
const headingOf = (line: string) => /^(#{1,6})\s+/.exec(line);

export function parseMarkdown(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (trimmed === "") {
      i++;
    } else if (trimmed.startsWith("```")) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i]!.trim().startsWith("```")) body.push(lines[i++]!);
      i++;
      blocks.push({ kind: "code", text: body.join("\n") });
    } else if (headingOf(trimmed)) {
      const marker = headingOf(trimmed)!;
      blocks.push({ kind: "heading", level: Math.min(4, marker[1]!.length) as 1 | 2 | 3 | 4, content: parseInline(trimmed.slice(marker[0].length)) });
      i++;
    } else if (isRule(trimmed)) {
      blocks.push({ kind: "rule" });
      i++;
    } else if (trimmed.startsWith("|") && i + 1 < lines.length && isSeparatorRow(lines[i + 1]!)) {
      const header = cells(line).map(parseInline);
      const rows: Inline[][][] = [];
      i += 2;
      while (i < lines.length && lines[i]!.trim().startsWith("|")) rows.push(cells(lines[i++]!).map(parseInline));
      blocks.push({ kind: "table", header, rows });
    } else if (trimmed.startsWith(">")) {
      const quoted: Inline[][] = [];
      // Nested quotes read as one level: the markers are dropped, however many.
      while (i < lines.length && lines[i]!.trim().startsWith(">")) quoted.push(parseInline(lines[i++]!.trim().replace(/^[>\s]+/, "")));
      blocks.push({ kind: "quote", lines: quoted });
    } else if (listItem(line)) {
      const ordered = /\d/.test(listItem(line)![0]);
      const items: Inline[][] = [];
      // Nested lists read as one flat list.
      while (i < lines.length && listItem(lines[i]!) && /\d/.test(listItem(lines[i]!)![0]) === ordered) {
        const item = lines[i++]!;
        items.push(parseInline(item.slice(listItem(item)![0].length)));
      }
      blocks.push({ kind: "list", ordered, items });
    } else {
      const paragraph: Inline[][] = [parseInline(trimmed)];
      i++;
      while (i < lines.length) {
        const next = lines[i]!.trim();
        if (next === "" || next.startsWith("```") || headingOf(next) || next.startsWith(">") || listItem(lines[i]!) || next.startsWith("|")) break;
        paragraph.push(parseInline(next));
        i++;
      }
      blocks.push({ kind: "paragraph", lines: paragraph });
    }
  }
  return blocks;
}
