// dist/ must be what `npm run build:action` makes from the current source and rules: the runner
// executes dist/index.js, never src/. A stale dist fails here with the command that fixes it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildAction, ROOT } from "../../scripts/build-action.js";

describe("dist/", () => {
  it("equals a fresh build", { timeout: 180_000 }, async () => {
    const { files } = await buildAction();
    const dist = path.join(ROOT, "dist");
    const stale = (name: string) => `dist/${name} is stale or missing: run npm run build:action`;
    expect(readdirSync(dist).sort(), "dist/ holds other files than the build makes: run npm run build:action").toEqual([...files.keys()].sort());
    for (const [name, content] of files) {
      const committed = readFileSync(path.join(dist, name));
      // A 4 MB string diff helps no one: name the first line that differs instead.
      expect(committed.equals(content) ? undefined : firstDifference(committed, content), stale(name)).toBeUndefined();
    }
  });
});

function firstDifference(a: Uint8Array, b: Uint8Array): string {
  const x = Buffer.from(a).toString("utf8").split("\n");
  const y = Buffer.from(b).toString("utf8").split("\n");
  const i = x.findIndex((line, n) => line !== y[n]);
  const at = i === -1 ? x.length : i;
  return `line ${at + 1}: committed ${JSON.stringify((x[at] ?? "").slice(0, 120))}, fresh build ${JSON.stringify((y[at] ?? "").slice(0, 120))}`;
}
