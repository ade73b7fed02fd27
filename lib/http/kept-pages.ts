import type { NextRequest } from "next/server";
import type { Locale } from "../i18n/locales";
import { hstsFor } from "../security/headers";
import { takeDataMarker } from "./data-marker";
import { copiesSize, encodedCopies, type EncodedCopies } from "./encoded-copies";
import { precodedAnswer } from "./precoded";
import { renderScriptFree, type ScriptFreePage } from "./script-free-render";
import { createSizedLru } from "./sized-lru";
import { mergeVary } from "./vary";

/**
 * Pages kept per process by a digest of the data they show (docs/decisions/0016, 0017): the share
 * page and the dashboard. The caller reads the page's data from the database on every request and
 * names its digest and the slot (everything the page takes from the request: whose, which
 * address, language, day); the page kept in that slot is sent again without rendering while it
 * was rendered from the same digest. Any write changes the digest, so there is nothing to
 * invalidate and nothing stale is sent; several servers each keep their own copies.
 */

/** Says which way a page was made, for tests and for anyone reading response headers. */
export const PAGE_SOURCE_HEADER = "X-Waypoint-Page-Source";

/** What the caller read for this request: where the page would be kept and what it must show. */
export interface PageToKeep {
  /**
   * Everything about the reader the page depends on (for the dashboard, whose page it is). One page
   * is kept per slot: a render for new data replaces the page kept for the old, so a reader who
   * keeps changing their data does not fill the memory with pages no one will ask for again.
   */
  slot: string;
  /** The digest of the data read for this request; the page must name it in its marker (lib/http/data-marker.ts). */
  digest: string;
  /** The page's language, as the slot names it: a render in another language is not kept. */
  locale: Locale;
  /** Whether the reader is still the one the slot names after the render (the day may have turned). */
  readerUnchanged: () => boolean;
  /** What a render would have done besides rendering (a share view count), for a page sent kept. */
  onSentKept?: () => void;
}

interface KeptPage {
  digest: string;
  /** Encoded and gzipped once when kept, not on every send. */
  copies: EncodedCopies;
  headers: [string, string][];
}

// Headers that belong to one answer, not to the page. HSTS is owed to https requests only, so a
// page kept from one reader's https request must not carry it to another's plain one.
const PER_ANSWER = new Set(["date", "content-length", "content-encoding", "connection", "keep-alive", "transfer-encoding", "strict-transport-security", PAGE_SOURCE_HEADER.toLowerCase()]);

/**
 * @param headers set on every answer of these pages, kept or rendered, whatever the render said
 *   (the dashboard's `Cache-Control`: a person's page must never be stored by a shared cache).
 */
export function createKeptPages({ maxBytes, headers: fixed = {} }: { maxBytes: number; headers?: Record<string, string> }) {
  const kept = createSizedLru<KeptPage>({
    maxSize: maxBytes,
    // The copies' bytes, and UTF-16 for the strings.
    sizeOf: (page, slot) => copiesSize(page.copies) + 2 * (slot.length + page.digest.length + page.headers.reduce((sum, [name, value]) => sum + name.length + value.length, 0)),
  });

  function answer(page: Extract<ScriptFreePage, { stripped: true }>, html: string): Response {
    for (const [name, value] of Object.entries(fixed)) page.headers.set(name, value);
    page.headers.set(PAGE_SOURCE_HEADER, "rendered");
    return new Response(html, { status: page.status, headers: page.headers });
  }

  return {
    /** The page for this request: kept, or rendered without the runtime and kept when it may be. */
    async send(request: NextRequest, page: PageToKeep): Promise<Response> {
      const hit = kept.get(page.slot);
      // A page kept for older data is of no use to anyone any more.
      if (hit && hit.digest !== page.digest) kept.delete(page.slot);
      if (hit && hit.digest === page.digest) {
        page.onSentKept?.();
        const headers = new Headers(hit.headers);
        headers.set(PAGE_SOURCE_HEADER, "kept");
        for (const [name, value] of Object.entries(hstsFor(request.headers))) headers.set(name, value);
        // Next's compression would gzip the page again on every send; the kept copy is gzipped once.
        const { body, headers: codingHeaders } = precodedAnswer(hit.copies, request.headers.get("accept-encoding"));
        for (const [name, value] of Object.entries(codingHeaders)) headers.set(name, value);
        headers.set("Vary", mergeVary(headers.get("vary") ?? undefined, "Accept-Encoding"));
        return new Response(body, { status: 200, headers });
      }

      const rendered = await renderScriptFree(request);
      if (!rendered.stripped) return rendered.response;
      const { html, digest } = takeDataMarker(rendered.html);
      // Kept only when the render showed exactly the data read for this request (its marker says
      // which), for the reader the slot names (a render running past the reader's midnight shows the
      // next day), as a whole page in the slot's language that sets no cookie.
      const keep =
        rendered.status === 200 &&
        digest === page.digest &&
        page.readerUnchanged() &&
        !rendered.headers.has("set-cookie") &&
        html.includes(`<html lang="${page.locale}"`);
      const response = answer(rendered, html);
      if (keep) {
        kept.set(page.slot, {
          digest: page.digest,
          copies: encodedCopies(new TextEncoder().encode(html), { brotli: "none" }),
          headers: [...response.headers].filter(([name]) => !PER_ANSWER.has(name)),
        });
      }
      return response;
    },

    /** A page rendered without the runtime and not kept (a query in the address, say): its marker, if any, taken out. */
    async renderUnkept(request: NextRequest): Promise<Response> {
      const rendered = await renderScriptFree(request);
      return rendered.stripped ? answer(rendered, takeDataMarker(rendered.html).html) : rendered.response;
    },
  };
}
