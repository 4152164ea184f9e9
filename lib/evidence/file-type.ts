/**
 * What an evidence file is, decided from its bytes and its extension together: the two must
 * agree, and the client's Content-Type is never asked. Only types that browsers cannot run as
 * a page are accepted; SVG and HTML never are, whatever they are called.
 */

export type EvidenceKind = "pdf" | "png" | "jpeg" | "gif" | "webp" | "text" | "csv" | "xlsx" | "ods" | "xls";

export const CONTENT_TYPES: Record<EvidenceKind, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  text: "text/plain; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  xls: "application/vnd.ms-excel",
};

const EXTENSIONS: Record<string, EvidenceKind> = {
  pdf: "pdf",
  png: "png",
  jpg: "jpeg",
  jpeg: "jpeg",
  gif: "gif",
  webp: "webp",
  txt: "text",
  csv: "csv",
  xlsx: "xlsx",
  ods: "ods",
  xls: "xls",
};

/** For the file input's `accept`: a hint to the picker only, the server decides. */
export const ACCEPTED_EXTENSIONS = Object.keys(EXTENSIONS).map((extension) => `.${extension}`);

export const UNSUPPORTED_MESSAGE = "Only PDF, images, text and spreadsheets can be attached.";

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
const startsWith = (bytes: Uint8Array, prefix: readonly number[], offset = 0) => bytes.length >= offset + prefix.length && prefix.every((byte, index) => bytes[offset + index] === byte);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// An OpenDocument file's first ZIP entry is "mimetype", stored uncompressed (ODF 1.2 §3.3).
const ODS_MIMETYPE = ascii("mimetypeapplication/vnd.oasis.opendocument.spreadsheet");

/** Whether the ZIP names an entry so (an XLSX always has xl/workbook.xml); the name is short, so the scan stays linear. */
function zipHasEntry(bytes: Uint8Array, name: string): boolean {
  const needle = ascii(name);
  for (let offset = 0; offset + needle.length <= bytes.length; offset++) if (startsWith(bytes, needle, offset)) return true;
  return false;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const MATCHES: Record<EvidenceKind, (bytes: Uint8Array) => boolean> = {
  pdf: (bytes) => startsWith(bytes, ascii("%PDF-")),
  png: (bytes) => startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpeg: (bytes) => startsWith(bytes, [0xff, 0xd8, 0xff]),
  gif: (bytes) => startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a")),
  webp: (bytes) => startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8),
  text: isUtf8Text,
  csv: isUtf8Text,
  xlsx: (bytes) => startsWith(bytes, ZIP) && zipHasEntry(bytes, "xl/workbook.xml"),
  ods: (bytes) => startsWith(bytes, ZIP) && startsWith(bytes, ODS_MIMETYPE, 30),
  xls: (bytes) => startsWith(bytes, OLE2),
};

const extensionOf = (name: string) => /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase() ?? "";

export type SniffResult = { ok: true; kind: EvidenceKind; contentType: string } | { ok: false; message: string };

export function sniffEvidenceType(name: string, bytes: Uint8Array): SniffResult {
  const extension = extensionOf(name);
  const kind = EXTENSIONS[extension];
  if (!kind) return { ok: false, message: UNSUPPORTED_MESSAGE };
  if (bytes.length === 0) return { ok: false, message: "The file is empty." };
  if (!MATCHES[kind](bytes)) {
    const what = kind === "text" || kind === "csv" ? "UTF-8 text" : `a .${extension} file`;
    return { ok: false, message: `The file's content is not ${what}. ${UNSUPPORTED_MESSAGE}` };
  }
  return { ok: true, kind, contentType: CONTENT_TYPES[kind] };
}

/**
 * Shown in the browser rather than saved: images and plain text, which cannot run script under
 * nosniff. PDF is saved (docs/decisions/0015-evidence-files.md).
 */
export const INLINE_KINDS: ReadonlySet<EvidenceKind> = new Set(["png", "jpeg", "gif", "webp", "text"]);

export function kindOfContentType(contentType: string): EvidenceKind | null {
  const found = Object.entries(CONTENT_TYPES).find(([, type]) => type === contentType);
  return found ? (found[0] as EvidenceKind) : null;
}
