"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { memo, useRef, useState, useTransition, type FormEvent, type KeyboardEvent, type MouseEvent } from "react";
import { createPlanAction } from "@/app/(app)/plans/actions";
import { SaveStatusBar } from "./save-status";
import type { AssessmentState, CategoryView, SkillView, TargetView } from "./types";
import { useAssessmentSaver } from "./use-assessment-saver";

interface Props {
  categories: CategoryView[];
  initial: AssessmentState;
  target: TargetView | null;
  /** From the address (?only=needed), so a reload or a shared link keeps the filter. */
  initialOnlyNeeded: boolean;
}

/** The target's skills first: its categories first, and inside each category its skills first. */
function targetFirst(categories: CategoryView[], target: TargetView | null): CategoryView[] {
  if (!target) return categories;
  const needed = (skill: SkillView) => target.needs[skill.slug] !== undefined;
  const withOrder = categories.map((category) => ({
    ...category,
    skills: [...category.skills.filter(needed), ...category.skills.filter((s) => !needed(s))],
  }));
  return [...withOrder.filter((c) => c.skills.some(needed)), ...withOrder.filter((c) => !c.skills.some(needed))];
}

export function AssessmentEditor({ categories, initial, target, initialOnlyNeeded }: Props) {
  const t = useTranslations("assessmentEditor");
  const tv = useTranslations("assessmentFlow");
  const { data, setLevel, setNote, flush, status } = useAssessmentSaver(initial);
  const [onlyNeeded, setOnlyNeeded] = useState(initialOnlyNeeded);
  const filtering = onlyNeeded && target !== null;
  const ordered = targetFirst(categories, target);
  const allSkills = categories.flatMap((c) => c.skills);
  const isRated = (s: SkillView) => data.assessment[s.slug] !== undefined;
  const rated = allSkills.filter(isRated).length;
  const needed = target ? allSkills.filter((s) => target.needs[s.slug] !== undefined) : [];
  const neededRated = needed.filter(isRated).length;
  const groups = ordered
    .map((category) => ({ category, shown: filtering ? category.skills.filter((s) => target.needs[s.slug] !== undefined) : category.skills }))
    .filter((group) => group.shown.length > 0);

  function chooseFilter(next: boolean) {
    setOnlyNeeded(next);
    // Next.js keeps its router in step with replaceState; the filter survives a reload.
    const url = new URL(window.location.href);
    if (next) url.searchParams.set("only", "needed");
    else url.searchParams.delete("only");
    window.history.replaceState(null, "", url);
  }

  return (
    <div className="space-y-8">
      <div className="assessment-summary card z-10 space-y-3 shadow-sm md:sticky md:top-0">
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <label htmlFor="progress" className="font-medium">
            {t("rated", { rated, total: allSkills.length })}
          </label>
          <progress id="progress" max={allSkills.length} value={rated} className="h-2 w-40 accent-brand" />
          {target && (
            <span className="hint">
              {t("neededRated", { rated: neededRated, total: needed.length, target: target.name })}
            </span>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <div className="flex items-center gap-2">
            <input
              id="only-needed"
              type="checkbox"
              className="size-5"
              checked={filtering}
              disabled={!target}
              onChange={(e) => chooseFilter(e.target.checked)}
              aria-describedby={target ? undefined : "only-needed-hint"}
            />
            <label htmlFor="only-needed">{t("onlyNeeded")}</label>
            {!target && (
              <span id="only-needed-hint" className="hint">
                {t.rich("chooseTarget", { link: (chunks) => <a href="/settings">{chunks}</a> })}
              </span>
            )}
          </div>
          <SaveStatusBar status={status} onRetry={flush} />
        </div>
      </div>

      <nav aria-labelledby="groups-title" className="space-y-2">
        <h2 id="groups-title" className="text-lg">
          {tv("groupsTitle")}
        </h2>
        <ul className="m-0 flex list-none flex-wrap gap-2 p-0 text-sm">
          {groups.map(({ category, shown }) => {
            const done = shown.filter(isRated).length;
            return (
              <li key={category.slug}>
                <a href={`#cat-${category.slug}`} className="inline-flex gap-2 rounded-full border border-line bg-paper px-3 py-1 no-underline">
                  <span className="underline">{category.name}</span>
                  <span className={`tabular-nums ${done === shown.length ? "font-semibold text-good" : "text-muted"}`}>
                    {tv("groupCount", { rated: done, total: shown.length })}
                  </span>
                </a>
              </li>
            );
          })}
        </ul>
        <p className="hint">{tv("keyboardHint")}</p>
      </nav>

      {groups.map(({ category, shown }) => {
        const done = shown.filter(isRated).length;
        const neededHere = target ? shown.filter((s) => target.needs[s.slug] !== undefined) : [];
        return (
          <section key={category.slug} aria-labelledby={`cat-${category.slug}`} className="space-y-4">
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-line pb-2">
              <h2 id={`cat-${category.slug}`} className="text-xl">
                {category.name}
              </h2>
              <p className="text-sm text-muted">
                <span className="tabular-nums">{tv("groupRated", { rated: done, total: shown.length })}</span>
                {target && neededHere.length > 0 && !filtering && (
                  <span> · {tv("groupNeeded", { count: neededHere.length, target: target.name })}</span>
                )}
              </p>
            </div>
            {shown.map((skill) => (
              <SkillRating
                key={skill.slug}
                skill={skill}
                level={data.assessment[skill.slug]}
                note={data.notes[skill.slug] ?? ""}
                hadNote={Boolean(initial.notes[skill.slug])}
                need={target?.needs[skill.slug]}
                targetName={target?.name}
                onLevel={setLevel}
                onNote={setNote}
              />
            ))}
          </section>
        );
      })}

      <FinishSection target={target} unrated={(filtering ? needed.length : allSkills.length) - (filtering ? neededRated : rated)} status={status} flush={flush} />
    </div>
  );
}

type Status = ReturnType<typeof useAssessmentSaver>["status"];

/** A click the browser handles itself: a new tab or window, a download. */
const opensElsewhere = (event: MouseEvent) => event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;

/**
 * Where the assessment ends: the gap view and a roadmap for the target. Both read the saved
 * assessment, so a click first sends the edits still on their way and goes on once the saver says
 * they are saved (instead of the browser's "leave page?" question); if the save fails, the page
 * stays and the status bar says why. The step waits on `flush()`'s promise, never on a rendered
 * status. It used to wait in an effect on "saved" and then call requestSubmit(); when the save's
 * answer was in state but not yet rendered at the click, the click's own render showed "saved",
 * the effect ran inside the click's submit event, and the browser ignores requestSubmit() then:
 * no build, and nothing left to retry it (a CI flake; e2e/assessment-flow.spec.ts reproduces it).
 * Without JavaScript the links and the form's action work as they are.
 */
function FinishSection({ target, unrated, status, flush }: { target: TargetView | null; unrated: number; status: Status; flush: () => Promise<boolean> }) {
  const tv = useTranslations("assessmentFlow");
  const router = useRouter();
  const [asked, setAsked] = useState(false);
  // React's way for a form whose submit must wait: the action called in a transition of our own,
  // so its redirect to the new plan reaches Next's redirect boundary and any other failure the
  // error boundary (a plain startTransition would only log it).
  const [building, startBuild] = useTransition();
  // One step at a time: a second click while the first waits would build a second plan.
  const busy = useRef(false);
  const waiting = asked && status.kind === "saving";

  /** Waits for the last edits; true when they are saved and the person is still here and did not edit again. */
  async function saved(): Promise<boolean> {
    setAsked(true);
    try {
      return await flush();
    } finally {
      setAsked(false);
    }
  }

  function followAfterSaving(event: MouseEvent<HTMLAnchorElement>, href: string) {
    if (opensElsewhere(event)) return;
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    void saved().then((ok) => {
      busy.current = false;
      if (ok) router.push(href);
    });
  }

  function buildAfterSaving(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    const form = new FormData(event.currentTarget);
    // The wait runs outside the transition: updates made inside one (the "saving first" line, the
    // save's status) would not show until it ended.
    void saved().then((ok) => {
      if (!ok) {
        busy.current = false;
        return;
      }
      // The action always ends in a redirect (the new plan, or the plan list saying why not), so
      // the page stays busy until it is left.
      startBuild(() => createPlanAction(form));
    });
  }

  const gapHref = target ? `/gap/${encodeURIComponent(target.slug)}` : "";
  return (
    <section aria-labelledby="finish-title" className="card space-y-3 border-brand">
      <h2 id="finish-title" className="text-xl">
        {tv("finishTitle")}
      </h2>
      <p>{unrated > 0 ? tv("finishUnrated", { count: unrated }) : tv("finishAllRated")}</p>
      {target ? (
        <div className="flex flex-wrap gap-3">
          <Link href={gapHref} className="btn" onClick={(event) => followAfterSaving(event, gapHref)}>
            {tv("seeGaps", { target: target.name })}
          </Link>
          <form action={createPlanAction} onSubmit={buildAfterSaving}>
            <input type="hidden" name="target" value={target.slug} />
            <button type="submit" className="btn btn-primary" aria-disabled={building || undefined}>
              {tv("buildRoadmap", { target: target.name })}
            </button>
          </form>
        </div>
      ) : (
        <div className="flex flex-wrap gap-3">
          <Link href="/dashboard" className="btn btn-primary" onClick={(event) => followAfterSaving(event, "/dashboard")}>
            {tv("seeFit")}
          </Link>
          <Link href="/settings" className="btn">
            {tv("chooseTarget")}
          </Link>
        </div>
      )}
      <p className="sr-only" aria-live="polite">
        {waiting ? tv("savingFirst") : ""}
      </p>
      {waiting && (
        <p className="hint" aria-hidden="true">
          {tv("savingFirst")}
        </p>
      )}
    </section>
  );
}

interface RatingProps {
  skill: SkillView;
  level: number | undefined;
  note: string;
  hadNote: boolean;
  need: number | undefined;
  targetName: string | undefined;
  onLevel: (skill: string, level: number) => void;
  onNote: (skill: string, note: string) => void;
}

/**
 * One skill: native radios, each labelled with what the level looks like. Arrow keys move
 * between levels and Space picks one (the browser's own radio keys); Enter picks one too, as
 * people expect of a choice (said on the page).
 */
const SkillRating = memo(function SkillRating({ skill, level, note, hadNote, need, targetName, onLevel, onNote }: RatingProps) {
  const t = useTranslations("assessmentEditor");
  const levelName = (value: number) => t(`levels.${String(value) as "0" | "1" | "2" | "3" | "4"}`);
  const id = `skill-${skill.slug}`;
  const enterPicks = (value: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    onLevel(skill.slug, value);
  };
  return (
    <fieldset className="card" aria-describedby={`${id}-about`}>
      <legend className="float-left mb-1 w-full text-lg font-semibold">{skill.name}</legend>
      <p id={`${id}-about`} className="hint clear-left mb-3">
        {skill.description}
        {need !== undefined && (
          <>
            {" "}
            <strong className="text-ink">
              {t("needs", { target: targetName ?? "", level: levelName(need), value: need })}
            </strong>
          </>
        )}
        {level === undefined && t("notRated")}
      </p>
      <div className="grid gap-2 sm:grid-cols-5">
        {skill.levels.map((words, value) => (
          <label
            key={value}
            htmlFor={`${id}-${value}`}
            className="flex cursor-pointer items-start gap-2 rounded-md border border-line p-2 text-sm has-[:checked]:border-brand has-[:checked]:bg-brand-soft has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand"
          >
            <input
              id={`${id}-${value}`}
              type="radio"
              name={id}
              value={value}
              checked={level === value}
              onChange={() => onLevel(skill.slug, value)}
              onKeyDown={enterPicks(value)}
              className="mt-1 shrink-0 accent-brand"
            />
            <span>
              <span className="block font-semibold">
                {t("levelLabel", { value, level: levelName(value) })}
              </span>
              {need === value && <span className="mb-1 block w-fit rounded bg-wash px-1 text-xs font-semibold text-brand">{t("targetLevel")}</span>}
              <span className="text-muted">{words}</span>
            </span>
          </label>
        ))}
      </div>
      <details className="mt-3" open={hadNote}>
        <summary className="cursor-pointer text-sm text-brand">{t("evidence", { hasNote: note ? "yes" : "no" })}</summary>
        <label htmlFor={`${id}-note`} className="label mt-2 text-sm">
          {t("evidenceLabel", { skill: skill.name })}
        </label>
        <textarea
          id={`${id}-note`}
          className="input min-h-16 text-sm"
          maxLength={500}
          value={note}
          onChange={(e) => onNote(skill.slug, e.target.value)}
          aria-describedby={`${id}-note-count`}
        />
        <p id={`${id}-note-count`} className="hint mt-1">
          {t("characters", { count: note.length })}
        </p>
      </details>
    </fieldset>
  );
});
