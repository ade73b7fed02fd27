import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";

export { expect };

export interface TestUser {
  id: string;
  email: string;
  password: string;
  name: string;
}

/**
 * A fresh documentation-range address per test, so per-client rate limits never collide. Limits
 * key an IPv6 client by its /64 (lib/rate-limit.ts), so the random part is in the prefix.
 */
export function clientIp(): string {
  const hex = () => randomBytes(2).toString("hex");
  return `2001:db8:${hex()}:${hex()}::1`;
}

export function newUserData(prefix = "user"): Omit<TestUser, "id"> {
  const tag = randomBytes(6).toString("hex");
  return { email: `${prefix}-${tag}@example.test`, password: `correct horse ${tag}`, name: `Test ${prefix} ${tag.slice(0, 4)}` };
}

export async function registerUser(request: APIRequestContext, data = newUserData()): Promise<TestUser> {
  const response = await request.post("/api/v1/register", { data });
  expect(response.status(), await response.text()).toBe(201);
  const { user } = await response.json();
  return { ...data, id: user.id };
}

/** Signs in through Auth.js's own credentials endpoint; cookies land in the given context. */
export async function signIn(request: APIRequestContext, user: Pick<TestUser, "email" | "password">) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { email: user.email, password: user.password, csrfToken, callbackUrl: "/dashboard" },
    maxRedirects: 0,
  });
  return response;
}

export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`)).toEqual([]);
}

interface Fixtures {
  /** A registered, signed-in user whose session cookie is in the page's browser context. */
  user: TestUser;
}

export const test = base.extend<Fixtures>({
  context: async ({ context }, use) => {
    await context.setExtraHTTPHeaders({ "X-Forwarded-For": clientIp() });
    await use(context);
  },
  request: async ({ playwright, baseURL }, use) => {
    const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": clientIp() } });
    await use(request);
    await request.dispose();
  },
  user: async ({ page }, use) => {
    const user = await registerUser(page.request);
    const response = await signIn(page.request, user);
    expect(response.status()).toBe(302);
    await use(user);
  },
});

/**
 * For tests that need a signed-in page but none of the user's details: the `user` fixture runs
 * before each of them without the test naming it (an unused `user` argument, or an assertion
 * on it that cannot fail, would be the alternative).
 */
export const signedInTest = test.extend<{ signedIn: TestUser }>({
  signedIn: [async ({ user }, use) => use(user), { auto: true }],
});
