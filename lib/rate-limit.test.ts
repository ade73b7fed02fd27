import { describe, expect, it } from "vitest";
import { clientKey, limits, normalizeAddress, PEER_HEADER } from "./rate-limit";

const headers = (peer: string | null, forwarded?: string) =>
  new Headers({ ...(peer && { [PEER_HEADER]: peer }), ...(forwarded && { "x-forwarded-for": forwarded }) });

describe("clientKey", () => {
  it("is the connection's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientKey(headers("127.0.0.2", "203.0.113.9"), 0)).toBe("127.0.0.2");
    expect(clientKey(headers("::ffff:127.0.0.3"), 0)).toBe("127.0.0.3");
  });

  it("behind N proxies takes the N-th address from the right, never one the client wrote", () => {
    const chain = "6.6.6.6, 198.51.100.7, 10.0.0.2";
    expect(clientKey(headers("10.0.0.1", chain), 1)).toBe("10.0.0.2");
    expect(clientKey(headers("10.0.0.1", chain), 2)).toBe("198.51.100.7");
    // A forged left-most entry changes nothing.
    expect(clientKey(headers("10.0.0.1", `1.2.3.4, ${chain}`), 2)).toBe("198.51.100.7");
  });

  it("falls back to the left-most address when the chain is shorter than the proxies trusted", () => {
    expect(clientKey(headers("10.0.0.1"), 1)).toBe("10.0.0.1");
    expect(clientKey(headers("10.0.0.1", "198.51.100.7"), 3)).toBe("198.51.100.7");
  });

  it("puts a request that never went through the server in one shared bucket", () => {
    expect(clientKey(headers(null, "203.0.113.9"), 1)).toBe("unknown");
  });
});

describe("normalizeAddress", () => {
  it("keys an IPv6 host by its /64, since one host owns the whole prefix", () => {
    expect(normalizeAddress("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(normalizeAddress("2001:DB8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(normalizeAddress("2001:db8::5")).toBe("2001:db8:0:0::/64");
    expect(normalizeAddress("[::1]")).toBe("0:0:0:0::/64");
    expect(normalizeAddress("198.51.100.7")).toBe("198.51.100.7");
  });
});

describe("Limit", () => {
  it("counts before the work: parallel attempts past the limit are refused", async () => {
    const key = `test-${Math.random()}`;
    const verdicts = await Promise.all(Array.from({ length: 40 }, () => limits.signInPerAccountClient.consume(key)));
    expect(verdicts.filter((v) => v.ok)).toHaveLength(5);
    const refused = verdicts.find((v) => !v.ok)!;
    expect(refused.retryAfter).toBeGreaterThan(0);
    expect((await limits.signInPerAccountClient.peek(key)).ok).toBe(false);
    expect((await limits.signInPerAccountClient.peek(`${key}-other`)).ok).toBe(true);
  });

  it("gives back a refunded attempt and forgets a reset key", async () => {
    const key = `test-${Math.random()}`;
    for (let i = 0; i < 5; i++) await limits.signInPerAccountClient.consume(key);
    expect((await limits.signInPerAccountClient.peek(key)).ok).toBe(false);
    await limits.signInPerAccountClient.refund(key);
    expect((await limits.signInPerAccountClient.consume(key)).ok).toBe(true);
    await limits.signInPerAccountClient.reset(key);
    expect((await limits.signInPerAccountClient.peek(key)).ok).toBe(true);
  });
});
