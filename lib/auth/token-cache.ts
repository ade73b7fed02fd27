/**
 * Decrypting the session cookie (a JWE: HKDF key derivation, then AES-GCM) cost about 5% of a
 * signed-in page's server CPU in the profile (docs/BENCHMARKS.md), and a browser sends the same
 * cookie on every request. The claims follow from the cookie and the secret alone, so they are
 * kept per exact cookie header, until the token's own expiry and at most CLAIMS_TTL_MS. Only
 * the claims are kept: whether the session is still live (signed out, password changed) is asked
 * of the database on every request as before (lib/auth/session.ts). Failures are not kept.
 */
const CLAIMS_TTL_MS = 5 * 60_000;
const MAX_ENTRIES = 2_000;

export interface SessionClaims {
  sub?: unknown;
  sid?: unknown;
  exp?: unknown;
}

interface Entry {
  claims: SessionClaims;
  until: number;
}

export function createClaimsCache(now: () => number = Date.now) {
  const entries = new Map<string, Entry>();
  return {
    async read(key: string, decrypt: () => Promise<SessionClaims | null>): Promise<SessionClaims | null> {
      const hit = entries.get(key);
      if (hit && hit.until > now()) return hit.claims;
      if (hit) entries.delete(key);
      const claims = await decrypt();
      if (!claims) return null;
      const expiry = typeof claims.exp === "number" ? claims.exp * 1000 : 0;
      const until = Math.min(expiry, now() + CLAIMS_TTL_MS);
      if (until > now()) {
        // Oldest first out: a Map iterates in insertion order.
        if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
        entries.set(key, { claims, until });
      }
      return claims;
    },
    get size() {
      return entries.size;
    },
  };
}
