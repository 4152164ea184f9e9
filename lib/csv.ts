/**
 * CSV injection (OWASP): a spreadsheet runs a cell as a formula when it starts with = + - @,
 * tab or carriage return (ASCII or full-width). A quote before one keeps the text as text, at
 * the start of the cell and, for = + - @, after anything a spreadsheet or an import may split
 * on (",", ";", tab, line breaks) or that ends a quoted part.
 */
const FORMULA = /^[\t\r+\-=@\uFF0B\uFF0D\uFF1D\uFF20]|(?<=[\t\n\r",;])[+\-=@\uFF0B\uFF0D\uFF1D\uFF20]/g;

function cell(value: unknown): string {
  const text = value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : String(value);
  // Every cell quoted, so no separator or line break inside one can start a new cell.
  return `"${text.replace(FORMULA, "'$&").replaceAll('"', '""')}"`;
}

export type CsvColumns<T> = readonly { header: string; value: (row: T) => unknown }[];

const line = (cells: readonly unknown[]) => `${cells.map(cell).join(",")}\r\n`;

/** The header line alone, for a file written in batches. */
export const csvHeader = <T>(columns: CsvColumns<T>): string => line(columns.map((column) => column.header));

/** The lines of `rows` alone, for a file written in batches. */
export const csvRows = <T>(rows: readonly T[], columns: CsvColumns<T>): string =>
  rows.map((row) => line(columns.map((column) => column.value(row)))).join("");

/** RFC 4180 CSV with a header row; safe to open in a spreadsheet. Every CSV the app writes goes through here. */
export function toCsv<T>(rows: readonly T[], columns: CsvColumns<T>): string {
  return csvHeader(columns) + csvRows(rows, columns);
}
