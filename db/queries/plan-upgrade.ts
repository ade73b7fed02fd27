import { transaction } from "../transaction";
import { carryRatingsForward, carryStatusesForward } from "./catalog-upgrade";

/**
 * The catalog upgrade for one plan and its owner, when a plan built on an older catalog is opened:
 * covers plans that reached this database after the version was first served (a restore, say).
 * Adds only what is missing, in one transaction; returns how many rows it added.
 */
export async function carryPlanForward(userId: string, planId: string): Promise<number> {
  return transaction(async (tx) => (await carryRatingsForward(tx, userId)) + (await carryStatusesForward(tx, planId)));
}
