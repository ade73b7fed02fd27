import { buildWorld, generateCases, runCases, worldFingerprint } from "../scripts/harness/fuzz";
import { openTestDatabase } from "./db";
import { expect, test } from "./fixtures";

// The short form of `npm run test:fuzz`: a few hundred hostile requests against the e2e server.
test("malformed and cross-user requests are refused without 5xx, leaks or writes", async ({ baseURL }) => {
  test.slow();
  const base = baseURL!;
  const world = await buildWorld(base);
  const db = await openTestDatabase();
  try {
    const before = await worldFingerprint(db.query, world);
    const { findings, statuses } = await runCases(base, world, generateCases(world, 400, Date.now() % 100_000), 4);
    expect(findings, JSON.stringify(statuses)).toEqual([]);
    expect(await worldFingerprint(db.query, world), "the refused requests changed what A and B own").toBe(before);
    // Nothing ended A's or B's session (sign out everywhere, password change, reset).
    for (const account of [world.a, world.b]) {
      const me = await fetch(`${base}/api/v1/me`, { headers: { cookie: account.cookie, "x-forwarded-for": account.ip } });
      expect(me.status).toBe(200);
    }
  } finally {
    await db.close();
  }
});
