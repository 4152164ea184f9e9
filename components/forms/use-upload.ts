"use client";

import { useCallback, useState } from "react";

export type UploadResult = { ok: true; body: unknown } | { ok: false; message: string; fields: Record<string, string> };

/** The API's error shape ({ message, fields }) of a refusal, or a plain message when the answer is not JSON. */
export function failure(status: number, text: string): Extract<UploadResult, { ok: false }> {
  try {
    const body = JSON.parse(text) as { message?: unknown; fields?: unknown };
    const fields = body.fields && typeof body.fields === "object" ? (body.fields as Record<string, string>) : {};
    if (typeof body.message === "string") return { ok: false, message: body.message, fields };
  } catch {
    // Not JSON: a proxy in front of the app answered.
  }
  return { ok: false, message: status === 413 ? "The file is too large." : `The upload failed (HTTP ${status}).`, fields: {} };
}

/**
 * Sends a file as the raw body of a POST to one of the upload routes, reporting progress
 * (0–1) while it goes; fetch cannot report upload progress, XMLHttpRequest can.
 */
export function useUpload() {
  const [progress, setProgress] = useState<number | null>(null);
  const upload = useCallback(
    (url: string, file: File) =>
      new Promise<UploadResult>((resolve) => {
        const request = new XMLHttpRequest();
        request.open("POST", url);
        request.setRequestHeader("content-type", file.type || "application/octet-stream");
        request.upload.onprogress = (event) => event.lengthComputable && setProgress(event.loaded / event.total);
        request.onload = () => {
          setProgress(null);
          resolve(request.status >= 200 && request.status < 300 ? { ok: true, body: JSON.parse(request.responseText || "null") } : failure(request.status, request.responseText));
        };
        request.onerror = () => {
          setProgress(null);
          resolve({ ok: false, message: "The upload did not reach the server. Check your connection and try again.", fields: {} });
        };
        setProgress(0);
        request.send(file);
      }),
    [],
  );
  return { upload, progress };
}
