/** Set by proxy.ts on a share-page request that counts as a view; any client-sent copy is removed. */
export const VIEW_HEADER = "x-waypoint-share-view";

/**
 * Link-preview fetchers and crawlers: chat apps and social sites open a pasted link to draw its
 * card, which is not a person reading the plan. Matched on their published user-agent tokens.
 */
const PREVIEW_BOTS =
  /bot\b|crawler|spider|slurp|facebookexternalhit|facebookcatalog|embedly|iframely|skypeuripreview|whatsapp|telegrambot|discordbot|slackbot|twitterbot|linkedinbot|pinterest|redditbot|applebot|kakaotalk-scrap|daumoa|yeti\/|mastodon|preview|headlesschrome|curl\/|wget\//i;

/** Only a person opening the page counts: a GET, not a prefetch, not a preview bot. */
export function countsAsView(method: string, headers: Headers): boolean {
  if (method !== "GET") return false;
  if (headers.has("next-router-prefetch") || /prefetch|prerender/i.test(`${headers.get("purpose") ?? ""} ${headers.get("sec-purpose") ?? ""}`)) return false;
  const agent = headers.get("user-agent") ?? "";
  return agent !== "" && !PREVIEW_BOTS.test(agent);
}
