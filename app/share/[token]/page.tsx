import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SkillBars } from "@/components/charts/skill-bars";
import { FitMeter } from "@/components/fit-meter";
import { LevelBadge, LEVEL_NAMES } from "@/components/level";
import { getSkill } from "@/lib/catalog";
import { formatDate, formatWeeks } from "@/lib/format";
import { HttpError } from "@/lib/http/errors";
import { requireShare, sharedPlanView } from "@/lib/services/sharing";
import { commentAction, suggestAction } from "./actions";

export const metadata: Metadata = {
  title: "Shared plan",
  robots: { index: false, follow: false, nocache: true },
  referrer: "no-referrer",
};

const STATUS_WORDS = { todo: "To do", doing: "In progress", done: "Done" } as const;

async function load(token: string) {
  try {
    return await sharedPlanView(await requireShare(token), { countView: true });
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
  searchParams: Promise<{ error?: string; posted?: string }>;
}) {
  const { token } = await params;
  const [shared, query] = await Promise.all([load(token), searchParams]);
  const { plan, owner, comments, gap, allowComments } = shared;
  const nameOf = new Map(plan.phases.flatMap((p) => p.items.map((i) => [i.skill, i.name] as const)));
  const error = typeof query.error === "string" ? query.error.slice(0, 300) : null;

  return (
    <div className="page space-y-6">
      <header className="space-y-2">
        <p className="eyebrow">Shared with you · read-only</p>
        <h1 className="text-3xl">
          {owner.name}’s plan: {plan.title}
        </h1>
        <p>
          Towards <strong>{plan.targetName}</strong> · {plan.totalHours} hours at {plan.hoursPerWeek} h/week ({formatWeeks(plan.weeks)})
          {plan.targetDate && <> · target {formatDate(plan.targetDate)}</>}
        </p>
        <FitMeter fit={plan.progress.percent} label={`Progress: ${plan.progress.done} of ${plan.progress.total} items done`} />
        {plan.currentFit !== null && <FitMeter fit={plan.currentFit} label={`Current fit for ${plan.targetName}`} />}
      </header>

      {gap.length > 0 && (
        <section className="card">
          <SkillBars caption={`${owner.name}’s levels against what ${plan.targetName} needs`} rows={gap} />
        </section>
      )}

      {plan.phases.map((phase) => (
        <section key={phase.key} aria-labelledby={`phase-${phase.key}`} className="card space-y-3">
          <h2 id={`phase-${phase.key}`} className="text-2xl">
            {phase.title} <span className="text-base font-normal text-muted">· {phase.hours} h · {formatWeeks(phase.weeks)}</span>
          </h2>
          <ol className="m-0 list-none space-y-3 p-0">
            {phase.items.map((item) => {
              const descriptors = getSkill(item.skill)?.levels;
              return (
                <li key={item.skill} className="rounded-md border border-line p-4">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <h3 className="text-lg">{item.name}</h3>
                    <span className="rounded bg-wash px-2 py-1 text-sm font-medium">{STATUS_WORDS[item.status]}</span>
                  </div>
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                    Rated <LevelBadge level={item.currentLevel} /> · plan: <LevelBadge level={item.from} /> <span aria-hidden="true">→</span>
                    <span className="sr-only">to</span> <LevelBadge level={item.to} /> · {item.hours} h
                  </p>
                  <p className="mt-1">{item.why}</p>
                  {allowComments && (
                    <details className="mt-2">
                      <summary className="cursor-pointer text-brand">Suggest a level or comment on {item.name}</summary>
                      <div className="mt-3 grid gap-4 md:grid-cols-2">
                        <form action={suggestAction} className="space-y-3">
                          <input type="hidden" name="token" value={token} />
                          <input type="hidden" name="skill" value={item.skill} />
                          <fieldset>
                            <legend className="label">What level do you believe {owner.name} really has?</legend>
                            {[0, 1, 2, 3, 4].map((level) => (
                              <label key={level} className="flex gap-2 py-1">
                                <input type="radio" name="level" value={level} required defaultChecked={level === item.currentLevel} />
                                <span>
                                  <strong>
                                    {level} · {LEVEL_NAMES[level]}
                                  </strong>
                                  {descriptors && <span className="block text-sm text-muted">{descriptors[level]}</span>}
                                </span>
                              </label>
                            ))}
                          </fieldset>
                          <MentorName idSuffix={`s-${item.skill}`} />
                          <div>
                            <label htmlFor={`reason-${item.skill}`} className="label">
                              Reason for this level
                            </label>
                            <textarea id={`reason-${item.skill}`} name="reason" className="input" rows={3} maxLength={2000} required />
                          </div>
                          <button type="submit" className="btn btn-primary">
                            Suggest this level
                          </button>
                        </form>
                        <form action={commentAction} className="space-y-3">
                          <input type="hidden" name="token" value={token} />
                          <input type="hidden" name="skill" value={item.skill} />
                          <MentorName idSuffix={`c-${item.skill}`} />
                          <div>
                            <label htmlFor={`body-${item.skill}`} className="label">
                              Comment on {item.name}
                            </label>
                            <textarea id={`body-${item.skill}`} name="body" className="input" rows={4} maxLength={2000} required />
                          </div>
                          <button type="submit" className="btn">
                            Post comment
                          </button>
                        </form>
                      </div>
                    </details>
                  )}
                </li>
              );
            })}
          </ol>
          <p className="rounded-md bg-brand-soft p-3">
            <strong>Milestone project:</strong> {phase.milestone}
          </p>
        </section>
      ))}

      <section id="feedback" aria-labelledby="feedback-title" className="card space-y-4">
        <h2 id="feedback-title" className="text-2xl">
          Feedback
        </h2>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        {query.posted && (
          <p role="status" className="rounded-md bg-good-soft p-3">
            Thank you: {owner.name} will see your feedback on their plan.
          </p>
        )}
        {comments.length === 0 ? (
          <p className="text-muted">No feedback yet.</p>
        ) : (
          <ul className="m-0 list-none space-y-3 p-0">
            {comments.map((comment) => (
              <li key={comment.id} className="rounded-md border border-line p-3">
                <p className="text-sm text-muted">
                  <strong className="text-ink">{comment.author}</strong> · {formatDate(comment.createdAt.slice(0, 10))}
                  {comment.skill && <> · on {nameOf.get(comment.skill) ?? comment.skill}</>}
                  {comment.suggestedLevel !== null && <> · suggests level {comment.suggestedLevel}</>}
                </p>
                <p className="mt-1 whitespace-pre-line">{comment.body}</p>
              </li>
            ))}
          </ul>
        )}
        {allowComments ? (
          <form action={commentAction} className="space-y-3">
            <input type="hidden" name="token" value={token} />
            <MentorName idSuffix="general" />
            <div>
              <label htmlFor="body-general" className="label">
                A comment on the whole plan
              </label>
              <textarea id="body-general" name="body" className="input" rows={4} maxLength={2000} required />
            </div>
            <button type="submit" className="btn btn-primary">
              Post comment
            </button>
          </form>
        ) : (
          <p className="text-muted">{owner.name} turned comments off for this link.</p>
        )}
      </section>
    </div>
  );
}

function MentorName({ idSuffix }: { idSuffix: string }) {
  return (
    <div>
      <label htmlFor={`author-${idSuffix}`} className="label">
        Your name
      </label>
      <input id={`author-${idSuffix}`} name="author" className="input" maxLength={80} required autoComplete="name" />
    </div>
  );
}
