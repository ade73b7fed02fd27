import Link from "next/link";
import { useTranslations } from "next-intl";

export function NotFoundPage() {
  const t = useTranslations("notFound");
  return (
    <div className="page max-w-xl space-y-4 text-center">
      <h1 className="text-3xl">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/" className="btn">
          {t("home")}
        </Link>
      </p>
    </div>
  );
}
