import { createHash } from "node:crypto";

/** The share token of the synthetic link number `index`: the bench finds links by it. */
export function synthToken(index: number): string {
  return createHash("sha256").update(`synthetic share link ${index}`).digest("base64url");
}
