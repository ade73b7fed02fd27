import { json, publicRoute } from "@/lib/http/handler";
import { languageHeaders } from "@/lib/i18n/api";
import { analyzeRequest } from "@/lib/services/job-postings";

export const POST = publicRoute(async ({ request }) => {
  const { locale, skills } = await analyzeRequest(request);
  return json({ skills }, 200, languageHeaders(locale));
});
