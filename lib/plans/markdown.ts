import { LEVEL_WORDS } from "./words";
import type { ItemStatus, PlanRoadmap, Progress } from "./types";

export interface MarkdownPlan {
  title: string;
  targetName: string;
  hoursPerWeek: number;
  startDate: string;
  roadmap: PlanRoadmap;
  statuses: Readonly<Record<string, ItemStatus>>;
  progress: Progress;
}

const BOX: Record<ItemStatus, string> = { todo: "[ ]", doing: "[~]", done: "[x]" };

/** Markdown has no escaping for plain text; neutralise the characters that would start markup. */
function plain(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|])/g, "\\$1").replace(/\r?\n/g, " ");
}

export function planToMarkdown(plan: MarkdownPlan): string {
  const { roadmap } = plan;
  const lines = [
    `# ${plain(plan.title)}`,
    "",
    `Target: **${plain(plan.targetName)}** · fit when built ${roadmap.fit}% · ${roadmap.totalHours} hours at ${plan.hoursPerWeek} h/week ≈ ${roadmap.weeks} weeks`,
    `Start ${plan.startDate}${roadmap.targetDate ? ` · target date ${roadmap.targetDate}` : ""} · progress ${plan.progress.done}/${plan.progress.total} (${plan.progress.percent}%)`,
    "",
  ];
  for (const phase of roadmap.phases) {
    lines.push(`## ${phase.title} (${phase.weeks} week${phase.weeks === 1 ? "" : "s"}${phase.targetDate ? `, by ${phase.targetDate}` : ""})`, "");
    for (const item of phase.items) {
      const status = plan.statuses[item.skill] ?? "todo";
      lines.push(
        `- ${BOX[status]} **${plain(item.name)}**: ${LEVEL_WORDS[item.from]} → ${LEVEL_WORDS[item.to]} (level ${item.from} → ${item.to}), ${item.hours} h`,
        `  - Why: ${plain(item.why)}`,
        ...item.resources.map((r) => `  - [${plain(r.title)}](${encodeURI(r.url)})`),
      );
    }
    lines.push("", `**Milestone:** ${plain(phase.milestone)}`, "");
  }
  if (roadmap.met.length > 0) {
    lines.push("## Already met since this plan was made", "", ...roadmap.met.map((m) => `- [x] ${plain(m.name)} (level ${m.level})`), "");
  }
  return lines.join("\n");
}
