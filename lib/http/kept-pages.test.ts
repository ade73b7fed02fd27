import { gunzipSync } from "node:zlib";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { NextRequest } from "next/server";

// The render itself (a loopback request to Next) is replaced by what each case says it gave.
const render = vi.hoisted(() => ({ html: "", status: 200, headers: {} as Record<string, string>, calls: 0 }));
vi.mock("./script-free-render", () => ({
  renderScriptFree: async () => {
    render.calls++;
    return { stripped: true, html: render.html, status: render.status, headers: new Headers({ "content-type": "text/html; charset=utf-8", ...render.headers }) };
  },
}));

const { createKeptPages, PAGE_SOURCE_HEADER } = await import("./kept-pages");
const { DATA_MARKER } = await import("./data-marker");
const { CODING_HEADER, installPrecodedBodies } = await import("./precoded");

const page = (digest: string, lang = "en", body = "plan") => `<!DOCTYPE html><html lang="${lang}"><head><meta name="${DATA_MARKER}" content="${digest}"/></head><body>${body}</body></html>`;
const request = (headers: Record<string, string> = {}) => ({ headers: new Headers(headers) }) as unknown as NextRequest;
const toKeep = (digest: string, extra: Partial<Parameters<ReturnType<typeof createKeptPages>["send"]>[1]> = {}) => ({
  slot: "reader-1",
  digest,
  locale: "en" as const,
  readerUnchanged: () => true,
  ...extra,
});

beforeEach(() => {
  Object.assign(render, { html: page("d1"), status: 200, headers: {}, calls: 0 });
});

describe("kept pages", () => {
  it("sends a render again without rendering, marker taken out, with the fixed headers on both", async () => {
    const pages = createKeptPages({ maxBytes: 1 << 20, headers: { "Cache-Control": "private, no-store" } });
    const first = await pages.send(request(), toKeep("d1"));
    expect(first.headers.get(PAGE_SOURCE_HEADER)).toBe("rendered");
    const html = await first.text();
    expect(html).not.toContain(DATA_MARKER);
    const sentKept = vi.fn();
    const second = await pages.send(request({ "x-forwarded-proto": "https" }), toKeep("d1", { onSentKept: sentKept }));
    expect(second.headers.get(PAGE_SOURCE_HEADER)).toBe("kept");
    expect(await second.text()).toBe(html);
    expect(render.calls).toBe(1);
    expect(sentKept).toHaveBeenCalledTimes(1);
    for (const answer of [first, second]) expect(answer.headers.get("cache-control")).toBe("private, no-store");
    expect(second.headers.get("strict-transport-security")).toMatch(/max-age=/);
    expect(first.headers.get("strict-transport-security")).toBeNull();
  });

  it("sends a kept page gzipped once to a client that takes gzip, and plain to one that does not", async () => {
    installPrecodedBodies();
    const pages = createKeptPages({ maxBytes: 1 << 20 });
    render.headers = { vary: "RSC" };
    const html = await (await pages.send(request(), toKeep("d1"))).text();
    const zipped = await pages.send(request({ "accept-encoding": "gzip, deflate, br" }), toKeep("d1"));
    expect(zipped.headers.get(PAGE_SOURCE_HEADER)).toBe("kept");
    expect(zipped.headers.get(CODING_HEADER)).toBe("gzip");
    expect(zipped.headers.get("vary")).toBe("RSC, Accept-Encoding");
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString("utf8")).toBe(html);
    const plain = await pages.send(request(), toKeep("d1"));
    expect(plain.headers.get(CODING_HEADER)).toBeNull();
    expect(await plain.text()).toBe(html);
    expect(render.calls).toBe(1);
  });

  it("keeps nothing the render did not show exactly for this reader", async () => {
    const cases: [string, () => void, Partial<ReturnType<typeof toKeep>>?][] = [
      ["the marker names other data", () => (render.html = page("d0"))],
      ["no marker", () => (render.html = "<html lang=\"en\"><body>x</body></html>")],
      ["another language", () => (render.html = page("d1", "ko"))],
      ["a cookie set", () => (render.headers = { "set-cookie": "a=b" })],
      ["not a 200", () => (render.status = 404)],
      ["the day turned during the render", () => {}, { readerUnchanged: () => false }],
    ];
    for (const [name, arrange, extra] of cases) {
      Object.assign(render, { html: page("d1"), status: 200, headers: {}, calls: 0 });
      arrange();
      const pages = createKeptPages({ maxBytes: 1 << 20 });
      await pages.send(request(), toKeep("d1", extra));
      const again = await pages.send(request(), toKeep("d1", extra));
      expect(again.headers.get(PAGE_SOURCE_HEADER), name).toBe("rendered");
      expect(render.calls, name).toBe(2);
    }
  });

  it("keeps one page per slot: new data replace the page kept for the old", async () => {
    const pages = createKeptPages({ maxBytes: 1 << 20 });
    await pages.send(request(), toKeep("d1"));
    render.html = page("d2", "en", "changed");
    expect((await pages.send(request(), toKeep("d2"))).headers.get(PAGE_SOURCE_HEADER)).toBe("rendered");
    expect((await pages.send(request(), toKeep("d2"))).headers.get(PAGE_SOURCE_HEADER)).toBe("kept");
    // The data changed back: the old page is gone, so it is rendered again.
    render.html = page("d1");
    expect((await pages.send(request(), toKeep("d1"))).headers.get(PAGE_SOURCE_HEADER)).toBe("rendered");
    // Another reader's slot is never answered from this one.
    expect((await pages.send(request(), toKeep("d1", { slot: "reader-2" }))).headers.get(PAGE_SOURCE_HEADER)).toBe("rendered");
  });

  it("renders without keeping when asked to", async () => {
    const pages = createKeptPages({ maxBytes: 1 << 20 });
    const unkept = await pages.renderUnkept(request());
    expect(await unkept.text()).not.toContain(DATA_MARKER);
    expect((await pages.send(request(), toKeep("d1"))).headers.get(PAGE_SOURCE_HEADER)).toBe("rendered");
  });
});
