import { describe, expect, it } from "vitest";
import { chooseEdition, EDITIONS, editionPath, editionSlug, parseEdition, staticPagePath } from "./editions";

const request = (over: Partial<Parameters<typeof chooseEdition>[0]> & { cookies?: Record<string, string> } = {}) => ({
  lang: null,
  acceptLanguage: null,
  hasSession: false,
  cookie: (name: string) => over.cookies?.[name],
  ...over,
});

describe("editions", () => {
  it("round-trips every edition through its slug and refuses anything else", () => {
    for (const edition of EDITIONS) expect(parseEdition(editionSlug(edition))).toEqual(edition);
    for (const slug of ["", "guest", "en", "guest-fr", "admin-en", "guest-en-x", "member-ko-"]) expect(parseEdition(slug)).toBeNull();
  });

  it("follows the same order as the rendered pages: ?lang=, then the cookie, then Accept-Language, then English", () => {
    expect(chooseEdition(request()).locale).toBe("en");
    expect(chooseEdition(request({ acceptLanguage: "ko-KR,ko;q=0.9,en;q=0.5" })).locale).toBe("ko");
    expect(chooseEdition(request({ acceptLanguage: "ko", cookies: { NEXT_LOCALE: "en" } })).locale).toBe("en");
    expect(chooseEdition(request({ lang: "ko", cookies: { NEXT_LOCALE: "en" } })).locale).toBe("ko");
    // Unknown values are ignored, not trusted.
    expect(chooseEdition(request({ lang: "xx", cookies: { NEXT_LOCALE: "../ko" }, acceptLanguage: "ko" })).locale).toBe("ko");
  });

  it("gives a request with a session cookie the member copy, and only such a request", () => {
    expect(chooseEdition(request({ hasSession: true })).viewer).toBe("member");
    expect(chooseEdition(request()).viewer).toBe("guest");
  });

  it("serves only the catalog addresses, and /compare only before a pair is asked for", () => {
    const none = new URLSearchParams();
    for (const path of ["/", "/roles", "/about", "/compare", "/roles/ml-engineer"]) expect(staticPagePath(path, none)).toBe(path);
    expect(staticPagePath("/compare", new URLSearchParams("lang=ko"))).toBe("/compare");
    expect(staticPagePath("/compare", new URLSearchParams("from=data-scientist&to=ml-engineer"))).toBeNull();
    for (const path of ["/check", "/dashboard", "/roles/", "/roles/a/b", "/roles/ML", "/roles/..%2f", "/share/x", "/about/x"]) {
      expect(staticPagePath(path, none), path).toBeNull();
    }
  });

  it("puts each edition's copy under its own internal address", () => {
    expect(editionPath({ viewer: "guest", locale: "ko" }, "/")).toBe("/prerendered/guest-ko");
    expect(editionPath({ viewer: "member", locale: "en" }, "/roles/ml-engineer")).toBe("/prerendered/member-en/roles/ml-engineer");
  });
});
