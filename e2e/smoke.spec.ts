import { expect, registerUser, signIn, test } from "./fixtures";

test("public API answers and sign-in works through Auth.js", async ({ request }) => {
  const roles = await request.get("/api/v1/roles");
  expect(roles.status()).toBe(200);
  expect((await roles.json()).roles).toHaveLength(8);
  const user = await registerUser(request);
  const response = await signIn(request, user);
  expect(response.status()).toBe(302);
  const me = await request.get("/api/v1/me");
  expect(me.status()).toBe(200);
  expect((await me.json()).user.email).toBe(user.email);
});

test("robots.txt keeps crawlers off personal pages and mentor links; the site has an icon", async ({ request, page }) => {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const text = await robots.text();
  expect(text).toMatch(/Disallow: \/share\//);
  expect(text).toMatch(/Disallow: \/dashboard/);
  expect(text).toMatch(/Allow: \/roles/);

  const icon = await request.get("/icon.svg");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");

  await page.goto("/");
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", /\/icon\.svg/);
});
