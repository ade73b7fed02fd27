// Auth.js's JWT cookie: `__Secure-` prefixed over HTTPS, split into `.0`, `.1`… when large.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/** Whether a request can carry a session at all; without one, nobody needs to be looked up. */
export function hasSessionCookie(cookies: readonly { name: string }[]): boolean {
  return cookies.some((c) => SESSION_COOKIE.test(c.name));
}
