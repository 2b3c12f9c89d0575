// `npx @github/local-action . src/action/run.ts .env` imports run() from src/action/run.ts with the
// variables of .env. This runs the same entry in-process with .env.example, on the bundled examples.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { INPUT_NAMES } from "../../src/action/inputs.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const example = readFileSync(path.join(root, ".env.example"), "utf8");
const variables = Object.fromEntries(
  example
    .split("\n")
    .filter((l) => /^[A-Z_][A-Z0-9_-]*=/.test(l))
    .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
);

describe(".env.example and the local-action entry", () => {
  it("lists every input of the Action", () => {
    for (const name of INPUT_NAMES) expect(variables).toHaveProperty(`INPUT_${name.toUpperCase()}`);
  });

  it("runs src/action/run.ts on the examples and writes the step's outputs", async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), "mpc-local-"));
    const files = { event: path.join(tmp, "event.json"), output: path.join(tmp, "output"), summary: path.join(tmp, "summary.md") };
    writeFileSync(files.event, JSON.stringify({ inputs: {} }));
    writeFileSync(files.output, "");
    writeFileSync(files.summary, "");
    // Each test file runs in its own worker, so setting process.env here touches no other test.
    Object.assign(process.env, variables, {
      GITHUB_WORKSPACE: root,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      RUNNER_TEMP: tmp,
    });
    const { run } = await import("../../src/action/run.js");
    await run(process.env);
    const outputs = readFileSync(files.output, "utf8");
    expect(outputs).toMatch(/verdict<<[^\n]+\nfail\n/);
    expect(readFileSync(files.summary, "utf8")).toContain("examples/stable-diffusion-v1");
    // Three examples fail by design: the run marks the step failed, as the runner would see it.
    expect(process.exitCode).toBe(1);
    process.exitCode = 0;
  });
});
