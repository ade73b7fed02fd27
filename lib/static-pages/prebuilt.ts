import "server-only";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { encodedCopies, type EncodedCopies } from "@/lib/http/encoded-copies";
import { inlineScriptHashes } from "./csp";
import { PAGE_SCRIPT_HASH, scriptFreeDocument } from "./script-free";

// What `next build` wrote for each prebuilt page. A page missing here was not prebuilt (an
// unknown role slug, or `next dev`), and the proxy does not send visitors to it.
const BUILT_PAGES = join(process.cwd(), ".next", "server", "app");
// Pages that exist are as many as the build made; addresses that name none (any role slug may be
// asked for) are remembered apart, within a bound, so that forgetting them never drops a real page.
const MAX_MISSES = 1_000;
const documentsByPath = new Map<string, PrebuiltDocument>();
const missing = new Set<string>();

export interface PrebuiltDocument {
  /**
   * The page as visitors get it, without the framework runtime (lib/static-pages/script-free.ts),
   * encoded once: sending a string would encode its ~30 KB to UTF-8 again on every request (paired
   * runs: 5-20 % less CPU a page, docs/BENCHMARKS.md); and compressed once, with brotli's best
   * setting, which no server could afford per request.
   */
  copies: EncodedCopies;
  /** A strong validator of the plain copy: the same bytes give the same tag on every replica of the same build. */
  etag: string;
  /** The inline scripts its Content-Security-Policy allows, by hash. */
  scriptHashes: string[];
}

/**
 * A prebuilt page ready to send, read and prepared once per server process; null when there is
 * no such page. Misses are remembered too, within a bound, so that made-up addresses cannot make
 * every request read the disk, nor grow memory without end.
 */
export function prebuiltDocument(internalPath: string): PrebuiltDocument | null {
  const known = documentsByPath.get(internalPath);
  if (known !== undefined) return known;
  if (missing.has(internalPath)) return null;
  let built: string;
  try {
    built = readFileSync(join(BUILT_PAGES, `${internalPath}.html`), "utf8");
  } catch {
    if (missing.size >= MAX_MISSES) missing.clear();
    missing.add(internalPath);
    return null;
  }
  const prepared = prepare(built, internalPath);
  documentsByPath.set(internalPath, prepared);
  return prepared;
}

function prepare(built: string, internalPath: string): PrebuiltDocument {
  let html = built;
  let scriptHashes = [PAGE_SCRIPT_HASH];
  try {
    html = scriptFreeDocument(built);
  } catch (error) {
    // A build whose output this cannot take the scripts out of (a new Next version, say) is sent
    // as built, with the runtime and its own inline scripts allowed by hash, as before decision
    // 0015; kept so, so the page is not re-read and the error not logged on every request. The
    // build's inline scripts are Next's and the catalog's, never a visitor's words.
    console.error(`prebuilt page ${internalPath}: cannot be sent without its scripts; sending it as built`, error);
    scriptHashes = inlineScriptHashes(built);
  }
  return {
    copies: encodedCopies(new TextEncoder().encode(html), { brotli: "background" }),
    etag: `"${createHash("sha256").update(html, "utf8").digest("base64url").slice(0, 27)}"`,
    scriptHashes,
  };
}
