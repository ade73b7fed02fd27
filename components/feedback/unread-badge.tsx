import { getTranslations } from "next-intl/server";

/** "2 new comments" beside a plan that has mentor feedback its owner has not opened. Nothing when 0. */
export async function UnreadBadge({ count }: { count: number }) {
  if (count <= 0) return null;
  const t = await getTranslations("feedback");
  return (
    <span className="inline-block rounded bg-brand px-2 py-0.5 align-middle text-sm font-semibold text-white" data-testid="unread-badge">
      {t("unreadBadge", { count })}
    </span>
  );
}
