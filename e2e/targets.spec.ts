import type { Page } from "@playwright/test";
import { expect, expectAccessible, signedInTest } from "./fixtures";

const POSTING = `ML Engineer — Payments Risk at Acme

We fight card fraud for 2,000 merchants.

Requirements
- 3+ years of Python in production
- Strong SQL
- Experience deploying models with Docker and Kubernetes

Nice to have
- Familiarity with Spark
`;

const NAME = "ML Engineer @ Acme";

async function prepare(page: Page) {
  const assessment = { python: 3, sql: 2, "model-serving": 1 };
  expect((await page.request.put("/api/v1/me/assessment", { data: { assessment } })).status()).toBe(200);
  const profile = { currentRole: "data-scientist", targetRole: "ml-engineer", hoursPerWeek: 8 };
  expect((await page.request.put("/api/v1/me/profile", { data: profile })).status()).toBe(200);
}

async function analyzePosting(page: Page) {
  await page.getByLabel("Job posting text").fill(POSTING);
  await page.getByRole("button", { name: "Analyze" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Found \d+ skills/ })).toBeVisible();
}

signedInTest("paste a posting, adjust it, save it, see the fit on the dashboard and plan for it", async ({ page }) => {
  await prepare(page);

  await page.goto("/targets");
  await expect(page.getByRole("heading", { name: "No roles from postings yet" })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Job postings" })).toBeVisible();
  await page.getByRole("link", { name: "Create a role from a posting" }).click();
  await expect(page).toHaveURL(/\/targets\/new$/);

  // Nothing to analyze yet: a message, not a request.
  await page.getByRole("button", { name: "Analyze" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Paste the text of a job posting first." })).toBeVisible();

  await analyzePosting(page);
  const skills = page.getByRole("region", { name: /^2\. Skills the role asks for/ });
  await expect(skills.getByRole("heading", { level: 3 })).toHaveText(["Python", "SQL", "Model serving", "Containers and orchestration", "Big data processing (Spark)"]);
  await expect(page.getByLabel("Required level for Python")).toHaveValue("3");
  await expect(page.getByLabel("Weight for Big data processing (Spark)")).toHaveValue("1");
  const highlighted = page.getByRole("region", { name: "The analyzed posting with skill mentions highlighted" });
  await expect(highlighted.locator("mark")).toHaveText(["Python", "SQL", "deploying models", "Docker", "Kubernetes", "Spark"]);
  await expectAccessible(page);

  // Adjust: Python up to expert, Spark out, a skill added by hand, by keyboard.
  await page.getByLabel("Required level for Python").selectOption("4");
  await page.getByRole("button", { name: "Remove Big data processing (Spark)" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Removed Big data processing (Spark)." })).toBeVisible();
  await expect(highlighted.locator("mark")).toHaveText(["Python", "SQL", "deploying models", "Docker", "Kubernetes"]);
  await page.getByLabel("Add a skill").selectOption({ label: "Statistics" });
  await page.getByRole("button", { name: "Add skill" }).press("Enter");
  await expect(skills.getByRole("heading", { level: 3 })).toHaveText(["Python", "SQL", "Model serving", "Containers and orchestration", "Statistics"]);
  await page.getByLabel("Weight for Statistics").selectOption({ label: "nice to have" });

  // Saving without a name is refused in words.
  await page.getByRole("button", { name: "Save role" }).click();
  await expect(page.getByText("Give the role a name, for example “ML Engineer @ Acme”.")).toBeVisible();
  await expect(page.getByLabel("Role name")).toBeFocused();
  await page.getByLabel("Role name").fill(NAME);
  await page.getByRole("button", { name: "Save role" }).click();

  await expect(page).toHaveURL(/\/gap\/custom%3A[0-9a-f-]{36}\?saved=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`You and ${NAME}`);
  await expect(page.getByText(`${NAME} is saved.`, { exact: false })).toBeVisible();
  const python = page.getByRole("region", { name: /^Partly met/ }).getByRole("listitem").filter({ has: page.getByText("Python", { exact: true }) });
  await expect(python).toContainText("need 4 · expert");
  await expect(page.getByText("The posting asks for it: “Python”.")).toBeVisible();
  await expectAccessible(page);

  await page.goto("/dashboard");
  const fit = page.getByRole("img", { name: new RegExp(`^${NAME} · from a posting: \\d+(\\.\\d)?% fit$`) });
  await expect(fit).toBeVisible();
  await page.getByRole("link", { name: `Gap view for ${NAME}` }).click();
  await page.getByRole("button", { name: `Build a roadmap to ${NAME}` }).click();
  await expect(page).toHaveURL(/\/plans\/[\w-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Towards ${NAME}`);
  await expect(page.getByRole("heading", { level: 3, name: "Python", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Statistics", exact: true })).toBeVisible();
  const planUrl = page.url();

  await page.goto("/targets");
  await expect(page.getByRole("img", { name: new RegExp(`^Your fit for ${NAME}: `) })).toBeVisible();
  await expectAccessible(page);

  // Edit: the stored posting comes back with its highlights; rename and save.
  await page.getByRole("link", { name: `Edit ${NAME}` }).click();
  await expect(page.getByLabel("Role name")).toHaveValue(NAME);
  await expect(page.getByLabel("Required level for Python")).toHaveValue("4");
  await expect(page.getByRole("region", { name: "The analyzed posting with skill mentions highlighted" }).locator("mark").first()).toHaveText("Python");
  await page.getByLabel("Role name").fill("MLE @ Acme");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You and MLE @ Acme");

  // Delete: the plan built towards it stays readable.
  await page.getByRole("link", { name: "Edit this role" }).click();
  await page.getByText("Delete this role…").click();
  await page.getByRole("button", { name: "Delete MLE @ Acme" }).click();
  await expect(page).toHaveURL(/\/targets\?deleted=1$/);
  await expect(page.getByRole("status").filter({ hasText: "The role was deleted." })).toBeVisible();
  await page.goto(planUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Towards ${NAME}`);
  await expect(page.getByText(/was deleted/)).toBeVisible();
});

signedInTest("the editor fits a 360 px screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/targets/new");
  await analyzePosting(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});
