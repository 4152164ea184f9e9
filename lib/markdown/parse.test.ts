import { describe, expect, it } from "vitest";
import { parseInline, parseMarkdown, type Block, type Inline } from "./parse";

const text = (value: string): Inline => ({ kind: "text", text: value });
/** The text a reader sees in inline content, links and all. */
const plain = (nodes: Inline[]): string => nodes.map((node) => (node.kind === "text" || node.kind === "code" ? node.text : plain(node.children))).join("");

describe("parseInline", () => {
  it("reads code, bold and http(s) links, and leaves the rest as text", () => {
    expect(parseInline("Run `Get-Mg` on **all [admins](https://learn.microsoft.com/x)** now")).toEqual([
      text("Run "),
      { kind: "code", text: "Get-Mg" },
      text(" on "),
      { kind: "strong", children: [text("all "), { kind: "link", href: "https://learn.microsoft.com/x", children: [text("admins")] }] },
      text(" now"),
    ]);
  });

  it("keeps links to anything but http(s) as text, and raw HTML as text", () => {
    expect(parseInline("[x](javascript:alert(1)) <script>alert(1)</script>")).toEqual([text("[x](javascript:alert(1)) <script>alert(1)</script>")]);
    expect(parseInline("[x](data:text/html,hi)")).toEqual([text("[x](data:text/html,hi)")]);
  });

  it("never loads an image: its alt text stands in", () => {
    expect(parseInline("see ![pixel](https://attacker.example/p.png) and ![](x)")).toEqual([text("see [image: pixel] and [image]")]);
  });

  it("reads unclosed markers as text", () => {
    expect(parseInline("a ** b ` c [d](")).toEqual([text("a ** b ` c [d](")]);
  });
});

describe("parseMarkdown", () => {
  it("reads the shapes the tool's results use", () => {
    const blocks = parseMarkdown(
      [
        "# Users without MFA",
        "",
        "Found issues.",
        "Second line.",
        "",
        "| | Name | State |",
        "| :--- | :--- | ---: |",
        "| 1 | [Ada](https://entra.microsoft.com/#user/1) | **Not registered** |",
        "",
        "- one",
        "- two",
        "1. first",
        "> quoted",
        ">> nested",
        "---",
        "```",
        "<b>kept as text</b>",
        "```",
      ].join("\r\n"),
    );
    expect(blocks.map((block) => block.kind)).toEqual(["heading", "paragraph", "table", "list", "list", "quote", "rule", "code"]);
    const table = blocks[2] as Extract<Block, { kind: "table" }>;
    expect(table.header.map(plain)).toEqual(["", "Name", "State"]);
    expect(table.rows[0]![1]).toEqual([{ kind: "link", href: "https://entra.microsoft.com/#user/1", children: [text("Ada")] }]);
    expect((blocks[1] as Extract<Block, { kind: "paragraph" }>).lines.map(plain)).toEqual(["Found issues.", "Second line."]);
    expect((blocks[5] as Extract<Block, { kind: "quote" }>).lines.map(plain)).toEqual(["quoted", "nested"]);
    expect(blocks[7]).toEqual({ kind: "code", text: "<b>kept as text</b>" });
  });

  it("reads hostile input of hundreds of kilobytes as plain content, whole", () => {
    // Inputs that cost a CommonMark parser quadratic time or its stack; here one pass each.
    const hostile = {
      brackets: "[a](".repeat(50_000),
      emphasis: "*a_ ".repeat(50_000),
      quotes: "> ".repeat(100_000) + "x",
      stars: "*".repeat(100_000) + "a" + "*".repeat(100_000),
      list: "- a\n".repeat(50_000),
    };
    const brackets = parseMarkdown(hostile.brackets);
    expect(brackets).toHaveLength(1);
    expect(plain((brackets[0] as Extract<Block, { kind: "paragraph" }>).lines[0]!)).toHaveLength(200_000);
    expect(parseMarkdown(hostile.emphasis)).toHaveLength(1);
    expect(parseMarkdown(hostile.quotes)).toEqual([{ kind: "quote", lines: [[text("x")]] }]);
    // The pair of markers around the "a" makes the one bold run.
    const stars = (parseMarkdown(hostile.stars)[0] as Extract<Block, { kind: "paragraph" }>).lines[0]!;
    expect(stars.filter((node) => node.kind === "strong").map((node) => plain([node]))).toEqual([expect.stringMatching(/^\*?a$/)]);
    expect(plain(stars)).toHaveLength(200_001 - 4);
    expect((parseMarkdown(hostile.list)[0] as Extract<Block, { kind: "list" }>).items).toHaveLength(50_000);
  });
});
