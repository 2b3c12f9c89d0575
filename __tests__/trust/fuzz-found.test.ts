// Inputs the fast-check properties (__tests__/properties/) found crashing the run, kept as plain
// tests: each gives a report with a finding at the line, and the other models are still checked.
// The cards are shrunk counterexamples in the shape of Hub model cards (YAML front matter).
import { describe, expect, it } from "vitest";
import { check, findings } from "../helpers.js";

describe("inputs the fuzzer found", () => {
  it("an alias that names no anchor (`- [*a, *a]`) is card-malformed at its line", () => {
    const r = check({ "models/a/README.md": "---\nlicense:\n  - [*a, *a]\n---\n", "models/b/README.md": "---\nlicense: mit\n---\n# B\n" });
    expect(findings(r, "card-malformed")[0]?.location).toMatchObject({ file: "models/a/README.md", line: 3 });
    expect(r.models.map((m) => m.path)).toEqual(["models/a", "models/b"]);
  });

  it("an empty dataset name (`datasets: !`, `- ''`) names no dataset and crashes nothing", () => {
    const r = check({ "models/a/README.md": "---\ndatasets: !\n---\n", "models/b/README.md": "---\nlicense: mit\ndatasets:\n  - ''\n  - '  '\n---\n# B\n" });
    expect(r.models.map((m) => m.path)).toEqual(["models/a", "models/b"]);
    expect(r.models.flatMap((m) => m.trainingSources.map((s) => s.id ?? null))).not.toContain("");
  });

  it("a merge key with nothing to merge (`<<:`, in a UTF-16 card) is card-malformed at its line", () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from("---\n<<:\n---\n", "utf16le")]);
    const r = check({ "models/a/README.md": utf16, "models/b/README.md": "---\nlicense: mit\n---\n# B\n" });
    expect(findings(r, "card-malformed")[0]?.location).toMatchObject({ file: "models/a/README.md", line: 2 });
    expect(r.models.map((m) => m.path)).toEqual(["models/a", "models/b"]);
  });
});
