// Makes `npm run dev` / `npm start` work on a fresh clone with no hand step: Auth.js needs a
// secret, so one is generated into .env.local (git-ignored) the first time, and kept after that.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const file = ".env.local";
const current = existsSync(file) ? readFileSync(file, "utf8") : "";
const lines = [];
if (!process.env.AUTH_SECRET && !/^AUTH_SECRET=/m.test(current)) {
  lines.push(`AUTH_SECRET=${randomBytes(32).toString("base64url")}`);
}
if (!process.env.AUTH_TRUST_HOST && !/^AUTH_TRUST_HOST=/m.test(current)) lines.push("AUTH_TRUST_HOST=true");
if (lines.length > 0) {
  const header = current ? "" : "# Generated on first run by scripts/prepare-local.mjs; never commit this file.\n";
  writeFileSync(file, current + (current && !current.endsWith("\n") ? "\n" : "") + header + lines.join("\n") + "\n");
  console.log(`Wrote ${lines.map((l) => l.split("=")[0]).join(", ")} to ${file}.`);
}
