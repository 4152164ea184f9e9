import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentDisposition, sanitizeFileName } from "./filename";

describe("sanitizeFileName", () => {
  it("keeps an ordinary name as it is", () => {
    expect(sanitizeFileName("MFA policy v2 (signed).pdf")).toBe("MFA policy v2 (signed).pdf");
    expect(sanitizeFileName("Zugriffsrichtlinie – Übersicht.xlsx")).toBe("Zugriffsrichtlinie – Übersicht.xlsx");
  });

  it("drops paths, control and direction characters and reserved punctuation", () => {
    expect(sanitizeFileName("../../etc/passwd")).toBe("_.._etc_passwd");
    expect(sanitizeFileName("C:\\Users\\a\\report.pdf")).toBe("C__Users_a_report.pdf");
    expect(sanitizeFileName("a\u0000b\nc\td.txt")).toBe("a_b_c_d.txt");
    expect(sanitizeFileName("invoice\u202Efdp.exe")).toBe("invoice_fdp.exe");
    expect(sanitizeFileName('say "hi" <now>?.txt')).toBe("say _hi_ _now__.txt");
    expect(sanitizeFileName("lone\uD800.txt")).toBe("lone_.txt");
  });

  it("trims dots and spaces at either end, and names an empty result", () => {
    expect(sanitizeFileName("  .hidden.txt. ")).toBe("hidden.txt");
    expect(sanitizeFileName(" ... ")).toBe("file");
    expect(sanitizeFileName(`${".".repeat(5000)}x`)).toBe("x");
  });

  it("cuts to 200 characters, keeping the extension and whole characters", () => {
    const long = sanitizeFileName(`${"é".repeat(300)}.pdf`);
    expect(Array.from(long)).toHaveLength(200);
    expect(long.endsWith("é.pdf")).toBe(true);
    const emoji = sanitizeFileName(`${"😀".repeat(250)}.png`);
    expect(Array.from(emoji)).toHaveLength(200);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe("sanitizeFileName on any input", () => {
  it("is one safe, non-empty line of at most 200 characters, and stable when applied again", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "é", "😀", ".", " ", "/", "\\", "\u0000", "\n", "\u202e", "\ud800", '"', "x", "\u00a0") , maxLength: 400 }), (name) => {
        const safe = sanitizeFileName(name);
        expect(safe.length).toBeGreaterThan(0);
        expect(Array.from(safe).length).toBeLessThanOrEqual(200);
        expect(safe).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}/\\"]/u);
        expect(sanitizeFileName(safe)).toBe(safe);
        expect(contentDisposition("attachment", name)).toMatch(/^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[\w%!.~-]*$/);
      }),
      { numRuns: 500 },
    );
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the exact name as UTF-8 (RFC 6266)", () => {
    expect(contentDisposition("attachment", "Übersicht 2026.xlsx")).toBe(`attachment; filename="_bersicht 2026.xlsx"; filename*=UTF-8''%C3%9Cbersicht%202026.xlsx`);
    expect(contentDisposition("inline", "screen.png")).toBe(`inline; filename="screen.png"; filename*=UTF-8''screen.png`);
  });

  it("cannot break out of the header or the quoted string", () => {
    const header = contentDisposition("attachment", 'a"; filename=evil.html\r\nSet-Cookie: x=1 \\ 100%.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.match(/"/g)).toHaveLength(2);
    expect(header).toContain(`filename*=UTF-8''a_%3B%20filename%3Devil.html__Set-Cookie_%20x%3D1%20_%20100%25.pdf`);
  });
});
