import { getRole, getSkill } from "../lib/catalog";
import { QUICK_CHECK_SKILLS, quickTargetGap } from "../lib/public/quick-check";
import { clientIp, expect, expectAccessible, newUserData, test } from "./fixtures";
import { repeatedNames } from "./names";

// Expectations come from the catalog, so a catalog change moves them with it.
const TARGET = "ml-engineer";
const PACE = 6;
const RATED = { python: 3, sql: 2 } as const;
const role = getRole(TARGET)!;
const expected = quickTargetGap(TARGET, RATED, PACE)!;

test("the quick check aims at the role the visitor wants and its ratings come into the new account, all without JavaScript", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "X-Forwarded-For": clientIp() } });
  const page = await context.newPage();
  await page.goto("/check");
  await page.getByLabel("Role you want").selectOption(TARGET);
  await page.getByLabel("Hours per week you can give").fill(String(PACE));
  await page.getByRole("group", { name: "Python", exact: true }).getByText("3 · practitioner").click();
  await page.getByRole("group", { name: "SQL", exact: true }).getByText("2 · working").click();
  await page.getByRole("button", { name: "See my fit" }).click();
  await expect(page).toHaveURL(new RegExp(`target=${TARGET}`));
  await expect(page.getByLabel("Role you want")).toHaveValue(TARGET);

  // That role's gap: every missing level, by how much, and the time at the chosen pace.
  const gap = page.getByRole("region", { name: `What ${role.name} needs that you do not have yet` });
  await expect(gap).toBeVisible();
  expect(expected.gaps.length).toBeGreaterThan(0);
  await expect(gap).toContainText(`About ${expected.totalHours} hours of learning: ${expected.weeks} week${expected.weeks === 1 ? "" : "s"} at ${PACE} hours a week.`);
  await expect(gap.getByRole("listitem")).toHaveCount(expected.gaps.length);
  const top = expected.gaps[0]!;
  await expect(gap.getByRole("listitem").first()).toContainText(getSkill(top.skill)!.name);
  await expect(gap.getByRole("listitem").first()).toContainText(`about ${top.hours} h`);
  await expect(gap).toContainText(`Counted on the ${QUICK_CHECK_SKILLS.length} skills of this quick check only`);
  await expect(gap).toContainText(`${role.name} lists ${expected.notAsked} more skill`);

  // "Sign up to save" carries the answers.
  await page.getByRole("link", { name: "Sign up to save your ratings" }).click();
  await expect(page).toHaveURL(/\/signup\?/);
  const carry = page.getByRole("region", { name: "Your quick-check answers come with you" });
  await expect(carry).toContainText(`Your ratings of ${QUICK_CHECK_SKILLS.length} skills will be saved to your new account, with ${role.name} as your target, at ${PACE} hours a week.`);
  const data = newUserData("quick");
  await page.getByLabel("Your name").fill(data.name);
  await page.getByLabel("Email").fill(data.email);
  await page.getByLabel("Password").fill(data.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/onboarding$/);

  // In the account: the ratings the visitor gave, the role and the pace. Skills left at the quick
  // check's starting 0 stay unrated, so the account is invited to rate them instead of planning from 0.
  const { assessment } = await (await page.request.get("/api/v1/me/assessment")).json();
  expect(assessment).toEqual(RATED);
  expect(QUICK_CHECK_SKILLS.length).toBeGreaterThan(Object.keys(RATED).length);
  const { profile } = await (await page.request.get("/api/v1/me/profile")).json();
  expect(profile).toMatchObject({ targetRole: TARGET, hoursPerWeek: PACE });
  await context.close();
});

test("the quick-check answer with a target passes axe, and a tampered carry is refused with nothing written", async ({ page, request }) => {
  test.setTimeout(180_000);
  await page.goto(`/check?python=3&sql=2&target=${TARGET}&hours=${PACE}`);
  await expect(page.getByRole("region", { name: `What ${role.name} needs that you do not have yet` })).toBeVisible();
  expect(await repeatedNames(page.getByRole("main"))).toEqual([]);
  await expectAccessible(page);

  // No target: the answer says how to get one, and the best fit stays the subject.
  await page.goto("/check?python=3&sql=2");
  await expect(page.getByText("Pick the role you want above the ratings")).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Top gaps for / })).toBeVisible();

  // An unknown role is named, not guessed.
  await page.goto("/check?python=3&target=astronaut");
  await expect(page.getByRole("main").getByRole("alert")).toContainText('Unknown role "astronaut"');

  await page.goto(`/signup?python=3&target=${TARGET}`);
  expect(await repeatedNames(page.getByRole("main"))).toEqual([]);
  await page.locator('input[name="quickCheck"]').evaluate((input: HTMLInputElement) => (input.value = "python=9&admin=1"));
  const data = newUserData("tamper");
  await page.getByLabel("Your name").fill(data.name);
  await page.getByLabel("Email").fill(data.email);
  await page.getByLabel("Password").fill(data.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Your quick-check ratings could not be read, so nothing was saved.");
  await expect(page).toHaveURL(/\/signup/);
  // Nothing was written: the same email is still free.
  expect((await request.post("/api/v1/register", { data })).status()).toBe(201);
});
