import http from "node:http";
import type { ContentCoding } from "./content-coding";
import { representationFor, type EncodedCopies, type Representation } from "./encoded-copies";

const INSTALLED = Symbol.for("waypoint.precodedBodies");

/**
 * Names the coding of a body the proxy compressed in advance. Next drops Content-Encoding from
 * every answer the proxy makes (it assumes fetch() decoded the body) and would then gzip the
 * compressed bytes again; this header gets through, and the patch below turns it back into
 * Content-Encoding as Next writes it, before Next's compression looks (it leaves an answer that
 * names a coding alone). A client cannot set a response header, so only our code can name one.
 */
export const CODING_HEADER = "x-waypoint-content-coding";
const CODINGS = new Set<string>(["br", "gzip"] satisfies ContentCoding[]);

type PatchedPrototype = http.ServerResponse & { [INSTALLED]?: true };

/** Patched at the prototype, like lib/http/vary.ts, so it covers the server `next start` made. */
export function installPrecodedBodies(): void {
  const proto = http.ServerResponse.prototype as PatchedPrototype;
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const setHeader = proto.setHeader;
  const appendHeader = proto.appendHeader;
  proto.setHeader = function (this: http.ServerResponse, name: string, value: number | string | readonly string[]) {
    if (name.toLowerCase() !== CODING_HEADER) return setHeader.call(this, name, value);
    if (CODINGS.has(String(value))) setHeader.call(this, "Content-Encoding", String(value));
    return this;
  } as typeof proto.setHeader;
  proto.appendHeader = function (this: http.ServerResponse, name: string, value: string | readonly string[]) {
    if (name.toLowerCase() !== CODING_HEADER) return appendHeader.call(this, name, value);
    if (CODINGS.has(String(value))) setHeader.call(this, "Content-Encoding", String(value));
    return this;
  } as typeof proto.appendHeader;
}

/**
 * The copy to send for this request and the header naming its coding. The plain copy where the
 * patch is not installed (a process that did not run instrumentation.ts): a compressed body whose
 * coding cannot be named would reach the browser as garbage.
 */
export function precodedAnswer(copies: EncodedCopies, acceptEncoding: string | null): Representation & { headers: Record<string, string> } {
  const chosen = representationFor(copies, precodedBodiesInstalled() ? acceptEncoding : null);
  return { ...chosen, headers: codingHeader(chosen.coding) };
}

/** Whether an answer made in the proxy can name its coding (the patch above is installed). */
export function precodedBodiesInstalled(): boolean {
  return Boolean((http.ServerResponse.prototype as PatchedPrototype)[INSTALLED]);
}

/** The header that names a precoded body's coding in an answer made in the proxy. */
export function codingHeader(coding: ContentCoding | null): Record<string, string> {
  return coding ? { [CODING_HEADER]: coding } : {};
}
