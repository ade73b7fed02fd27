import type { z } from "zod";
import { nulPath } from "./nul";
import { HttpError, type Issue } from "./errors";

export const MAX_BODY_BYTES = 64 * 1024;

/** Reads at most `limit` bytes, whatever Content-Length claims, so a lying client cannot flood us. */
async function readLimited(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw new HttpError("payload_too_large", `The body is over ${limit / 1024} KiB.`);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      // The client went away mid-body (a timeout, a closed tab): nothing was written and nobody
      // will read the answer. Not a server fault, so no error log, whose source-mapped stack
      // costs milliseconds each exactly when an overloaded server can least afford them.
      throw new HttpError("bad_request", "The request body was cut off.");
    });
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new HttpError("payload_too_large", `The body is over ${limit / 1024} KiB.`);
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}

export function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.slice(0, 20).map((issue) => ({
    path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    message: issue.message,
  }));
}

export function parseWith<T extends z.ZodType>(schema: T, value: unknown, what = "The request body"): z.output<T> {
  const nul = nulPath(value);
  if (nul) {
    const where = nul.length ? ` at ${nul.join(".")}` : "";
    throw new HttpError("bad_request", `${what} is invalid${where}: text may not contain NUL characters.`, [
      { path: nul, message: "Text may not contain NUL characters." },
    ]);
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = zodIssues(result.error);
    const first = issues[0];
    const where = first && first.path.length ? ` at ${first.path.join(".")}` : "";
    throw new HttpError("bad_request", `${what} is invalid${where}: ${first?.message ?? "check the fields"}.`, issues);
  }
  return result.data;
}

/**
 * A JSON body must say it is JSON: `text/plain` (or a form type) is what a cross-site HTML form or
 * a "simple" fetch can send without a CORS preflight, so it is refused before the body is read.
 */
function isJsonContentType(request: Request): boolean {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  return type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

const notJson = () => new HttpError("unsupported_media_type", "Send the body as JSON with Content-Type: application/json.");

export async function parseJsonBody<T extends z.ZodType>(request: Request, schema: T): Promise<z.output<T>> {
  const declared = request.headers.has("content-type");
  if (declared && !isJsonContentType(request)) throw notJson();
  const text = await readLimited(request, MAX_BODY_BYTES);
  // No body and no type is "no body" (400 below); a body of no declared type is not JSON.
  if (!declared && text.trim() !== "") throw notJson();
  let value: unknown;
  try {
    value = text.trim() === "" ? undefined : JSON.parse(text);
  } catch {
    throw new HttpError("bad_request", "The request body is not valid JSON.");
  }
  if (value === undefined) throw new HttpError("bad_request", "A JSON body is required.");
  return parseWith(schema, value);
}
