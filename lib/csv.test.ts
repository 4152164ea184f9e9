import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  const columns = [
    { header: "name", value: (row: { name: string; n: number | null }) => row.name },
    { header: "n", value: (row: { name: string; n: number | null }) => row.n },
  ];

  it("quotes commas, quotes and line breaks", () => {
    expect(toCsv([{ name: 'a,"b"\nc', n: 1 }], columns)).toBe('name,n\r\n"a,""b""\nc",1\r\n');
  });

  it("neutralises spreadsheet formulas and prints empty cells for null", () => {
    expect(toCsv([{ name: "=HYPERLINK(1)", n: null }, { name: "-2+3", n: 2 }], columns)).toBe("name,n\r\n'=HYPERLINK(1),\r\n'-2+3,2\r\n");
  });
});
