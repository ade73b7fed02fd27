import { env } from "@/lib/env";

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d{1,5})?$/i;
const HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

/**
 * The address links to this site are built from: WAYPOINT_PUBLIC_URL when set. Without it, the
 * Host header the browser sent (never X-Forwarded-Host, which any client or a careless proxy can
 * set): a link shown to the person who asked for it can only mislead that person.
 */
export function publicOrigin(headers: Headers): string {
  const configured = env().WAYPOINT_PUBLIC_URL;
  if (configured) return configured;
  const host = headers.get("host") ?? "";
  if (!HOST.test(host)) return "http://localhost:3000";
  return `${LOOPBACK.test(host) ? "http" : "https"}://${host}`;
}

/**
 * For links mailed to someone else (password reset): a forged Host would send the victim's token
 * to the forger's site, so without WAYPOINT_PUBLIC_URL only a loopback host (a developer's own
 * machine) is believed. Null means no link can be built safely.
 */
export function mailableOrigin(headers: Headers): string | null {
  const configured = env().WAYPOINT_PUBLIC_URL;
  if (configured) return configured;
  const host = headers.get("host") ?? "";
  return LOOPBACK.test(host) ? `http://${host}` : null;
}
