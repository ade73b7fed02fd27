/**
 * A prebuilt public page as a plain document: Next's runtime and the page's RSC payload taken out,
 * one small script of ours put in (docs/decisions/0015).
 *
 * Why: the public catalog pages are read, not worked in. Everything on them works without
 * JavaScript (links, the language and sign-out forms post as plain forms, the phone menu is a
 * <details>), yet hydrating them meant ~110 KB of framework code and an inline copy of the page as
 * RSC data (two thirds of the HTML) parsed on every visit: that was most of the landing page's
 * total blocking time on a mid-range phone. Client navigation from a signed-in page still fetches
 * the RSC form of these pages from Next (proxy.ts passes those requests through), so both worlds work.
 */

/**
 * Escape closes the open phone menu and returns focus to its button, which <details> does not do
 * by itself (the hydrated header did it with components/nav/menu-closer.tsx).
 */
export const MENU_ESCAPE_SCRIPT =
  'document.addEventListener("keydown",function(e){if(e.key!=="Escape")return;var d=document.querySelector("details.site-menu[open]");if(!d)return;d.open=false;var s=d.querySelector("summary");if(s)s.focus()});';

const SCRIPT_ELEMENT = /<script\b([^>]*)>[\s\S]*?<\/script>/g;
// Hints to fetch the runtime's files early: with the runtime gone they would download for nothing.
const SCRIPT_HINT = /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\brel="modulepreload"[^>]*\/?>/g;
// Data blocks (JSON-LD) are not run and carry what search engines read: they stay.
const DATA_BLOCK = /\btype="application\/(?:ld\+)?json"/;

export function scriptFreeDocument(html: string): string {
  const stripped = html
    .replace(SCRIPT_ELEMENT, (element, attributes: string) => (DATA_BLOCK.test(attributes) ? element : ""))
    .replace(SCRIPT_HINT, "");
  const end = stripped.lastIndexOf("</body>");
  if (end === -1) throw new Error("A prebuilt page without </body>: the build output is not what this expects.");
  return `${stripped.slice(0, end)}<script>${MENU_ESCAPE_SCRIPT}</script>${stripped.slice(end)}`;
}
