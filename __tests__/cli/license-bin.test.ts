// `model-provenance license FILE` as installed: bin/model-provenance.js runs it from its own small
// bundle (dist/license-bin.js) and must answer exactly as the full CLI does, load none of the rest
// of the CLI, and leave what it does not handle (usage errors) to the full CLI.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";

const root = path.resolve(fileURLToPath(new URL("../..", import.meta.url)));
const bin = path.join(root, "bin/model-provenance.js");

async function inProcess(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, cwd: root });
  return { code, stdout, stderr };
}

function installed(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The chunks a dist/ module imports, statically or with import(), transitively (what running it may read and compile). */
function chunkGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(path.join(root, "dist", file))) return; // (undici's own code mentions './headers')
    seen.add(file);
    const code = readFileSync(path.join(root, "dist", file), "utf8");
    for (const m of code.matchAll(/^(?:import|export)\b[^'"\n]*?(?:from\s+)?['"]\.\/([^'"]+)['"]|\bimport\(\s*['"]\.\/([^'"]+)['"]\s*\)/gm)) visit((m[1] ?? m[2])!);
  };
  visit(entry);
  return seen;
}

describe("model-provenance license FILE, installed", () => {
  it("answers as the full CLI does, in text and JSON (a Markdown rendering of Apache-2.0, the MIT example)", async () => {
    for (const args of [
      ["license", "examples/license-mismatch/LICENSE"],
      ["license", "examples/license-mismatch/LICENSE", "--format", "json"],
      ["license", "README.md"],
    ]) {
      const full = await inProcess(args);
      expect(installed(args)).toEqual(full);
    }
  });

  it("leaves usage errors to the full CLI, which prints the usage", () => {
    for (const args of [["license"], ["license", "no/such/file"], ["license", "LICENSE", "--format", "yaml"]]) {
      const r = installed(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/\n\nUsage: model-provenance <command>/);
    }
  });

  it("loads the identifier and a file reader only: not undici, the checks or the knowledge base", () => {
    const graph = chunkGraph("license-bin.js");
    const defines = (name: string) => [...graph].some((f) => readFileSync(path.join(root, "dist", f), "utf8").includes(`function ${name}(`));
    expect(defines("identifyLicense")).toBe(true);
    for (const heavy of ["undici.js", "cli.js", "bundle.js"]) expect(graph.has(heavy), heavy).toBe(false);
    expect(defines("loadCompiledKnowledgeBase")).toBe(false);
    expect(defines("analyze")).toBe(false);
    // The same questions of the full CLI's entry, so that the test can fail: it does load them.
    expect(chunkGraph("proxy.js").has("undici.js")).toBe(true);
    expect([...chunkGraph("cli.js")].some((f) => readFileSync(path.join(root, "dist", f), "utf8").includes("function analyze("))).toBe(true);
  });
});
