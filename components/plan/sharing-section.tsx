import { getLocale, getTranslations } from "next-intl/server";
import { ownShareLinks } from "@/lib/services/sharing";
import { formatDate } from "@/lib/format";
import { RevokeLinkButton, type RevokeShareLink } from "./revoke-link-button";
import { ShareLinkForm, type CreateShareLink } from "./share-link-form";

function hasExpired(expiresAt: Date | null): boolean {
  return expiresAt !== null && expiresAt.getTime() <= Date.now();
}


/** The owner's side of sharing: links with their use. What mentors said is the FeedbackSection. */
export async function SharingSection({
  userId,
  planId,
  actions,
}: {
  userId: string;
  planId: string;
  /** The page's server actions (components get actions as props, docs/decisions/0012). */
  actions: { create: CreateShareLink; revoke: RevokeShareLink };
}) {
  const links = await ownShareLinks(userId, planId);
  const [locale, t] = await Promise.all([getLocale(), getTranslations("sharing")]);
  const day = (d: Date | null) => (d ? formatDate(d.toISOString().slice(0, 10), locale) : "—");

  return (
    <>
      <section aria-labelledby="share-title" className="no-print card space-y-4">
        <h2 id="share-title" className="text-xl">
          {t("shareTitle")}
        </h2>
        <p className="text-muted">
          {t("shareIntro")}
        </p>
        <ShareLinkForm planId={planId} action={actions.create} />
        {/* The box is positioned, so the sr-only words in its cells stay inside it instead of widening the page. */}
        {links && links.length > 0 && (
          <div className="relative overflow-x-auto">
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
                          <RevokeLinkButton planId={planId} linkId={link.id} label={link.label ?? t("untitled")} action={actions.revoke} />
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
