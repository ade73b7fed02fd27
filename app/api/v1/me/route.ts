import { signOut } from "@/lib/auth/config";
import { json, noContent, userRoute } from "@/lib/http/handler";
import { deleteAccount } from "@/lib/services/accounts";
import { getProfile, profileToJson } from "@/lib/services/profile";

export const GET = userRoute(async ({ user }) =>
  json({ user: { id: user.id, email: user.email, name: user.name }, profile: profileToJson(await getProfile(user.id)) }),
);

export const DELETE = userRoute(async ({ user }) => {
  await deleteAccount(user.id);
  // The token would be refused anyway (its user is gone); clearing the cookie ends the session here too.
  await signOut({ redirect: false });
  return noContent();
});
