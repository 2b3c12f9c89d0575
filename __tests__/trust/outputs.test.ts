// What the CLI writes (issue 12, point 3): never through a symbolic link (the file or a folder on
// the way to it, which a checked-out pull request controls), never over a file the run read, and
// each refusal names the path and exits 2 with the victim untouched. And text from cards: a NUL or
// terminal escape past the first 8 KiB (where the binary test looks) never reaches an output. The
// card imitates a Stable Diffusion v1 card.
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cli, tree } from "../cli/helpers.js";
import { check } from "../helpers.js";
import { renderText } from "../../src/render/text.js";

const SD = readFileSync(new URL("../../examples/stable-diffusion-v1/README.md", import.meta.url), "utf8");
const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});
function victim(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "mp-victim-"));
  made.push(dir);
  writeFileSync(path.join(dir, "victim.txt"), "do not overwrite\n");
  return path.join(dir, "victim.txt");
}

describe("the CLI's writes", () => {
  it("--output that a pull request replaced with a link is refused, and the target is untouched", async () => {
    const target = victim();
    const dir = tree({ "models/sd/README.md": SD });
    made.push(dir);
    symlinkSync(target, path.join(dir, "report.json"));
    const r = await cli(["check", ".", "--format", "json", "--output", "report.json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refusing to write report\.json: it is a symbolic link/);
    expect(readFileSync(target, "utf8")).toBe("do not overwrite\n");
  });

  it("--sarif through a linked folder, and --output over a card the run read, are refused", async () => {
    const target = victim();
    const dir = tree({ "models/sd/README.md": SD });
    made.push(dir);
    symlinkSync(path.dirname(target), path.join(dir, "out"));
    const through = await cli(["check", ".", "--sarif", "out/victim.txt"], { cwd: dir });
    expect(through.code).toBe(2);
    expect(through.stderr).toMatch(/refusing to write out\/victim\.txt: out is a symbolic link/);
    expect(readFileSync(target, "utf8")).toBe("do not overwrite\n");
    const over = await cli(["check", ".", "--output", "models/sd/README.md"], { cwd: dir });
    expect(over.code).toBe(2);
    expect(over.stderr).toMatch(/refusing to write models\/sd\/README\.md: it is one of the files this run read/);
    expect(readFileSync(path.join(dir, "models/sd/README.md"), "utf8")).toBe(SD);
  });
});

describe("control characters past the first 8 KiB", () => {
  it("a NUL and an escape in a title after 8 KiB of a comment never reach the model's name or the text report", () => {
    const card = `---\nlicense: mit\ndatasets:\n  - someone/photos\n---\n<!--\n${"x".repeat(9000)}\n-->\n# Evil\u0000\u001b[31mName\n`;
    expect(card.indexOf("\u0000")).toBeGreaterThan(8192);
    const r = check({ "m/README.md": Buffer.from(card, "utf8") });
    const control = (s: string) => [...s].filter((ch) => ch.charCodeAt(0) < 0x20 && ch !== "\n");
    expect(control(r.models[0]!.name)).toEqual([]);
    expect(control(renderText(r, { verbose: true }))).toEqual([]);
  });
});
