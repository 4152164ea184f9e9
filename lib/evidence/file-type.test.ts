import { describe, expect, it } from "vitest";
import { sniffEvidenceType, UNSUPPORTED_MESSAGE } from "./file-type";

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((part) => (typeof part === "string" ? Array.from(new TextEncoder().encode(part)) : part)));
const zipEntry = (name: string, content = "") => bytes([0x50, 0x4b, 0x03, 0x04], Array.from({ length: 26 }, () => 0), name, content);

const SAMPLES = {
  "report.pdf": [bytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"), "application/pdf"],
  "screen.png": [bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "image/png"],
  "photo.JPG": [bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16]), "image/jpeg"],
  "photo.jpeg": [bytes([0xff, 0xd8, 0xff, 0xdb]), "image/jpeg"],
  "anim.gif": [bytes("GIF89a", [1, 0, 1, 0]), "image/gif"],
  "old.gif": [bytes("GIF87a", [1, 0]), "image/gif"],
  "pic.webp": [bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 "), "image/webp"],
  "notes.txt": [bytes("Firewall rules reviewed — ✓\n"), "text/plain; charset=utf-8"],
  "users.csv": [bytes("name,mfa\nada,yes\n"), "text/csv; charset=utf-8"],
  "book.xlsx": [bytes([...zipEntry("[Content_Types].xml")], [...zipEntry("xl/workbook.xml")]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
  "sheet.ods": [zipEntry("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), "application/vnd.oasis.opendocument.spreadsheet"],
  "legacy.xls": [bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "application/vnd.ms-excel"],
} as const;

describe("sniffEvidenceType", () => {
  it.each(Object.entries(SAMPLES))("accepts %s by its magic bytes", (name, [content, type]) => {
    expect(sniffEvidenceType(name, content)).toMatchObject({ ok: true, contentType: type });
  });

  it.each([
    ["diagram.svg", bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ["page.html", bytes("<!doctype html><script>alert(1)</script>")],
    ["page.htm", bytes("<html></html>")],
    ["setup.exe", bytes("MZ", [0x90, 0])],
    ["noextension", bytes("%PDF-1.7")],
  ])("refuses %s: not a type it accepts", (name, content) => {
    expect(sniffEvidenceType(name, content)).toEqual({ ok: false, message: UNSUPPORTED_MESSAGE });
  });

  it("refuses content that does not match its extension", () => {
    expect(sniffEvidenceType("invoice.pdf", bytes("MZ", [0x90, 0, 3, 0]))).toMatchObject({ ok: false, message: expect.stringContaining("not a .pdf file") });
    expect(sniffEvidenceType("logo.png", bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toMatchObject({ ok: false });
    expect(sniffEvidenceType("photo.jpg", SAMPLES["screen.png"][0])).toMatchObject({ ok: false });
    // A ZIP that is not a workbook, and a ZIP named .ods without OpenDocument's mimetype entry.
    expect(sniffEvidenceType("book.xlsx", zipEntry("word/document.xml"))).toMatchObject({ ok: false });
    expect(sniffEvidenceType("sheet.ods", zipEntry("xl/workbook.xml"))).toMatchObject({ ok: false });
  });

  it("takes text only as valid UTF-8 without NUL", () => {
    expect(sniffEvidenceType("a.txt", bytes("abc", [0], "def"))).toMatchObject({ ok: false, message: expect.stringContaining("not UTF-8 text") });
    expect(sniffEvidenceType("a.csv", bytes([0xc3, 0x28]))).toMatchObject({ ok: false });
    expect(sniffEvidenceType("a.txt", bytes([0xed, 0xa0, 0x80]))).toMatchObject({ ok: false });
  });

  it("refuses an empty file", () => {
    expect(sniffEvidenceType("empty.txt", new Uint8Array())).toEqual({ ok: false, message: "The file is empty." });
  });
});
