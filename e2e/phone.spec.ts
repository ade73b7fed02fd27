import type { BrowserContext, Page } from "@playwright/test";
import { DATA_SCIENTIST } from "./assessments";
import { expect, registerUser, signIn, test } from "./fixtures";

// Issue 15: on a phone no page scrolls sideways and no heading breaks a word in two.
test.use({ viewport: { width: 390, height: 844 } });

/**
 * Words of visible headings (h1–h4, legends, summaries) that the browser split across lines.
 * Each word is measured with a Range: a word drawn on one line has one line box, a word broken
 * mid-way has boxes at two heights. Breaks after "/" and "-" and before "(" are allowed (Korean "모델(LLM)" may wrap before the
 * parenthesis), so those split words.
 */
async function brokenHeadingWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const heading of document.querySelectorAll<HTMLElement>("h1, h2, h3, h4, legend")) {
      if (heading.getClientRects().length === 0) continue;
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        for (const match of text.matchAll(/[^\s/\-–—(]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(`${heading.tagName.toLowerCase()} "${heading.textContent?.trim()}": ${match[0]}`);
        }
      }
    }
    return broken;
  });
}

async function expectFitsPhone(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(500);
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `${path} is ${scrollWidth}px wide in a ${innerWidth}px window`).toBeLessThanOrEqual(innerWidth);
  expect(await brokenHeadingWords(page), `${path} breaks words in headings`).toEqual([]);
  // The site header stays one line: the brand and the menu button side by side.
  const header = await page.locator("body > header").boundingBox();
  expect(header!.height, `${path} header height`).toBeLessThan(72);
}

async function inKorean(context: BrowserContext, baseURL: string | undefined) {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "ko", url: baseURL! }]);
}

test("the broken-word check catches a heading split mid-word", async ({ page }) => {
  await page.setContent(
    `<div style="width:60px;display:flex"><div style="min-width:0;flex:1;overflow-wrap:anywhere"><h3>API development</h3></div></div>`,
  );
  expect(await brokenHeadingWords(page)).toEqual(['h3 "API development": development']);
});

for (const language of ["en", "ko"] as const) {
  test(`public pages fit a phone (${language})`, async ({ page, context, baseURL, request }) => {
    test.setTimeout(180_000);
    if (language === "ko") await inKorean(context, baseURL);
    // A share page needs an owner with a plan and a link.
    const owner = await registerUser(request);
    expect((await signIn(request, owner)).status()).toBe(302);
    expect((await request.put("/api/v1/me/assessment", { data: { assessment: DATA_SCIENTIST } })).status()).toBe(200);
    const plan = await request.post("/api/v1/me/plans", { data: { target: "ml-engineer", hoursPerWeek: 8 } });
    expect(plan.status()).toBe(201);
    const link = await request.post(`/api/v1/me/plans/${(await plan.json()).plan.id}/share-links`, { data: { label: "Mentor" } });
    expect(link.status()).toBe(201);
    const sharePath = new URL((await link.json()).url).pathname;

    for (const path of [
      "/",
      "/roles",
      "/roles/ml-accelerator-engineer",
      "/compare?from=data-scientist&to=ml-engineer",
      "/check",
      "/check?python=3&sql=2&statistics=4",
      "/about",
      "/signin",
      "/signup",
      "/no-such-page",
      sharePath,
    ]) {
      await expectFitsPhone(page, path);
    }
  });

  test(`signed-in pages fit a phone (${language})`, async ({ page, context, baseURL, user }) => {
    test.setTimeout(180_000);
    expect(user.id).toBeTruthy();
    if (language === "ko") await inKorean(context, baseURL);
    expect((await page.request.put("/api/v1/me/assessment", { data: { assessment: DATA_SCIENTIST } })).status()).toBe(200);
    const profile = { currentRole: "data-scientist", targetRole: "ml-engineer", hoursPerWeek: 8 };
    expect((await page.request.put("/api/v1/me/profile", { data: profile })).status()).toBe(200);
    const plan = await page.request.post("/api/v1/me/plans", { data: { target: "ml-engineer", hoursPerWeek: 8 } });
    expect(plan.status()).toBe(201);
    const planId = (await plan.json()).plan.id;
    const role = await page.request.post("/api/v1/me/roles", {
      data: { name: "Senior Machine Learning Platform Engineer @ Acme", skills: [{ skill: "python", level: 3, weight: 3 }, { skill: "model-serving", level: 2, weight: 2 }] },
    });
    expect(role.status(), await role.text()).toBe(201);
    const roleId = (await role.json()).role.id;

    for (const path of [
      "/dashboard",
      "/assessment",
      "/profile",
      "/onboarding",
      "/settings",
      "/plans",
      `/plans/${planId}`,
      "/targets",
      "/targets/new",
      `/targets/${roleId}/edit`,
      "/gap/ml-engineer",
      `/gap/custom%3A${roleId}`,
    ]) {
      await expectFitsPhone(page, path);
    }
  });
}

test("the phone menu opens and closes by keyboard and leads to every page", async ({ page, user }) => {
  expect(user.id).toBeTruthy();
  await page.goto("/dashboard");
  const nav = page.getByRole("navigation", { name: "Main" });
  const menu = nav.getByText("Menu", { exact: true });
  await expect(menu).toBeVisible();
  await expect(nav.getByRole("link", { name: "Plans" })).toBeHidden();
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(nav.getByRole("link", { name: "Plans" })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link", { name: "Roles" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(nav.getByRole("link", { name: "Plans" })).toBeHidden();
  await expect(menu).toBeFocused();
  // Following a link closes the menu on the next page.
  await page.keyboard.press("Space");
  await nav.getByRole("link", { name: "Plans" }).click();
  await expect(page).toHaveURL(/\/plans$/);
  await expect(nav.getByRole("link", { name: "Plans" })).toBeHidden();
});

test("on a phone nothing sticky covers the skill being rated", async ({ page, user }) => {
  expect(user.id).toBeTruthy();
  await page.goto("/assessment");
  const skills = page.locator("fieldset");
  const skill = skills.nth(Math.floor((await skills.count()) / 2));
  const radio = skill.getByRole("radio").first();
  // Put the skill at the top of the window, where a sticky card would sit, then rate it by keyboard.
  await skill.locator("legend").evaluate((legend) => legend.scrollIntoView({ block: "start" }));
  await radio.focus();
  await page.keyboard.press("Space");
  await expect(radio).toBeChecked();
  for (const target of [skill.locator("legend"), radio]) {
    const box = (await target.boundingBox())!;
    // Whatever is drawn there must belong to this skill's own fieldset, not a card above it.
    const drawn = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest("fieldset")?.querySelector("legend")?.textContent ?? null,
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    expect(drawn).toBe(await skill.locator("legend").textContent());
  }
});
