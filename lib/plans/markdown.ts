import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
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

const BOX: Record<ItemStatus, string> = { todo: "[ ]", doing: "[~]", done: "[x]", skipped: "[-]" };

/** Markdown has no escaping for plain text; neutralise the characters that would start markup. */
function plain(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|])/g, "\\$1").replace(/\r?\n/g, " ");
}

/** In the reader's language; the plan's words should already be localized (lib/plans/localize.ts). */
export function planToMarkdown(plan: MarkdownPlan, locale: Locale = "en"): string {
  const { roadmap } = plan;
  const t = translator(locale, "markdown");
  const level = translator(locale, "common");
  const word = (n: number) => (n >= 0 && n <= 4 ? level(`levels.${n as 0 | 1 | 2 | 3 | 4}`) : String(n));
  const { done, total, percent } = plan.progress;
  const lines = [
    `# ${plain(plan.title)}`,
    "",
    t("target", { target: plain(plan.targetName), fit: roadmap.fit, hours: roadmap.totalHours, perWeek: plan.hoursPerWeek, weeks: roadmap.weeks }),
    `${t("start", { start: plan.startDate })}${roadmap.targetDate ? t("targetDate", { date: roadmap.targetDate }) : ""}${t("progress", { done, total, percent })}`,
    "",
  ];
  for (const phase of roadmap.phases) {
    lines.push(`${t("phase", { title: phase.title, weeks: phase.weeks })}${phase.targetDate ? t("phaseBy", { date: phase.targetDate }) : ""})`, "");
    for (const item of phase.items) {
      const status = plan.statuses[item.skill] ?? "todo";
      const words = { skill: plain(item.name), from: word(item.from), to: word(item.to), fromLevel: item.from, toLevel: item.to, hours: item.hours };
      lines.push(
        `- ${BOX[status]} ${t("item", words)}`,
        `  - ${t("why", { text: plain(item.why) })}`,
        ...item.resources.map((r) => `  - [${plain(r.title)}](${encodeURI(r.url)})`),
      );
    }
    lines.push("", t("milestone", { text: plain(phase.milestone) }), "");
  }
  if (roadmap.met.length > 0) {
    lines.push(t("metTitle"), "", ...roadmap.met.map((m) => `- [x] ${t("met", { skill: plain(m.name), level: m.level })}`), "");
  }
  return lines.join("\n");
}
