// A small HTTP client for the harness: registers, signs in through Auth.js's credentials flow
// and keeps the session cookie, like e2e/fixtures.ts does for Playwright.
import { randomBytes } from "node:crypto";

export interface Account {
  id: string;
  email: string;
  password: string;
  name: string;
  /** The `Cookie` header value that carries the session. */
  cookie: string;
  /** The X-Forwarded-For address this account speaks from (per-client limits stay apart). */
  ip: string;
}

export function testIp(): string {
  const hex = () => randomBytes(2).toString("hex");
  return `2001:db8:${hex()}:${hex()}::1`; // varied in the /64 prefix: limits key IPv6 clients by /64
}

/** A setup request that takes longer than this has hung: the run fails instead of waiting forever. */
const SETUP_TIMEOUT_MS = 30_000;

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

export async function registerAndSignIn(base: string, prefix = "harness"): Promise<Account> {
  const tag = randomBytes(6).toString("hex");
  const data = { email: `${prefix}-${tag}@example.test`, password: `correct horse ${tag}`, name: `Harness ${tag.slice(0, 4)}` };
  const ip = testIp();
  const registered = await fetch(`${base}/api/v1/register`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": ip },
    body: JSON.stringify(data),
    signal: AbortSignal.timeout(SETUP_TIMEOUT_MS),
  });
  if (registered.status !== 201) throw new Error(`register: ${registered.status} ${await registered.text()}`);
  const { user } = (await registered.json()) as { user: { id: string } };
  const cookie = await signIn(base, data.email, data.password, ip);
  return { ...data, id: user.id, cookie, ip };
}

export async function signIn(base: string, email: string, password: string, ip = testIp()): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { "x-forwarded-for": ip }, signal: AbortSignal.timeout(SETUP_TIMEOUT_MS) });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), "x-forwarded-for": ip },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/dashboard" }),
    signal: AbortSignal.timeout(SETUP_TIMEOUT_MS),
  });
  const session = cookiesOf(response).find((c) => c.includes("session-token="));
  if (response.status !== 302 || !session) throw new Error(`sign-in failed: ${response.status}`);
  return session;
}

/** JSON request as the given account (or anonymous); returns status and parsed body. */
export async function api(
  base: string,
  method: string,
  path: string,
  options: { account?: Account; body?: unknown; ip?: string } = {},
  // The harness reads fields of answers it has just checked the status of; typing each is noise here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { "x-forwarded-for": options.account?.ip ?? options.ip ?? testIp() };
  if (options.account) headers.cookie = options.account.cookie;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(base + path, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(SETUP_TIMEOUT_MS),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON; keep the text
  }
  return { status: response.status, body };
}

/** A user with a target, an assessment, a plan and a share link: what the bench pages show. */
export async function seedPlanWithShare(base: string, account: Account, target = "ml-engineer") {
  const set = await api(base, "PUT", "/api/v1/me/profile", { account, body: { targetRole: target, hoursPerWeek: 8 } });
  if (set.status !== 200) throw new Error(`profile: ${set.status} ${JSON.stringify(set.body)}`);
  const saved = await api(base, "PUT", "/api/v1/me/assessment", { account, body: { assessment: { python: 3, sql: 2, statistics: 2 } } });
  if (saved.status !== 200) throw new Error(`assessment: ${saved.status} ${JSON.stringify(saved.body)}`);
  const plan = await api(base, "POST", "/api/v1/me/plans", { account, body: { target } });
  if (plan.status !== 201) throw new Error(`plan: ${plan.status} ${JSON.stringify(plan.body)}`);
  const link = await api(base, "POST", `/api/v1/me/plans/${plan.body.plan.id}/share-links`, { account, body: { label: "bench" } });
  if (link.status !== 201) throw new Error(`share link: ${link.status} ${JSON.stringify(link.body)}`);
  const token = new URL(link.body.url, base).pathname.split("/").pop()!;
  return { planId: plan.body.plan.id as string, linkId: link.body.id as string, token };
}
