import { brotliCompress, constants, gzipSync } from "node:zlib";
import { chooseContentCoding, type ContentCoding } from "./content-coding";

/**
 * A page kept compressed as well as plain, so that a browser's request is answered from bytes
 * compressed once, not by Next compressing the page again on every send (measured: 0.4 ms of CPU
 * a request on a 30 KB page, a third of what the page cost; docs/decisions/0018). Next's own
 * compression leaves an answer alone that already names its Content-Encoding.
 */
export interface EncodedCopies {
  identity: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer>;
  /** Made in the background for pages kept long (brotli's best setting takes ~35 ms); gzip is sent until then. */
  br: Uint8Array<ArrayBuffer> | null;
}

/** One answer's body and the coding to name in its Content-Encoding (null: none). */
export interface Representation {
  body: Uint8Array<ArrayBuffer>;
  coding: ContentCoding | null;
}

/**
 * @param brotli "background" for pages kept for the life of the process (the prebuilt public
 *   pages): the smallest copy, made once off the request path. "none" for pages that are replaced
 *   whenever their data changes (kept share pages and dashboards), where gzip's ~0.5 ms is the
 *   better bargain.
 */
export function encodedCopies(identity: Uint8Array<ArrayBuffer>, { brotli }: { brotli: "background" | "none" }): EncodedCopies {
  const copies: EncodedCopies = { identity, gzip: owned(gzipSync(identity, { level: 9 })), br: null };
  if (brotli === "background") brotliInTurn(copies);
  return copies;
}

// Brotli jobs run one at a time: zlib's thread pool also hashes passwords and reads files, and a
// cold start prepares dozens of pages at once (~35 ms each).
let brotliQueue: Promise<void> = Promise.resolve();
let brotliFailureLogged = false;

function brotliInTurn(copies: EncodedCopies): void {
  brotliQueue = brotliQueue.then(
    () =>
      new Promise<void>((done) => {
        const params = { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: copies.identity.byteLength };
        brotliCompress(copies.identity, { params }, (error, compressed) => {
          if (!error) copies.br = owned(compressed);
          else if (!brotliFailureLogged) {
            // Pages go on being sent as gzip, which is fine; said once, not once a page.
            brotliFailureLogged = true;
            console.error("encoded copies: brotli failed; sending gzip", error);
          }
          done();
        });
      }),
  );
}

/** The copy to send for this Accept-Encoding. */
export function representationFor(copies: EncodedCopies, acceptEncoding: string | null): Representation {
  const coding = chooseContentCoding(acceptEncoding, copies.br ? ["br", "gzip"] : ["gzip"]);
  if (coding === "br" && copies.br) return { body: copies.br, coding };
  if (coding === "gzip") return { body: copies.gzip, coding };
  return { body: copies.identity, coding: null };
}

/** The bytes all copies of a page take, for the bounds of what is kept in memory. */
export function copiesSize(copies: EncodedCopies): number {
  return copies.identity.byteLength + copies.gzip.byteLength + (copies.br?.byteLength ?? 0);
}

/**
 * A strong validator of one copy: RFC 9110 §8.8.3 gives each content coding of a page its own, so a
 * cache never answers a gzip request with a brotli copy it revalidated.
 */
export function codedETag(etag: string, coding: ContentCoding | null): string {
  return coding === null ? etag : `${etag.slice(0, -1)}-${coding}"`;
}

// zlib hands back a Buffer that may view a larger shared pool; a kept copy owns exactly its bytes.
function owned(buffer: Buffer): Uint8Array<ArrayBuffer> {
  return new Uint8Array(buffer);
}
