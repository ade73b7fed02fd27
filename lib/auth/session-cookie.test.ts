import { describe, expect, it } from "vitest";
import { sessionCookieHeader } from "./session-cookie";

/** Whether a request with these cookies can carry a session at all. */
const hasSessionCookie = (names: { name: string }[]) => sessionCookieHeader(names.map((c) => ({ ...c, value: "v" }))).header !== "";

describe("hasSessionCookie", () => {
  it("finds Auth.js's session cookie, plain, secure or chunked", () => {
    expect(hasSessionCookie([{ name: "authjs.session-token" }])).toBe(true);
    expect(hasSessionCookie([{ name: "waypoint-locale" }, { name: "__Secure-authjs.session-token" }])).toBe(true);
    expect(hasSessionCookie([{ name: "authjs.session-token.0" }, { name: "authjs.session-token.1" }])).toBe(true);
  });

  it("ignores other cookies, including Auth.js's CSRF and callback cookies", () => {
    expect(hasSessionCookie([])).toBe(false);
    expect(hasSessionCookie([{ name: "authjs.csrf-token" }, { name: "authjs.callback-url" }])).toBe(false);
    expect(hasSessionCookie([{ name: "xauthjs.session-token" }, { name: "authjs.session-token.x" }])).toBe(false);
  });
});

describe("sessionCookieHeader", () => {
  it("keeps only the session cookies, in order, and tells whether they are the secure ones", () => {
    const jar = [
      { name: "NEXT_LOCALE", value: "ko" },
      { name: "authjs.session-token.0", value: "aaa" },
      { name: "authjs.csrf-token", value: "csrf" },
      { name: "authjs.session-token.1", value: "bbb" },
    ];
    expect(sessionCookieHeader(jar)).toEqual({ header: "authjs.session-token.0=aaa; authjs.session-token.1=bbb", secure: false });
    expect(sessionCookieHeader([{ name: "__Secure-authjs.session-token", value: "x" }])).toEqual({
      header: "__Secure-authjs.session-token=x",
      secure: true,
    });
    expect(sessionCookieHeader([{ name: "other", value: "y" }])).toEqual({ header: "", secure: false });
  });
});
