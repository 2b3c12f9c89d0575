// The bundled examples are the README's main job: their verdicts are golden outputs.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { ReportJsonSchema } from "../../src/report.js";

const root = path.resolve(fileURLToPath(new URL("../..", import.meta.url)));

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, cwd: root });
  return { code, stdout, stderr };
}

const json = await run(["check", "examples", "--format", "json", "--fail-on", "never"]);

describe("model-provenance check examples", () => {
  const report = JSON.parse(json.stdout);
  const verdict = (p: string) => report.models.find((m: { path: string }) => m.path === p);

  it("fails Stable Diffusion v1, citing DSM Art. 3 and the line in the card", async () => {
    const m = verdict("examples/stable-diffusion-v1");
    expect(m.verdict).toBe("fail");
    const f = m.findings.find((x: { checkId: string }) => x.checkId === "license-exceeds-data-rights");
    expect(f.evidence.map((e: { id?: string }) => e.id)).toContain("eu-dsm-art3");
    expect(f.location.file).toBe("examples/stable-diffusion-v1/README.md");
  });

  it("prints JSON that satisfies the published report schema", async () => {
    const parsed = ReportJsonSchema.safeParse(report);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(report.schemaVersion).toBe("2.0");
    expect(report.verdict).toBe("fail");
  });

  it("passes the public-domain model", async () => {
    expect(verdict("examples/public-domain-diffusion")).toMatchObject({ verdict: "pass", findings: [] });
  });

  it("fails the OpenRAIL-M fine-tune relabelled MIT", async () => {
    const m = verdict("examples/openrail-finetune-mit");
    expect(m.verdict).toBe("fail");
    expect(m.findings.map((f: { checkId: string }) => f.checkId)).toContain("base-model-terms-violated");
  });

  it("warns on the LLM with undisclosed training data", async () => {
    const m = verdict("examples/llm-undisclosed");
    expect(m.verdict).toBe("warn");
    expect(m.findings.map((f: { checkId: string }) => f.checkId)).toEqual(["training-data-undisclosed"]);
  });

  it("fails the card whose metadata disagrees with its LICENSE", async () => {
    const m = verdict("examples/license-mismatch");
    expect(m.verdict).toBe("fail");
    expect(m.findings.map((f: { checkId: string }) => f.checkId)).toContain("license-mismatch");
  });

  it("prints the same report as text, matching the golden file", async () => {
    const text = await run(["check", "examples", "--fail-on", "never"]);
    expect(text.code).toBe(0);
    await expect(text.stdout).toMatchFileSnapshot("../golden/examples.txt");
  });

  it("exits 1 when findings reach --fail-on and 2 on usage errors", async () => {
    expect((await run(["check", "examples"])).code).toBe(1);
    expect((await run(["check", "examples/public-domain-diffusion"])).code).toBe(0);
    expect((await run(["check", "examples/llm-undisclosed", "--fail-on", "warning"])).code).toBe(1);
    expect((await run(["check", "--format", "yaml"])).code).toBe(2);
    expect((await run(["check", "no/such/dir"])).code).toBe(2);
    expect((await run(["frobnicate"])).code).toBe(2);
  });

  it("accepts the README's policy example, given by an absolute path", async () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    const example = /```yaml\n(jurisdictions:[\s\S]*?)```/.exec(readme)![1]!;
    const file = path.join(mkdtempSync(path.join(tmpdir(), "policy-")), "model-provenance.yml");
    writeFileSync(file, example);
    const r = (await run(["check", "examples/public-domain-diffusion", "--policy", file, "--format", "json"]));
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toMatchObject({ findings: [], policy: { source: "file", jurisdictions: ["EU", "UK", "US", "JP", "SG"] } });
    expect(r.code).toBe(0);
  });

  it("exits 2 on an invalid policy and still reports the models", async () => {
    const r = (await run(["check", "examples/public-domain-diffusion", "--policy", "__tests__/fixtures/policies/invalid.yml", "--format", "json"]));
    expect(r.code).toBe(2);
    const rep = JSON.parse(r.stdout);
    expect(rep.findings[0]).toMatchObject({ checkId: "policy-invalid", location: { file: "__tests__/fixtures/policies/invalid.yml", line: 3 } });
    expect(rep.models).toHaveLength(1);
  });
});

describe("model-provenance license", () => {
  it("identifies one file and says which matcher decided", async () => {
    const text = (await run(["license", "examples/license-mismatch/LICENSE"]));
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^apache-2\.0 .*reference/s);
    // An SPDX reference text as published (spdx-license-list), written where a user keeps it.
    const spdx = createRequire(import.meta.url)("spdx-license-list/full") as Record<string, { licenseText: string }>;
    const file = path.join(mkdtempSync(path.join(tmpdir(), "mp-license-")), "LICENSE");
    writeFileSync(file, spdx["BSD-3-Clause"]!.licenseText);
    const json = JSON.parse((await run(["license", file, "--format", "json"])).stdout);
    expect(json).toMatchObject({ id: "bsd-3-clause", matcher: "exact", status: "identified", confidence: 100 });
  });
  it("exits 2 without exactly one file", async () => {
    expect((await run(["license"])).code).toBe(2);
    expect((await run(["license", "no/such/file"])).code).toBe(2);
  });
});
