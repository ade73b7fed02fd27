import type http from "node:http";
import { describe, expect, it } from "vitest";
import { frontRequest } from "./front";

const ask = (url: string, headers: http.IncomingHttpHeaders = {}, method = "GET") => frontRequest({ method, url, headers });

describe("the prebuilt front takes only what it is sure of", () => {
  it("takes a browser's GET or HEAD of an address, with ?lang= at most", () => {
    expect(ask("/")).not.toBeNull();
    expect(ask("/roles/ml-engineer?lang=ko", {}, "HEAD")?.search.get("lang")).toBe("ko");
    expect(ask("/roles", { "sec-fetch-dest": "document" })).not.toBeNull();
  });

  it("leaves other methods, other queries, absolute targets and script fetches to Next", () => {
    expect(ask("/", {}, "POST")).toBeNull();
    expect(ask("/", {}, "OPTIONS")).toBeNull();
    expect(ask("/?_rsc=abc")).toBeNull();
    expect(ask("/compare?a=data-scientist&b=ml-engineer")).toBeNull();
    expect(ask("http://example.com/")).toBeNull();
    expect(ask("*", {}, "GET")).toBeNull();
    expect(ask("/roles", { "sec-fetch-dest": "empty" })).toBeNull();
  });

  it("leaves every request Next's client router or Next itself makes to Next", () => {
    for (const name of ["rsc", "next-router-prefetch", "next-router-state-tree", "next-url", "next-action", "x-middleware-subrequest", "x-nextjs-data"]) {
      expect(ask("/roles", { [name]: "1" }), name).toBeNull();
    }
    // A header that merely starts like one is not Next's.
    expect(ask("/roles", { rsc2: "1" })).not.toBeNull();
  });

  it("reads headers and cookies as the proxy does", () => {
    const read = ask("/", { cookie: "NEXT_LOCALE=ko; authjs.session-token=abc%20d", "accept-language": "en", "x-forwarded-proto": "https" })!;
    expect(read.cookies).toEqual([
      { name: "NEXT_LOCALE", value: "ko" },
      { name: "authjs.session-token", value: "abc d" },
    ]);
    expect(read.headers.get("Accept-Language")).toBe("en");
    expect(read.headers.get("if-none-match")).toBeNull();
  });
});
