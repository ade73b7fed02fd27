import { createHash } from "node:crypto";

/**
 * A page kept by its data (docs/decisions/0016, 0017) names the digest of the data it rendered in
 * one `<meta>`, so the proxy keeps it under exactly the data it shows, even when a write came (and
 * was undone) while it rendered. The marker is taken out before the page is sent.
 */
export const DATA_MARKER = "waypoint-page-data";
const MARKER = new RegExp(`<meta name="${DATA_MARKER}" content="([A-Za-z0-9_-]*)"/?>`, "g");

/** The page without its marker, and the digest the marker named (null when there was none, or several). */
export function takeDataMarker(html: string): { html: string; digest: string | null } {
  const found = [...html.matchAll(MARKER)];
  return { html: found.length === 0 ? html : html.replace(MARKER, ""), digest: found.length === 1 ? found[0]![1]! : null };
}

/** The digest a page names in its marker: of the whole view it renders from, as JSON. */
export function dataDigest(view: unknown): string {
  return createHash("sha256").update(JSON.stringify(view)).digest("base64url");
}
