import { getAssessmentHistory } from "@/db/queries/assessment";
import { json, userRoute } from "@/lib/http/handler";

export const GET = userRoute(async ({ user }) => json({ history: await getAssessmentHistory(user.id) }));
