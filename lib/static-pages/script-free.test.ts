import { describe, expect, it } from "vitest";
import { inlineScriptHashes } from "./csp";
import { scriptHash } from "./csp";
import { PAGE_SCRIPT, PAGE_SCRIPT_HASH, scriptFreeDocument } from "./script-free";

const built = [
  '<!DOCTYPE html><html lang="ko"><head>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/c.js" async=""></script>',
  '<script src="/_next/static/chunks/d.js" noModule=""></script>',
  '<link rel="alternate" hrefLang="en" href="https://waypoint.example/?lang=en"/>',
  '<script type="application/ld+json">{"@type":"Occupation"}</script>',
  "</head><body>",
  '<details class="site-menu"><summary>메뉴</summary><a href="/roles">역할</a></details>',
  '<form action="" encType="multipart/form-data" method="POST"><input type="hidden" name="$ACTION_ID_40ab"/><button>English</button></form>',
  '<p>a &lt;script&gt; in text stays text</p>',
  '<script id="_R_">self.__next_r="x"</script>',
  '<script data-type="application/json">alert("not a data block")</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"\\u003c/script>"])</script>',
  "</body></html>",
].join("");

describe("scriptFreeDocument", () => {
  const page = scriptFreeDocument(built);

  it("takes out the framework's script files, their preload hints and the inline RSC payload", () => {
    expect(page).not.toContain("/_next/static/chunks/b.js");
    expect(page).not.toContain("/_next/static/chunks/c.js");
    expect(page).not.toContain("/_next/static/chunks/d.js");
    expect(page).not.toContain("__next_f");
    expect(page).not.toContain("__next_r");
    expect(page).not.toContain("not a data block");
  });

  it("keeps what the page is made of: styles, links, forms that post without JavaScript, text and data blocks", () => {
    for (const kept of [
      '<link rel="stylesheet" href="/_next/static/chunks/a.css"',
      'hrefLang="en"',
      '<details class="site-menu">',
      'name="$ACTION_ID_40ab"',
      "a &lt;script&gt; in text stays text",
      '<script type="application/ld+json">{"@type":"Occupation"}</script>',
    ]) expect(page).toContain(kept);
  });

  it("adds exactly one script of its own, at the end of the body, so the policy needs one hash more than the data blocks", () => {
    expect(page.endsWith(`<script>${PAGE_SCRIPT}</script></body></html>`)).toBe(true);
    const inline = [...page.matchAll(/<script\b([^>]*)>/g)].filter(([, attributes]) => !/application\/ld\+json/.test(attributes!));
    expect(inline).toHaveLength(1);
    expect(inlineScriptHashes(page)).toHaveLength(2);
    expect(inlineScriptHashes(page)).toContain(PAGE_SCRIPT_HASH);
    expect(PAGE_SCRIPT_HASH).toBe(scriptHash(PAGE_SCRIPT));
  });

  it("refuses a document it does not understand rather than serve half a page", () => {
    expect(() => scriptFreeDocument("<html><body><p>cut off")).toThrow(/<\/body>/);
    // A Suspense boundary streamed late: its content is hidden until React's script moves it in.
    const streamed = '<html><body><!--$?--><template id="B:0"></template><p>Loading…</p><!--/$--><div hidden id="S:0"><p>the plan</p></div><script>$RC("B:0","S:0")</script></body></html>';
    expect(() => scriptFreeDocument(streamed)).toThrow(/runtime/);
  });
});
