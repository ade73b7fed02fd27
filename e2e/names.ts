import type { Locator } from "@playwright/test";

/**
 * Buttons, links, fields and selects inside `scope` whose accessible names repeat, read from the
 * accessibility tree itself (the names a screen reader announces). Radios are left out: a level
 * scale repeats by design, inside groups that name the skill.
 */
export async function repeatedNames(scope: Locator): Promise<string[]> {
  const tree = await scope.ariaSnapshot();
  const seen = new Map<string, number>();
  for (const match of tree.matchAll(/- (button|textbox|combobox|spinbutton|link) "([^"]*)"/g)) {
    const key = `${match[1]} "${match[2]}"`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([key]) => key);
}
