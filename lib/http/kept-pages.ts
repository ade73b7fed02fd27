import type { NextRequest } from "next/server";
import type { Locale } from "../i18n/locales";
import { HSTS } from "../security/headers";
import { takeDataMarker } from "./data-marker";
import { renderScriptFree, type ScriptFreePage } from "./script-free-render";
import { createSizedLru } from "./sized-lru";

/**
 * Pages kept per process by a digest of the data they show (docs/decisions/0016, 0017): the share
 * page and the dashboard. The caller reads the page's data from the database on every request and
 * names the key (that digest, plus everything the page takes from the request); a page rendered
 * for the same key is sent again without rendering. Any write changes the digest, so there is
 * nothing to invalidate and nothing stale is sent; several servers each keep their own copies.
 */

/** Says which way a page was made, for tests and for anyone reading response headers. */
export const PAGE_SOURCE_HEADER = "X-Waypoint-Page-Source";

/** What the caller read for this request: where the page would be kept and what it must show. */
export interface PageToKeep {
  /** The data's digest and everything about the reader the page depends on. */
  key: string;
  /** The digest the page must name in its marker (lib/http/data-marker.ts) to be kept. */
  digest: string;
  /** The page's language, as the key names it: a render in another language is not kept. */
  locale: Locale;
  /** Whether the reader is still the one the key names after the render (the day may have turned). */
  readerUnchanged: () => boolean;
  /** What a render would have done besides rendering (a share view count), for a page sent kept. */
  onSentKept?: () => void;
}

interface KeptPage {
  html: string;
  headers: [string, string][];
}

// Headers that belong to one answer, not to the page. HSTS is owed to https requests only, and
// next.config.ts's header rules, which send it, do not reach an answer made in the proxy.
const PER_ANSWER = new Set(["date", "content-length", "connection", "keep-alive", "transfer-encoding", "strict-transport-security", PAGE_SOURCE_HEADER.toLowerCase()]);

export function createKeptPages({ maxBytes }: { maxBytes: number }) {
  const kept = createSizedLru<KeptPage>({
    maxSize: maxBytes,
    // UTF-16 in memory: two bytes a code unit.
    sizeOf: (page, key) => 2 * (key.length + page.html.length + page.headers.reduce((sum, [name, value]) => sum + name.length + value.length, 0)),
  });

  return {
    /** The page for this request: kept, or rendered without the runtime and kept when it may be. */
    async send(request: NextRequest, page: PageToKeep): Promise<Response> {
      const hit = kept.get(page.key);
      if (hit) {
        page.onSentKept?.();
        const headers = new Headers(hit.headers);
        headers.set(PAGE_SOURCE_HEADER, "kept");
        if (request.headers.get("x-forwarded-proto") === "https") headers.set("Strict-Transport-Security", HSTS);
        return new Response(hit.html, { status: 200, headers });
      }

      const rendered = await renderScriptFree(request);
      if (!rendered.stripped) return rendered.response;
      const { html, digest } = takeDataMarker(rendered.html);
      // Kept only when the render showed exactly the data the key names (its marker says which), for
      // the reader the key names (a render running past the reader's midnight shows the next day), as
      // a whole page in the key's language that sets no cookie.
      const keep =
        rendered.status === 200 &&
        digest === page.digest &&
        page.readerUnchanged() &&
        !rendered.headers.has("set-cookie") &&
        html.includes(`<html lang="${page.locale}"`);
      if (keep) kept.set(page.key, { html, headers: [...rendered.headers].filter(([name]) => !PER_ANSWER.has(name)) });
      return answer({ ...rendered, html });
    },
  };
}

/** A page rendered without the runtime and not kept: its marker, if any, taken out. */
export async function renderUnkept(request: NextRequest): Promise<Response> {
  const rendered = await renderScriptFree(request);
  return rendered.stripped ? answer({ ...rendered, html: takeDataMarker(rendered.html).html }) : rendered.response;
}

function answer(page: Extract<ScriptFreePage, { stripped: true }>): Response {
  page.headers.set(PAGE_SOURCE_HEADER, "rendered");
  return new Response(page.html, { status: page.status, headers: page.headers });
}
