// Counts in every output are grouped as toLocaleString("en-US") groups them, without loading ICU's
// number formats at start-up (render/words.ts says why).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plural, thousands } from "../../src/render/words.js";

describe("thousands", () => {
  it("groups whole numbers as en-US does, at every size and sign", () => {
    for (const n of [0, 7, 999, 1000, 12_345, 999_999, 1_000_000, -1234, Number.MAX_SAFE_INTEGER]) expect(thousands(n)).toBe(n.toLocaleString("en-US"));
    fc.assert(fc.property(fc.maxSafeInteger(), (n) => thousands(n) === n.toLocaleString("en-US")));
  });

  it("leaves other numbers to toLocaleString", () => {
    expect(thousands(1234.5678)).toBe("1,234.568");
    expect(plural(12_000, "model")).toBe("12,000 models");
    expect(plural(1, "model")).toBe("1 model");
  });
});
