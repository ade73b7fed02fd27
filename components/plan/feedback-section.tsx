import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LevelBadge } from "@/components/level";
import type { ActionResult } from "@/lib/forms/state";
import { formatDate } from "@/lib/format";
import { repliesByComment } from "@/lib/services/feedback";
import { markFeedbackSeen, ownPlanComments } from "@/lib/services/sharing";
import { ActionButton } from "./action-button";
import { ReplyForm, type ReplyFormState } from "./reply-form";

export interface FeedbackActions {
  resolve: (input: { planId: string; commentId: string; decision: "accepted" | "dismissed" }) => Promise<ActionResult<unknown>>;
  remove: (input: { planId: string; commentId: string }) => Promise<ActionResult<unknown>>;
  reply: (state: ReplyFormState, form: FormData) => Promise<ReplyFormState>;
}

/**
 * What mentors said on the owner's plan, and the owner's answers under each comment. Comments are
 * numbered so every button and field names the one comment it acts on (two suggestions of the
 * same level would otherwise give two buttons one name).
 */
export async function FeedbackSection({
  userId,
  planId,
  levels,
  names,
  actions,
}: {
  userId: string;
  planId: string;
  levels: Readonly<Record<string, number>>;
  names: ReadonlyMap<string, string>;
  actions: FeedbackActions;
}) {
  const comments = await ownPlanComments(userId, planId);
  const replies = await repliesByComment(planId);
  // Shown as new in this render, then remembered as seen: this is what clears the unread counts.
  await markFeedbackSeen(userId, planId);
  const [locale, t, tf] = await Promise.all([getLocale(), getTranslations("sharing"), getTranslations("feedback")]);
  const day = (d: Date) => formatDate(d.toISOString().slice(0, 10), locale);
  const sr = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

  return (
    <section aria-labelledby="feedback-title" className="card space-y-3">
      <h2 id="feedback-title" className="text-xl">
        {t("feedbackTitle")}
      </h2>
      {!comments || comments.length === 0 ? (
        <p className="text-muted">{t("noFeedback")}</p>
      ) : (
        <ol className="m-0 list-none space-y-3 p-0">
          {comments.map((comment, index) => {
            const which = { n: index + 1, author: comment.author, sr };
            const answers = replies.get(comment.id) ?? [];
            return (
              <li key={comment.id} className="rounded-md border border-line p-3">
                <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
                  {!comment.seenAt && <span className="rounded bg-brand px-2 py-0.5 text-xs font-semibold text-white">{t("new")}</span>}
                  <strong className="text-ink">{comment.author}</strong> · {day(comment.createdAt)}
                  {comment.skill && t("onSkill", { skill: names.get(comment.skill) ?? comment.skill })}
                </p>
                <p className="mt-1 whitespace-pre-line">{comment.body}</p>
                {comment.suggestedLevel !== null && comment.skill && (
                  <div className="mt-2 flex flex-wrap items-center gap-3 rounded-md bg-wash p-2">
                    <span className="flex flex-wrap items-center gap-2">
                      {t.rich("suggestion", {
                        author: comment.author,
                        rating: () => <LevelBadge level={levels[comment.skill!] ?? 0} />,
                        suggested: () => <LevelBadge level={comment.suggestedLevel!} />,
                      })}
                    </span>
                    {comment.suggestionStatus === "pending" ? (
                      <>
                        <ActionButton
                          action={actions.resolve}
                          input={{ planId, commentId: comment.id, decision: "accepted" as const }}
                          pendingLabel={t("accepting")}
                          className="btn btn-primary min-h-9 py-1"
                        >
                          {tf.rich("accept", { level: comment.suggestedLevel, ...which })}
                        </ActionButton>
                        <ActionButton
                          action={actions.resolve}
                          input={{ planId, commentId: comment.id, decision: "dismissed" as const }}
                          pendingLabel={t("dismissing")}
                          className="btn min-h-9 py-1"
                        >
                          {tf.rich("dismiss", which)}
                        </ActionButton>
                      </>
                    ) : (
                      <span className="font-medium">{comment.suggestionStatus === "accepted" ? t("accepted") : t("dismissed")}</span>
                    )}
                  </div>
                )}
                {answers.length > 0 && (
                  <ul className="mt-3 list-none space-y-2 border-l-4 border-brand p-0 pl-3" aria-label={tf("repliesLabel", { n: index + 1, author: comment.author })}>
                    {answers.map((reply) => (
                      <li key={reply.id}>
                        <p className="text-sm text-muted">{tf("youReplied", { date: day(reply.createdAt) })}</p>
                        <p className="whitespace-pre-line">{reply.body}</p>
                      </li>
                    ))}
                  </ul>
                )}
                <div className="no-print mt-2 flex flex-wrap items-start gap-3">
                  <details className="min-w-0 flex-1 basis-64">
                    <summary className="cursor-pointer font-medium text-brand">{tf.rich("replySummary", which)}</summary>
                    <ReplyForm
                      action={actions.reply}
                      planId={planId}
                      commentId={comment.id}
                      label={tf.rich("replyLabel", which)}
                      button={tf.rich("sendReply", which)}
                      pendingLabel={tf("sending")}
                      sentLabel={tf("replySent")}
                    />
                  </details>
                  <ActionButton action={actions.remove} input={{ planId, commentId: comment.id }} pendingLabel={t("deleting")} className="btn min-h-9 py-1 text-sm">
                    {tf.rich("deleteComment", which)}
                  </ActionButton>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
