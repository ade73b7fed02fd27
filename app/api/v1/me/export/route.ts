import { json, userRoute } from "@/lib/http/handler";
import { exportUserData } from "@/lib/services/accounts";

export const GET = userRoute(async ({ user }) => {
  const data = await exportUserData(user.id);
  const day = new Date().toISOString().slice(0, 10);
  return json(data, 200, { "Content-Disposition": `attachment; filename="waypoint-export-${day}.json"` });
});
