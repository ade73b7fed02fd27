// Writers whose every acknowledged write can be checked afterwards. Each writer owns its keys
// (a user's skills and plan items are split between the writers of that user) and sends one
// request at a time, so the last acknowledged value of each key is the value the database must hold.
import { skills } from "../../lib/catalog";
import type { Account } from "./client";
import type { Reader } from "./database";

export interface Owner {
  account: Account;
  planId: string;
  items: string[];
  token: string;
}

export class Ledger {
  /** `${userId}|${skill}` → the note of the last acknowledged assessment save. */
  readonly notes = new Map<string, string>();
  /** `${planId}|${skill}` → the last acknowledged status. */
  readonly statuses = new Map<string, string>();
  /** Comment bodies acknowledged with 201. */
  readonly comments = new Set<string>();
  /**
   * Values sent for a key after its last acknowledgement whose answer never came (timeout, kill):
   * the server may have committed them, so finding one of them is not a lost write.
   */
  readonly unanswered = new Map<string, Set<string>>();
  acknowledged = 0;
  /**
   * Acknowledged statuses of items that have since left their plan: another writer's assessment
   * save made the person meet the skill, and following the plan lets the item and its status go
   * (lib/plans/follow.ts). By design, so not a lost write; counted by `missing()` for the report.
   */
  statusesLetGo = 0;

  attempt(key: string, value: string): void {
    if (!this.unanswered.has(key)) this.unanswered.set(key, new Set());
    this.unanswered.get(key)!.add(value);
  }

  acknowledge(map: Map<string, string>, key: string, value: string): void {
    map.set(key, value);
    this.unanswered.delete(key);
    this.acknowledged++;
  }

  private holds(key: string, expected: string, found: string | undefined): boolean {
    return found === expected || (found !== undefined && Boolean(this.unanswered.get(key)?.has(found)));
  }

  /** Acknowledged writes missing or different in the database (SQLite or PostgreSQL). */
  async missing(db: Reader): Promise<string[]> {
    const problems: string[] = [];
    for (const [key, expected] of this.notes) {
      const [userId, skill] = key.split("|");
      const row = await db.get("SELECT note FROM assessment_entry WHERE user_id = ? AND skill = ?", [userId, skill]);
      const found = row?.note as string | undefined;
      if (!this.holds(key, expected, found)) problems.push(`assessment ${key}: expected "${expected}", found "${found}"`);
    }
    this.statusesLetGo = 0;
    for (const [key, expected] of this.statuses) {
      const [planId, skill] = key.split("|");
      const row = await db.get("SELECT status FROM plan_item_status WHERE plan_id = ? AND skill = ?", [planId, skill]);
      const found = row?.status as string | undefined;
      if (this.holds(key, expected, found)) continue;
      if (found === undefined && !(await stillInPlan(db, planId!, skill!))) {
        this.statusesLetGo++;
        continue;
      }
      problems.push(`status ${key}: expected ${expected}, found ${found}`);
    }
    for (const body of this.comments) {
      // count(*) is a bigint on PostgreSQL, which arrives as a string.
      const row = await db.get("SELECT count(*) AS n FROM comment WHERE body = ?", [body]);
      if (Number(row?.n) !== 1) problems.push(`comment "${body}" missing`);
    }
    return problems;
  }
}

/** Whether the stored roadmap still lists the skill (JSON text on SQLite, parsed json on PostgreSQL). */
async function stillInPlan(db: Reader, planId: string, skill: string): Promise<boolean> {
  const row = await db.get("SELECT roadmap FROM plan WHERE id = ?", [planId]);
  if (!row) return false;
  const roadmap = (typeof row.roadmap === "string" ? JSON.parse(row.roadmap) : row.roadmap) as { phases: { items: { skill: string }[] }[] };
  return roadmap.phases.some((phase) => phase.items.some((item) => item.skill === skill));
}

export interface Outcome {
  /** What was asked, for per-kind figures: "save", "status", "comment", "share page", "share api". */
  kind: string;
  status: number;
  ms: number;
  timedOut: boolean;
  failed: boolean;
}

const STATUSES = ["todo", "doing", "done"] as const;

/** One writer: `slot` of `slots` for its owner. `next()` sends one request of the mix. */
export function writer(base: string, owner: Owner, slot: number, slots: number, ledger: Ledger, tag: string, mix = { save: 0.3, status: 0.2, comment: 0.05 }) {
  const mySkills = skills.map((s) => s.slug).filter((_, i) => i % slots === slot);
  const myItems = owner.items.filter((_, i) => i % slots === slot);
  let seq = 0;
  const headers = { cookie: owner.account.cookie, "x-forwarded-for": owner.account.ip, "content-type": "application/json" };

  async function send(kind: string, method: string, path: string, body?: unknown, auth = true): Promise<Outcome & { ok: boolean }> {
    const start = performance.now();
    try {
      const response = await fetch(base + path, {
        method,
        headers: auth ? headers : { "x-forwarded-for": owner.account.ip, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
      await response.arrayBuffer();
      return { kind, status: response.status, ms: performance.now() - start, timedOut: false, failed: false, ok: response.ok };
    } catch (error) {
      const timedOut = (error as Error).name === "TimeoutError";
      return { kind, status: 0, ms: performance.now() - start, timedOut, failed: !timedOut, ok: false };
    }
  }

  return async function next(): Promise<Outcome> {
    seq++;
    const roll = Math.random();
    if (roll < mix.save && mySkills.length > 0) {
      const skill = mySkills[seq % mySkills.length]!;
      const note = `${tag} w${slot} #${seq}`;
      const key = `${owner.account.id}|${skill}`;
      ledger.attempt(key, note);
      const result = await send("save", "PUT", "/api/v1/me/assessment", { assessment: { [skill]: seq % 5 }, notes: { [skill]: note } });
      if (result.ok) ledger.acknowledge(ledger.notes, key, note);
      return result;
    }
    if (roll < mix.save + mix.status && myItems.length > 0) {
      const skill = myItems[seq % myItems.length]!;
      const status = STATUSES[seq % 3]!;
      const key = `${owner.planId}|${skill}`;
      ledger.attempt(key, status);
      const result = await send("status", "PATCH", `/api/v1/me/plans/${owner.planId}/items/${skill}`, { status });
      if (result.ok) ledger.acknowledge(ledger.statuses, key, status);
      return result;
    }
    if (roll < mix.save + mix.status + mix.comment) {
      const body = `${tag} comment ${owner.account.id.slice(0, 8)} w${slot} #${seq}`;
      const result = await send("comment", "POST", `/api/v1/share/${owner.token}/comments`, { author: "Load mentor", body }, false);
      if (result.status === 201) {
        ledger.comments.add(body);
        ledger.acknowledged++;
      }
      return result;
    }
    // Reads: a mentor opening the shared page, half as HTML, half through the API.
    return Math.random() < 0.5 ? send("share page", "GET", `/share/${owner.token}`, undefined, false) : send("share api", "GET", `/api/v1/share/${owner.token}`, undefined, false);
  };
}
