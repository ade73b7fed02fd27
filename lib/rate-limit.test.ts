import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limit";

describe("RateLimiter", () => {
  it("allows up to the limit inside the window, then refuses with a retry time", () => {
    let now = 0;
    const limiter = new RateLimiter(2, 10_000, () => now);
    expect(limiter.hit("a").ok).toBe(true);
    now = 1000;
    expect(limiter.hit("a").ok).toBe(true);
    now = 2000;
    expect(limiter.hit("a")).toEqual({ ok: false, retryAfter: 8 });
    expect(limiter.check("b").ok).toBe(true);
    now = 10_001;
    expect(limiter.hit("a").ok).toBe(true);
  });

  it("forgets a key on reset", () => {
    const limiter = new RateLimiter(1, 10_000, () => 0);
    limiter.hit("a");
    expect(limiter.check("a").ok).toBe(false);
    limiter.reset("a");
    expect(limiter.check("a").ok).toBe(true);
  });
});
