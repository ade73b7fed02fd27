/**
 * A page as a plain document: Next's runtime and the page's RSC payload taken out,
 * one small script of ours put in (docs/decisions/0015). Used for the prebuilt public pages and the
 * share page, which work entirely as HTML: links, and forms that post without JavaScript.
 *
 * Why: the public catalog pages are read, not worked in. Everything on them works without
 * JavaScript (links, the language and sign-out forms post as plain forms, the phone menu is a
 * <details>), yet hydrating them meant ~110 KB of framework code and an inline copy of the page as
 * RSC data (two thirds of the HTML) parsed on every visit: that was most of the landing page's
 * total blocking time on a mid-range phone. Client navigation from a signed-in page still fetches
 * the RSC form of these pages from Next (proxy.ts passes those requests through), so both worlds work.
 */

import { TIME_ZONE_COOKIE } from "../time-zone";
import { SCRIPT_ELEMENT, scriptHash } from "./csp";

/**
 * The few things script did on these pages, in one small inline script of ours:
 * - Escape closes the open phone menu and returns focus to its button, which <details> does not do
 *   by itself (components/nav/menu-closer.tsx on hydrated pages);
 * - the browser's time zone goes into the `tz` cookie, so "today" is the reader's day
 *   (components/time-zone-cookie.tsx);
 * - printing opens every folded <details> and closes them again after (components/print-expander.tsx).
 */
export const PAGE_SCRIPT = [
  'document.addEventListener("keydown",function(e){if(e.key!=="Escape")return;var d=document.querySelector("details.site-menu[open]");if(!d)return;d.open=false;var s=d.querySelector("summary");if(s)s.focus()});',
  `try{var z=Intl.DateTimeFormat().resolvedOptions().timeZone,c="${TIME_ZONE_COOKIE}="+encodeURIComponent(z);if(z&&document.cookie.split("; ").indexOf(c)<0)document.cookie=c+"; path=/; max-age=31536000; samesite=lax"}catch(e){}`,
  'var o=[];addEventListener("beforeprint",function(){o=[].filter.call(document.querySelectorAll("details:not([open])"),function(d){return!d.closest(".no-print")});o.forEach(function(d){d.open=true})});addEventListener("afterprint",function(){o.forEach(function(d){d.open=false});o=[]});',
].join("");

/**
 * The one script these pages run, as their CSP allows it: by this hash alone. Whatever else a page
 * holds (the share page shows other people's words), no other inline script can run.
 */
export const PAGE_SCRIPT_HASH = scriptHash(PAGE_SCRIPT);

// Hints to fetch the runtime's files early: with the runtime gone they would download for nothing.
const SCRIPT_HINT = /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\brel="modulepreload"[^>]*\/?>/g;
// Data blocks (JSON-LD) are not run and carry what search engines read: they stay.
// Matched as the element's own type attribute (not `data-type=` or the like); not run, so they
// need no hash.
const DATA_BLOCK = /(?:^|\s)type="application\/(?:ld\+)?json"(?:\s|\/|$)/;

// React streams a late Suspense boundary as a placeholder plus hidden content that its script
// swaps in; without the script the reader would see the placeholder for ever.
const STREAMED_BOUNDARY = /<template id="[BP]:/;

/** Throws when the document is not whole without its scripts; callers then send it as rendered. */
export function scriptFreeDocument(html: string): string {
  if (STREAMED_BOUNDARY.test(html)) throw new Error("A streamed boundary needs the runtime to be shown.");
  const stripped = html
    .replace(SCRIPT_ELEMENT, (element, attributes: string) => (DATA_BLOCK.test(attributes) ? element : ""))
    .replace(SCRIPT_HINT, "");
  const end = stripped.lastIndexOf("</body>");
  if (end === -1) throw new Error("A prebuilt page without </body>: the build output is not what this expects.");
  return `${stripped.slice(0, end)}<script>${PAGE_SCRIPT}</script>${stripped.slice(end)}`;
}
