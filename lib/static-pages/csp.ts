import { createHash } from "node:crypto";

/** A `<script>` element: its attributes and its text. */
export const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

/** A script's CSP hash source, computed as the browser does: over the text between the tags. */
export function scriptHash(body: string): string {
  return `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;
}

/**
 * The inline scripts of a page, as CSP hash sources (kept for the tests that check a policy
 * against the page it came with). A page without a per-request nonce allows its scripts by hash.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(SCRIPT_ELEMENT)) {
    const [, attributes = "", body = ""] = match;
    if (/\bsrc=/.test(attributes) || body === "") continue;
    hashes.add(scriptHash(body));
  }
  return [...hashes];
}
