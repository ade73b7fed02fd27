import { getProfile } from "@/db/queries/profile";
import { deleteUser } from "@/db/queries/users";
import { json, noContent, userRoute } from "@/lib/http/handler";
import { profileToJson } from "@/lib/services/profile";

export const GET = userRoute(async ({ user }) =>
  json({ user: { id: user.id, email: user.email, name: user.name }, profile: profileToJson(await getProfile(user.id)) }),
);

export const DELETE = userRoute(async ({ user }) => {
  await deleteUser(user.id);
  return noContent();
});
