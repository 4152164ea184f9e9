/** Limits and display of evidence files, shared by the server and the question card. */

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
export const MAX_FILES_PER_ANSWER = 20;
export const MAX_FILE_NAME_LENGTH = 200;

export const EXPIRED_TEXT = "Expired — review at the next cycle";

/** A file's metadata as pages and the API show it: never its bytes. */
export interface EvidenceFileInfo {
  id: string;
  questionId: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  /** "YYYY-MM-DD", or null when the evidence does not expire. */
  expiresOn: string | null;
  uploadedBy: string | null;
  /** ISO 8601. */
  createdAt: string;
}

/** Expired from the day after its expiry date, compared as "YYYY-MM-DD" days in UTC. */
export const isExpired = (expiresOn: string | null, today: string) => expiresOn !== null && expiresOn < today;

const UNITS = ["bytes", "KB", "MB"] as const;

/** 512 bytes, 1.5 KB, 10 MB: binary units, one decimal below ten. */
export function formatBytes(size: number): string {
  let value = size;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${size} ${size === 1 ? "byte" : "bytes"}`;
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${rounded} ${UNITS[unit]}`;
}
