// The package as a user gets it: `npm pack`, install the tarball, run the command it installs.
// Through npm's bin symlink, which is what broke the old argv guard, and with no tsx anywhere.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

describe("npm pack, npm install -g <tarball>, model-provenance", { timeout: 180_000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), "mp-pack-"));
  const npm = (...args: string[]) => execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  // --ignore-scripts: the types (prepack) are not what runs; dist/ is committed and tested fresh.
  npm("pack", "--ignore-scripts", "--pack-destination", dir);
  const tarball = path.join(dir, readdirSync(dir).find((f) => f.endsWith(".tgz"))!);
  const prefix = path.join(dir, "prefix");
  // The package has no runtime dependencies (the bundle carries them), so this needs no network.
  npm("install", "--global", "--offline", "--prefix", prefix, tarball);
  const bin = path.join(prefix, "bin", "model-provenance");
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(bin, args, { cwd: ROOT, encoding: "utf8", env: { PATH: process.env.PATH, ...env } });

  it("installs a command that checks the examples: the text report, exit 1", () => {
    const r = run(["check", "examples"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^examples\/stable-diffusion-v1 .*FAIL/m);
    expect(r.stdout.trimEnd().split("\n").length).toBeLessThanOrEqual(40);
  });

  it("colours with FORCE_COLOR=1, shows evidence with --verbose, prints --version and --help", () => {
    expect(run(["check", "examples"], { FORCE_COLOR: "1" }).stdout).toContain("\x1b[");
    expect(run(["check", "examples/stable-diffusion-v1", "--verbose"]).stdout).toMatch(/why:[\s\S]*eu-dsm-art3/);
    expect(run(["--version"]).stdout).toMatch(/^model-provenance-check \d+\.\d+\.\d+/);
    expect(run(["--help"]).status).toBe(0);
  });

  it("ships the bundle and the bin, not the sources or the tests", () => {
    const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n");
    expect(files).toContain("package/bin/model-provenance.js");
    expect(files).toContain("package/dist/cli.js");
    expect(files.some((f) => f.startsWith("package/src/") || f.startsWith("package/__tests__/"))).toBe(false);
  });
});
