import "server-only";
import type { NextRequest } from "next/server";
import { codedETag, representationFor } from "@/lib/http/encoded-copies";
import { acceptsCoding, type ContentCoding } from "@/lib/http/content-coding";
import { hstsFor, securityHeaders } from "@/lib/security/headers";
import { chooseEdition, editionPath, staticPagePath, type Edition } from "./editions";
import { prebuiltDocument, type PrebuiltDocument } from "./prebuilt";
import { sessionCookieHeader } from "@/lib/auth/session-cookie";

/**
 * A prebuilt public page sent as a file (docs/decisions/0011, 0015, 0018, 0019): one answer, made
 * the same way whether proxy.ts sends it or the front of lib/static-pages/front.ts does.
 */

/** What choosing and sending a prebuilt page reads of a request. */
export interface FileRequest {
  method: string;
  pathname: string;
  search: URLSearchParams;
  headers: Pick<Headers, "get">;
  cookies: readonly { name: string; value: string }[];
}

export interface FileAnswer {
  status: 200 | 304;
  /** Every header of the answer except the one naming its coding, which each sender names its own way. */
  headers: Record<string, string>;
  coding: ContentCoding | null;
  /** Null for a 304 and for HEAD. */
  body: Uint8Array<ArrayBuffer> | null;
  /** The length a GET's body has, for HEAD's Content-Length. */
  length: number;
}

/** A request as proxy.ts sees it, read the same way as the front reads one. */
export function fileRequestOf(request: NextRequest): FileRequest {
  return { method: request.method, pathname: request.nextUrl.pathname, search: request.nextUrl.searchParams, headers: request.headers, cookies: request.cookies.getAll() };
}

/** The visitor's edition of a public page: `?lang=`, the language cookie, Accept-Language; visitor or member. */
export function editionFor(request: FileRequest): Edition {
  return chooseEdition({
    lang: request.search.get("lang"),
    cookie: (name) => request.cookies.find((cookie) => cookie.name === name)?.value,
    acceptLanguage: request.headers.get("accept-language"),
    hasSession: sessionCookieHeader(request.cookies).header !== "",
  });
}

/** The edition's prebuilt copy of this public address, or null: not a prebuilt address, or not built (an unknown role). */
export function prebuiltFor(request: FileRequest, edition: Edition): PrebuiltDocument | null {
  const publicPath = staticPagePath(request.pathname, request.search);
  return publicPath === null ? null : prebuiltDocument(editionPath(edition, publicPath));
}

/**
 * The page sent as it was built, compressed once (0018) when `mayCompress`, with a validator per
 * coding so a browser or CDN revalidates for free.
 *
 * @param nextCompresses whether Next's compression will see the answer (an answer made in the
 *   proxy): a plain copy it may still gzip or deflate on the way out gets a weak tag, since its
 *   bytes are then not the ones the strong tag names.
 */
export function answerAsFile(
  request: FileRequest,
  document: PrebuiltDocument,
  edition: Edition,
  { mayCompress, nextCompresses }: { mayCompress: boolean; nextCompresses: boolean },
): FileAnswer {
  const acceptEncoding = request.headers.get("accept-encoding");
  const { body, coding } = representationFor(document.copies, mayCompress ? acceptEncoding : null);
  const compressedOnTheWay = coding === null && nextCompresses && (acceptsCoding(acceptEncoding, "gzip") || acceptsCoding(acceptEncoding, "deflate"));
  const etag = compressedOnTheWay ? `W/${document.etag}` : codedETag(document.etag, coding);
  const headers: Record<string, string> = { ...editionHeaders(edition, securityHeaders({ scriptHashes: document.scriptHashes })), ETag: etag, ...hstsFor(request.headers) };
  if (matchesETag(request.headers.get("if-none-match"), etag.replace(/^W\//, ""))) return { status: 304, headers, coding: null, body: null, length: 0 };
  headers["Content-Type"] = "text/html; charset=utf-8";
  return { status: 200, headers, coding, body: request.method === "HEAD" ? null : body, length: body.byteLength };
}

/** If-None-Match as RFC 9110 compares it for GET and HEAD: weakly, and `*` matches any current copy. */
function matchesETag(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/** The headers every answer for a prebuilt page carries, the file itself or its RSC form. */
export function editionHeaders(edition: Edition, security: Record<string, string>): Record<string, string> {
  return {
    ...security,
    "Content-Language": edition.locale,
    // The copy depends on exactly these: the language cookie and the session cookie (both in
    // Cookie) and Accept-Language; and the same address answers the client router with RSC data.
    // `?lang=` is part of the address, so caches key on it anyway. Accept-Encoding picks the
    // compressed copy.
    Vary: "Cookie, Accept-Language, RSC, Accept-Encoding",
    "Cache-Control": edition.viewer === "guest" ? "public, max-age=0, s-maxage=300, stale-while-revalidate=86400" : "private, no-cache",
  };
}
