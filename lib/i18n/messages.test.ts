import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/**
 * The ICU arguments and rich-text tags a message uses: {name}, {count, plural, …} and <link>.
 * Plural branches differ between languages (Korean has only "other"), so only names count.
 */
export function placeholders(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    const char = message[i];
    if (char === "{") {
      // ICU nests argument { branch { argument … } }: braces at even depth open arguments,
      // at odd depth a plural/select branch, whose text is not a name.
      const match = depth % 2 === 0 ? /^\{\s*([A-Za-z_]\w*)\s*[,}]/.exec(message.slice(i)) : null;
      if (match) names.add(`{${match[1]}}`);
      depth++;
    } else if (char === "}") depth--;
  }
  for (const match of message.matchAll(/<([A-Za-z][\w-]*)>/g)) names.add(`<${match[1]}>`);
  return [...names].sort();
}

const enLeaves = leaves(en as Tree);
const koLeaves = leaves(ko as Tree);

describe("messages", () => {
  it("have the same keys in English and Korean", () => {
    expect([...koLeaves.keys()].filter((k) => !enLeaves.has(k)), "only in ko.json").toEqual([]);
    expect([...enLeaves.keys()].filter((k) => !koLeaves.has(k)), "only in en.json").toEqual([]);
  });

  it("use the same placeholders and tags in both languages", () => {
    const mismatched = [...enLeaves]
      .filter(([key, text]) => koLeaves.has(key) && placeholders(text).join() !== placeholders(koLeaves.get(key)!).join())
      .map(([key, text]) => `${key}: ${placeholders(text).join(" ")} vs ${placeholders(koLeaves.get(key)!).join(" ")}`);
    expect(mismatched).toEqual([]);
  });

  it("have no empty messages", () => {
    expect([...enLeaves, ...koLeaves].filter(([, text]) => !text.trim()).map(([key]) => key)).toEqual([]);
  });

  it("extracts placeholders from plurals and tags", () => {
    expect(placeholders("{count, plural, one {# skill} other {# skills for {name}}} <link>x</link>")).toEqual(["<link>", "{count}", "{name}"]);
    expect(placeholders("{count, plural, one {level} other {levels}}")).toEqual(["{count}"]);
    expect(placeholders("no arguments")).toEqual([]);
  });
});
