import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { UnreadOnPlan } from "@/lib/services/feedback";

/**
 * The dashboard's sign that mentors wrote: one line per plan with unread comments, linking to
 * the plan (opening it marks them read). Nothing at all when there is nothing new.
 */
export async function UnreadFeedbackNotice({ plans }: { plans: readonly UnreadOnPlan[] }) {
  if (plans.length === 0) return null;
  const t = await getTranslations("feedback");
  return (
    <section aria-labelledby="unread-feedback-title" className="card border-brand">
      <h2 id="unread-feedback-title" className="text-xl">
        {t("dashTitle")}
      </h2>
      <ul className="mt-2 list-none space-y-1 p-0">
        {plans.map((plan) => (
          <li key={plan.planId}>
            {t.rich("dashItem", {
              count: plan.unread,
              title: plan.title,
              link: (chunks) => <Link href={`/plans/${plan.planId}#feedback-title`}>{chunks}</Link>,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
