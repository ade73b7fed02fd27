import http from "node:http";

const INSTALLED = Symbol.for("waypoint.varyOnlyGrows");

/** The union of two Vary values, each token once (case-insensitive), in first-seen order. */
export function mergeVary(...values: (string | number | readonly string[] | undefined)[]): string {
  const seen = new Map<string, string>();
  for (const value of values) {
    if (value === undefined) continue;
    for (const token of (Array.isArray(value) ? value.join(",") : String(value)).split(",")) {
      const trimmed = token.trim();
      if (trimmed && !seen.has(trimmed.toLowerCase())) seen.set(trimmed.toLowerCase(), trimmed);
    }
  }
  return seen.has("*") ? "*" : [...seen.values()].join(", ");
}

/**
 * Next sets `Vary` on every app page with setHeader, replacing the `Vary: Cookie, Accept-Language`
 * proxy.ts gives a prebuilt public page (docs/decisions/0011), and a cache that does not see it
 * could hand one language's copy to a reader of the other. A Vary only ever widens what a cache
 * keys on, so merging is always safe: patched at the prototype, setting Vary adds to it.
 */
export function installVaryMerge(): void {
  const proto = http.ServerResponse.prototype as http.ServerResponse & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const setHeader = proto.setHeader;
  proto.setHeader = function (this: http.ServerResponse, name: string, value: number | string | readonly string[]) {
    if (name.toLowerCase() === "vary") {
      const existing = this.getHeader("vary");
      if (existing !== undefined) value = mergeVary(existing, value);
    }
    return setHeader.call(this, name, value);
  } as typeof proto.setHeader;
}
