import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  const columns = [
    { header: "name", value: (row: { name: string; n: number | null }) => row.name },
    { header: "n", value: (row: { name: string; n: number | null }) => row.n },
  ];
  /** The one data row, without the header line and the final line break. */
  const one = (name: string) => toCsv([{ name, n: 1 }], columns).slice('"name","n"\r\n'.length, -2);

  it("quotes every cell, doubling quotes, so commas and line breaks stay inside it", () => {
    expect(toCsv([{ name: 'a,"b"\nc', n: 1 }], columns)).toBe('"name","n"\r\n"a,""b""\nc","1"\r\n');
    expect(toCsv([{ name: "plain", n: null }], columns)).toBe('"name","n"\r\n"plain",""\r\n');
  });

  it.each(["=HYPERLINK(1)", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "＝1+1", "＋1", "－1", "＠SUM(A1)"])("neutralises %j at the start of a cell", (value) => {
    expect(one(value)).toBe(`"'${value}","1"`);
  });

  it.each([
    ["a,=1", `"a,'=1"`],
    ["a;+1", `"a;'+1"`],
    ['x"=1', `"x""'=1"`],
    ["a\t-1", `"a\t'-1"`],
    ["line\n@SUM(A1)", `"line\n'@SUM(A1)"`],
    ["line\r\n=1", `"line\r\n'=1"`],
    ["a;＝1", `"a;'＝1"`],
    ["\t\t=1", `"'\t\t'=1"`],
  ])("neutralises a formula after a separator a spreadsheet may split on: %j", (value, expected) => {
    expect(one(value)).toBe(`${expected},"1"`);
  });

  it("leaves text without a formula prefix alone, including tabs and line breaks inside it", () => {
    expect(one('Rolled out, mostly.\nSee "phase 2"\r\nnext - year')).toBe(`"Rolled out, mostly.\nSee ""phase 2""\r\nnext - year","1"`);
    expect(one("a@example.com")).toBe(`"a@example.com","1"`);
  });

  it("neutralises headers too, and prints dates as ISO strings", () => {
    const csv = toCsv([{ at: new Date("2026-01-02T03:04:05Z") }], [{ header: "=at", value: (row: { at: Date }) => row.at }]);
    expect(csv).toBe(`"'=at"\r\n"2026-01-02T03:04:05.000Z"\r\n`);
  });
});
