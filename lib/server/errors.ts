/**
 * The one error type the app raises on purpose. Its message is safe to show to users;
 * anything else is logged with detail and shown generically.
 */
export type AppErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "cross_origin"
  | "not_found"
  | "method_not_allowed"
  | "invalid_input"
  | "conflict"
  | "payload_too_large"
  | "rate_limited";

const HTTP_STATUS: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  cross_origin: 403,
  not_found: 404,
  method_not_allowed: 405,
  invalid_input: 400,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
};

export class AppError extends Error {
  override readonly name = "AppError";

  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }

  get status(): number {
    return HTTP_STATUS[this.code];
  }
}
