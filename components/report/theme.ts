import { Font, StyleSheet } from "@react-pdf/renderer";

// Whole words only: hyphenated action texts ("ad-ministrators") read badly in a board report.
Font.registerHyphenationCallback((word) => [word]);

/** One palette for every page and chart of the report: print-safe, AA contrast on white. */
export const COLORS = {
  ink: "#0f172a",
  text: "#1e293b",
  muted: "#64748b",
  rule: "#cbd5e1",
  faint: "#f1f5f9",
  brand: "#1e3a8a",
  current: "#2563eb",
  currentFill: "#bfdbfe",
  target: "#475569",
  gap: "#b91c1c",
  gapFill: "#fef2f2",
  ok: "#15803d",
  marking: "#b91c1c",
} as const;

/** A4 height in points. */
export const PAGE_HEIGHT = 841.89;

export const PAGE_MARGIN = { top: 64, bottom: 60, side: 48 } as const;

// Built-in PDF fonts: nothing to download or embed, and the text extracts cleanly. They cover
// Windows-1252 only, so the text avoids characters such as arrows.
export const styles = StyleSheet.create({
  page: {
    paddingTop: PAGE_MARGIN.top,
    paddingBottom: PAGE_MARGIN.bottom,
    paddingHorizontal: PAGE_MARGIN.side,
    fontSize: 9.5,
    lineHeight: 1.35,
    fontFamily: "Helvetica",
    color: COLORS.text,
  },
  h1: { fontSize: 20, fontFamily: "Helvetica-Bold", color: COLORS.ink, marginBottom: 4 },
  h2: { fontSize: 15, fontFamily: "Helvetica-Bold", color: COLORS.brand, marginBottom: 8 },
  h3: { fontSize: 11, fontFamily: "Helvetica-Bold", color: COLORS.ink, marginTop: 10, marginBottom: 4 },
  lead: { fontSize: 10.5, color: COLORS.muted, marginBottom: 12 },
  muted: { color: COLORS.muted },
  bold: { fontFamily: "Helvetica-Bold" },
  small: { fontSize: 8 },
  tableHead: {
    flexDirection: "row",
    borderBottomWidth: 1,
    borderBottomColor: COLORS.ink,
    paddingVertical: 3,
    fontFamily: "Helvetica-Bold",
    fontSize: 8.5,
    color: COLORS.ink,
  },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: COLORS.rule, paddingVertical: 3.5 },
  section: { marginTop: 18 },
});
