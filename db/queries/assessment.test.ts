import { describe, expect, it } from "vitest";
import { isUniqueViolation } from "../errors";
import { makeUser, rawCount, rawQuery, withTestDatabase } from "../test-database";
import { getAssessment, getAssessmentHistory, saveAssessment } from "./assessment";

withTestDatabase();

const MORNING = new Date("2026-03-02T09:00:00Z");
const EVENING = new Date("2026-03-02T18:00:00Z");
const NEXT_DAY = new Date("2026-03-03T09:00:00Z");

const snapshotCount = (userId: string) => rawCount("SELECT count(*) AS n FROM assessment_snapshot WHERE user_id = ?", [userId]);

describe("assessment queries", () => {
  it("merge a change into the saved assessment of that user only", async () => {
    const [me, other] = [await makeUser("me"), await makeUser("other")];
    await saveAssessment(me.id, { levels: { python: 2, sql: 1 } }, MORNING);
    await saveAssessment(me.id, { levels: { sql: 3 } }, EVENING);
    await saveAssessment(other.id, { levels: { python: 4 } }, EVENING);
    expect((await getAssessment(me.id)).assessment).toEqual({ python: 2, sql: 3 });
    expect((await getAssessment(other.id)).assessment).toEqual({ python: 4 });
    expect((await getAssessment(me.id)).updatedAt).toEqual(EVENING);
  });

  it("keep one snapshot per user and day, and none for a change that changes nothing", async () => {
    const me = await makeUser();
    await saveAssessment(me.id, { levels: { python: 2 } }, MORNING);
    await saveAssessment(me.id, { levels: { python: 3 } }, EVENING);
    await saveAssessment(me.id, { levels: { python: 3 } }, NEXT_DAY);
    expect(await getAssessmentHistory(me.id)).toEqual([{ date: "2026-03-02", assessment: { python: 3 } }]);
    await saveAssessment(me.id, { levels: { sql: 1 } }, NEXT_DAY);
    expect((await getAssessmentHistory(me.id)).map((h) => h.date)).toEqual(["2026-03-02", "2026-03-03"]);
    expect(await snapshotCount(me.id)).toBe(2);
    await expect(rawQuery("INSERT INTO assessment_snapshot (user_id, day, assessment) VALUES (?, '2026-03-02', '{}')", [me.id])).rejects.toSatisfy(
      isUniqueViolation,
    );
  });

  it("date the snapshot by the user's day when it is given (Seoul's morning is still UTC's yesterday)", async () => {
    const me = await makeUser();
    const seoulMorning = new Date("2026-03-02T23:30:00Z");
    await saveAssessment(me.id, { levels: { python: 2 }, day: "2026-03-03" }, seoulMorning);
    await saveAssessment(me.id, { levels: { sql: 1 } }, seoulMorning);
    expect((await getAssessmentHistory(me.id)).map((h) => h.date)).toEqual(["2026-03-02", "2026-03-03"]);
  });

  it("treat a replacement as the whole assessment, and an empty note as none", async () => {
    const me = await makeUser();
    await saveAssessment(me.id, { levels: { python: 2, sql: 3 }, notes: { python: "scripts" } }, MORNING);
    await saveAssessment(me.id, { levels: { docker: 1 }, replaceLevels: true }, EVENING);
    expect((await getAssessment(me.id)).assessment).toEqual({ python: 0, sql: 0, docker: 1 });
    expect((await getAssessment(me.id)).notes).toEqual({ python: "scripts" });
    await saveAssessment(me.id, { notes: { python: "" } }, EVENING);
    expect((await getAssessment(me.id)).notes).toEqual({});
  });
});
