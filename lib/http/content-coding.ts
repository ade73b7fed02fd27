/**
 * Which content coding to send, from a request's Accept-Encoding (RFC 9110 §12.5.3). Pure, so the
 * rules are tested on their own; the copies themselves are made in lib/http/encoded-copies.ts.
 */

/** The codings Waypoint keeps copies in: brotli (what browsers ask for first) and gzip (what every client takes). */
export type ContentCoding = "br" | "gzip";

/**
 * The coding to send of those `offered`, or null for the page as it is (identity). The highest
 * quality value wins; between equal ones brotli, whose copies are smaller. A coding the client
 * gave `q=0`, or did not name while `*` is absent, is never sent. A client that names nothing gets
 * identity, as RFC 9110 advises for a missing header. When a client refuses identity and takes none
 * of ours, it still gets identity: answering 406 would break it for nothing.
 */
export function chooseContentCoding(acceptEncoding: string | null, offered: readonly ContentCoding[]): ContentCoding | null {
  if (!acceptEncoding) return null;
  const qualities = codingQualities(acceptEncoding);
  let best: ContentCoding | null = null;
  let bestQuality = 0;
  for (const coding of offered) {
    const quality = qualityOf(qualities, coding);
    if (quality > bestQuality || (quality === bestQuality && quality > 0 && coding === "br")) {
      best = coding;
      bestQuality = quality;
    }
  }
  return best;
}

/** Whether a client takes this coding at all (for codings Next may apply itself, such as deflate). */
export function acceptsCoding(acceptEncoding: string | null, coding: string): boolean {
  return acceptEncoding ? qualityOf(codingQualities(acceptEncoding), coding.toLowerCase()) > 0 : false;
}

function qualityOf(qualities: Map<string, number>, coding: string): number {
  return qualities.get(coding) ?? qualities.get("*") ?? 0;
}

/** Each named coding's weight; the first mention of a coding counts, and `x-gzip` is gzip (RFC 9110 §8.4.1.3). */
function codingQualities(acceptEncoding: string): Map<string, number> {
  const qualities = new Map<string, number>();
  for (const item of acceptEncoding.split(",")) {
    const [rawName, ...parameters] = item.split(";");
    let name = rawName!.trim().toLowerCase();
    if (name === "x-gzip") name = "gzip";
    if (!name) continue;
    let quality = 1;
    for (const parameter of parameters) {
      const [key, value] = parameter.split("=").map((part) => part.trim().toLowerCase());
      // A malformed weight is read as a refusal: sending what a client may not decode is worse than sending more bytes.
      if (key === "q") quality = value !== undefined && /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(value) ? Number(value) : 0;
    }
    if (!qualities.has(name)) qualities.set(name, quality);
  }
  return qualities;
}
