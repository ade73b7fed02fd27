import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { encodedCopies } from "@/lib/http/encoded-copies";
import { answerAsFile, editionFor, fileRequestOf, type FileRequest } from "./as-file";
import type { Edition } from "./editions";
import { frontRequest } from "./front";
import type { PrebuiltDocument } from "./prebuilt";

const page = new TextEncoder().encode(`<!DOCTYPE html><html lang="en">${"<p>roles</p>".repeat(300)}</html>`);
const document: PrebuiltDocument = { copies: encodedCopies(page, { brotli: "none" }), etag: '"tag"', scriptHashes: ["'sha256-x'"] };
const guest: Edition = { viewer: "guest", locale: "en" };
const request = (headers: Record<string, string> = {}, method = "GET"): FileRequest => ({
  method,
  pathname: "/",
  search: new URLSearchParams(),
  headers: new Headers(headers),
  cookies: [],
});

describe("a prebuilt page answered as a file", () => {
  it("gives each copy its own strong tag and answers 304 only for that copy's tag, or *", () => {
    const plain = answerAsFile(request(), document, guest, { mayCompress: true, nextCompresses: false });
    const gzip = answerAsFile(request({ "accept-encoding": "gzip" }), document, guest, { mayCompress: true, nextCompresses: false });
    expect([plain.headers.ETag, gzip.headers.ETag]).toEqual(['"tag"', '"tag-gzip"']);
    expect(gzip.coding).toBe("gzip");
    expect(answerAsFile(request({ "accept-encoding": "gzip", "if-none-match": '"tag-gzip"' }), document, guest, { mayCompress: true, nextCompresses: false }).status).toBe(304);
    expect(answerAsFile(request({ "accept-encoding": "gzip", "if-none-match": '"tag"' }), document, guest, { mayCompress: true, nextCompresses: false }).status).toBe(200);
    expect(answerAsFile(request({ "if-none-match": "*" }), document, guest, { mayCompress: true, nextCompresses: false }).status).toBe(304);
  });

  it("gives a weak tag to a plain copy Next may still compress on its way out", () => {
    const options = { mayCompress: false, nextCompresses: true };
    const answer = answerAsFile(request({ "accept-encoding": "gzip" }), document, guest, options);
    expect(answer.coding).toBeNull();
    expect(answer.headers.ETag).toBe('W/"tag"');
    // The browser sends the weak tag back; it still matches.
    expect(answerAsFile(request({ "accept-encoding": "gzip", "if-none-match": 'W/"tag"' }), document, guest, options).status).toBe(304);
    // A client that takes no compression gets the strong tag: nothing will change its bytes.
    expect(answerAsFile(request(), document, guest, options).headers.ETag).toBe('"tag"');
    expect(answerAsFile(request({ "accept-encoding": "deflate" }), document, guest, options).headers.ETag).toBe('W/"tag"');
  });

  it("answers HEAD with the headers and the length of a GET, without the page", () => {
    const head = answerAsFile(request({ "accept-encoding": "gzip" }, "HEAD"), document, guest, { mayCompress: true, nextCompresses: false });
    expect(head.body).toBeNull();
    expect(head.length).toBe(document.copies.gzip.byteLength);
    expect(head.headers["Content-Type"]).toMatch(/text\/html/);
  });

  it("says HSTS only over https, and keys caches on what chose the copy", () => {
    const https = answerAsFile(request({ "x-forwarded-proto": "https" }), document, guest, { mayCompress: true, nextCompresses: false });
    expect(https.headers["Strict-Transport-Security"]).toMatch(/max-age=/);
    const http = answerAsFile(request(), document, { viewer: "member", locale: "ko" }, { mayCompress: true, nextCompresses: false });
    expect(http.headers["Strict-Transport-Security"]).toBeUndefined();
    expect(http.headers.Vary).toBe("Cookie, Accept-Language, RSC, Accept-Encoding");
    expect(http.headers["Cache-Control"]).toBe("private, no-cache");
    expect(http.headers["Content-Language"]).toBe("ko");
  });
});

describe("the front and the proxy choose the same edition", () => {
  const cases: Record<string, string>[] = [
    {},
    { cookie: "NEXT_LOCALE=ko" },
    { cookie: "NEXT_LOCALE=ko; NEXT_LOCALE=en" },
    { cookie: "NEXT_LOCALE=%E0%A4%A; other=1", "accept-language": "ko-KR,ko;q=0.9" },
    { cookie: "__Secure-authjs.session-token.0=abc; __Secure-authjs.session-token.1=def" },
    { cookie: "authjs.session-token=x;NEXT_LOCALE=ko" },
    { cookie: "NEXT_LOCALE", "accept-language": "fr, ko;q=0.5" },
    { "accept-language": "ko;q=0, en;q=0.1" },
  ];
  for (const headers of cases) {
    for (const url of ["/", "/roles/ml-engineer?lang=en", "/about?lang=xx"]) {
      it(`${url} ${JSON.stringify(headers)}`, () => {
        const front = frontRequest({ method: "GET", url, headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])) });
        const proxy = fileRequestOf(new NextRequest(new URL(url, "http://127.0.0.1:3000"), { headers }));
        expect(front).not.toBeNull();
        expect(editionFor(front!)).toEqual(editionFor(proxy));
      });
    }
  }
});
