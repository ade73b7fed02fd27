// Auth.js's JWT cookie: `__Secure-` prefixed over HTTPS, split into `.0`, `.1`… when large.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/**
 * The session cookies only, as a Cookie header: what the session decoder may read, nothing else.
 * An empty header means the request cannot carry a session, so nobody needs to be looked up.
 */
export function sessionCookieHeader(cookies: readonly { name: string; value: string }[]): { header: string; secure: boolean } {
  const session = cookies.filter((c) => SESSION_COOKIE.test(c.name));
  return {
    header: session.map((c) => `${c.name}=${c.value}`).join("; "),
    secure: session.some((c) => c.name.startsWith("__Secure-")),
  };
}
