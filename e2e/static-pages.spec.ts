import { createHash } from "node:crypto";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { clientIp, expect, registerUser, signIn, test } from "./fixtures";

// The public catalog pages are prebuilt per language and per visitor/member and served as files
// at the same address (docs/decisions/0011). These tests hold the promises that come with that:
// each visitor gets their own language and their own header, never another visitor's copy, and
// the headers say so to caches and keep the script policy strict without a nonce.

const PREBUILT = ["/", "/roles", "/roles/ml-engineer", "/compare", "/about"];
const H1 = {
  en: { "/roles/ml-engineer": "ML engineer" },
  ko: { "/roles/ml-engineer": "머신러닝 엔지니어" },
};

const langOf = (html: string) => /<html[^>]*\blang="([a-z]+)"/.exec(html)?.[1];
const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

function scriptSrc(csp: string): string[] {
  const directive = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src ")) ?? "";
  return directive.split(/\s+/).slice(1);
}

/** A prebuilt page's policy: no nonce, no 'unsafe-inline', and exactly its inline scripts by hash. */
async function expectPrebuiltHeaders(response: APIResponse, path: string, viewer: "guest" | "member") {
  const headers = response.headers();
  expect(response.status(), path).toBe(200);
  const csp = headers["content-security-policy"] ?? "";
  const sources = scriptSrc(csp);
  expect(sources, path).toContain("'self'");
  expect(sources.some((s) => s.startsWith("'nonce-")), `${path}: a prebuilt page has no nonce`).toBe(false);
  for (const loose of ["'unsafe-inline'", "'unsafe-eval'", "'strict-dynamic'", "*", "data:", "http:", "https:"]) expect(sources, path).not.toContain(loose);
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp, path).toContain(directive);

  const html = await response.text();
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attrs, body]) => !/\bsrc=/.test(attrs!) && body !== "");
  expect(inline.length, `${path} has inline scripts`).toBeGreaterThan(0);
  // Every inline script runs because the policy names its hash; no other hash is allowed in.
  const needed = new Set(inline.map(([, , body]) => sha(body!)));
  for (const hash of needed) expect(sources, `${path}: an inline script is not in the policy`).toContain(hash);
  expect(sources.filter((s) => s.startsWith("'sha256-")).length, path).toBe(needed.size);
  for (const [tag] of html.matchAll(/<script\b[^>]*\bsrc="([^"]*)"/g)) expect(tag, path).toMatch(/src="\/_next\/static\//);

  expect(headers["vary"], path).toMatch(/\bCookie\b/);
  expect(headers["vary"], path).toMatch(/\bAccept-Language\b/);
  expect(headers["content-language"], path).toBe(langOf(html));
  if (viewer === "guest") expect(headers["cache-control"], path).toMatch(/^public, .*s-maxage=\d+/);
  else expect(headers["cache-control"], path).toMatch(/^private\b/);
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["x-frame-options"], path).toBe("DENY");
  return html;
}

async function get(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  return request.get(path, { headers: { "X-Forwarded-For": clientIp(), ...headers } });
}

test("each visitor gets the page in their own language at the same address: ?lang=, then the cookie, then Accept-Language", async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  for (const path of PREBUILT) {
    const cases: [Record<string, string>, string, "en" | "ko"][] = [
      [{}, "", "en"],
      [{ "Accept-Language": "ko-KR,ko;q=0.9,en;q=0.5" }, "", "ko"],
      [{ "Accept-Language": "ko", Cookie: "NEXT_LOCALE=en" }, "", "en"],
      [{ "Accept-Language": "en", Cookie: "NEXT_LOCALE=ko" }, "", "ko"],
      [{ Cookie: "NEXT_LOCALE=en" }, "?lang=ko", "ko"],
      [{ "Accept-Language": "ko" }, "?lang=en", "en"],
    ];
    for (const [headers, query, want] of cases) {
      const response = await get(request, path + query, headers);
      const html = await expectPrebuiltHeaders(response, path + query, "guest");
      expect(langOf(html), `${path}${query} ${JSON.stringify(headers)}`).toBe(want);
      const h1 = H1[want][path as keyof (typeof H1)["en"]];
      if (h1) expect(html).toContain(`>${h1}</h1>`);
      // A visitor's copy offers signing in and nothing of a member's.
      expect(html).toContain('href="/signin"');
      expect(html).not.toContain('href="/dashboard"');
    }
  }
  await request.dispose();
});

test("a signed-in member gets the member copy, which names no one; a visitor right after gets the visitor's", async ({ playwright, baseURL }) => {
  const member = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": clientIp() } });
  const user = await registerUser(member);
  expect((await signIn(member, user)).status()).toBe(302);
  const visitor = await playwright.request.newContext({ baseURL });
  for (const path of PREBUILT) {
    const mine = await expectPrebuiltHeaders(await member.get(path), path, "member");
    expect(mine, path).toContain('href="/dashboard"');
    expect(mine, path).not.toContain('href="/signin"');
    // The one copy serves every member: no name, no email, nothing of this user's.
    for (const personal of [user.name, user.email, user.id]) expect(mine, path).not.toContain(personal);

    const theirs = await expectPrebuiltHeaders(await get(visitor, path), path, "guest");
    expect(theirs, path).toContain('href="/signin"');
    expect(theirs, path).not.toContain('href="/dashboard"');
  }
  await member.dispose();
  await visitor.dispose();
});

test("a member whose saved language is Korean gets the Korean copies on a new device after signing in", async ({ playwright, baseURL }) => {
  const first = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": clientIp() } });
  const user = await registerUser(first);
  expect((await signIn(first, user)).status()).toBe(302);
  expect((await first.put("/api/v1/me/profile", { data: { locale: "ko" } })).status()).toBe(200);
  await first.dispose();

  // A new device with an English browser: signing in brings the saved language with it.
  const device = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": clientIp(), "Accept-Language": "en" } });
  expect((await signIn(device, user)).status()).toBe(302);
  const html = await expectPrebuiltHeaders(await device.get("/roles/ml-engineer"), "/roles/ml-engineer", "member");
  expect(langOf(html)).toBe("ko");
  expect(html).toContain(">머신러닝 엔지니어</h1>");
  await device.dispose();
});

test("the prebuilt copies have no address of their own, and pages not prebuilt are rendered with a nonce", async ({ request }) => {
  for (const path of ["/prerendered/guest-en/roles", "/prerendered/member-ko", "/prerendered"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  for (const [path, status] of [["/compare?from=data-scientist&to=ml-engineer", 200], ["/roles/astronaut", 404], ["/no-such-page", 404]] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    const sources = scriptSrc(response.headers()["content-security-policy"] ?? "");
    expect(sources.some((s) => s.startsWith("'nonce-")), path).toBe(true);
    expect(response.headers()["cache-control"] ?? "", path).not.toMatch(/public/);
  }
});

test("in the browser: no script is blocked, the language switcher and sign-out work from a prebuilt page", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": clientIp() } });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  page.on("pageerror", (error) => violations.push(error.message));

  const scriptFiles: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scriptFiles.push(r.url());
  });
  await page.goto("/roles");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // A plain document (docs/decisions/0015): not one script file; its one inline script closes
  // the phone menu on Escape, so Escape working proves the policy let it run.
  expect(scriptFiles).toEqual([]);
  await page.setViewportSize({ width: 390, height: 800 });
  const menu = page.locator("details.site-menu");
  await menu.locator("summary").click();
  await expect(menu).toHaveAttribute("open", "");
  await page.keyboard.press("Escape");
  await expect(menu).not.toHaveAttribute("open", "");
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole("form", { name: "Language" }).getByRole("button", { name: "한국어" }).click();
  await expect(page).toHaveURL(/\/roles$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await page.getByRole("link", { name: "머신러닝 엔지니어" }).first().click();
  await expect(page).toHaveURL(/\/roles\/ml-engineer$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("머신러닝 엔지니어");

  // Signed in, the same address shows the member header; signing out from it works.
  const user = await registerUser(page.request);
  expect((await signIn(page.request, user)).status()).toBe(302);
  await page.goto("/about");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  const nav = page.getByRole("navigation").first();
  await expect(nav.getByRole("link", { name: "대시보드" }).first()).toBeAttached();
  await page.getByRole("button", { name: "로그아웃" }).first().click();
  await expect(page.getByRole("link", { name: "로그인" }).first()).toBeAttached();
  expect(violations).toEqual([]);
  await context.close();
});

test("a prebuilt page is a file: no framework runtime, a validator that answers 304, and its RSC form still there for the client router", async ({ request }) => {
  for (const path of ["/", "/roles/ml-engineer"]) {
    const first = await get(request, path);
    const html = await first.text();
    expect(html, path).not.toMatch(/<script\b[^>]*\bsrc=/);
    expect(html, path).not.toContain("self.__next_f");
    const etag = first.headers()["etag"] ?? "";
    expect(etag, path).toMatch(/^"[^"]+"$/);
    const again = await get(request, path, { "If-None-Match": etag });
    expect(again.status(), path).toBe(304);
    expect(await again.text(), path).toBe("");
    // Another language is another copy, with another validator.
    expect((await get(request, path, { "Accept-Language": "ko", "If-None-Match": etag })).status(), path).toBe(200);
    // `*` matches whatever copy there is (RFC 9110).
    expect((await get(request, path, { "If-None-Match": "*" })).status(), path).toBe(304);
    // HEAD says what a GET would send, without the page.
    const head = await request.head(path, { headers: { "X-Forwarded-For": clientIp() } });
    expect(head.status(), path).toBe(200);
    expect(head.headers()["etag"], path).toBe(etag);
  }
  // What Next's client router asks for when a signed-in page links to a public one.
  const flight = await get(request, "/roles", { RSC: "1", "Sec-Fetch-Dest": "empty" });
  expect(flight.status()).toBe(200);
  expect(flight.headers()["content-type"]).toMatch(/text\/x-component/);
  // The proxy tells a script's fetch apart by headers caches do not key on: such an answer, even
  // to a request only dressed as one, is never kept by a shared cache, and the next visitor still
  // gets the plain document.
  const dressed = await get(request, "/roles", { "Sec-Fetch-Dest": "empty" });
  expect(dressed.headers()["cache-control"]).toMatch(/private/);
  expect(dressed.headers()["cache-control"]).toMatch(/no-store/);
  expect(await (await get(request, "/roles")).text()).not.toMatch(/<script\b[^>]*\bsrc=/);
});

test("a POST to a page from another site is refused with 403, with or without an Origin", async ({ request }) => {
  const foreign: Record<string, string>[] = [
    { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
    { Origin: "null", "Sec-Fetch-Site": "cross-site" },
    { Origin: "null" },
  ];
  for (const headers of foreign) {
    const response = await request.post("/share/" + "x".repeat(43), { headers: { "X-Forwarded-For": clientIp(), ...headers }, multipart: { body: "hi" } });
    expect(response.status(), JSON.stringify(headers)).toBe(403);
  }
});

/** An answer's headers, less those of the one answer (date, framing) and the front's own mark. */
function pageHeaders(response: APIResponse): Record<string, string> {
  const perAnswer = new Set(["date", "connection", "keep-alive", "content-length", "transfer-encoding", "x-waypoint-page-source"]);
  return Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !perAnswer.has(name)));
}

test("a navigation to a public page is answered by the front with the same page and headers as the proxy sends", async ({ request }) => {
  for (const path of ["/", "/roles/ml-engineer", "/about"]) {
    // Sent before Next's pipeline (docs/decisions/0019), with its length, HEAD included.
    const front = await get(request, path, { "Accept-Encoding": "identity" });
    expect(front.headers()["x-waypoint-page-source"], path).toBe("file");
    const body = await front.body();
    expect(front.headers()["content-length"], path).toBe(String(body.byteLength));
    const head = await request.head(path, { headers: { "X-Forwarded-For": clientIp(), "Accept-Encoding": "identity" } });
    expect(head.headers()["content-length"], path).toBe(String(body.byteLength));
    expect(head.headers()["x-waypoint-page-source"], path).toBe("file");

    // An address with another query goes through Next (its header rules) and the proxy: the same
    // page, and every header the same but those that belong to one answer or say who sent it.
    for (const scheme of ["http", "https"]) {
      const asSent = { "Accept-Encoding": "identity", "X-Forwarded-Proto": scheme };
      const fromFront = await get(request, path, asSent);
      const proxied = await get(request, `${path}?utm_source=mail`, asSent);
      expect(proxied.headers()["x-waypoint-page-source"], path).toBeUndefined();
      expect((await proxied.body()).equals(body), path).toBe(true);
      expect(pageHeaders(fromFront), `${path} over ${scheme}`).toEqual(pageHeaders(proxied));
    }
  }
  // Awkward cookies and languages choose the same copy on both paths (as Next parses them for the proxy).
  const awkward: Record<string, string>[] = [
    { Cookie: "NEXT_LOCALE=ko; NEXT_LOCALE=en" },
    { Cookie: "NEXT_LOCALE=%E0%A4%A; other=1", "Accept-Language": "ko-KR,ko;q=0.9" },
    { Cookie: "authjs.session-token=made-up;NEXT_LOCALE=ko" },
    { Cookie: "NEXT_LOCALE", "Accept-Language": "fr, ko;q=0.5" },
    { "Accept-Language": "ko;q=0, en;q=0.1" },
  ];
  for (const headers of awkward) {
    const asSent = { "Accept-Encoding": "identity", ...headers };
    const fromFront = await get(request, "/roles", asSent);
    const proxied = await get(request, "/roles?utm_source=mail", asSent);
    expect(fromFront.headers()["x-waypoint-page-source"], JSON.stringify(headers)).toBe("file");
    expect(pageHeaders(fromFront), JSON.stringify(headers)).toEqual(pageHeaders(proxied));
    expect((await fromFront.body()).equals(await proxied.body()), JSON.stringify(headers)).toBe(true);
  }
  // Next's client router and addresses not written as ours are Next's to answer.
  for (const asNext of [{ RSC: "1" }, { "Next-Router-Prefetch": "1" }, { "Sec-Fetch-Dest": "empty" }] as Record<string, string>[]) {
    const answer = await get(request, "/roles", asNext);
    expect(answer.status(), JSON.stringify(asNext)).toBe(200);
    expect(answer.headers()["x-waypoint-page-source"], JSON.stringify(asNext)).toBeUndefined();
  }
  expect((await request.get("/roles/", { headers: { "X-Forwarded-For": clientIp() }, maxRedirects: 0 })).status()).toBe(308);
  expect((await get(request, "/roles/no-such-role")).status()).toBe(404);
  // Over https the front sends HSTS as Next's header rules would.
  expect((await get(request, "/", { "X-Forwarded-Proto": "https" })).headers()["strict-transport-security"]).toMatch(/max-age=/);
});
