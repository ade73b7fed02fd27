import { parseJsonBody } from "@/lib/http/body";
import { json, userRoute } from "@/lib/http/handler";
import { assessmentToJson, changeAssessment, getAssessment } from "@/lib/services/assessment";
import { assessmentChangeSchema } from "@/lib/schemas/assessment";

export const GET = userRoute(async ({ user }) => json(assessmentToJson(await getAssessment(user.id))));

export const PUT = userRoute(async ({ request, user }) => {
  const change = await parseJsonBody(request, assessmentChangeSchema);
  return json(assessmentToJson(await changeAssessment(user.id, change)));
});
