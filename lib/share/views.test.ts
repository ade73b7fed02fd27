import { describe, expect, it } from "vitest";
import { countsAsView } from "./views";

const browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const h = (init: Record<string, string>) => new Headers(init);

describe("countsAsView", () => {
  it("counts a person's GET", () => {
    expect(countsAsView("GET", h({ "user-agent": browser }))).toBe(true);
  });

  it("does not count HEAD, prefetches or link-preview bots", () => {
    expect(countsAsView("HEAD", h({ "user-agent": browser }))).toBe(false);
    expect(countsAsView("GET", h({ "user-agent": browser, "next-router-prefetch": "1" }))).toBe(false);
    expect(countsAsView("GET", h({ "user-agent": browser, "sec-purpose": "prefetch;prerender" }))).toBe(false);
    for (const bot of [
      "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
      "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
      "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)",
      "TelegramBot (like TwitterBot)",
      "WhatsApp/2.23.20.0",
      "Twitterbot/1.0",
      "LinkedInBot/1.0 (compatible; Mozilla/5.0)",
      "kakaotalk-scrap/1.0; +https://devtalk.kakao.com/",
      "",
    ]) {
      expect(countsAsView("GET", h({ "user-agent": bot })), bot).toBe(false);
    }
  });
});
