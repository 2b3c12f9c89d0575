// Symbolic links in a checked-out tree (issue 12, point 3): the walk never follows one out of
// the scan root and never loops (a link to a folder is not followed; its target inside the root
// is walked where it is), reads a linked card only when its target is inside the root, and says
// what it did not read and why. The cards imitate a Stable Diffusion v1 card.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { listTree, readWorkspaceTree } from "../../src/workspace.js";
import { cli, tree } from "../cli/helpers.js";

const SD = readFileSync(new URL("../../examples/stable-diffusion-v1/README.md", import.meta.url), "utf8");
const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});
function repo(files: Record<string, string>, links: Record<string, string>): string {
  const dir = tree(files);
  made.push(dir);
  for (const [at, target] of Object.entries(links)) {
    mkdirSync(path.dirname(path.join(dir, at)), { recursive: true });
    symlinkSync(target, path.join(dir, at));
  }
  return dir;
}

describe("the walk and symbolic links", () => {
  it("two self-loops and a link to / end at once: nothing is walked twice, nothing outside the root", () => {
    const dir = repo({ "models/sd/README.md": SD }, { "models/sd/a": ".", "models/sd/b": ".", "models/sd/root": "/", "models/up": ".." });
    const started = performance.now();
    const listing = listTree(["."], dir);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(listing.paths).toEqual(["models/sd/README.md"]);
    expect(listing.skipped).toEqual([
      { path: "models/sd/a", reason: "symbolic link to a folder (not followed; the folder is checked where it is)" },
      { path: "models/sd/b", reason: "symbolic link to a folder (not followed; the folder is checked where it is)" },
      { path: "models/sd/root", reason: "symbolic link out of the scan root (not followed)" },
      { path: "models/up", reason: "symbolic link to a folder (not followed; the folder is checked where it is)" },
    ]);
    // From models/, the same `..` leaves the scan root.
    expect(listTree(["models"], dir).skipped.at(-1)).toEqual({ path: "models/up", reason: "symbolic link out of the scan root (not followed)" });
  });

  it("README.md -> /etc/passwd is not read; a card linked to a file inside the root is", () => {
    const outside = mkdtempSync(path.join(tmpdir(), "mp-outside-"));
    made.push(outside);
    writeFileSync(path.join(outside, "secret.md"), "---\nlicense: mit\n---\n# root:x:0:0:secret\n");
    const dir = repo({ "shared/card.md": SD }, { "models/leak/README.md": path.join(outside, "secret.md"), "models/sd/README.md": "../../shared/card.md", "models/loop/README.md": "README.md" });
    const { files, skipped } = readWorkspaceTree(["."], dir);
    expect(files.map((f) => f.path)).toEqual(["models/sd/README.md"]);
    expect(Buffer.from(files[0]!.content as Uint8Array).toString("utf8")).toBe(SD);
    expect(skipped).toEqual([
      { path: "models/leak/README.md", reason: "symbolic link out of the scan root (not followed)" },
      { path: "models/loop/README.md", reason: "broken symbolic link or a loop of links (not followed)" },
    ]);
    // Scanning models/ only, shared/ is outside the root: the linked card is not read either.
    expect(readWorkspaceTree(["models"], dir).files).toEqual([]);
  });

  it("a root that is itself a link out of the checkout is not walked", () => {
    const outside = tree({ "m/README.md": SD });
    made.push(outside);
    const dir = repo({}, { models: outside });
    expect(listTree(["models"], dir)).toEqual({ paths: [], skipped: [{ path: "models", reason: "symbolic link out of the scan root (not followed)" }] });
  });

  it("a folder that cannot be listed is said, with why, like the vendored and build folders", () => {
    const dir = repo({ "models/sd/README.md": SD, "node_modules/pkg/README.md": SD, "models/sd/dist/README.md": SD }, {});
    mkdirSync(path.join(dir, "models/locked"));
    writeFileSync(path.join(dir, "models/locked/README.md"), SD);
    chmodSync(path.join(dir, "models/locked"), 0o000);
    try {
      const { paths, skipped } = listTree(["."], dir);
      // root reads any folder: there the locked one is walked like the others.
      const root = process.getuid?.() === 0;
      expect(paths).toEqual([...(root ? ["models/locked/README.md"] : []), "models/sd/README.md"]);
      expect(skipped.map((s) => s.path)).toEqual([...(root ? [] : ["models/locked/"]), "models/sd/dist/", "node_modules/"]);
      if (!root) expect(skipped[0]!.reason).toBe("folder could not be read (EACCES)");
    } finally {
      chmodSync(path.join(dir, "models/locked"), 0o755);
    }
  });

  it("the CLI: a linked secret never reaches the report, and a loop does not hang it", async () => {
    const outside = tree({ "passwd.md": "---\nlicense: mit\n---\n# root:x:0:0:root:/root:/bin/bash\n" });
    made.push(outside);
    const dir = repo({ "models/sd/README.md": SD }, { "models/x/README.md": path.join(outside, "passwd.md"), "models/sd/self": ".", "models/sd/again": "." });
    const r = await cli(["check", ".", "--format", "json"], { cwd: dir });
    expect(r.stdout + r.stderr).not.toMatch(/root:x:0/);
    const report = JSON.parse(r.stdout) as { models: { path: string }[] };
    expect(report.models.map((m) => m.path)).toEqual(["models/sd"]);
    expect(r.code).toBe(1);
  });
});
