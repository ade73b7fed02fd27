import { json, publicRoute } from "@/lib/http/handler";
import { analyzeRequest } from "@/lib/services/job-postings";

export const POST = publicRoute(async ({ request }) => json({ skills: await analyzeRequest(request) }));
