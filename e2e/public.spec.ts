import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";

const ROLE_NAMES = [
  "Data engineer",
  "Data scientist",
  "Applied scientist",
  "ML engineer",
  "ML infrastructure engineer",
  "ML accelerator / hardware engineer",
  "Research scientist",
  "Research engineer",
];

/** The percentage a fit meter announces for a role, e.g. 47.1. */
async function fitFor(page: Page, role: string): Promise<number> {
  const label = await page.getByRole("img", { name: new RegExp(`^${role}: `) }).getAttribute("aria-label");
  const match = label?.match(/: ([\d.]+)% fit$/);
  expect(match, `fit meter for ${role}: ${label}`).not.toBeNull();
  return Number(match![1]);
}

async function expectNoHorizontalOverflow(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
}

test("a visitor walks from the landing page to a role, a comparison and a quick check", async ({ page }) => {
  await test.step("landing page", async () => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: /job title says little/i })).toBeVisible();
    const main = page.getByRole("main");
    for (const name of ROLE_NAMES) await expect(main.getByRole("link", { name, exact: true })).toBeVisible();
    await expect(main.getByRole("link", { name: /quick check/i }).first()).toBeVisible();
    await expect(main.getByRole("link", { name: /sign up/i }).first()).toHaveAttribute("href", "/signup");
    await expectAccessible(page);
  });

  await test.step("all roles", async () => {
    await page.getByRole("main").getByRole("link", { name: "Browse the roles" }).click();
    await expect(page).toHaveURL(/\/roles$/);
    await expect(page.getByRole("heading", { level: 1, name: "Eight data and ML roles" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("heading", { level: 3 })).toHaveCount(8);
    await expect(page.getByText("4 · expert").first()).toBeVisible();
    await expectAccessible(page);
  });

  await test.step("a role page", async () => {
    await page.getByRole("main").getByRole("link", { name: "ML engineer", exact: true }).click();
    await expect(page).toHaveURL(/\/roles\/ml-engineer$/);
    await expect(page.getByRole("heading", { level: 1, name: "ML engineer" })).toBeVisible();
    await expect(page).toHaveTitle(/ML engineer/);
    await expect(page.getByRole("heading", { name: "How it differs from its neighbours" })).toBeVisible();
    await expect(page.getByText(/Article, section 'ML 엔지니어'/)).toBeVisible();
    const python = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Python", exact: true }) });
    await expect(python.getByText("3 · practitioner", { exact: true })).toBeVisible();
    await expect(python.getByText("core", { exact: true })).toBeVisible();
    // The level descriptor for the required level, from the catalog.
    await expect(python.getByText(/Writes reusable, tested modules and vectorised NumPy\/pandas code/)).toBeVisible();
    await expect(page.getByRole("link", { name: "ML engineer → ML infrastructure engineer" })).toBeVisible();
    await expectAccessible(page);
  });

  await test.step("compare two roles with the form", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Compare two roles" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("From role").selectOption({ label: "Data scientist" });
    await page.getByLabel("To role").selectOption({ label: "ML engineer" });
    await page.getByLabel("Hours per week").fill("20");
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(/from=data-scientist&to=ml-engineer&hours=20/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Data scientist\s*→\s*to\s*ML engineer/);

    const grow = page.getByRole("table", { name: /Skills to grow/ });
    // Catalog 2026: a data scientist lists model serving at 1, but not system design.
    const design = grow.getByRole("row", { name: /System design/ });
    await expect(design).toContainText("not listed");
    await expect(design).toContainText("3 · practitioner");
    await expect(design).toContainText("+3");
    await expect(page.getByRole("table", { name: /Skills that matter less/ }).getByRole("row", { name: /Statistics/ })).toContainText("4 · expert");

    const roadmap = page.getByRole("region", { name: "Typical transition roadmap" });
    await expect(roadmap.getByRole("heading", { level: 3, name: /Interview-ready/ })).toBeVisible();
    await expect(roadmap.getByText(/Milestone:/).first()).toBeVisible();
    const summary = await roadmap.locator("p.hint").first().innerText();
    const [, hours, weeks] = summary.match(/(\d+) hours in (\d+) weeks at 20 hours a week/) ?? [];
    expect(Number(weeks)).toBe(Math.ceil(Number(hours) / 20));
    await expectAccessible(page);
  });

  await test.step("a bad comparison shows a message, not an error page", async () => {
    const response = await page.goto("/compare?from=astronaut&to=ml-engineer&hours=0");
    expect(response?.status()).toBe(200);
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toContainText('Unknown role "astronaut"');
    await expect(alert).toContainText("Hours per week must be a whole number from 1 to 80");
    await expectAccessible(page);
  });

  await test.step("quick check", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Quick check" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /How close are you/ })).toBeVisible();
    await expect(page.getByRole("group")).toHaveCount(12);
    await expectAccessible(page);

    // Keyboard: focus the Python group's checked radio and move up three levels with the arrows.
    const python = page.getByRole("group", { name: "Python", exact: true });
    await python.getByRole("radio", { name: /^0 · none/ }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
    await expect(python.getByRole("radio", { name: /^3 · practitioner/ })).toBeChecked();
    // Mouse: click the level labels.
    await page.getByRole("group", { name: "SQL", exact: true }).getByText("2 · working").click();
    await page.getByRole("group", { name: "Statistics", exact: true }).getByText("3 · practitioner").click();
    await page.getByRole("button", { name: "See my fit" }).click();
    await expect(page).toHaveURL(/python=3/);
    await expect(page).toHaveURL(/sql=2/);

    const ranked = page.getByRole("list", { name: "Roles ranked by fit, best first" });
    await expect(ranked.getByRole("listitem")).toHaveCount(8);
    const fits: number[] = [];
    for (const name of ROLE_NAMES) fits.push(await fitFor(page, name));
    expect(fits.some((fit) => fit > 0)).toBe(true);
    const shown = await ranked.getByRole("img").evaluateAll((meters) =>
      meters.map((m) => Number(m.getAttribute("aria-label")!.match(/([\d.]+)% fit$/)![1])),
    );
    expect([...shown].sort((a, b) => b - a)).toEqual(shown);
    await expect(page.getByRole("heading", { name: /^Top gaps for / })).toBeVisible();
    await expect(page.getByRole("link", { name: "Sign up to save your ratings" })).toBeVisible();
    // The percentage is visible text too, not only an aria-label.
    const before = await fitFor(page, "Data engineer");
    await expect(ranked.getByText(`${before}%`, { exact: true }).first()).toBeVisible();
    await expectAccessible(page);

    // More data-engineering skill must raise the data engineer fit.
    await page.getByRole("group", { name: "SQL", exact: true }).getByText("4 · expert").click();
    await page.getByRole("group", { name: "Data ingestion and ETL", exact: true }).getByText("4 · expert").click();
    await page.getByRole("button", { name: "See my fit" }).click();
    await expect(page).toHaveURL(/sql=4/);
    const after = await fitFor(page, "Data engineer");
    expect(after).toBeGreaterThan(before);
    await expect(ranked.getByRole("listitem").first()).toContainText("Data engineer");
  });

  await test.step("bad quick-check values show a message", async () => {
    const response = await page.goto("/check?python=9&sql=2");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Python: Levels are whole numbers from 0 to 4.");
    await expect(page.getByRole("list", { name: "Roles ranked by fit, best first" })).toHaveCount(0);
    await expectAccessible(page);
  });
});

test("the about page states the article, the scales and the fit formula", async ({ page }) => {
  await page.goto("/about");
  await expect(page.getByRole("heading", { level: 1, name: "How the roles were built" })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main.getByText("“ML Engineering is Not What You Think — ML Jobs Explained”")).toBeVisible();
  await expect(main.getByText(/Korean translation/)).toBeVisible();
  await expect(main.getByText(/Towards AI in 2024/)).toBeVisible();
  await expect(page.getByText("fit = round(100 × Σ w_s·min(have_s, need_s) / Σ w_s·need_s, 1)")).toBeVisible();
  await expect(page.getByText("4 · expert", { exact: true })).toBeVisible();
  await expect(page.getByText("3 · core")).toBeVisible();
  await expect(page.getByText(/These hours are estimates/)).toBeVisible();
  await expectAccessible(page);
});

test("an unknown role is a 404 page", async ({ page }) => {
  const response = await page.goto("/roles/astronaut");
  expect(response?.status()).toBe(404);
  await expectAccessible(page);
});

test.describe("at 360 px wide", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  for (const path of ["/", "/roles/ml-infrastructure-engineer", "/compare?from=data-scientist&to=ml-engineer", "/check?python=3&sql=2", "/about"]) {
    test(`${path} has no horizontal overflow`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await expectAccessible(page);
    });
  }
});
