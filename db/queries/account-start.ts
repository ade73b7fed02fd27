import { eq } from "drizzle-orm";
import type { Tx } from "../client";
import { profiles } from "../tables";
import { writeAssessment } from "./assessment";

/** What a visitor brings into a new account from the quick check (already validated). */
export interface AccountStart {
  ratings: Readonly<Record<string, number>>;
  target?: string;
  hoursPerWeek?: number;
}

/**
 * Writes the quick check's ratings (with today's snapshot), and the wanted role and pace, into
 * the account being created, inside the caller's transaction: the account and its first
 * assessment exist together or not at all.
 */
export async function writeAccountStart(tx: Tx, userId: string, start: AccountStart): Promise<void> {
  // The quick check starts every skill at 0, so a 0 there cannot tell "none" from "not touched":
  // it stays unrated, and the new account is invited to rate it rather than told it is a gap of 0.
  const levels = Object.fromEntries(Object.entries(start.ratings).filter(([, level]) => level > 0));
  await writeAssessment(tx, userId, { levels });
  const profile = {
    ...(start.target !== undefined && { targetRole: start.target }),
    ...(start.hoursPerWeek !== undefined && { hoursPerWeek: start.hoursPerWeek }),
  };
  if (Object.keys(profile).length > 0) await tx.update(profiles).set(profile).where(eq(profiles.userId, userId));
}
