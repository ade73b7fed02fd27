import { getLocale, getTranslations } from "next-intl/server";
import { LevelBadge } from "@/components/level";
import { listOwnPlanComments, listShareLinks, markCommentsSeen } from "@/db/queries/shares";
import { formatDate } from "@/lib/format";
import { deleteCommentAction, resolveSuggestionAction } from "@/app/(app)/plans/share-actions";
import { ActionButton } from "./action-button";
import { RevokeLinkButton } from "./revoke-link-button";
import { ShareLinkForm } from "./share-link-form";

function hasExpired(expiresAt: Date | null): boolean {
  return expiresAt !== null && expiresAt.getTime() <= Date.now();
}


/** The owner's side of sharing: links with their use, and what mentors said. */
export async function SharingSection({
  userId,
  planId,
  levels,
  names,
}: {
  userId: string;
  planId: string;
  levels: Readonly<Record<string, number>>;
  names: ReadonlyMap<string, string>;
}) {
  const [links, comments] = await Promise.all([listShareLinks(userId, planId), listOwnPlanComments(userId, planId)]);
  // Shown as new in this render, then remembered as seen.
  await markCommentsSeen(userId, planId);
  const [locale, t] = await Promise.all([getLocale(), getTranslations("sharing")]);
  const day = (d: Date | null) => (d ? formatDate(d.toISOString().slice(0, 10), locale) : "—");
  const sr = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;

  return (
    <>
      <section aria-labelledby="feedback-title" className="card space-y-3">
        <h2 id="feedback-title" className="text-xl">
          {t("feedbackTitle")}
        </h2>
        {!comments || comments.length === 0 ? (
          <p className="text-muted">{t("noFeedback")}</p>
        ) : (
          <ul className="m-0 list-none space-y-3 p-0">
            {comments.map((comment) => (
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
                          action={resolveSuggestionAction}
                          input={{ planId, commentId: comment.id, decision: "accepted" as const }}
                          pendingLabel={t("accepting")}
                          className="btn btn-primary min-h-9 py-1"
                        >
                          {t("accept", { level: comment.suggestedLevel })}
                        </ActionButton>
                        <ActionButton
                          action={resolveSuggestionAction}
                          input={{ planId, commentId: comment.id, decision: "dismissed" as const }}
                          pendingLabel={t("dismissing")}
                          className="btn min-h-9 py-1"
                        >
                          {t("dismiss")}
                        </ActionButton>
                      </>
                    ) : (
                      <span className="font-medium">{comment.suggestionStatus === "accepted" ? t("accepted") : t("dismissed")}</span>
                    )}
                  </div>
                )}
                <div className="mt-2">
                  <ActionButton action={deleteCommentAction} input={{ planId, commentId: comment.id }} pendingLabel={t("deleting")} className="btn min-h-9 py-1 text-sm">
                    {t.rich("deleteComment", { author: comment.author, sr })}
                  </ActionButton>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="share-title" className="no-print card space-y-4">
        <h2 id="share-title" className="text-xl">
          {t("shareTitle")}
        </h2>
        <p className="text-muted">
          {t("shareIntro")}
        </p>
        <ShareLinkForm planId={planId} />
        {links && links.length > 0 && (
          <div className="overflow-x-auto">
            <table className="table">
              <caption className="sr-only">{t("linksCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("label")}</th>
                  <th scope="col">{t("created")}</th>
                  <th scope="col">{t("expires")}</th>
                  <th scope="col">{t("lastViewed")}</th>
                  <th scope="col">{t("views")}</th>
                  <th scope="col">{t("state")}</th>
                </tr>
              </thead>
              <tbody>
                {links.map((link) => {
                  const expired = hasExpired(link.expiresAt);
                  return (
                    <tr key={link.id}>
                      <th scope="row" className="font-normal">
                        {link.label ?? t("untitled")}
                        {!link.allowComments && <span className="block text-xs text-muted">{t("commentsOff")}</span>}
                      </th>
                      <td>{day(link.createdAt)}</td>
                      <td>{link.expiresAt ? day(link.expiresAt) : t("never")}</td>
                      <td>{day(link.lastViewedAt)}</td>
                      <td>{link.views}</td>
                      <td>
                        {link.revokedAt ? (
                          t("revoked")
                        ) : expired ? (
                          t("expired")
                        ) : (
                          <RevokeLinkButton planId={planId} linkId={link.id} label={link.label ?? t("untitled")} />
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
