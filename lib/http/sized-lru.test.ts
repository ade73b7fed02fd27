import { describe, expect, it } from "vitest";
import { createSizedLru } from "./sized-lru";

const lru = (maxSize: number) => createSizedLru<string>({ maxSize, sizeOf: (value) => value.length });

describe("createSizedLru", () => {
  it("keeps entries while they fit in the budget", () => {
    const cache = lru(10);
    cache.set("a", "1234");
    cache.set("b", "123456");
    expect(cache.get("a")).toBe("1234");
    expect(cache.get("b")).toBe("123456");
    expect(cache.totalSize).toBe(10);
  });

  it("drops the least recently used entries to make room", () => {
    const cache = lru(10);
    cache.set("a", "1234");
    cache.set("b", "1234");
    cache.get("a"); // a is now the most recently used
    cache.set("c", "1234");
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe("1234");
    expect(cache.get("c")).toBe("1234");
    expect(cache.totalSize).toBe(8);
  });

  it("replaces an entry under the same key without counting it twice", () => {
    const cache = lru(10);
    cache.set("a", "12345678");
    cache.set("a", "123");
    expect(cache.size).toBe(1);
    expect(cache.totalSize).toBe(3);
    expect(cache.get("a")).toBe("123");
  });

  it("deletes an entry and its size", () => {
    const cache = lru(10);
    cache.set("a", "1234");
    cache.delete("a");
    cache.delete("missing");
    expect(cache.get("a")).toBeUndefined();
    expect(cache.totalSize).toBe(0);
  });

  it("does not keep an entry larger than the whole budget, nor evict others for it", () => {
    const cache = lru(10);
    cache.set("a", "1234");
    cache.set("huge", "12345678901");
    expect(cache.get("huge")).toBeUndefined();
    expect(cache.get("a")).toBe("1234");
  });
});
