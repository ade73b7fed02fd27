import { expect, expectAccessible, test } from "./fixtures";

// Issue 15: the landing page shows the product, computed, not pictured.

test("the landing page shows a real data scientist → ML engineer example in both languages", async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  await page.goto("/");
  const example = page.getByRole("region", { name: /An example: Data scientist → ML engineer/i });
  await expect(example).toBeVisible();
  await expect(example.getByRole("img", { name: /Fit for ML engineer/ })).toBeVisible();
  await expect(example.getByTestId("bars-legend")).toContainText("partly met");
  const phases = example.getByRole("heading", { level: 4 });
  expect(await phases.count()).toBeGreaterThan(0);
  // The numbers are the engine's: the same totals the compare page computes for this move.
  const summary = await example.getByText(/hours of practice in/).innerText();
  const [, hours, weeks] = summary.match(/(\d+) hours of practice in (\d+) weeks/) ?? [];
  await page.goto("/compare?from=data-scientist&to=ml-engineer&hours=8");
  await expect(page.getByText(`${hours} hours in ${weeks} weeks at 8 hours a week`, { exact: false })).toBeVisible();
  await page.goto("/");
  // Nothing in it is a picture of the product.
  await expect(example.locator("img, picture, canvas")).toHaveCount(0);
  await expectAccessible(page);

  await context.addCookies([{ name: "NEXT_LOCALE", value: "ko", url: baseURL! }]);
  await page.goto("/");
  await expect(page.getByRole("region", { name: /^예시:/ })).toContainText("ML");
});
