import { DATA_SCIENTIST } from "./assessments";
import { expect, test } from "./fixtures";

// Issue 15: charts that explain themselves.

test("skill bars have a legend and words for met, partly met and missing; statuses have colours of their own", async ({ page, user }) => {
  expect(user.id).toBeTruthy();
  expect((await page.request.put("/api/v1/me/assessment", { data: { assessment: DATA_SCIENTIST } })).status()).toBe(200);
  await page.goto("/gap/ml-engineer");
  const legend = page.getByTestId("bars-legend");
  for (const word of ["met", "partly met", "missing", "level needed"]) await expect(legend.getByText(word, { exact: true })).toBeVisible();
  // The same standing in words in the table, agreeing with the groups beside the chart.
  await page.getByText("Show as a table").click();
  const table = page.getByRole("table");
  const standingOf = async (group: string) => {
    const names = await page.getByRole("region", { name: new RegExp(`^${group} \\(`) }).locator("li > p.font-medium").allInnerTexts();
    return Promise.all(names.map(async (name) => (await table.getByRole("row", { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) }).getByRole("cell").nth(2).innerText()).trim()));
  };
  const missing = await standingOf("Missing");
  const partly = await standingOf("Partly met");
  expect(missing.length + partly.length).toBeGreaterThan(0);
  expect(missing.every((s) => s === "missing")).toBe(true);
  expect(partly.every((s) => s === "partly met")).toBe(true);

  // A fit far from the goal is drawn in the brand colour, not as a warning.
  const fitBar = page.getByRole("img", { name: /fit/i }).first().locator("[style*=width]");
  expect(await fitBar.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(35, 71, 197)");

  const created = await page.request.post("/api/v1/me/plans", { data: { target: "ml-engineer", hoursPerWeek: 8 } });
  const plan = (await created.json()).plan;
  const [first, second] = plan.phases.flatMap((p: { items: { skill: string }[] }) => p.items);
  await page.request.patch(`/api/v1/me/plans/${plan.id}/items/${first.skill}`, { data: { status: "done" } });
  await page.request.patch(`/api/v1/me/plans/${plan.id}/items/${second.skill}`, { data: { status: "doing" } });
  await page.goto(`/plans/${plan.id}`);
  const colours = await page.locator("label:has(input[type=radio]:checked)").evaluateAll((labels) =>
    labels.slice(0, 3).map((label) => getComputedStyle(label).backgroundColor),
  );
  expect(new Set(colours).size).toBe(3);
});
