import { createHash, randomBytes } from "node:crypto";

/** 256 bits from the OS's secure random source, URL-safe (W3C TAG capability URLs: unguessable). */
export function newShareToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only this is stored: a leaked database does not leak working links. */
export function hashShareToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Cheap shape check before any lookup, so junk never reaches the database. */
export function looksLikeShareToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
