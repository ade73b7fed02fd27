import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The layer rules of docs/decisions/0012 run through the project's own ESLint configuration, on
 * code that breaks them and code that keeps them, so a config change that disarms a rule fails here.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "import/no-restricted-paths" || message.ruleId === "no-restricted-imports")
    .map((message) => message.message);
}

// The first lint loads the whole config and the TypeScript resolver: seconds on a busy machine.
beforeAll(() => eslint.lintText("export {};\n", { filePath: "lib/warm-up.ts" }), 120_000);

describe("layer rules", { timeout: 60_000 }, () => {
  it("reject a page that imports db/", async () => {
    const errors = await layerErrors(
      `import { getProfile } from "@/db/queries/profile";\nexport default function Page() { return String(getProfile); }\n`,
      "app/(app)/layer-probe/page.tsx",
    );
    expect(errors).toEqual([expect.stringContaining("Only lib/services")]);
  });

  it("reject a page that reaches db/ by a relative path", async () => {
    const errors = await layerErrors(
      `import { getProfile } from "../../../db/queries/profile";\nexport default function Page() { return String(getProfile); }\n`,
      "app/(app)/layer-probe/page.tsx",
    );
    expect(errors).toEqual([expect.stringContaining("Only lib/services")]);
  });

  it("reject a component that imports app/", async () => {
    const errors = await layerErrors(
      `import { signOutAction } from "@/app/(auth)/actions";\nexport function Probe() { return String(signOutAction); }\n`,
      "components/layer-probe.tsx",
    );
    expect(errors).toEqual([expect.stringContaining("as props")]);
  });

  it("reject a component that imports db/", async () => {
    const errors = await layerErrors(`import { db } from "@/db/client";\nexport const probe = db;\n`, "components/layer-probe.tsx");
    expect(errors).toEqual([expect.stringContaining("Only lib/services")]);
  });

  it("reject the pure core importing the store, a service or the framework", async () => {
    const file = "lib/engine/layer-probe.ts";
    expect(await layerErrors(`import { db } from "@/db/client";\nexport const probe = db;\n`, file)).toHaveLength(1);
    expect(await layerErrors(`import { listPlans } from "@/lib/services/plans";\nexport const probe = listPlans;\n`, file)).toHaveLength(1);
    expect(await layerErrors(`import { cookies } from "next/headers";\nexport const probe = cookies;\n`, file)).toHaveLength(1);
    expect(await layerErrors(`import { cache } from "react";\nexport const probe = cache;\n`, "lib/plans/layer-probe.ts")).toHaveLength(1);
  });

  it("let a service import db/ and a page import a service", async () => {
    expect(await layerErrors(`import { getProfile } from "@/db/queries/profile";\nexport const probe = getProfile;\n`, "lib/services/layer-probe.ts")).toEqual([]);
    expect(
      await layerErrors(
        `import { listPlans } from "@/lib/services/plans";\nexport default function Page() { return String(listPlans); }\n`,
        "app/(app)/layer-probe/page.tsx",
      ),
    ).toEqual([]);
  });
});
