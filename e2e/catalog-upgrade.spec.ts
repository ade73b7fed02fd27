import type { Locator, Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { openTestDatabase } from "./db";
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
function ageToCatalog2025(userId: string, planId: string) {
  const db = openTestDatabase(false);
  try {
    db.transaction(() => {
      db.prepare("INSERT OR IGNORE INTO catalog_version (version, snapshot) VALUES (?, ?)").run(CATALOG_2025, OLD_SNAPSHOT);
      db.prepare("UPDATE plan SET catalog_version = ? WHERE id = ? AND user_id = ?").run(CATALOG_2025, planId, userId);
      db.prepare("DELETE FROM plan_item_status WHERE plan_id = ?").run(planId);
      const status = db.prepare("INSERT INTO plan_item_status (plan_id, skill, status) VALUES (?, ?, ?)");
      status.run(planId, "data-quality", "done");
      status.run(planId, "sql", "doing");
      db.prepare("DELETE FROM assessment_entry WHERE user_id = ? AND skill IN ('data-quality', 'data-cleaning')").run(userId);
      db.prepare("INSERT INTO assessment_entry (user_id, skill, level) VALUES (?, 'data-quality', 2)").run(userId);
    })();
  } finally {
    db.close();
  }
}

test("a plan saved on the 2025 catalog keeps its statuses after the upgrade, and its split skill's rating carries", async ({ page, user }) => {
  const created = await page.request.post("/api/v1/me/plans", { data: { target: "data-engineer", hoursPerWeek: 10 } });
  expect(created.status(), await created.text()).toBe(201);
  const { plan } = await created.json();
  ageToCatalog2025(user.id, plan.id);

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
