import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { hashShareToken, newShareToken } from "@/lib/share/token";
import { getDb } from "./client";
import { getAssessment, saveAssessment } from "./queries/assessment";
import { createCustomRole } from "./queries/custom-roles";
import { addOwnerReply } from "./queries/feedback";
import { getPlan, insertPlan, listPlans, renamePlan, setItemStatus, type NewPlan } from "./queries/plans";
import { updateProfileAndAssessment } from "./queries/profile";
import { addComment, createShareLink, listOwnPlanComments, markCommentsSeen, recordShareView, resolveSuggestion } from "./queries/shares";
import { users } from "./tables";
import { makeUser, rawCount, withTestDatabase } from "./test-database";
import { transaction } from "./transaction";

/*
 * A transaction holds one pooled connection (PostgreSQL) or the write lock (SQLite) until it ends.
 * If a body ever needed a second connection from the same pool, a pool's worth of such requests in
 * flight would each hold one and wait for another forever: the stall of two replicas at 50
 * connections (docs/BENCHMARKS.md). A pool of 2 makes that show at once, and every wait is bounded,
 * so a regression fails here instead of hanging the run.
 */

const POOL = 2;
withTestDatabase({ poolMax: POOL });

const AT_ONCE = 40;
const BOUND_MS = 8_000;
/** Above BOUND_MS, so a stall fails with `within`'s message rather than vitest's timeout. */
const TEST_MS = 20_000;

function within<T>(work: Promise<T>, ms = BOUND_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not done after ${ms} ms: a transaction waits for a second connection`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const item = (skill: string) => ({ skill, name: skill, why: "", from: 0, to: 2, hours: 20, weight: 3, reason: "gap" as const, unlocks: [], resources: [] });
const SKILLS = ["python", "sql", "docker", "kubernetes"];
const newPlan = (title: string): NewPlan => ({
  title,
  target: "ml-engineer",
  targetName: "ML Engineer",
  hoursPerWeek: 10,
  startDate: "2026-01-05",
  catalogVersion: "test",
  roadmap: {
    target: "ml-engineer",
    fit: 40,
    hoursPerWeek: 10,
    totalHours: 80,
    weeks: 8,
    phases: [{ key: "interview-ready", title: "Interview-ready", outcome: "", weeks: 8, startWeek: 1, endWeek: 8, hours: 80, milestone: "", items: SKILLS.map(item) }],
    met: [],
  },
  assessmentStamp: "stamp",
});

describe(`a pool of ${POOL} connections`, () => {
  it(`serves ${AT_ONCE} writes of the load mix at once, with reads between them, and loses none`, async () => {
    const people = await Promise.all([0, 1, 2, 3].map((i) => makeUser(`person${i}`)));
    const setups = await Promise.all(
      people.map(async (person) => {
        const plan = await insertPlan(person.id, newPlan("Main"));
        const link = (await createShareLink(person.id, plan.id, { tokenHash: hashShareToken(newShareToken()), label: null, expiresAt: null, allowComments: true }))!;
        const suggestion = await addComment({ linkId: link.id, planId: plan.id }, { author: "Mentor", body: "Try this", skill: "sql", suggestedLevel: 3 });
        return { person, plan, link, suggestion };
      }),
    );

    const started = Date.now();
    const work = Array.from({ length: AT_ONCE }, (_, i) => {
      const { person, plan, link, suggestion } = setups[i % setups.length]!;
      const share = { linkId: link.id, planId: plan.id };
      switch (Math.floor(i / setups.length) % 10) {
        case 0:
          return setItemStatus(person.id, plan.id, SKILLS[i % SKILLS.length]!, "done");
        case 1:
          return saveAssessment(person.id, { levels: { python: 1 + (i % 4), sql: 2 }, notes: { python: `note ${i}` } });
        case 2:
          return insertPlan(person.id, newPlan(`Plan ${i}`));
        case 3:
          return addComment(share, { author: "Mentor", body: `Comment ${i}`, skill: null, suggestedLevel: null });
        case 4:
          return createCustomRole(person.id, { name: `Role ${i}`, postingText: null, skills: [{ skill: "python", level: 3, weight: 2 }] }, 100);
        case 5:
          return Promise.all([recordShareView(link.id), markCommentsSeen(person.id, plan.id), renamePlan(person.id, plan.id, `Main ${i}`)]);
        case 6:
          return resolveSuggestion(person.id, plan.id, suggestion.id, "accepted");
        case 7:
          return addOwnerReply(person.id, plan.id, suggestion.id, `Reply ${i}`);
        case 8:
          return updateProfileAndAssessment(person.id, { hoursPerWeek: 5 + (i % 10) }, { levels: { docker: 2 } });
        default:
          // Reads through the pool, racing the writes for the same connections.
          return Promise.all([getPlan(person.id, plan.id), getAssessment(person.id), listPlans(person.id), listOwnPlanComments(person.id, plan.id)]);
      }
    });
    const results = await within(Promise.allSettled(work));
    const elapsed = Date.now() - started;

    expect(results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    expect(elapsed).toBeLessThan(BOUND_MS);
    // Every acknowledged write is there: 4 setup plans plus one per "createPlan" slot, and so on.
    const slots = (kind: number) => Array.from({ length: AT_ONCE }, (_, i) => Math.floor(i / setups.length) % 10).filter((k) => k === kind).length;
    expect(await rawCount("SELECT count(*) AS n FROM plan")).toBe(setups.length + slots(2));
    expect(await rawCount("SELECT count(*) AS n FROM comment")).toBe(setups.length + slots(3));
    expect(await rawCount("SELECT count(*) AS n FROM custom_role")).toBe(slots(4));
    expect(await rawCount("SELECT count(*) AS n FROM comment_reply")).toBe(slots(7));
  }, TEST_MS);

  it("refuses the process pool inside a transaction body at once, instead of waiting for a second connection", async () => {
    const person = await makeUser("nested");
    // More bodies than connections, each reaching for the pool: without the refusal every
    // connection would be held by a body waiting for another one, and none would finish.
    const results = await within(
      Promise.allSettled(
        Array.from({ length: POOL * 3 }, () =>
          transaction(async (tx) => {
            await tx.update(users).set({ name: "changed" }).where(eq(users.id, person.id));
            return getDb().select().from(users).where(eq(users.id, person.id));
          }),
        ),
      ),
    );
    for (const result of results) {
      expect(result.status).toBe("rejected");
      expect(String((result as PromiseRejectedResult).reason)).toMatch(/getDb\(\) was called inside a transaction body/);
    }
    // Each refused body rolled back.
    expect(await rawCount("SELECT count(*) AS n FROM \"user\" WHERE name = 'changed'")).toBe(0);
  }, TEST_MS);

  it("refuses a transaction inside a transaction (SQLite's write lock is not re-entrant) and rolls the outer one back", async () => {
    const person = await makeUser("nested");
    const outer = transaction(async (tx) => {
      await tx.update(users).set({ name: "changed" }).where(eq(users.id, person.id));
      await transaction((inner) => inner.update(users).set({ name: "inner" }).where(eq(users.id, person.id)));
    });
    await expect(within(outer)).rejects.toThrow(/transaction\(\) was called inside a transaction body/);
    expect(await rawCount("SELECT count(*) AS n FROM \"user\" WHERE name IN ('changed', 'inner')")).toBe(0);
    // The pool and the lock are free again: an ordinary write goes through.
    await within(saveAssessment(person.id, { levels: { python: 2 } }));
    expect((await getAssessment(person.id)).assessment.python).toBe(2);
  }, TEST_MS);
});
