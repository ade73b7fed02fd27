import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { CLIENT_NAMESPACES, clientMessages, PLAN_PAGE_NAMESPACES, ROLE_EDITOR_NAMESPACES } from "./client-messages";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** The namespaces a client module translates with, as it says in its source. */
function namespacesUsed(file: string): string[] {
  const source = readFileSync(path.join(ROOT, file), "utf8");
  const used = new Set([...source.matchAll(/useTranslations\(\s*"([^".]+)/g)].map((m) => m[1]!));
  // lib/forms/said.ts words an action's answer with the "formErrors" namespace.
  if (/\buse(Said|FailureText)\(/.test(source)) used.add("formErrors");
  return [...used].sort();
}

function clientFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((name) => /\.tsx?$/.test(name) && !name.includes(".test."))
    .map((name) => path.join(dir, name))
    .filter((file) => /^["']use client["']/m.test(readFileSync(path.join(ROOT, file), "utf8")));
}

describe("client messages", () => {
  it("hands over exactly the namespaces asked for", () => {
    const picked = clientMessages(en, ["planClient", "formErrors"]);
    expect(Object.keys(picked).sort()).toEqual(["formErrors", "planClient"]);
    expect(picked.planClient).toBe(en.planClient);
  });

  it("list every namespace a client component translates with", () => {
    const used = [...clientFiles("app"), ...clientFiles("components")].flatMap(namespacesUsed);
    expect(used.filter((ns) => !(CLIENT_NAMESPACES as readonly string[]).includes(ns))).toEqual([]);
  });

  it("give the plan page what its client controls use", () => {
    const used = clientFiles("components/plan").flatMap(namespacesUsed);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((ns) => !(PLAN_PAGE_NAMESPACES as readonly string[]).includes(ns))).toEqual([]);
  });

  it("give the role editor what it uses", () => {
    const used = namespacesUsed("app/(app)/targets/role-editor.tsx");
    expect(used).toContain("roleEditor");
    expect(used.filter((ns) => !(ROLE_EDITOR_NAMESPACES as readonly string[]).includes(ns))).toEqual([]);
  });
});
