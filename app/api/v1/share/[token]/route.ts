import { json, publicRoute } from "@/lib/http/handler";
import { SHARE_HEADERS } from "@/lib/share/headers";
import { requireShare, sharedPlanView } from "@/lib/services/sharing";

export const GET = publicRoute<{ token: string }>(
  async ({ params }) => json(await sharedPlanView(await requireShare(params.token), { countView: true })),
  { headers: SHARE_HEADERS },
);
