import "server-only";
import http from "node:http";
import { RequestCookies } from "next/dist/compiled/@edge-runtime/cookies";
import { PAGE_SOURCE_HEADER } from "@/lib/http/kept-pages";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { answerAsFile, editionFor, prebuiltFor, type FileRequest } from "./as-file";
import { staticPagePath } from "./editions";
import { whyFrontDoesNotFit, type BuiltRouting } from "./front-fit";

/**
 * The prebuilt public pages sent before Next sees the request (docs/decisions/0019). A prebuilt
 * page is a file kept in memory, yet sending it through Next's request pipeline and the proxy cost
 * 0.7-0.8 ms of CPU a request, all of it Next's: the same bytes from a bare Node answer cost under
 * 0.1 ms. The front answers only what it is sure of, and leaves everything else to Next exactly as
 * it came: GET or HEAD of a public address written exactly as we write it (no other query than
 * `?lang=`), from a browser's navigation, not from Next's client router. It chooses and sends the
 * page with the same code as proxy.ts (lib/static-pages/as-file.ts), which still sends it wherever
 * the front is not installed.
 */

const INSTALLED = Symbol.for("waypoint.prebuiltFront");
const EMPTY_QUERY = new URLSearchParams();

// Headers only Next's client router or Next itself sends (RSC data, prefetches, actions,
// internal sub-requests): such a request wants something other than the document.
const FOR_NEXT = /^(?:rsc$|next-|x-middleware-|x-nextjs-)/;

/**
 * Patched at the prototype, like lib/http/peer.ts, so it covers the server `next start` made; not
 * installed when the build's routing asks Next for something on these addresses (front-fit.ts).
 */
export function installPrebuiltFront(): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  let misfit: string | null;
  try {
    misfit = whyFrontDoesNotFit(builtRouting());
  } catch (error) {
    misfit = `the build's routes manifest cannot be read: ${String(error)}`;
  }
  if (misfit !== null) {
    console.warn(`prebuilt front: not installed (${misfit}); the proxy sends the public pages`);
    return;
  }
  proto[INSTALLED] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request" && sentFromFront(args[0] as http.IncomingMessage, args[1] as http.ServerResponse)) return true;
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof proto.emit;
}

/** Sends the request's prebuilt page and says true, or says false and leaves the request untouched for Next. */
export function sentFromFront(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  try {
    const read = frontRequest(request);
    if (read === null) return false;
    const edition = editionFor(read);
    const document = prebuiltFor(read, edition);
    if (document === null) return false;
    const answer = answerAsFile(read, document, edition, { mayCompress: true, nextCompresses: false });
    const headers: Record<string, string> = { ...answer.headers, [PAGE_SOURCE_HEADER]: "file" };
    if (answer.coding) headers["Content-Encoding"] = answer.coding;
    // Unlike an answer made in the proxy, this one can say its length, HEAD included (RFC 9110 §9.3.2).
    if (answer.status === 200) headers["Content-Length"] = String(answer.length);
    response.writeHead(answer.status, headers);
    response.end(answer.body ?? undefined);
    return true;
  } catch (error) {
    console.error("prebuilt front: leaving the request to Next", error);
    // Before anything was sent Next can still answer (through the proxy, with the same page);
    // after, the answer is broken and the connection is closed rather than left waiting.
    const begun = response.headersSent;
    if (begun) response.destroy();
    return begun;
  }
}

function builtRouting(): BuiltRouting {
  const built = join(process.cwd(), ".next");
  const routes = JSON.parse(readFileSync(join(built, "routes-manifest.json"), "utf8")) as BuiltRouting;
  const server = JSON.parse(readFileSync(join(built, "required-server-files.json"), "utf8")) as { config?: { trailingSlash?: boolean; i18n?: unknown } };
  return { ...routes, trailingSlash: server.config?.trailingSlash, i18n: routes.i18n ?? server.config?.i18n };
}

/** The request as the front reads it, or null when the front must leave it to Next. */
export function frontRequest(request: Pick<http.IncomingMessage, "method" | "url" | "headers">): FileRequest | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const target = request.url ?? "";
  if (!target.startsWith("/")) return null;
  const queryAt = target.indexOf("?");
  const pathname = queryAt === -1 ? target : target.slice(0, queryAt);
  // Most requests (assets, other pages, the API) stop here, before their query or headers are read.
  if (staticPagePath(pathname, EMPTY_QUERY) === null) return null;
  const search = new URLSearchParams(queryAt === -1 ? "" : target.slice(queryAt + 1));
  for (const key of search.keys()) if (key !== "lang") return null;
  if (request.headers["sec-fetch-dest"] === "empty") return null;
  for (const name of Object.keys(request.headers)) if (FOR_NEXT.test(name)) return null;
  const cookie = request.headers.cookie;
  return {
    method: request.method,
    // Matched against the public addresses as written: "/roles/", "/Roles" or "/rol%65s" is not
    // one, and goes to Next, which redirects or answers 404 as for any other address.
    pathname,
    search,
    headers: { get: (name: string) => headerValue(request.headers[name.toLowerCase()]) },
    // Parsed as Next parses them for the proxy, so both choose the same edition.
    cookies: cookie ? new RequestCookies(new Headers({ cookie })).getAll() : [],
  };
}

function headerValue(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(", ") : value;
}
