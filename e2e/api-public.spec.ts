import type { APIResponse } from "@playwright/test";
import { expect, test } from "./fixtures";

interface ApiRole {
  slug: string;
  name: string;
  summary: string;
  skills: { slug: string; name: string; category: string; level: number; weight: number }[];
}
interface ApiSkill {
  slug: string;
  name: string;
  category: string;
  description: string;
  levels: string[];
  prerequisites: string[];
  aliases: string[];
}
interface RoadmapItem {
  skill: string;
  from: number;
  to: number;
  hours: number;
  resources: { title: string; url: string }[];
}
interface Roadmap {
  target: string;
  fit: number;
  totalHours: number;
  weeks: number;
  startDate?: string;
  targetDate?: string;
  phases: { title: string; weeks: number; milestone: string; targetDate?: string; items: RoadmapItem[] }[];
}

const JSON_TYPE = { "Content-Type": "application/json" };
/** Bytes exactly as given: Playwright would JSON-encode a string sent with a JSON content type. */
const raw = (text: string) => Buffer.from(text, "utf8");

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The contract's error body, and nothing else at the top level. */
async function expectError(response: APIResponse, status: number, code: string): Promise<{ code: string; message: string; issues?: unknown[] }> {
  const text = await response.text();
  expect(response.status(), text).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/json");
  const body = JSON.parse(text);
  expect(Object.keys(body)).toEqual(["error"]);
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe("string");
  expect(body.error.message.length).toBeGreaterThan(0);
  if ("issues" in body.error) expect(Array.isArray(body.error.issues)).toBe(true);
  return body.error;
}

/** Where a message or any issue names the offending slug. */
function mentions(error: { message: string; issues?: unknown[] }, word: string): boolean {
  return JSON.stringify(error).includes(word);
}

function fitByFormula(role: ApiRole, assessment: Record<string, number>): number {
  let have = 0;
  let need = 0;
  for (const s of role.skills) {
    have += s.weight * Math.min(assessment[s.slug] ?? 0, s.level);
    need += s.weight * s.level;
  }
  return Math.round((1000 * have) / need) / 10;
}

test.describe("GET catalog endpoints", () => {
  test("GET /roles lists the eight roles with their fields", async ({ request }) => {
    const response = await request.get("/api/v1/roles");
    expect(response.status()).toBe(200);
    const { roles } = (await response.json()) as { roles: ApiRole[] };
    expect(roles).toHaveLength(8);
    expect(new Set(roles.map((r) => r.slug)).size).toBe(8);
    expect(roles.map((r) => r.slug)).toEqual(
      expect.arrayContaining([
        "data-engineer",
        "data-scientist",
        "applied-scientist",
        "ml-engineer",
        "ml-infrastructure-engineer",
        "ml-hardware-engineer",
        "research-engineer",
        "research-scientist",
      ]),
    );
    for (const role of roles) {
      expect(role.slug).toMatch(KEBAB);
      expect(role.name.length).toBeGreaterThan(0);
      expect(role.summary.length).toBeGreaterThan(20);
      expect(role.skills.length).toBeGreaterThan(5);
      for (const skill of role.skills) {
        expect(skill.slug).toMatch(KEBAB);
        expect(typeof skill.name).toBe("string");
        expect(typeof skill.category).toBe("string");
        expect(Number.isInteger(skill.level) && skill.level >= 1 && skill.level <= 4).toBe(true);
        expect([1, 2, 3]).toContain(skill.weight);
      }
    }
  });

  test("GET /roles/{slug} answers the role, and 404 JSON for an unknown one", async ({ request }) => {
    const list = (await (await request.get("/api/v1/roles")).json()) as { roles: ApiRole[] };
    const response = await request.get("/api/v1/roles/ml-engineer");
    expect(response.status()).toBe(200);
    const { role } = (await response.json()) as { role: ApiRole };
    expect(role).toEqual(list.roles.find((r) => r.slug === "ml-engineer"));

    const missing = await expectError(await request.get("/api/v1/roles/astronaut"), 404, "not_found");
    expect(missing.message).toContain("astronaut");
  });

  test("GET /skills lists at least 40 skills with five level descriptors each", async ({ request }) => {
    const response = await request.get("/api/v1/skills");
    expect(response.status()).toBe(200);
    const { skills } = (await response.json()) as { skills: ApiSkill[] };
    expect(skills.length).toBeGreaterThanOrEqual(40);
    const slugs = new Set(skills.map((s) => s.slug));
    expect(slugs.size).toBe(skills.length);
    for (const skill of skills) {
      expect(skill.slug).toMatch(KEBAB);
      expect(skill.description.length).toBeGreaterThan(10);
      expect(skill.levels).toHaveLength(5);
      for (const level of skill.levels) expect(level.trim().length).toBeGreaterThan(0);
      for (const prerequisite of skill.prerequisites) expect(slugs.has(prerequisite), prerequisite).toBe(true);
      expect(Array.isArray(skill.aliases)).toBe(true);
    }
    // Every role requirement refers to a published skill.
    const { roles } = (await (await request.get("/api/v1/roles")).json()) as { roles: ApiRole[] };
    for (const role of roles) for (const s of role.skills) expect(slugs.has(s.slug), s.slug).toBe(true);
  });

  test("an unknown API path answers 404 in the API's error format", async ({ request }) => {
    await expectError(await request.get("/api/v1/nope"), 404, "not_found");
    await expectError(await request.post("/api/v1/nope", { data: {} }), 404, "not_found");
  });
});

test.describe("POST /gap, /fit, /roadmap with good input", () => {
  const assessment = { python: 3, "software-design": 1, "classical-ml": 3, sql: 4, "model-serving": 1 };

  test("POST /gap follows the formula and lists gaps by priority", async ({ request }) => {
    const { roles } = (await (await request.get("/api/v1/roles")).json()) as { roles: ApiRole[] };
    const role = roles.find((r) => r.slug === "ml-engineer")!;
    const response = await request.post("/api/v1/gap", { data: { assessment, target: "ml-engineer" } });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.target).toBe("ml-engineer");
    expect(body.fit).toBe(fitByFormula(role, assessment));
    expect(body.met).toEqual(expect.arrayContaining(["python", "classical-ml"]));
    const priorities = body.gaps.map((g: { priority: number }) => g.priority);
    expect([...priorities].sort((a, b) => b - a)).toEqual(priorities);
    for (const gap of body.gaps) {
      expect(gap.have).toBeLessThan(gap.need);
      expect(gap.priority).toBe(gap.weight * (gap.need - gap.have));
    }
    expect(body.gaps.length + body.met.length).toBe(role.skills.length);
    expect(body.gaps.find((g: { skill: string }) => g.skill === "software-design")).toMatchObject({ have: 1, need: 3, weight: 3, priority: 6 });
  });

  test("POST /fit answers all roles sorted by fit, highest first", async ({ request }) => {
    const { roles } = (await (await request.get("/api/v1/roles")).json()) as { roles: ApiRole[] };
    const response = await request.post("/api/v1/fit", { data: { assessment } });
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { roles: { slug: string; name: string; fit: number }[] };
    expect(body.roles).toHaveLength(8);
    const fits = body.roles.map((r) => r.fit);
    expect([...fits].sort((a, b) => b - a)).toEqual(fits);
    for (const entry of body.roles) {
      const role = roles.find((r) => r.slug === entry.slug)!;
      expect(entry.name).toBe(role.name);
      expect(entry.fit).toBe(fitByFormula(role, assessment));
    }
    const empty = (await (await request.post("/api/v1/fit", { data: { assessment: {} } })).json()) as { roles: { fit: number }[] };
    expect(empty.roles.every((r) => r.fit === 0)).toBe(true);
  });

  for (const target of ["ml-engineer", "research-scientist", "data-engineer"]) {
    test(`POST /roadmap to ${target}: every gap once, prerequisites first, weeks from hours`, async ({ request }) => {
      const { skills } = (await (await request.get("/api/v1/skills")).json()) as { skills: ApiSkill[] };
      const prerequisites = new Map(skills.map((s) => [s.slug, s.prerequisites]));
      const hoursPerWeek = 7;
      const response = await request.post("/api/v1/roadmap", { data: { assessment, target, hoursPerWeek } });
      expect(response.status()).toBe(200);
      const roadmap = (await response.json()) as Roadmap;
      expect(roadmap.target).toBe(target);

      const items = roadmap.phases.flatMap((p) => p.items);
      const order = items.map((i) => i.skill);
      const gap = await (await request.post("/api/v1/gap", { data: { assessment, target } })).json();
      expect(roadmap.fit).toBe(gap.fit);
      for (const g of gap.gaps as { skill: string; need: number }[]) {
        expect(order.filter((s) => s === g.skill), g.skill).toHaveLength(1);
        expect(items.find((i) => i.skill === g.skill)!.to).toBeGreaterThanOrEqual(g.need);
      }
      expect(new Set(order).size).toBe(order.length);
      // Prerequisites count through skills that are not items too (a met skill in between).
      const ancestors = (skill: string, seen = new Set<string>()): Set<string> => {
        for (const p of prerequisites.get(skill) ?? []) if (!seen.has(p)) ancestors(p, seen.add(p));
        return seen;
      };
      order.forEach((skill, index) => {
        for (const ancestor of ancestors(skill)) {
          const at = order.indexOf(ancestor);
          if (at >= 0) expect(at, `${ancestor} before ${skill}`).toBeLessThan(index);
        }
      });
      const totalHours = items.reduce((sum, i) => sum + i.hours, 0);
      expect(roadmap.totalHours).toBe(totalHours);
      expect(roadmap.weeks).toBe(Math.ceil(roadmap.totalHours / hoursPerWeek));
      expect(roadmap.phases.reduce((sum, p) => sum + p.weeks, 0)).toBe(roadmap.weeks);
      for (const phase of roadmap.phases) {
        expect(phase.title.length).toBeGreaterThan(0);
        expect(phase.milestone.length).toBeGreaterThan(10);
        for (const item of phase.items) {
          expect(item.from).toBeLessThan(item.to);
          expect(item.hours).toBeGreaterThan(0);
          expect(item.resources.length).toBeGreaterThan(0);
        }
      }
    });
  }

  test("POST /roadmap with a startDate gives dates", async ({ request }) => {
    const response = await request.post("/api/v1/roadmap", {
      data: { assessment: {}, target: "data-scientist", hoursPerWeek: 10, startDate: "2026-01-05" },
    });
    expect(response.status()).toBe(200);
    const roadmap = (await response.json()) as Roadmap;
    expect(roadmap.startDate).toBe("2026-01-05");
    const end = new Date(Date.UTC(2026, 0, 5 + roadmap.weeks * 7)).toISOString().slice(0, 10);
    expect(roadmap.targetDate).toBe(end);
    for (const phase of roadmap.phases) expect(phase.targetDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(roadmap.phases.at(-1)!.targetDate).toBe(end);
  });

  test("POST /roadmap accepts the edges of hoursPerWeek and meets nothing twice when all is met", async ({ request }) => {
    for (const hoursPerWeek of [1, 80]) {
      const response = await request.post("/api/v1/roadmap", { data: { assessment: {}, target: "ml-engineer", hoursPerWeek } });
      expect(response.status()).toBe(200);
      const roadmap = (await response.json()) as Roadmap;
      expect(roadmap.weeks).toBe(Math.ceil(roadmap.totalHours / hoursPerWeek));
    }
    const { role } = (await (await request.get("/api/v1/roles/ml-engineer")).json()) as { role: ApiRole };
    const full = Object.fromEntries(role.skills.map((s) => [s.slug, 4]));
    const done = (await (await request.post("/api/v1/roadmap", { data: { assessment: full, target: "ml-engineer", hoursPerWeek: 10 } })).json()) as Roadmap;
    expect(done).toMatchObject({ fit: 100, totalHours: 0, weeks: 0, phases: [] });
  });
});

const VALID: Record<string, Record<string, unknown>> = {
  "/api/v1/gap": { assessment: { python: 2 }, target: "ml-engineer" },
  "/api/v1/fit": { assessment: { python: 2 } },
  "/api/v1/roadmap": { assessment: { python: 2 }, target: "ml-engineer", hoursPerWeek: 10 },
};

for (const [path, valid] of Object.entries(VALID)) {
  test.describe(`POST ${path} with bad input`, () => {
    test("the valid body is accepted", async ({ request }) => {
      expect((await request.post(path, { data: valid })).status()).toBe(200);
    });

    test("malformed JSON and an empty body get 400", async ({ request }) => {
      const malformed = await expectError(
        await request.post(path, { data: raw('{"assessment": {'), headers: JSON_TYPE }),
        400,
        "bad_request",
      );
      expect(malformed.message).toMatch(/JSON/);
      await expectError(await request.post(path, { headers: JSON_TYPE }), 400, "bad_request");
      await expectError(await request.post(path, { data: raw("   "), headers: JSON_TYPE }), 400, "bad_request");
    });

    test("wrong types and missing fields get 400", async ({ request }) => {
      const bodies: unknown[] = [
        {},
        [],
        "assessment",
        42,
        null,
        { ...valid, assessment: "python" },
        { ...valid, assessment: [2] },
        { ...valid, assessment: null },
      ];
      if ("target" in valid) bodies.push({ ...valid, target: 3 }, { assessment: valid.assessment, ...("hoursPerWeek" in valid ? { hoursPerWeek: 10 } : {}) });
      if ("hoursPerWeek" in valid) bodies.push({ ...valid, hoursPerWeek: "10" }, { assessment: valid.assessment, target: valid.target });
      for (const data of bodies) {
        const error = await expectError(
          await request.post(path, { data: raw(JSON.stringify(data)), headers: JSON_TYPE }),
          400,
          "bad_request",
        );
        expect(error.message.length, JSON.stringify(data)).toBeGreaterThan(0);
      }
    });

    test("an unknown skill slug gets 400 naming it", async ({ request }) => {
      const error = await expectError(
        await request.post(path, { data: { ...valid, assessment: { python: 2, "underwater-basket-weaving": 3 } } }),
        400,
        "bad_request",
      );
      expect(mentions(error, "underwater-basket-weaving")).toBe(true);
    });

    if ("target" in valid) {
      test("an unknown role gets 400 naming it", async ({ request }) => {
        const error = await expectError(await request.post(path, { data: { ...valid, target: "astronaut" } }), 400, "bad_request");
        expect(mentions(error, "astronaut")).toBe(true);
      });
    }

    test("levels outside whole numbers 0..4 get 400", async ({ request }) => {
      for (const level of [-1, 5, 2.5, "3", true, null]) {
        await expectError(await request.post(path, { data: { ...valid, assessment: { python: level } } }), 400, "bad_request");
      }
      for (const level of [0, 4]) {
        expect((await request.post(path, { data: { ...valid, assessment: { python: level } } })).status()).toBe(200);
      }
    });

    if ("hoursPerWeek" in valid) {
      test("hoursPerWeek 0, 81 and fractions get 400, and a bad startDate too", async ({ request }) => {
        for (const hoursPerWeek of [0, 81, -5, 2.5]) {
          const error = await expectError(await request.post(path, { data: { ...valid, hoursPerWeek } }), 400, "bad_request");
          expect(mentions(error, "hoursPerWeek")).toBe(true);
        }
        for (const startDate of ["2026-13-01", "tomorrow", 20260105]) {
          await expectError(await request.post(path, { data: { ...valid, startDate } }), 400, "bad_request");
        }
      });
    }

    test("a 100 KiB body gets 413", async ({ request }) => {
      const data = JSON.stringify({ ...valid, padding: "x".repeat(100 * 1024) });
      await expectError(await request.post(path, { data: raw(data), headers: JSON_TYPE }), 413, "payload_too_large");
    });
  });
}
