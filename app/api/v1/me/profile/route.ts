import { parseJsonBody } from "@/lib/http/body";
import { json, userRoute } from "@/lib/http/handler";
import { changeProfile, getProfile, profileToJson } from "@/lib/services/profile";
import { profileChangeSchema } from "@/lib/schemas/account";

export const GET = userRoute(async ({ user }) => json({ profile: profileToJson(await getProfile(user.id)) }));

export const PUT = userRoute(async ({ request, user }) => {
  const change = await parseJsonBody(request, profileChangeSchema);
  return json({ profile: profileToJson(await changeProfile(user.id, change)) });
});
