import "server-only";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { scriptFreeDocument } from "./script-free";

// What `next build` wrote for each prebuilt page. A page missing here was not prebuilt (an
// unknown role slug, or `next dev`), and the proxy does not send visitors to it.
const BUILT_PAGES = join(process.cwd(), ".next", "server", "app");
const MAX_ENTRIES = 1_000;
const documentsByPath = new Map<string, PrebuiltDocument | null>();

export interface PrebuiltDocument {
  /** The page as visitors get it: without the framework runtime (lib/static-pages/script-free.ts). */
  html: string;
  /** A strong validator: the same bytes give the same tag on every replica of the same build. */
  etag: string;
}

/**
 * A prebuilt page ready to send, read and prepared once per server process; null when there is
 * no such page. Misses are remembered too, within a bound, so that made-up addresses cannot make
 * every request read the disk, nor grow memory without end.
 */
export function prebuiltDocument(internalPath: string): PrebuiltDocument | null {
  const known = documentsByPath.get(internalPath);
  if (known !== undefined) return known;
  let built: string | null;
  try {
    built = readFileSync(join(BUILT_PAGES, `${internalPath}.html`), "utf8");
  } catch {
    built = null;
  }
  const prepared = built === null ? null : prepare(built);
  if (documentsByPath.size >= MAX_ENTRIES) documentsByPath.clear();
  documentsByPath.set(internalPath, prepared);
  return prepared;
}

function prepare(built: string): PrebuiltDocument {
  const html = scriptFreeDocument(built);
  return {
    html,
    etag: `"${createHash("sha256").update(html, "utf8").digest("base64url").slice(0, 27)}"`,
  };
}
