import { signOut } from "@/lib/auth/config";
import { noContent, userRoute } from "@/lib/http/handler";
import { signOutEverywhere } from "@/lib/services/accounts";

/** Ends every session of the user, this one included; the cookie is cleared too. */
export const POST = userRoute(async ({ user }) => {
  await signOutEverywhere(user.id);
  await signOut({ redirect: false });
  return noContent();
});
