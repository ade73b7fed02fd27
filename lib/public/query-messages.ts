import { getTranslations } from "next-intl/server";
import { skillName } from "@/lib/catalog/localize";
import type { Locale } from "@/lib/i18n/locales";
import type { QueryIssue } from "./query";

/** Words a query problem in the reader's language, naming the skill when there is one. */
export async function queryIssueMessages(issues: readonly QueryIssue[], locale: Locale): Promise<string[]> {
  const t = await getTranslations({ locale, namespace: "queryErrors" });
  const texts = issues.map((issue) => {
    const message =
      issue.key === "one"
        ? t("one", { what: issue.what ?? "level" })
        : issue.key === "unknownRole"
          ? t("unknownRole", { input: issue.input ?? "" })
          : t(issue.key);
    return issue.skill ? t("forSkill", { skill: skillName(issue.skill, locale), message }) : message;
  });
  return [...new Set(texts)];
}
