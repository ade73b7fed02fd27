import { roles } from "./index";
import { TYPICAL_PROFILES } from "./profiles";
import { monthsOf, move, rankingFor, REFERENCE_HOURS_PER_WEEK, REPORTED_MOVES, startingProfile, transitionTable } from "./transitions";

/**
 * The catalog's figures as plain text (Markdown tables), for `npm run catalog:report`, the bench
 * and docs/BENCHMARKS.md. Pure and cheap: the engine on the catalog, no server, no database.
 */

const SHORT: Readonly<Record<string, string>> = {
  "data-engineer": "DE",
  "data-scientist": "DS",
  "applied-scientist": "AS",
  "ml-engineer": "MLE",
  "ml-infrastructure-engineer": "Infra",
  "ml-hardware-engineer": "HW",
  "research-engineer": "RE",
  "research-scientist": "RS",
};

const short = (slug: string) => SHORT[slug] ?? slug;

export function transitionTableMarkdown(): string {
  const table = transitionTable();
  const lines = [
    `Hours (weeks at ${REFERENCE_HOURS_PER_WEEK} h/week) from a role's own profile (rows) to a role (columns):`,
    "",
    `| from \\ to | ${roles.map((r) => short(r.slug)).join(" | ")} |`,
    `|---|${roles.map(() => "---:").join("|")}|`,
  ];
  for (const row of table) {
    lines.push(`| ${short(row[0]!.from)} | ${row.map((m) => (m.from === m.to ? "—" : `${m.hours} (${m.weeks})`)).join(" | ")} |`);
  }
  lines.push("", `Roles: ${roles.map((r) => `${short(r.slug)} = ${r.name}`).join(", ")}.`);
  return lines.join("\n");
}

export function reportedMovesMarkdown(): string {
  const lines = ["| move | hours | weeks | months | reported range (months) | inside |", "|---|---:|---:|---:|---|---|"];
  for (const m of REPORTED_MOVES) {
    const result = move(startingProfile(m.from)!, m.from, m.to);
    const months = monthsOf(result.weeks);
    const inside = months >= m.months[0] && months <= m.months[1];
    lines.push(`| ${m.from} → ${m.to} | ${result.hours} | ${result.weeks} | ${months} | ${m.months[0]}–${m.months[1]} | ${inside ? "yes" : "NO"} |`);
  }
  return lines.join("\n");
}

/** Three typical starting points: a data scientist, a backend software engineer, a graduate. */
export const RANKED_PROFILES = ["data-scientist", "software-engineer", "graduate"] as const;

export function rankingsMarkdown(): string {
  const lines = ["| profile | ranking (fit) |", "|---|---|"];
  for (const slug of RANKED_PROFILES) {
    const name = roles.find((r) => r.slug === slug)?.name ?? TYPICAL_PROFILES.find((p) => p.slug === slug)?.name ?? slug;
    lines.push(`| ${name} | ${rankingFor(slug).map((r, i) => `${i + 1}. ${short(r.slug)} ${r.fit}`).join(", ")} |`);
  }
  return lines.join("\n");
}

export function catalogReport(): string {
  return [
    "### Transitions between roles",
    "",
    transitionTableMarkdown(),
    "",
    "### The common moves against what practitioners report",
    "",
    reportedMovesMarkdown(),
    "",
    "### Rankings of three typical profiles",
    "",
    rankingsMarkdown(),
  ].join("\n");
}
