import type { Locator, Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { withTestDatabase } from "./db";
import { expect, expectAccessible, test } from "./fixtures";

const OLD_SNAPSHOT = readFileSync("e2e/catalog-2025-snapshot.json", "utf8");

/** The catalog version main served before catalog 2026 (lib/catalog/skill-map.ts, CATALOG_2025). */
const CATALOG_2025 = "c400b449";

function item(page: Page, name: string): Locator {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name, exact: true }) });
}

/**
 * Makes a plan look exactly as the 2025 catalog left it: built on that version, with statuses on
 * the old slugs (data-quality was "Data cleaning and quality" then) and a rating of the old skill.
 * There is no API for this, so it is written into the server's database like other e2e set-ups.
 */
async function ageToCatalog2025(userId: string, planId: string) {
  await withTestDatabase((db) =>
    db.transaction(async (tx) => {
      await tx.query("INSERT INTO catalog_version (version, snapshot) VALUES (?, ?) ON CONFLICT DO NOTHING", [CATALOG_2025, OLD_SNAPSHOT]);
      await tx.query("UPDATE plan SET catalog_version = ? WHERE id = ? AND user_id = ?", [CATALOG_2025, planId, userId]);
      await tx.query("DELETE FROM plan_item_status WHERE plan_id = ?", [planId]);
      for (const [skill, status] of [["data-quality", "done"], ["sql", "doing"]]) {
        await tx.query("INSERT INTO plan_item_status (plan_id, skill, status) VALUES (?, ?, ?)", [planId, skill, status]);
      }
      await tx.query("DELETE FROM assessment_entry WHERE user_id = ? AND skill IN ('data-quality', 'data-cleaning')", [userId]);
      await tx.query("INSERT INTO assessment_entry (user_id, skill, level) VALUES (?, 'data-quality', 2)", [userId]);
    }),
  );
}

test("a plan saved on the 2025 catalog keeps its statuses after the upgrade, and its split skill's rating carries", async ({ page, user }) => {
  const created = await page.request.post("/api/v1/me/plans", { data: { target: "data-engineer", hoursPerWeek: 10 } });
  expect(created.status(), await created.text()).toBe(201);
  const { plan } = await created.json();
  await ageToCatalog2025(user.id, plan.id);

  await page.goto(`/plans/${plan.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Towards Data engineer");
  // The plan followed the new catalog on its own (no refresh step) and says what changed for it
  // (a catalog version changes many requirements: the newest show, the rest fold away).
  const changes = page.getByRole("region", { name: "What changed" });
  await expect(changes.getByRole("listitem").first()).toBeVisible();
  await expect(changes).toContainText("“Data cleaning and quality” is now called “Data quality and validation”.");
  // Statuses set on the old catalog are all there.
  await expect(item(page, "Data quality and validation").getByRole("radio", { name: "Done" })).toBeChecked();
  await expect(item(page, "SQL").getByRole("radio", { name: "Doing" })).toBeChecked();
  await expectAccessible(page);

  // Following wrote the plan forward once: a reload shows the same statuses and the same change.
  await page.reload();
  await expect(changes).toContainText("is now called “Data quality and validation”.");
  await expect(item(page, "Data quality and validation").getByRole("radio", { name: "Done" })).toBeChecked();
  await expect(item(page, "SQL").getByRole("radio", { name: "Doing" })).toBeChecked();

  // The rating of the old skill carried to its new half and stayed on the old one.
  const assessment = await (await page.request.get("/api/v1/me/assessment")).json();
  expect(assessment.assessment).toMatchObject({ "data-quality": 2, "data-cleaning": 2 });
});
