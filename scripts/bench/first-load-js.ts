// First-load JavaScript as Next 16 no longer prints it: the scripts a page loads in a real
// Chromium, each gzipped, summed. Inline scripts (the RSC payload) are not counted, as before.
// Split in two by the build manifest: the framework runtime every page shares (its
// rootMainFiles and polyfills: React, the router) and the rest, which is Waypoint's own code.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

export interface PageJs {
  name: string;
  path: string;
  kind: string;
  scripts: number;
  gzipBytes: number;
  ownScripts: number;
  ownGzipBytes: number;
  runtimeGzipBytes: number;
}

/** The shared runtime's files, as URL paths, from .next/build-manifest.json. */
function sharedRuntime(): Set<string> {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next", "build-manifest.json"), "utf8")) as {
    rootMainFiles?: string[];
    polyfillFiles?: string[];
  };
  return new Set([...(manifest.rootMainFiles ?? []), ...(manifest.polyfillFiles ?? [])].map((file) => `/_next/${file}`));
}

export async function measureFirstLoadJs(
  base: string,
  pages: { name: string; path: string; cookie?: string; kind: string }[],
): Promise<PageJs[]> {
  const runtime = sharedRuntime();
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
      const bodies: Promise<{ own: boolean; gzip: number }>[] = [];
      tab.on("response", (response) => {
        if (response.request().resourceType() !== "script" || !response.ok()) return;
        const own = !runtime.has(new URL(response.url()).pathname);
        bodies.push(response.body().then((body) => ({ own, gzip: gzipSync(body).length })));
      });
      const response = await tab.goto(base + page.path, { waitUntil: "networkidle" });
      if (!response?.ok()) throw new Error(`${page.path} answered ${response?.status()}`);
      const scripts = await Promise.all(bodies);
      const own = scripts.filter((s) => s.own);
      const sum = (list: { gzip: number }[]) => list.reduce((total, s) => total + s.gzip, 0);
      results.push({
        name: page.name,
        path: page.path,
        kind: page.kind,
        scripts: scripts.length,
        gzipBytes: sum(scripts),
        ownScripts: own.length,
        ownGzipBytes: sum(own),
        runtimeGzipBytes: sum(scripts) - sum(own),
      });
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}
