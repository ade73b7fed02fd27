import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes } from "./csp";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("inlineScriptHashes", () => {
  it("hashes each distinct inline script exactly as the browser does (the text between the tags)", () => {
    const a = "(self.__next_f=self.__next_f||[]).push([0])";
    const b = 'self.__next_f.push([1,"한국어 \\u003c/script>"])';
    const html = `<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><script>${a}</script><script>${b}</script><script>${a}</script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha(a), sha(b)]);
  });

  it("leaves out script files and empty tags, which need no hash", () => {
    expect(inlineScriptHashes('<script src="/x.js"></script><script></script><script id="s" src="/y.js" async></script>')).toEqual([]);
  });
});
