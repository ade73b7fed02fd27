import { json, publicRoute } from "@/lib/http/handler";
import { languageHeaders } from "@/lib/i18n/api";
import { analyzeRequest } from "@/lib/services/job-postings";

export const POST = publicRoute(async ({ request }) => {
  const { locale, skills, titleRoles } = await analyzeRequest(request);
  // titleRoles is an addition (v1.1 allows new fields): catalog roles the posting's title names.
  return json({ skills, titleRoles }, 200, languageHeaders(locale));
});
