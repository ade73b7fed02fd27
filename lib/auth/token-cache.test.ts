import { describe, expect, it, vi } from "vitest";
import { createClaimsCache } from "./token-cache";

describe("the session claims cache", () => {
  it("decrypts a cookie once, and each cookie to its own claims", async () => {
    const cache = createClaimsCache(() => 1_000_000);
    const decrypt = vi.fn(async () => ({ sub: "alice", sid: "s1", exp: 2_000 }));
    expect(await cache.read("cookie-a", decrypt)).toEqual({ sub: "alice", sid: "s1", exp: 2_000 });
    expect(await cache.read("cookie-a", decrypt)).toEqual({ sub: "alice", sid: "s1", exp: 2_000 });
    expect(decrypt).toHaveBeenCalledTimes(1);
    expect(await cache.read("cookie-b", async () => ({ sub: "bob", sid: "s2", exp: 2_000 }))).toEqual({ sub: "bob", sid: "s2", exp: 2_000 });
  });

  it("keeps nothing past the token's expiry, nor a cookie that did not decrypt", async () => {
    let now = 1_000_000;
    const cache = createClaimsCache(() => now);
    const decrypt = vi.fn(async () => ({ sub: "alice", sid: "s1", exp: 1_001 })); // expires at 1,001,000 ms
    await cache.read("cookie", decrypt);
    now = 1_001_000;
    await cache.read("cookie", decrypt);
    expect(decrypt).toHaveBeenCalledTimes(2);
    const failing = vi.fn(async () => null);
    expect(await cache.read("forged", failing)).toBeNull();
    expect(await cache.read("forged", failing)).toBeNull();
    expect(failing).toHaveBeenCalledTimes(2);
    // Claims without an expiry are never kept.
    const noExpiry = vi.fn(async () => ({ sub: "x", sid: "y" }));
    await cache.read("no-exp", noExpiry);
    await cache.read("no-exp", noExpiry);
    expect(noExpiry).toHaveBeenCalledTimes(2);
  });

  it("keeps a few minutes at most", async () => {
    let now = 0;
    const cache = createClaimsCache(() => now);
    const decrypt = vi.fn(async () => ({ sub: "a", sid: "b", exp: 10 ** 9 }));
    await cache.read("cookie", decrypt);
    now = 5 * 60_000;
    await cache.read("cookie", decrypt);
    expect(decrypt).toHaveBeenCalledTimes(2);
  });
});
