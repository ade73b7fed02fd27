import { readdirSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import type { APIRequestContext, PlaywrightWorkerArgs } from "@playwright/test";
import { onPostgres, withTestDatabase } from "./db";
import { clientIp, expect, newUserData, registerUser, signIn, test, type TestUser } from "./fixtures";

/** Findings of issue 14 (OWASP ASVS 5.0 level 1), one test or more each. */

// Many steps here hash a password (scrypt, 128 MiB, ~0.4 s alone and several seconds on a loaded machine).
test.describe.configure({ timeout: 240_000 });
const HASHING = { timeout: 60_000 };

type Playwright = PlaywrightWorkerArgs["playwright"];
const PORT = Number(process.env.E2E_PORT ?? 3100);
const OUTBOX = path.resolve(process.cwd(), "data/outbox");
const DB_FILE = path.resolve(process.cwd(), process.env.E2E_DATABASE ?? "data/e2e.db");

async function newClient(playwright: Playwright, baseURL?: string): Promise<APIRequestContext> {
  return playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": clientIp() } });
}

async function signedIn(playwright: Playwright, baseURL: string | undefined, user: Pick<TestUser, "email" | "password">) {
  const client = await newClient(playwright, baseURL);
  expect((await signIn(client, user)).status()).toBe(302);
  expect((await client.get("/api/v1/me")).status()).toBe(200);
  return client;
}

/** The session cookie a client holds, as a Cookie header another client can replay. */
async function sessionCookie(client: APIRequestContext): Promise<string> {
  const cookies = (await client.storageState()).cookies.filter((c) => c.name.includes("authjs.session-token"));
  expect(cookies.length).toBeGreaterThan(0);
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

/** The newest message in the dev outbox addressed to `email`. */
async function mailTo(email: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    let files: string[] = [];
    try {
      files = readdirSync(OUTBOX).sort().reverse();
    } catch {
      // not created yet
    }
    for (const file of files) {
      const text = readFileSync(path.join(OUTBOX, file), "utf8");
      if (text.includes(`To: ${email}\r\n`)) return text;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${email} in ${OUTBOX}`);
}

const resetToken = (mail: string) => /\/reset-password\/([A-Za-z0-9_-]{43})/.exec(mail)![1]!;

/** A raw request from a chosen loopback source address, so the server sees two different clients. */
function fromAddress(localAddress: string, method: string, urlPath: string, headers: Record<string, string> = {}, body?: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: PORT, path: urlPath, method, localAddress, headers: { ...headers, ...(body !== undefined && { "content-length": Buffer.byteLength(body) }) } }, (res) => {
      let text = "";
      res.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** Signs in from a loopback address through Auth.js's credentials endpoint; answers its status and Location. */
async function signInFrom(localAddress: string, email: string, password: string) {
  const csrf = await fromAddress(localAddress, "GET", "/api/auth/csrf");
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const form = new URLSearchParams({ email, password, csrfToken: JSON.parse(csrf.body).csrfToken, callbackUrl: "/dashboard" }).toString();
  return fromAddress(localAddress, "POST", "/api/auth/callback/credentials", { cookie, "content-type": "application/x-www-form-urlencoded" }, form);
}

test.describe("sessions end on the server", () => {
  test("after sign-out the old cookie answers 401 and is not re-issued", async ({ playwright, baseURL }) => {
    const user = await registerUser(await newClient(playwright, baseURL));
    const client = await signedIn(playwright, baseURL, user);
    const stolen = await sessionCookie(client);
    const { csrfToken } = await (await client.get("/api/auth/csrf")).json();
    const out = await client.post("/api/auth/signout", { form: { csrfToken }, maxRedirects: 0 });
    expect(out.status()).toBe(302);

    const replay = await newClient(playwright, baseURL);
    expect((await replay.get("/api/v1/me", { headers: { cookie: stolen } })).status()).toBe(401);
    const session = await replay.get("/api/auth/session", { headers: { cookie: stolen } });
    expect(await session.json()).toBeNull();
    const reissued = (session.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value));
    expect(reissued.filter((c) => /authjs\.session-token=[^;]+/.test(c) && !/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(c))).toEqual([]);
  });

  test("sign out everywhere ends every session, this one included", async ({ playwright, baseURL }) => {
    const user = await registerUser(await newClient(playwright, baseURL));
    const laptop = await signedIn(playwright, baseURL, user);
    const phone = await signedIn(playwright, baseURL, user);
    const phoneCookie = await sessionCookie(phone);
    expect((await laptop.post("/api/v1/me/sessions/revoke")).status()).toBe(204);
    expect((await laptop.get("/api/v1/me")).status()).toBe(401);
    expect((await phone.get("/api/v1/me")).status()).toBe(401);
    expect((await (await newClient(playwright, baseURL)).get("/api/v1/me", { headers: { cookie: phoneCookie } })).status()).toBe(401);
    // Signing in again works.
    await signedIn(playwright, baseURL, user);
  });

  test("a session past its absolute lifetime signs nobody in", async ({ playwright, baseURL }) => {
    const user = await registerUser(await newClient(playwright, baseURL));
    const client = await signedIn(playwright, baseURL, user);
    await withTestDatabase((db) => db.query("UPDATE user_session SET expires_at = ? WHERE user_id = ?", [db.time(Date.now() - 1000), user.id]));
    expect((await client.get("/api/v1/me")).status()).toBe(401);
    expect(await (await client.get("/api/auth/session")).json()).toBeNull();
  });

  test("settings: sign out everywhere, in the browser", async ({ page, user, playwright, baseURL }) => {
    const other = await signedIn(playwright, baseURL, user);
    await page.goto("/settings");
    await expect(page.getByText("You are signed in on 2 browsers, this one included.")).toBeVisible();
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/signin/, HASHING);
    expect((await other.get("/api/v1/me")).status()).toBe(401);
    expect((await page.request.get("/api/v1/me")).status()).toBe(401);
  });
});

test.describe("password change", () => {
  test("PUT /me/password: 403 wrong current, 400 weak, 204 ends the other sessions only", async ({ playwright, baseURL }) => {
    const user = await registerUser(await newClient(playwright, baseURL));
    const here = await signedIn(playwright, baseURL, user);
    const elsewhere = await signedIn(playwright, baseURL, user);
    const wrong = await here.put("/api/v1/me/password", { data: { currentPassword: "not it at all", newPassword: "a brand new phrase 42" } });
    expect(wrong.status()).toBe(403);
    const weak = await here.put("/api/v1/me/password", { data: { currentPassword: user.password, newPassword: "password1234" } });
    expect(weak.status()).toBe(400);
    expect((await elsewhere.get("/api/v1/me")).status()).toBe(200);

    const changed = await here.put("/api/v1/me/password", { data: { currentPassword: user.password, newPassword: "a brand new phrase 42" } });
    expect(changed.status()).toBe(204);
    expect((await here.get("/api/v1/me")).status()).toBe(200);
    expect((await elsewhere.get("/api/v1/me")).status()).toBe(401);
    const old = await newClient(playwright, baseURL);
    await signIn(old, user);
    expect((await old.get("/api/v1/me")).status()).toBe(401);
    await signedIn(playwright, baseURL, { email: user.email, password: "a brand new phrase 42" });
  });

  test("settings page changes the password, in English and Korean", async ({ page, user, context }) => {
    await page.goto("/settings");
    await page.getByLabel("Current password").fill("wrong wrong wrong");
    await page.getByLabel("New password").fill("another fine phrase 7");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("The current password is wrong.")).toBeVisible(HASHING);

    await context.addCookies([{ name: "NEXT_LOCALE", value: "ko", url: new URL(page.url()).origin }]);
    await page.goto("/settings");
    await page.getByLabel("현재 비밀번호").fill(user.password);
    await page.getByLabel("새 비밀번호").fill("password1234");
    await page.getByRole("button", { name: "비밀번호 바꾸기" }).click();
    await expect(page.getByText("너무 흔한 비밀번호입니다. 다른 비밀번호를 고르세요.")).toBeVisible(HASHING);
    await page.getByLabel("현재 비밀번호").fill(user.password);
    await page.getByLabel("새 비밀번호").fill("another fine phrase 7");
    await page.getByRole("button", { name: "비밀번호 바꾸기" }).click();
    await expect(page.getByText("비밀번호를 바꿨습니다.")).toBeVisible(HASHING);
    expect((await page.request.get("/api/v1/me")).status()).toBe(200);
  });
});

test.describe("password reset by email", () => {
  test("API: 202 always, single-use 30-minute token, every session ends", async ({ playwright, baseURL }) => {
    const user = await registerUser(await newClient(playwright, baseURL));
    const session = await signedIn(playwright, baseURL, user);
    const anon = await newClient(playwright, baseURL);
    const unknown = await anon.post("/api/v1/password-reset", { data: { email: `nobody-${Date.now()}@example.test` } });
    expect(unknown.status()).toBe(202);
    const known = await anon.post("/api/v1/password-reset", { data: { email: user.email } });
    expect(known.status()).toBe(202);
    expect(await known.text()).toBe(await unknown.text());

    const token = resetToken(await mailTo(user.email));
    const { stored, life } = await withTestDatabase(async (db) => {
      const rows = await db.query<{ token_hash: string; expires_at: unknown; created_at: unknown }>(
        "SELECT token_hash, expires_at, created_at FROM password_reset_token WHERE user_id = ?",
        [user.id],
      );
      return { stored: rows, life: rows[0] ? db.millis(rows[0].expires_at) - db.millis(rows[0].created_at) : NaN };
    });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.token_hash).not.toContain(token);
    expect(Math.abs(life - 30 * 60_000)).toBeLessThan(5_000);

    expect((await anon.post(`/api/v1/password-reset/${token}`, { data: { newPassword: "qwerty123456" } })).status()).toBe(400);
    expect((await anon.post(`/api/v1/password-reset/${"x".repeat(43)}`, { data: { newPassword: "a reset phrase 99" } })).status()).toBe(404);
    expect((await anon.post(`/api/v1/password-reset/${token}`, { data: { newPassword: "a reset phrase 99" } })).status()).toBe(204);
    expect((await anon.post(`/api/v1/password-reset/${token}`, { data: { newPassword: "a reset phrase 100" } })).status()).toBe(404);
    expect((await session.get("/api/v1/me")).status()).toBe(401);
    await signedIn(playwright, baseURL, { email: user.email, password: "a reset phrase 99" });
  });

  test("an expired token answers 404", async ({ playwright, baseURL }) => {
    const user = await registerUser(await newClient(playwright, baseURL));
    const anon = await newClient(playwright, baseURL);
    expect((await anon.post("/api/v1/password-reset", { data: { email: user.email } })).status()).toBe(202);
    const token = resetToken(await mailTo(user.email));
    await withTestDatabase((db) => db.query("UPDATE password_reset_token SET expires_at = ? WHERE user_id = ?", [db.time(Date.now() - 1), user.id]));
    expect((await anon.post(`/api/v1/password-reset/${token}`, { data: { newPassword: "a reset phrase 99" } })).status()).toBe(404);
  });

  test("in the browser: Forgot password? → mail → Choose a new password → sign in", async ({ page, playwright, baseURL }) => {
    const user = await registerUser(await newClient(playwright, baseURL));
    await page.goto("/signin");
    await page.getByRole("link", { name: "Forgot password?" }).click();
    await expect(page.getByRole("heading", { name: "Forgot password?" })).toBeVisible();
    await page.getByLabel("Email").fill(user.email);
    await page.getByRole("button", { name: "Send the link" }).click();
    await expect(page.getByRole("status")).toContainText("If an account uses this address");
    const link = /http:\/\/\S+\/reset-password\/\S+/.exec(await mailTo(user.email))![0];
    await page.goto(link);
    const headers = (await page.request.get(link)).headers();
    expect(headers["referrer-policy"]).toBe("no-referrer");
    await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
    await page.getByLabel("New password").fill("password");
    await page.getByRole("button", { name: "Set the new password" }).click();
    await expect(page.getByText("Use more different characters.").or(page.getByText("This password is too common; choose another."))).toBeVisible();
    await page.getByLabel("New password").fill("my shiny new phrase 5");
    await page.getByRole("button", { name: "Set the new password" }).click();
    await expect(page).toHaveURL(/\/signin\?reset=done/, HASHING);
    await expect(page.getByRole("status")).toContainText("Your password is changed");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill("my shiny new phrase 5");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard|\/onboarding/, HASHING);
    // The link was used up.
    await page.goto(link);
    await expect(page.getByText("This link is unknown, used or expired.")).toBeVisible();
  });
});

test.describe("rate limits per real client", () => {
  test("one client's failures do not lock another client out (127.0.0.2 vs 127.0.0.3)", async ({ playwright, baseURL }) => {
    const user = await registerUser(await newClient(playwright, baseURL));
    for (let i = 0; i < 5; i++) expect((await signInFrom("127.0.0.2", user.email, `wrong ${i}`)).status).toBe(302);
    const blocked = await signInFrom("127.0.0.2", user.email, user.password);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
    const bystander = await signInFrom("127.0.0.3", user.email, user.password);
    expect(bystander.status).toBe(302);
    expect(bystander.headers.location).not.toContain("error");

    // Registration: one client's flood of empty POSTs leaves another client able to register.
    let flood = 0;
    for (let i = 0; i < 31; i++) flood = (await fromAddress("127.0.0.2", "POST", "/api/v1/register", { "content-type": "application/json" }, "{}")).status;
    expect(flood).toBe(429);
    const data = JSON.stringify(newUserData("bystander"));
    expect((await fromAddress("127.0.0.3", "POST", "/api/v1/register", { "content-type": "application/json" }, data)).status).toBe(201);
  });

  test("behind a trusted proxy the forged left-most X-Forwarded-For entry changes nothing", async ({ playwright, baseURL }) => {
    const user = await registerUser(await newClient(playwright, baseURL));
    const real = clientIp();
    // The e2e server trusts one proxy: the right-most entry is the client; anything left of it is the client's own words.
    let last = 0;
    for (let i = 0; i < 6; i++) {
      const c = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": `203.0.113.${i}, ${real}` } });
      last = (await signIn(c, { email: user.email, password: `wrong ${i}` })).status();
    }
    expect(last).toBe(429);
  });

  test("parallel wrong passwords are counted before the hash: at most 5 are checked", async ({ playwright, baseURL }) => {
    const user = await registerUser(await newClient(playwright, baseURL));
    const client = await newClient(playwright, baseURL);
    const { csrfToken } = await (await client.get("/api/auth/csrf")).json();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        client.post("/api/auth/callback/credentials", { form: { email: user.email, password: `wrong ${i}`, csrfToken, callbackUrl: "/dashboard" }, maxRedirects: 0 }),
      ),
    );
    const checked = answers.filter((a) => a.status() === 302 && (a.headers().location ?? "").includes("code=credentials"));
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(answers.filter((a) => a.status() === 429 || (a.headers().location ?? "").includes("rate_limited")).length).toBeGreaterThanOrEqual(15);
  });
});

test("weak passwords are refused, after NFKC normalisation", async ({ request }) => {
  for (const password of ["password1234", "qwerty123456", "aaaaaaaaaaaa", " ".repeat(12), "ｐａｓｓｗｏｒｄ", "ＰＡＳＳＷＯＲＤ１２３"]) {
    const response = await request.post("/api/v1/register", { data: { ...newUserData("weak"), password } });
    expect(response.status(), JSON.stringify(password)).toBe(400);
  }
});

test.describe("lower findings", () => {
  test("HSTS on every answer behind https: pages, /api and /_next/static", async ({ request }) => {
    const html = await (await request.get("/")).text();
    const asset = /\/_next\/static\/[^"']+\.(js|css)/.exec(html)![0];
    for (const url of ["/", "/api/v1/skills", "/api/v1/me", asset]) {
      const secure = await request.get(url, { headers: { "X-Forwarded-Proto": "https" } });
      expect(secure.headers()["strict-transport-security"], url).toMatch(/max-age=\d{8,}/);
      expect((await request.get(url)).headers()["strict-transport-security"], url).toBeUndefined();
    }
  });

  test("prefetch requests get the page headers", async ({ request, page, user }) => {
    void user;
    const prefetch = { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-State-Tree": "%5B%22%22%2C%7B%7D%5D" };
    const roles = await request.get("/roles", { headers: prefetch });
    expect(roles.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    const plan = await (await page.request.post("/api/v1/me/plans", { data: { target: "ml-engineer" } })).json();
    const link = await (await page.request.post(`/api/v1/me/plans/${plan.plan.id}/share-links`, { data: {} })).json();
    const share = await request.get(new URL(link.url).pathname, { headers: { ...prefetch, Purpose: "prefetch" } });
    expect(share.headers()["x-robots-tag"]).toContain("noindex");
    expect(share.headers()["referrer-policy"]).toBe("no-referrer");
  });

  test("the language switcher does not redirect off-site (returnTo=/.//evil.example)", async ({ page }) => {
    await page.goto("/about");
    const form = page.locator("form:has(input[name='returnTo'])").first();
    await form.locator("input[name='returnTo']").evaluate((input: HTMLInputElement) => (input.value = "/.//evil.example"));
    const answers: string[] = [];
    page.on("response", (r) => {
      const location = r.headers()["location"] ?? r.headers()["x-action-redirect"];
      if (location) answers.push(location);
    });
    await form.locator("button").first().click();
    await page.waitForLoadState("networkidle");
    expect(page.url()).not.toContain("evil.example");
    for (const location of answers) expect(location).not.toMatch(/^\/\/|evil\.example/);
  });

  test("Origin: null is foreign; JSON must be sent as application/json", async ({ page, user }) => {
    void user;
    const nullOrigin = await page.request.put("/api/v1/me/profile", { headers: { Origin: "null" }, data: { hoursPerWeek: 5 } });
    expect(nullOrigin.status()).toBe(403);
    const plain = await page.request.put("/api/v1/me/profile", { headers: { "Content-Type": "text/plain" }, data: JSON.stringify({ hoursPerWeek: 5 }) });
    expect(plain.status()).toBe(415);
    expect((await plain.json()).error.code).toBe("unsupported_media_type");
    expect((await page.request.put("/api/v1/me/profile", { data: { hoursPerWeek: 5 } })).status()).toBe(200);
  });

  test("a forged cross-site server-action POST answers 4xx, not 500", async ({ request }) => {
    const forged = await request.post("/settings", {
      headers: { "Next-Action": "0".repeat(42), Origin: "https://evil.example", "Content-Type": "text/plain;charset=UTF-8" },
      data: "[]",
      maxRedirects: 0,
    });
    expect(forged.status()).toBeGreaterThanOrEqual(400);
    expect(forged.status()).toBeLessThan(500);
  });

  test("API share links: 30 days by default, null for none, URL never from X-Forwarded-Host", async ({ page, user }) => {
    void user;
    const plan = await (await page.request.post("/api/v1/me/plans", { data: { target: "ml-engineer" } })).json();
    const url = `/api/v1/me/plans/${plan.plan.id}/share-links`;
    const byDefault = await (await page.request.post(url, { data: {}, headers: { "X-Forwarded-Host": "evil.example" } })).json();
    const days = (Date.parse(byDefault.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThan(30.1);
    expect(byDefault.url).not.toContain("evil.example");
    expect(new URL(byDefault.url).host).toBe(`127.0.0.1:${PORT}`);
    const forever = await (await page.request.post(url, { data: { expiresInDays: null } })).json();
    expect(forever.expiresAt).toBeNull();
  });

  test("HEAD and link-preview bots do not count as views; ?error= text is not shown", async ({ page, user, playwright, baseURL }) => {
    void user;
    const plan = await (await page.request.post("/api/v1/me/plans", { data: { target: "ml-engineer" } })).json();
    const created = await (await page.request.post(`/api/v1/me/plans/${plan.plan.id}/share-links`, { data: {} })).json();
    const sharePath = new URL(created.url).pathname;
    const visitor = await playwright.request.newContext({ baseURL });
    expect((await visitor.head(sharePath)).status()).toBe(200);
    for (const bot of ["Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "facebookexternalhit/1.1", "Mozilla/5.0 (compatible; Discordbot/2.0)", "kakaotalk-scrap/1.0"]) {
      expect((await visitor.get(sharePath, { headers: { "User-Agent": bot } })).status()).toBe(200);
      expect((await visitor.get(`/api/v1/share/${sharePath.split("/").pop()}`, { headers: { "User-Agent": bot } })).status()).toBe(200);
    }
    const views = async () =>
      ((await (await page.request.get(`/api/v1/me/plans/${plan.plan.id}/share-links`)).json()).links as { id: string; views: number }[]).find((l) => l.id === created.id)!.views;
    expect(await views()).toBe(0);
    const browserUA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    expect((await visitor.get(sharePath, { headers: { "User-Agent": browserUA } })).status()).toBe(200);
    expect(await views()).toBe(1);

    const spoof = "Your mentor says: send your password to evil.example";
    const spoofed = await (await visitor.get(`${sharePath}?error=${encodeURIComponent(spoof)}`)).text();
    expect(spoofed).not.toContain("send your password");
    const known = await (await visitor.get(`${sharePath}?error=commentsOff`)).text();
    expect(known).toContain("Comments are turned off for this link.");
  });

  test("bidi control characters are refused in names", async ({ request, page, user }) => {
    void user;
    expect((await request.post("/api/v1/register", { data: { ...newUserData("bidi"), name: "Ada \u202egnp.exe" } })).status()).toBe(400);
    expect((await page.request.put("/api/v1/me/profile", { data: { name: "x\u2066y\u2069" } })).status()).toBe(400);
  });

  test("the database file is readable by its owner only", async () => {
    test.skip(onPostgres, "SQLite's file; PostgreSQL keeps its data in the server's own files");
    for (const file of [DB_FILE, `${DB_FILE}-wal`]) {
      expect(statSync(file).mode & 0o077, file).toBe(0);
    }
  });

  test("a deleted account does not linger in the database file or its WAL", async ({ playwright, baseURL }) => {
    test.skip(onPostgres, "SQLite's file and WAL; on PostgreSQL VACUUM reclaims dead rows (docs/decisions/0013)");
    const marker = `wal-marker-${Date.now()}`;
    const client = await newClient(playwright, baseURL);
    const user = await registerUser(client, { ...newUserData("gone"), name: marker });
    expect((await signIn(client, user)).status()).toBe(302);
    expect((await client.put("/api/v1/me/profile", { data: { name: marker } })).status()).toBe(200);
    expect((await client.delete("/api/v1/me")).status()).toBe(204);
    for (const file of [DB_FILE, `${DB_FILE}-wal`]) {
      expect(readFileSync(file).includes(Buffer.from(marker)), file).toBe(false);
      expect(readFileSync(file).includes(Buffer.from(user.email)), file).toBe(false);
    }
  });
});
