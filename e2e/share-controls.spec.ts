import type { Page } from "@playwright/test";
import { DATA_SCIENTIST } from "./assessments";
import { expect, expectAccessible, test } from "./fixtures";

// Issue 15: "Copied" only when copied, focus on the new link, and revoking asks first.

async function openPlan(page: Page) {
  expect((await page.request.put("/api/v1/me/assessment", { data: { assessment: DATA_SCIENTIST } })).status()).toBe(200);
  const plan = await page.request.post("/api/v1/me/plans", { data: { target: "ml-engineer", hoursPerWeek: 8 } });
  expect(plan.status()).toBe(201);
  await page.goto(`/plans/${(await plan.json()).plan.id}`);
  return page.getByRole("region", { name: "Share with a mentor" });
}

test("a new link takes the focus and Copy says Copied only when the clipboard has it", async ({ page, context, user, baseURL }) => {
  test.setTimeout(120_000);
  expect(user.id).toBeTruthy();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  const share = await openPlan(page);
  await share.getByLabel("Label (for you)").fill("for my mentor");
  await share.getByRole("button", { name: "Create link" }).click();
  const linkField = share.getByLabel(/Your new link/);
  await expect(linkField).toHaveValue(/\/share\/[A-Za-z0-9_-]{43}$/);
  await expect(linkField).toBeFocused();
  await share.getByRole("button", { name: "Copy link" }).click();
  await expect(share.getByRole("status")).toHaveText("Copied to the clipboard.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await linkField.inputValue());
  await expectAccessible(page);
});

test("without a clipboard the link is selected and the page says how to copy it", async ({ page, user }) => {
  test.setTimeout(120_000);
  expect(user.id).toBeTruthy();
  // As on a page served over plain http, or a browser that refuses: no clipboard at all.
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }));
  const share = await openPlan(page);
  await share.getByRole("button", { name: "Create link" }).click();
  const linkField = share.getByLabel(/Your new link/);
  await expect(linkField).toHaveValue(/\/share\//);
  await share.getByRole("button", { name: "Copy link" }).click();
  await expect(share.getByRole("status")).toContainText("did not let us copy");
  await expect(share.getByText("Copied", { exact: false })).toHaveCount(0);
  await expect(linkField).toBeFocused();
  const selection = await linkField.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd, input.value.length]);
  expect(selection).toEqual([0, selection[2], selection[2]]);
});

test("revoking asks first; keeping it changes nothing, confirming ends access", async ({ page, user }) => {
  test.setTimeout(120_000);
  expect(user.id).toBeTruthy();
  const share = await openPlan(page);
  await share.getByLabel("Label (for you)").fill("for Jane");
  await share.getByRole("button", { name: "Create link" }).click();
  const link = await share.getByLabel(/Your new link/).inputValue();
  const revoke = share.getByRole("button", { name: "Revoke for Jane" });
  await revoke.click();
  const question = share.getByRole("group", { name: /Revoke “for Jane”\?/ });
  await expect(question).toBeVisible();
  await expect(question.getByRole("button", { name: "Keep it" })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press("Enter");
  await expect(revoke).toBeFocused();
  expect((await page.request.get(link)).status()).toBe(200);

  await revoke.click();
  await question.getByRole("button", { name: "Revoke now" }).click();
  await expect(share.getByRole("cell", { name: "Revoked" })).toBeVisible();
  expect((await page.request.get(link)).status()).toBe(404);
});
