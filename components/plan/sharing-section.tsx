import { LevelBadge } from "@/components/level";
import { listOwnPlanComments, listShareLinks, markCommentsSeen } from "@/db/queries/shares";
import { formatDate } from "@/lib/format";
import { deleteCommentAction, resolveSuggestionAction, revokeShareLinkAction } from "@/app/(app)/plans/share-actions";
import { ActionButton } from "./action-button";
import { ShareLinkForm } from "./share-link-form";

function hasExpired(expiresAt: Date | null): boolean {
  return expiresAt !== null && expiresAt.getTime() <= Date.now();
}

const day = (d: Date | null) => (d ? formatDate(d.toISOString().slice(0, 10)) : "—");

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

  return (
    <>
      <section aria-labelledby="feedback-title" className="card space-y-3">
        <h2 id="feedback-title" className="text-xl">
          Mentor feedback
        </h2>
        {!comments || comments.length === 0 ? (
          <p className="text-muted">No feedback yet. Share a link below to ask a mentor.</p>
        ) : (
          <ul className="m-0 list-none space-y-3 p-0">
            {comments.map((comment) => (
              <li key={comment.id} className="rounded-md border border-line p-3">
                <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
                  {!comment.seenAt && <span className="rounded bg-brand px-2 py-0.5 text-xs font-semibold text-white">New</span>}
                  <strong className="text-ink">{comment.author}</strong> · {day(comment.createdAt)}
                  {comment.skill && <> · on {names.get(comment.skill) ?? comment.skill}</>}
                </p>
                <p className="mt-1 whitespace-pre-line">{comment.body}</p>
                {comment.suggestedLevel !== null && comment.skill && (
                  <div className="mt-2 flex flex-wrap items-center gap-3 rounded-md bg-wash p-2">
                    <span className="flex flex-wrap items-center gap-2">
                      Your rating <LevelBadge level={levels[comment.skill] ?? 0} /> · {comment.author} suggests{" "}
                      <LevelBadge level={comment.suggestedLevel} />
                    </span>
                    {comment.suggestionStatus === "pending" ? (
                      <>
                        <ActionButton
                          action={resolveSuggestionAction}
                          input={{ planId, commentId: comment.id, decision: "accepted" as const }}
                          pendingLabel="Accepting…"
                          className="btn btn-primary min-h-9 py-1"
                        >
                          Accept level {comment.suggestedLevel}
                        </ActionButton>
                        <ActionButton
                          action={resolveSuggestionAction}
                          input={{ planId, commentId: comment.id, decision: "dismissed" as const }}
                          pendingLabel="Dismissing…"
                          className="btn min-h-9 py-1"
                        >
                          Dismiss
                        </ActionButton>
                      </>
                    ) : (
                      <span className="font-medium">{comment.suggestionStatus === "accepted" ? "Accepted" : "Dismissed"}</span>
                    )}
                  </div>
                )}
                <div className="mt-2">
                  <ActionButton action={deleteCommentAction} input={{ planId, commentId: comment.id }} pendingLabel="Deleting…" className="btn min-h-9 py-1 text-sm">
                    Delete comment<span className="sr-only"> from {comment.author}</span>
                  </ActionButton>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="share-title" className="no-print card space-y-4">
        <h2 id="share-title" className="text-xl">
          Share with a mentor
        </h2>
        <p className="text-muted">
          Anyone with a link sees this plan read-only, under your name only, and can leave feedback if you allow it. Revoke a link and it stops
          working at once.
        </p>
        <ShareLinkForm planId={planId} />
        {links && links.length > 0 && (
          <div className="overflow-x-auto">
            <table className="table">
              <caption className="sr-only">Your share links</caption>
              <thead>
                <tr>
                  <th scope="col">Label</th>
                  <th scope="col">Created</th>
                  <th scope="col">Expires</th>
                  <th scope="col">Last viewed</th>
                  <th scope="col">Views</th>
                  <th scope="col">State</th>
                </tr>
              </thead>
              <tbody>
                {links.map((link) => {
                  const expired = hasExpired(link.expiresAt);
                  return (
                    <tr key={link.id}>
                      <th scope="row" className="font-normal">
                        {link.label ?? "Untitled link"}
                        {!link.allowComments && <span className="block text-xs text-muted">comments off</span>}
                      </th>
                      <td>{day(link.createdAt)}</td>
                      <td>{link.expiresAt ? day(link.expiresAt) : "never"}</td>
                      <td>{day(link.lastViewedAt)}</td>
                      <td>{link.views}</td>
                      <td>
                        {link.revokedAt ? (
                          "Revoked"
                        ) : expired ? (
                          "Expired"
                        ) : (
                          <ActionButton action={revokeShareLinkAction} input={{ planId, linkId: link.id }} pendingLabel="Revoking…" className="btn min-h-9 py-1">
                            Revoke<span className="sr-only"> {link.label ?? "link"}</span>
                          </ActionButton>
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
