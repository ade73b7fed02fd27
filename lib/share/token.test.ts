import { describe, expect, it } from "vitest";
import { hashShareToken, looksLikeShareToken, newShareToken } from "./token";

describe("share tokens", () => {
  it("are 256-bit, URL-safe and distinct", () => {
    const tokens = new Set(Array.from({ length: 200 }, newShareToken));
    expect(tokens.size).toBe(200);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
      expect(looksLikeShareToken(token)).toBe(true);
    }
  });

  it("are stored only as a SHA-256 hash that does not contain the token", () => {
    const token = newShareToken();
    const hash = hashShareToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(hashShareToken(token)).toBe(hash);
  });

  it("rejects junk before lookup", () => {
    for (const junk of ["", "abc", "../../etc/passwd", "x".repeat(44), `${"a".repeat(42)}=`, "%00".repeat(15)]) {
      expect(looksLikeShareToken(junk)).toBe(false);
    }
  });
});
