import http from "node:http";
import { describe, expect, it } from "vitest";
import { installVaryMerge, mergeVary } from "./vary";

describe("Vary only grows", () => {
  it("merges tokens once each, case-insensitively, and keeps '*' alone", () => {
    expect(mergeVary("Cookie, Accept-Language", "rsc, next-router-state-tree, cookie")).toBe("Cookie, Accept-Language, rsc, next-router-state-tree");
    expect(mergeVary(undefined, "rsc")).toBe("rsc");
    expect(mergeVary(["Cookie", "Accept-Language"], "*")).toBe("*");
  });

  it("a later setHeader('Vary') adds to the proxy's value instead of replacing it", () => {
    installVaryMerge();
    const response = new http.ServerResponse(new http.IncomingMessage(null as never));
    response.setHeader("Vary", "Cookie, Accept-Language");
    response.setHeader("Vary", "rsc, next-router-state-tree");
    expect(response.getHeader("vary")).toBe("Cookie, Accept-Language, rsc, next-router-state-tree");
    response.setHeader("Content-Type", "text/html");
    expect(response.getHeader("content-type")).toBe("text/html");
  });
});
