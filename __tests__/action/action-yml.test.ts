// action.yml and src/action/inputs.ts must list the same inputs and outputs, and action.yml must
// not carry defaults (they live in the options schema), except the token.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { INPUTS, OUTPUTS } from "../../src/action/inputs.js";
import { ActionOptionsSchema } from "../../src/action/options.js";

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const yml = parse(readFileSync(new URL("../../action.yml", import.meta.url), "utf8")) as ActionYml;

describe("action.yml", () => {
  it("lists exactly the inputs of the table, with the same descriptions", () => {
    expect(Object.fromEntries(Object.entries(yml.inputs).map(([k, v]) => [k, v.description]))).toEqual(INPUTS);
  });

  it("lists exactly the outputs of the table", () => {
    expect(Object.fromEntries(Object.entries(yml.outputs).map(([k, v]) => [k, v.description]))).toEqual(OUTPUTS);
  });

  it("has no defaults but the token's", () => {
    const withDefault = Object.entries(yml.inputs).filter(([, v]) => v.default !== undefined);
    expect(withDefault).toEqual([["token", { description: INPUTS.token, required: false, default: "${{ github.token }}" }]]);
  });

  it("names every input in the options schema", () => {
    expect(Object.keys(ActionOptionsSchema.shape).sort()).toEqual(Object.keys(INPUTS).sort());
  });

  it("is documented: docs/action.md has a table row for every input and output", () => {
    const doc = readFileSync(new URL("../../docs/action.md", import.meta.url), "utf8");
    for (const name of [...Object.keys(INPUTS), ...Object.keys(OUTPUTS)]) expect(doc, name).toContain(`| \`${name}\` |`);
  });

  it("runs dist/index.js on node24", () => {
    expect(yml.runs).toEqual({ using: "node24", main: "dist/index.js" });
  });
});
