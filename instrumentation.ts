/**
 * Runs once when a server process starts, before it serves: the database is created, migrated and
 * seeded here (never as a side effect of `next build`).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Fail at start, naming the variable, rather than misbehave later on a mistyped setting.
  (await import("./lib/env")).env();
  // Rate limits key clients by the TCP peer, which route handlers cannot otherwise see.
  (await import("./lib/http/peer")).installPeerHeader();
  // A page's Vary from proxy.ts must survive Next's own (docs/decisions/0011).
  (await import("./lib/http/vary")).installVaryMerge();
  // Pages compressed once, sent with their coding named (Next drops the proxy's Content-Encoding).
  (await import("./lib/http/precoded")).installPrecodedBodies();
  // The prebuilt public pages sent before Next's pipeline (docs/decisions/0019); `next dev` has none.
  if (process.env.NODE_ENV === "production") (await import("./lib/static-pages/front")).installPrebuiltFront();
  const { connection } = await import("./db/client");
  const { migrateAndSeed } = await import("./db/migrate");
  await migrateAndSeed(connection());
}
