import { describe, expect, it } from "vitest";
import { hasSessionCookie } from "./session-cookie";

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
