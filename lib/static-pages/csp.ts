import { createHash } from "node:crypto";

/**
 * The inline scripts of a prebuilt page (Next's RSC payload and bootstrap), as CSP hash sources.
 * A prebuilt page cannot carry a per-request nonce, so its policy allows exactly these scripts by
 * hash and Next's own files by origin ('self'); nothing else inline can run.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const [, attributes = "", body = ""] = match;
    if (/\bsrc=/.test(attributes) || body === "") continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}
