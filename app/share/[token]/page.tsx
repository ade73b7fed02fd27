import type { Metadata } from "next";
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { SkillBars } from "@/components/charts/skill-bars";
import { FitMeter } from "@/components/fit-meter";
import { PrintExpander } from "@/components/print-expander";
import { itemWhen, TimelineSection } from "@/components/plan/timeline-section";
import { today } from "@/lib/services/today";
import { getLocale } from "next-intl/server";
import { getServerTranslations as getTranslations } from "@/lib/i18n/server";
import { LevelBadge, levelLabel } from "@/components/level";
import { localizedSkill, skillName } from "@/lib/catalog/localize";
import { formatDate } from "@/lib/format";
import { localizePlan } from "@/lib/plans/localize";
import { headers } from "next/headers";
import { after } from "next/server";
import { HttpError } from "@/lib/http/errors";
import { isFormErrorCode } from "@/lib/i18n/form-errors";
import { VIEW_HEADER } from "@/lib/share/views";
import { requireShare, sharedPlanView } from "@/lib/services/shared-plan";
import { DATA_MARKER, dataDigest } from "@/lib/http/data-marker";
import { MENTOR_NAME_COOKIE, readMentorName } from "@/lib/share/mentor-name";
import { commentAction, suggestAction } from "./actions";

// A rendered copy of this page is sent again to the next reader with the same data and the same
// request inputs (docs/decisions/0016). Anything new this page (or its layout) reads from the
// request — a header, a cookie, a parameter — must join the key in lib/share/page-reader.ts.

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("share");
  return { title: t("metaTitle"), robots: { index: false, follow: false, nocache: true }, referrer: "no-referrer" };
}

async function load(token: string, countView: boolean) {
  try {
    return await sharedPlanView(await requireShare(token), { countView, defer: after });
  } catch (error) {
    if (error instanceof HttpError && error.code === "not_found") notFound();
    throw error;
  }
}

export default async function SharedPlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ error?: string; posted?: string; skill?: string }>;
}) {
  const { token } = await params;
  const query = await searchParams;
  // A view is someone opening the link, not the same reader picking an item or posting feedback,
  // nor a HEAD, a prefetch or a link-preview bot (proxy.ts decides those).
  const person = (await headers()).get(VIEW_HEADER) === "1";
  const shared = await load(token, person && query.skill === undefined && query.posted === undefined && query.error === undefined);
  // The reader's language, not the owner's: a mentor reads the plan in their own.
  const [locale, t, tc, tf] = await Promise.all([getLocale(), getTranslations("share"), getTranslations("common"), getTranslations("feedback")]);
  // Asked once: the name from this page's last comment or suggestion, prefilled and editable.
  const rememberedName = readMentorName((await cookies()).get(MENTOR_NAME_COOKIE)?.value);
  const sr = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;
  const { owner: rawOwner, comments, allowComments } = shared;
  const plan = localizePlan(shared.plan, locale);
  // The schedule's week 0: describePlan lays the remaining work from today.
  const scheduleStart = await today();
  const when = await itemWhen(locale, scheduleStart);
  const gap = shared.gap.map((row) => ({ ...row, name: skillName(row.skill, locale, row.name) }));
  const owner = { name: rawOwner.name === "Someone" ? t("someone") : rawOwner.name };
  const nameOf = new Map(plan.phases.flatMap((p) => p.items.map((i) => [i.skill, i.name] as const)));
  const items = plan.phases.flatMap((p) => p.items);
  const skills = items.map((i) => [i.skill, i.name] as const);
  const chosenItem = typeof query.skill === "string" ? items.find((i) => i.skill === query.skill) : undefined;
  const chosen = chosenItem?.skill;
  const descriptors = chosen ? localizedSkill(chosen, locale)?.levels : undefined;
  // Only a known message code is shown: free text in the URL would let anyone put words on this page.
  // Words every item card repeats, formatted once per page rather than once per item.
  const words = {
    status: { todo: t("status.todo"), doing: t("status.doing"), done: t("status.done"), skipped: t("status.skipped") },
    rated: t("rated"),
    planLevels: t("planLevels"),
    to: tc("to"),
  };
  const error = isFormErrorCode(query.error) ? (await getTranslations("formErrors"))(query.error) : null;

  return (
    <div className="page space-y-6">
      {/* Which data this render shows, for the proxy that keeps it (decision 0016); taken out before sending. */}
      <meta name={DATA_MARKER} content={dataDigest(shared)} />
      <PrintExpander />
      <header className="space-y-2">
        <p className="eyebrow">{t("eyebrow")}</p>
        <h1 className="text-3xl">
          {t("title", { owner: owner.name, title: plan.title })}
        </h1>
        <p>
          {t.rich("towards", {
            target: plan.targetName,
            hours: plan.totalHours,
            perWeek: plan.hoursPerWeek,
            weeks: plan.weeks,
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
          {plan.targetDate && t("targetDate", { date: formatDate(plan.targetDate, locale) })}
        </p>
        <FitMeter fit={plan.progress.percent} label={t("progress", { done: plan.progress.done, total: plan.progress.total })} />
        {plan.currentFit !== null && <FitMeter fit={plan.currentFit} label={t("currentFit", { target: plan.targetName })} />}
      </header>

      {gap.length > 0 && (
        <section className="card">
          <SkillBars caption={t("barsCaption", { owner: owner.name, target: plan.targetName })} rows={gap} />
        </section>
      )}

      {plan.phases.length > 0 && <TimelineSection plan={plan} startDate={scheduleStart} locale={locale} />}

      {plan.phases.map((phase) => (
        <section key={phase.key} aria-labelledby={`phase-${phase.key}`} className="card space-y-3">
          <h2 id={`phase-${phase.key}`} className="text-2xl">
            {phase.title} <span className="text-base font-normal text-muted">{t("phaseMeta", { hours: phase.hours, weeks: phase.weeks })}</span>
          </h2>
          <ol className="m-0 list-none space-y-3 p-0">
            {phase.items.map((item) => {
              const scheduled = when(item);
              return (
                <li key={item.skill} className="rounded-md border border-line p-4">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <h3 className="text-lg">{item.name}</h3>
                    <span className={`status-badge status-${item.status}`}>{words.status[item.status]}</span>
                  </div>
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                    {words.rated} <LevelBadge level={item.currentLevel} /> {words.planLevels} <LevelBadge level={item.from} /> <span aria-hidden="true">→</span>
                    <span className="sr-only">{words.to}</span> <LevelBadge level={item.to} /> · {tc("hours", { hours: item.hours })}
                  </p>
                  {scheduled && <p className="mt-1 text-sm text-muted">{scheduled}</p>}
                  <p className="mt-1">{item.why}</p>
                  {allowComments && (
                    <p className="mt-2">
                      {/* One set of forms per page, not per item: the page stays small and fast. */}
                      <a href={`?skill=${encodeURIComponent(item.skill)}#feedback`}>{t("suggestSummary", { skill: item.name })}</a>
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
          <p className="rounded-md bg-brand-soft p-3">
            <strong>{t("milestone")}</strong> {phase.milestone}
          </p>
        </section>
      ))}

      <section id="feedback" aria-labelledby="feedback-title" className="card space-y-4">
        <h2 id="feedback-title" className="text-2xl">
          {t("feedbackTitle")}
        </h2>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        {query.posted && (
          <p role="status" className="rounded-md bg-good-soft p-3">
            {t("thanks", { owner: owner.name })}
          </p>
        )}
        {comments.length === 0 ? (
          <p className="text-muted">{t("noFeedback")}</p>
        ) : (
          <ul className="m-0 list-none space-y-3 p-0">
            {comments.map((comment) => (
              <li key={comment.id} className="rounded-md border border-line p-3">
                <p className="text-sm text-muted">
                  <strong className="text-ink">{comment.author}</strong> · {formatDate(comment.createdAt.slice(0, 10), locale)}
                  {comment.skill && t("onSkill", { skill: nameOf.get(comment.skill) ?? comment.skill })}
                  {comment.suggestedLevel !== null && t("suggestsLevel", { level: comment.suggestedLevel })}
                </p>
                <p className="mt-1 whitespace-pre-line">{comment.body}</p>
                {comment.replies.length > 0 && (
                  <ul className="mt-3 list-none space-y-2 border-l-4 border-brand p-0 pl-3" aria-label={tf("mentorRepliesLabel", { owner: owner.name, author: comment.author })}>
                    {comment.replies.map((reply) => (
                      <li key={reply.id}>
                        <p className="text-sm text-muted">{tf("ownerReplied", { owner: owner.name, date: formatDate(reply.createdAt.slice(0, 10), locale) })}</p>
                        <p className="whitespace-pre-line">{reply.body}</p>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
        {allowComments ? (
          <div className="grid gap-6 md:grid-cols-2">
            <form action={commentAction} aria-labelledby="comment-title" className="space-y-3">
              <h3 id="comment-title" className="text-lg">
                {t("commentTitle")}
              </h3>
              <input type="hidden" name="token" value={token} />
              <div>
                <label htmlFor="comment-skill" className="label">
                  {t("commentAbout")}
                </label>
                <select id="comment-skill" name="skill" className="input" defaultValue={chosen ?? ""}>
                  <option value="">{t("wholePlan")}</option>
                  {skills.map(([skill, name]) => (
                    <option key={skill} value={skill}>
                      {name}
                    </option>
                  ))}
                </select>
              </div>
              <MentorName idSuffix="comment" label={tf.rich("nameForComment", { sr })} remembered={rememberedName} hint={tf("nameRemembered")} />
              <div>
                <label htmlFor="comment-body" className="label">
                  {t("comment")}
                </label>
                <textarea id="comment-body" name="body" className="input" rows={4} maxLength={2000} required />
              </div>
              <button type="submit" className="btn btn-primary">
                {t("postComment")}
              </button>
            </form>
            <form action={suggestAction} aria-labelledby="suggest-title" className="space-y-3">
              <h3 id="suggest-title" className="text-lg">
                {t("suggestTitle")}
              </h3>
              <input type="hidden" name="token" value={token} />
              <div>
                <label htmlFor="suggest-skill" className="label">
                  {t("suggestSkill")}
                </label>
                <select id="suggest-skill" name="skill" className="input" defaultValue={chosen ?? ""} required>
                  <option value="" disabled>
                    {t("chooseSkill")}
                  </option>
                  {skills.map(([skill, name]) => (
                    <option key={skill} value={skill}>
                      {name}
                    </option>
                  ))}
                </select>
              </div>
              <fieldset>
                <legend className="label">{t("suggestLegend", { owner: owner.name })}</legend>
                {[0, 1, 2, 3, 4].map((level) => (
                  <label key={level} className="flex gap-2 py-1">
                    <input type="radio" name="level" value={level} required defaultChecked={level === chosenItem?.currentLevel} />
                    <span>
                      <strong>{levelLabel(tc, level)}</strong>
                      {/* The descriptors of one skill, when the mentor came from that item. */}
                      {descriptors && <span className="block text-sm text-muted">{descriptors[level]}</span>}
                    </span>
                  </label>
                ))}
              </fieldset>
              <MentorName idSuffix="suggest" label={tf.rich("nameForSuggestion", { sr })} remembered={rememberedName} hint={tf("nameRemembered")} />
              <div>
                <label htmlFor="suggest-reason" className="label">
                  {t("reason")}
                </label>
                <textarea id="suggest-reason" name="reason" className="input" rows={3} maxLength={2000} required />
              </div>
              <button type="submit" className="btn">
                {t("suggest")}
              </button>
            </form>
          </div>
        ) : (
          <p className="text-muted">{t("commentsOff", { owner: owner.name })}</p>
        )}
      </section>
    </div>
  );
}

function MentorName({ idSuffix, label, remembered, hint }: { idSuffix: string; label: ReactNode; remembered?: string; hint: string }) {
  const id = `author-${idSuffix}`;
  return (
    <div>
      <label htmlFor={id} className="label">
        {label}
      </label>
      <input
        id={id}
        name="author"
        className="input"
        maxLength={80}
        required
        autoComplete="name"
        defaultValue={remembered}
        aria-describedby={remembered ? `${id}-hint` : undefined}
      />
      {remembered && (
        <p id={`${id}-hint`} className="hint mt-1">
          {hint}
        </p>
      )}
    </div>
  );
}
