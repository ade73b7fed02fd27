import "server-only";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inlineScriptHashes } from "./csp";

// What `next build` wrote for each prebuilt page. A page missing here was not prebuilt (an
// unknown role slug, or `next dev`), and the proxy does not send visitors to it.
const BUILT_PAGES = join(process.cwd(), ".next", "server", "app");
const MAX_ENTRIES = 1_000;
const hashesByPath = new Map<string, string[] | null>();

/**
 * The CSP hash sources of a prebuilt page's inline scripts, read from its HTML once per server
 * process; null when there is no such page. Misses are remembered too, within a bound, so that
 * made-up addresses cannot make every request read the disk, nor grow memory without end.
 */
export function prebuiltScriptHashes(internalPath: string): string[] | null {
  const known = hashesByPath.get(internalPath);
  if (known !== undefined) return known;
  let hashes: string[] | null;
  try {
    hashes = inlineScriptHashes(readFileSync(join(BUILT_PAGES, `${internalPath}.html`), "utf8"));
  } catch {
    hashes = null;
  }
  if (hashesByPath.size >= MAX_ENTRIES) hashesByPath.clear();
  hashesByPath.set(internalPath, hashes);
  return hashes;
}
