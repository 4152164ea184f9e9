/** Cells that spreadsheets would run as formulas start with one of these (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: unknown): string {
  let text = value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export type CsvColumns<T> = readonly { header: string; value: (row: T) => unknown }[];

const line = (cells: readonly unknown[]) => `${cells.map(cell).join(",")}\r\n`;

/** The header line alone, for a file written in batches. */
export const csvHeader = <T>(columns: CsvColumns<T>): string => line(columns.map((column) => column.header));

/** The lines of `rows` alone, for a file written in batches. */
export const csvRows = <T>(rows: readonly T[], columns: CsvColumns<T>): string =>
  rows.map((row) => line(columns.map((column) => column.value(row)))).join("");

/** RFC 4180 CSV with a header row; safe to open in a spreadsheet. */
export function toCsv<T>(rows: readonly T[], columns: CsvColumns<T>): string {
  return csvHeader(columns) + csvRows(rows, columns);
}
