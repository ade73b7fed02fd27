// Auth.js's JWT cookie: `__Secure-` prefixed over HTTPS, split into `.0`, `.1`… when large.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/** Whether a request can carry a session at all; without one, nobody needs to be looked up. */
export function hasSessionCookie(cookies: readonly { name: string }[]): boolean {
  return cookies.some((c) => SESSION_COOKIE.test(c.name));
}

/** The session cookies only, as a Cookie header: what the session decoder may read, nothing else. */
export function sessionCookieHeader(cookies: readonly { name: string; value: string }[]): { header: string; secure: boolean } {
  const session = cookies.filter((c) => SESSION_COOKIE.test(c.name));
  return {
    header: session.map((c) => `${c.name}=${c.value}`).join("; "),
    secure: session.some((c) => c.name.startsWith("__Secure-")),
  };
}
