import type { Page } from "@playwright/test";
import { clientIp, expect, expectAccessible, signedInTest, test } from "./fixtures";

/** English words of the page chrome that must not survive in a Korean page. */
const ENGLISH_CHROME = ["Sign out", "Dashboard", "My skills", "Plans", "Account", "Skip to content", "Language"];

async function expectNoEnglishChrome(page: Page, extra: readonly string[] = []) {
  const text = await page.locator("body").innerText();
  for (const words of [...ENGLISH_CHROME, ...extra]) {
    expect(text, `"${words}" left in English`).not.toMatch(new RegExp(`(^|[^A-Za-z])${words}([^A-Za-z]|$)`));
  }
}

test.describe("in Korean", () => {
  // The browser's own language setting, which is what sends Accept-Language.
  test.use({ locale: "ko-KR" });

  test("a visitor whose browser asks for Korean gets the landing page in Korean", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("다음 데이터·ML 직무가 실제로 요구하는 것을 알아보세요");
    await expect(page.getByRole("link", { name: "데이터 엔지니어" }).first()).toBeVisible();
    await expect(page.getByRole("form", { name: "언어" })).toBeVisible();
    await expectNoEnglishChrome(page, ["Sign in", "Sign up", "Quick check", "How it works", "Roles"]);
    await expectAccessible(page);
  });
});

test("the switcher changes the language and stays on the same page, without JavaScript too", async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled, extraHTTPHeaders: { "X-Forwarded-For": clientIp() } });
    const page = await context.newPage();
    await page.goto("/roles/ml-engineer");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ML engineer");

    await page.getByRole("form", { name: "Language" }).getByRole("button", { name: "한국어" }).click();
    await expect(page).toHaveURL(/\/roles\/ml-engineer$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("머신러닝 엔지니어");
    await expect(page.getByRole("heading", { name: "필요한 역량" })).toBeVisible();
    await expect(page.getByRole("button", { name: "한국어" })).toHaveAttribute("aria-pressed", "true");

    // Keyboard only, back to English.
    await page.getByRole("button", { name: "English" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page).toHaveURL(/\/roles\/ml-engineer$/);
    await context.close();
  }
});

test("the switcher will not send anyone off-site", async ({ page }) => {
  await page.goto("/about");
  const form = page.getByRole("form", { name: "Language" });
  await form.locator('input[name="returnTo"]').evaluate((input: HTMLInputElement) => (input.value = "//evil.example/"));
  await form.getByRole("button", { name: "한국어" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
});

signedInTest("a signed-in user's choice is saved in the profile; assessment and plan read in Korean", async ({ page, browser }) => {
  await page.request.put("/api/v1/me/assessment", { data: { assessment: { statistics: 4, "classical-ml": 3, python: 2 } } });
  await page.request.put("/api/v1/me/profile", { data: { targetRole: "ml-engineer", hoursPerWeek: 10 } });

  await page.goto("/assessment");
  await page.getByRole("button", { name: "한국어" }).click();
  await expect(page).toHaveURL(/\/assessment$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  const profile = await (await page.request.get("/api/v1/me/profile")).json();
  expect(profile.profile?.locale ?? profile.locale).toBe("ko");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("역량 평가하기");
  await expect(page.getByRole("group", { name: "Python" })).toBeVisible();
  await expect(page.getByRole("radio", { name: /^3 · 숙련/ }).first()).toBeVisible();
  await expect(page.getByText("목표 직무에 필요한 역량만 보기")).toBeVisible();
  await expectNoEnglishChrome(page, ["Rate your skills", "Only skills my target role needs", "Practitioner", "Awareness", "Evidence", "Not rated yet"]);
  await expectAccessible(page);

  await page.goto("/plans");
  await page.getByRole("button", { name: "내 로드맵 만들기" }).click();
  await expect(page).toHaveURL(/\/plans\/[\w-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("머신러닝 엔지니어 로드맵");
  await expect(page.getByRole("heading", { name: "면접 준비" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "멘토와 공유하기" })).toBeVisible();
  await expect(page.getByText("마일스톤 프로젝트:").first()).toBeVisible();
  await expectNoEnglishChrome(page, ["Foundations", "Interview-ready", "Gets you", "This week", "Milestone project", "Share with a mentor", "Mentor feedback", "Manage this plan", "Hours left to plan", "To do", "Create link"]);
  await expectAccessible(page);

  // A new device without the cookie still gets the saved choice.
  const state = await page.context().storageState();
  const fresh = await browser.newContext({
    storageState: { ...state, cookies: state.cookies.filter((c) => c.name !== "NEXT_LOCALE") },
    extraHTTPHeaders: { "X-Forwarded-For": clientIp() },
  });
  const other = await fresh.newPage();
  await other.goto("/dashboard");
  await expect(other.locator("html")).toHaveAttribute("lang", "ko");
  await fresh.close();
});

test("the mentor's share page follows the mentor's language, not the owner's", async ({ page, user, browser }) => {
  await page.request.put("/api/v1/me/profile", { data: { targetRole: "data-scientist", hoursPerWeek: 8, locale: "en" } });
  await page.goto("/plans");
  await page.getByRole("button", { name: "Build my roadmap" }).click();
  await expect(page).toHaveURL(/\/plans\/[\w-]+$/);
  const share = page.getByRole("region", { name: "Share with a mentor" });
  await share.getByRole("button", { name: "Create link" }).click();
  const link = await share.getByLabel(/Your new link/).inputValue();

  const mentorContext = await browser.newContext({ locale: "ko-KR", extraHTTPHeaders: { "X-Forwarded-For": clientIp() } });
  const mentor = await mentorContext.newPage();
  await mentor.goto(link);
  await expect(mentor.locator("html")).toHaveAttribute("lang", "ko");
  await expect(mentor.getByText("공유받은 계획 · 읽기 전용")).toBeVisible();
  await expect(mentor.getByRole("heading", { level: 1 })).toContainText(`${user.name} 님의 계획`);
  await expect(mentor.getByRole("heading", { name: "피드백" })).toBeVisible();
  await expectNoEnglishChrome(mentor, ["Shared with you", "Feedback", "Post comment", "Your name"]);

  const api = await mentor.request.get(link.replace("/share/", "/api/v1/share/"), { headers: { "Accept-Language": "ko" } });
  expect(api.headers()["content-language"]).toBe("ko");
  expect((await api.json()).plan.targetName).toBe("데이터 과학자");
  await mentorContext.close();

  // The owner still reads English.
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

signedInTest("the job-posting editor speaks Korean: chrome, detected skills and level words", async ({ page }) => {
  await page.goto("/targets/new");
  await page.getByRole("button", { name: "한국어" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page).toHaveTitle(/채용 공고로 새 직무 만들기/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("채용 공고를 목표 직무로 바꾸기");
  await expect(page.getByRole("heading", { name: "1. 채용 공고" })).toBeVisible();
  await expect(page.getByLabel("직무 이름")).toBeVisible();
  await expect(page.getByLabel("역량 추가")).toBeVisible();

  await page.getByRole("button", { name: "분석", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "먼저 채용 공고 본문을 붙여 넣으세요." })).toBeVisible();

  const posting = "머신러닝 엔지니어\n\n자격요건\n- 파이썬 3년 이상 경험\n- 쿠버네티스와 도커 기반 서비스 운영 경험\n- A/B 테스트 설계 경험\n\n우대사항\n- 데이터 시각화 경험";
  await page.getByLabel("채용 공고 본문").fill(posting);
  await page.getByRole("button", { name: "분석", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "역량 4개를 찾았습니다." })).toBeVisible();
  const skills = page.getByRole("region", { name: /^2\. 직무에 필요한 역량/ });
  await expect(skills.getByRole("heading", { level: 3 })).toHaveText(["Python", "컨테이너와 오케스트레이션", "실험 설계와 인과 추론", "데이터 시각화"]);
  const level = page.getByLabel("컨테이너와 오케스트레이션 요구 수준");
  await expect(level).toHaveValue("3");
  await expect(level.locator("option:checked")).toHaveText("3 · 숙련");
  await expect(page.getByLabel("데이터 시각화 중요도").locator("option:checked")).toHaveText("있으면 좋음");
  await expect(page.getByRole("region", { name: "역량 언급이 표시된 분석한 공고" }).locator("mark").first()).toHaveText("파이썬");
  await expectNoEnglishChrome(page, ["The posting", "Job posting text", "Skills the role asks for", "Required level", "From the posting", "Save role", "practitioner", "nice to have"]);
  await expectAccessible(page);

  await page.getByLabel("역량 추가").selectOption({ label: "통계" });
  await page.getByRole("button", { name: "추가", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "통계 역량을 수준 3(숙련), 중요도 ‘중요’(으)로 추가했습니다." })).toBeVisible();

  // Saved, the role's gap, editor and list read in Korean too; the posting's words are quoted as written.
  await page.getByLabel("직무 이름").fill("ML 엔지니어 @ 보험사");
  await page.getByRole("button", { name: "직무 저장" }).click();
  await expect(page).toHaveURL(/\/gap\/custom%3A[0-9a-f-]{36}\?saved=1$/);
  await expect(page.getByText("ML 엔지니어 @ 보험사 직무를 저장했습니다.", { exact: false })).toBeVisible();
  await expect(page.getByText("채용 공고에서 요구합니다: “파이썬”.")).toBeVisible();
  await page.getByRole("link", { name: "이 직무 편집" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ML 엔지니어 @ 보험사 편집");
  await expect(page.getByRole("region", { name: /^2\. 직무에 필요한 역량/ }).getByRole("heading", { level: 3 })).toContainText(["컨테이너와 오케스트레이션", "통계"]);
  await expect(page.getByRole("button", { name: "변경 사항 저장" })).toBeVisible();
  await page.goto("/targets");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("채용 공고로 만든 직무");
  await expect(page.getByText(/^역량 5개 · /)).toBeVisible();
  await expect(page.getByRole("link", { name: "ML 엔지니어 @ 보험사 격차 보기" })).toBeVisible();
  await expectNoEnglishChrome(page, ["Roles from job postings", "Gap view", "updated", "for good"]);
  await expectAccessible(page);
});

test("the API answers names in the asked language and keeps slugs", async ({ request }) => {
  const ko = await request.get("/api/v1/roles?lang=ko");
  expect(ko.status()).toBe(200);
  expect(ko.headers()["content-language"]).toBe("ko");
  const { roles } = await ko.json();
  const ml = roles.find((r: { slug: string }) => r.slug === "ml-engineer");
  expect(ml.name).toBe("머신러닝 엔지니어");
  expect(ml.skills.every((s: { slug: string }) => /^[a-z0-9-]+$/.test(s.slug))).toBe(true);

  const byHeader = await request.get("/api/v1/roles/data-engineer", { headers: { "Accept-Language": "ko-KR" } });
  expect((await byHeader.json()).role.name).toBe("데이터 엔지니어");
  const english = await request.get("/api/v1/roles/data-engineer");
  expect((await english.json()).role.name).toBe("Data engineer");

  const skills = await (await request.get("/api/v1/skills?lang=ko")).json();
  expect(skills.skills.find((s: { slug: string }) => s.slug === "statistics").levels).toHaveLength(5);

  const fit = await request.post("/api/v1/fit?lang=ko", { data: { assessment: { python: 3 } } });
  expect((await fit.json()).roles.map((r: { name: string }) => r.name)).toContain("데이터 엔지니어");

  const bad = await request.get("/api/v1/roles?lang=fr");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.code).toBe("bad_request");
});

test("public catalog pages pin a language with ?lang= and list both for search engines", async ({ page }) => {
  await page.goto("/roles/data-engineer?lang=ko");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("데이터 엔지니어");
  await expect(page.locator('link[rel="alternate"][hreflang="ko"]')).toHaveAttribute("href", /\/roles\/data-engineer\?lang=ko$/);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/roles\/data-engineer\?lang=en$/);
  // Choosing English drops the pinned language on the way back.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page).toHaveURL(/\/roles\/data-engineer$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/roles?lang=xx");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
