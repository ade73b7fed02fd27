/** Every code an error answer can carry (the contract's, plus `internal` for the 500 that must not happen). */
export const ERROR_CODES = [
  "bad_request",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "payload_too_large",
  "unsupported_media_type",
  "rate_limited",
  "internal",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
};

export interface Issue {
  path: (string | number)[];
  message: string;
}

/**
 * Why, as a key of the "formErrors" messages with its values, for a failure whose English message
 * is built from input (a form words it in the reader's language; the JSON API keeps `message`).
 */
export interface ErrorReason {
  key: string;
  values?: Record<string, string | number>;
}

/** Thrown anywhere below a handler; the handler wrapper turns it into the contract's error body. */
export class HttpError extends Error {
  reason?: ErrorReason;

  /** Attaches the form-side reason; returns the error so it can be thrown in one expression. */
  because(reason: ErrorReason): this {
    this.reason = reason;
    return this;
  }

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export function errorResponse(error: HttpError): Response {
  return Response.json(
    { error: { code: error.code, message: error.message, ...(error.issues && { issues: error.issues }) } },
    { status: error.status, headers: { "Cache-Control": "no-store", ...error.headers } },
  );
}

export const notFound = (what = "Not found.") => new HttpError("not_found", what);
export const tooManyRequests = (retryAfter: number) =>
  new HttpError("rate_limited", `Too many requests. Try again in ${retryAfter} s.`, undefined, {
    "Retry-After": String(retryAfter),
  });
