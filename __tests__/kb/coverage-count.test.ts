// What measure:coverage counts as a dataset mention: named mentions only (metadata ids, names in
// the prose, own data named by id); shares and placeholders on their own lines. Cards written for
// this test in the shapes of Trainer-generated and hand-written Hub cards.
import { describe, expect, it } from "vitest";
import { measure } from "../../scripts/measure-coverage.js";
import { kb } from "../helpers.js";

describe("measure:coverage counting", () => {
  it("the headline counts names; shares and placeholders are counted apart", () => {
    const cards: [string, string][] = [
      // metadata id a catalogue knows, and an AutoTrain upload (own data named by id)
      ["a/README.md", "---\ndatasets:\n- laion/laion2B-en\n- someone/autotrain-data-pets\n---\n# a\n"],
      // the Trainer's sentence when it was given no dataset name: a placeholder
      ["b/README.md", "# b\n\nThis model is a fine-tuned version of [gpt2](https://huggingface.co/gpt2) on the None dataset.\n"],
      // a description: a share
      ["c/README.md", "# c\n\n## Training data\n\nIt was trained on a large corpus of parallel text.\n"],
      // a name no catalogue knows, in the prose
      ["d/README.md", "# d\n\n## Training data\n\nWe fine-tuned it on the Zyxwv Forum Threads dataset.\n"],
    ];
    const c = measure(cards, kb);
    expect({ mentions: c.mentions, resolved: c.resolved, ownData: c.ownData, placeholders: c.placeholders, shares: c.shares.mentions }).toEqual({
      mentions: 3,
      resolved: 1,
      ownData: 1,
      placeholders: 1,
      shares: 1,
    });
    expect(c.unresolved.map(([ref]) => ref).sort()).toEqual(["Zyxwv Forum Threads dataset", "someone/autotrain-data-pets"]);
  });
});
