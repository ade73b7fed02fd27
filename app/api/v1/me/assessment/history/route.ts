import { json, userRoute } from "@/lib/http/handler";
import { getAssessmentHistory } from "@/lib/services/assessment";

export const GET = userRoute(async ({ user }) => json({ history: await getAssessmentHistory(user.id) }));
