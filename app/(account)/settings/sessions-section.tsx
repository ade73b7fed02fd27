import { getTranslations } from "next-intl/server";
import { liveSessionCount } from "@/lib/services/accounts";
import { signOutEverywhereAction } from "../security-actions";

/** How many browsers are signed in, and the way to end them all (docs/decisions/0008). */
export async function SessionsSection({ userId }: { userId: string }) {
  const t = await getTranslations("security");
  return (
    <section aria-labelledby="sessions-heading" className="card space-y-3">
      <h2 id="sessions-heading" className="text-xl">
        {t("sessionsTitle")}
      </h2>
      <p>{t("sessionsBody", { count: await liveSessionCount(userId) })}</p>
      <form action={signOutEverywhereAction}>
        <button type="submit" className="btn">
          {t("signOutEverywhere")}
        </button>
      </form>
    </section>
  );
}
