// First-load JavaScript as Next 16 no longer prints it: the scripts a page loads in a real
// Chromium, each gzipped, summed. Inline scripts (the RSC payload) are not counted, as before.
import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

export interface PageJs {
  name: string;
  path: string;
  scripts: number;
  gzipBytes: number;
}

export async function measureFirstLoadJs(
  base: string,
  pages: { name: string; path: string; cookie?: string }[],
): Promise<PageJs[]> {
  const browser = await chromium.launch(existsSync("/usr/bin/chromium") ? { executablePath: "/usr/bin/chromium" } : {});
  try {
    const results: PageJs[] = [];
    for (const page of pages) {
      // A fresh context per page: nothing comes from the cache of a page visited before.
      const context = await browser.newContext();
      if (page.cookie) {
        const [name, ...rest] = page.cookie.split("=");
        await context.addCookies([{ name: name!, value: rest.join("="), url: base }]);
      }
      const tab = await context.newPage();
      const bodies: Promise<Buffer>[] = [];
      tab.on("response", (response) => {
        if (response.request().resourceType() === "script" && response.ok()) bodies.push(response.body());
      });
      const response = await tab.goto(base + page.path, { waitUntil: "networkidle" });
      if (!response?.ok()) throw new Error(`${page.path} answered ${response?.status()}`);
      const buffers = await Promise.all(bodies);
      results.push({
        name: page.name,
        path: page.path,
        scripts: buffers.length,
        gzipBytes: buffers.reduce((sum, b) => sum + gzipSync(b).length, 0),
      });
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}
