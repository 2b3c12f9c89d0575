// license-missing, license-unrecognized and license-mismatch.
import { describe, expect, it } from "vitest";
import { card, check, findings } from "../helpers.js";

describe("license-missing", () => {
  it("flags a card with no license anywhere", () => {
    const r = check({ "m/README.md": card("datasets:\n  - Spawning/PD12M") });
    expect(findings(r, "license-missing")).toMatchObject([{ severity: "error", location: { file: "m/README.md" } }]);
  });
  it("is satisfied by a License section in a card without front matter", () => {
    const r = check({ "README.md": "# M\n\n## License\nReleased under the MIT license.\n" });
    expect(findings(r, "license-missing")).toEqual([]);
  });
});

describe("license-unrecognized", () => {
  it("flags `license: other` without a name or link", () => {
    const r = check({ "README.md": card("license: other") });
    expect(findings(r, "license-unrecognized")).toMatchObject([{ messageId: "other", severity: "warning", location: { line: 2 } }]);
  });
  it("flags an id the Hub does not know", () => {
    const r = check({ "README.md": card("license: apache2") });
    expect(findings(r, "license-unrecognized")).toMatchObject([{ messageId: "unknownId" }]);
  });
  it("reports an unrecognised license file only when it governs the weights", () => {
    const modifiedMit = "Permission is hereby granted, free of charge, to any person obtaining a copy of this software, provided it is used only on Tuesdays.\n";
    const apacheNotice = 'Licensed under the Apache License, Version 2.0 (the "License");\nyou may not use this file except in compliance with the License.\n';
    const both = check({ "README.md": card("license: apache-2.0"), LICENSE: modifiedMit, "LICENSE-MODEL": apacheNotice });
    expect(findings(both, "license-unrecognized")).toEqual([]);
    const alone = check({ "README.md": card("license: apache-2.0"), LICENSE: modifiedMit });
    expect(findings(alone, "license-unrecognized")).toMatchObject([{ messageId: "file", location: { file: "LICENSE" } }]);
  });

  it("accepts `other` with a license_name rules/ knows", () => {
    const r = check({ "README.md": card("license: other\nlicense_name: stabilityai-community\nlicense_link: LICENSE.md") });
    expect(findings(r, "license-unrecognized")).toEqual([]);
  });
});

describe("license-mismatch", () => {
  const apacheNotice = 'Licensed under the Apache License, Version 2.0 (the "License");\nyou may not use this file except in compliance with the License.\n';
  it("flags card metadata that disagrees with the license file", () => {
    const r = check({ "README.md": card("license: cc-by-nc-4.0"), LICENSE: apacheNotice });
    expect(findings(r, "license-mismatch")).toMatchObject([{ severity: "error", location: { file: "README.md", line: 2 } }]);
  });
  it("flags a version difference in the card's own License section", () => {
    const r = check({ "README.md": card("license: cc-by-sa-4.0", "# M\n\n## License\nCC BY-SA 3.0\n") });
    expect(findings(r, "license-mismatch")).toHaveLength(1);
  });
  it("accepts agreement", () => {
    const r = check({ "README.md": card("license: apache-2.0"), LICENSE: apacheNotice });
    expect(findings(r, "license-mismatch")).toEqual([]);
  });
});

describe("model names in reports", () => {
  it("use the card's title, or the folder when the title only names a section", () => {
    expect(check({ "m/README.md": card("license: mit", "# Heron 8B\n") }).models[0]!.name).toBe("Heron 8B");
    expect(check({ "llama3_1/MODEL_CARD.md": card("license: llama3.1", "# Model Details\n") }).models[0]!.name).toBe("llama3_1");
  });
});
