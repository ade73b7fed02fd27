import { getDb } from "../client";
import { carryRatingsForward, carryStatusesForward } from "./catalog-upgrade";

/**
 * The catalog upgrade for one plan and its owner, when a plan built on an older catalog is opened:
 * covers plans that reached this database after the version was first served (a restore, say).
 * Adds only what is missing, in one transaction; returns how many rows it added.
 */
export function carryPlanForward(userId: string, planId: string): number {
  return getDb().transaction((tx) => carryRatingsForward(tx, userId) + carryStatusesForward(tx, planId));
}
