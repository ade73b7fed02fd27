import type { ReactNode } from "react";
import { getServerTranslations as getTranslations } from "@/lib/i18n/server";
import { formatDate } from "@/lib/format";
import { addDays } from "@/lib/plans/progress";
import type { PhaseKey } from "@/lib/engine";
import type { ItemStatus } from "@/lib/plans/types";
import { Timeline } from "./timeline";

/** What the plan and share pages already hold of a plan (a described plan, localized). */
export interface TimelinePlan {
  hoursPerWeek: number;
  weeks: number;
  targetDate: string;
  phases: readonly {
    key: PhaseKey;
    title: string;
    items: readonly { skill: string; name: string; hours: number; status: ItemStatus; startWeek: number | null; endWeek: number | null }[];
  }[];
}

/**
 * The timeline in the reader's language: words from messages, dates in the locale. The plan's
 * schedule is computed on every render (lib/services/plans.ts describePlan), so the drawing follows
 * pace and statuses as soon as they change. `startDate` is the schedule's week 0 (today).
 */
export async function TimelineSection({ plan, startDate, locale, actions }: { plan: TimelinePlan; startDate: string; locale: string; actions?: ReactNode }) {
  const [t, ts] = await Promise.all([getTranslations("timeline"), getTranslations("planClient")]);
  const date = (iso: string) => formatDate(iso, locale);
  const short = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone: "UTC" });
  const items = plan.phases.flatMap((phase) => phase.items);
  const skipped = items.filter((item) => item.status === "skipped").length;
  const open = items.filter((item) => item.status !== "done" && item.status !== "skipped").length;
  return (
    <Timeline
      data={{ phases: plan.phases, weeks: plan.weeks, startDate }}
      actions={actions}
      labels={{
        title: t("title"),
        summary:
          open === 0 ? t("summaryNone") : t("summary", { items: open, weeks: plan.weeks, perWeek: plan.hoursPerWeek, start: date(startDate), end: date(plan.targetDate) }),
        today: t("today"),
        done: t("done"),
        scrollHint: t("scrollHint"),
        scrollLabel: t("scrollLabel"),
        tableSummary: t("tableSummary"),
        tableCaption: t("tableCaption"),
        columns: {
          weeks: t("columns.weeks"),
          item: t("columns.item"),
          hours: t("columns.hours"),
          status: t("columns.status"),
          dates: t("columns.dates"),
        },
        status: { todo: ts("status.todo"), doing: ts("status.doing"), done: ts("status.done"), skipped: ts("status.skipped") },
        legendLabel: t("legend"),
        weeks: (from, to) => (from === to ? t("weekOne", { week: from }) : t("weekRange", { from, to })),
        hours: (hours) => t("hours", { hours }),
        // The schedule's end is exclusive (the next week's first day); people read a range inclusively.
        dateRange: (start, end) => t("dateRange", { start: date(start), end: date(addDays(end, -1)) }),
        shortDate: (iso) => short.format(new Date(`${iso}T00:00:00Z`)),
        doneAlready: t("doneAlready"),
        skippedNote: skipped > 0 ? t("skippedNote", { count: skipped }) : null,
        empty: t("summaryNone"),
      }}
    />
  );
}

/**
 * "Weeks 2–4 (Dec 7 – Dec 27)" for an item card: when the schedule puts it, so a printed plan
 * has dates. Null for items done or skipped, which the schedule leaves out.
 */
export async function itemWhen(locale: string, startDate: string) {
  const t = await getTranslations("timeline");
  return (item: { startWeek: number | null; endWeek: number | null; status: ItemStatus }): string | null => {
    if (item.startWeek === null || item.endWeek === null || item.status === "done" || item.status === "skipped") return null;
    const from = item.startWeek + 1;
    const to = Math.max(from, item.endWeek);
    const weeks = from === to ? t("weekOne", { week: from }) : t("weekRange", { from, to });
    const range = t("dateRange", { start: formatDate(addDays(startDate, item.startWeek * 7), locale), end: formatDate(addDays(startDate, Math.max(item.endWeek, item.startWeek + 1) * 7 - 1), locale) });
    return t("when", { weeks, date: range });
  };
}
