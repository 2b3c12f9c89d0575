// A hand-built Report for the renderer tests: renderers read only the Report, so these tests do not
// depend on rules/ or the pipeline. Pipeline-based tests live beside them.
import type { Finding } from "../../src/domain.js";
import { count, verdictOf } from "../../src/engine/verdict.js";
import { REPORT_SCHEMA_VERSION, type ModelReport, type Report } from "../../src/report.js";
import { TOOL } from "../../src/version.js";

export function finding(over: Partial<Finding> & Pick<Finding, "checkId">): Finding {
  return {
    messageId: "m",
    severity: "error",
    message: "something is wrong",
    location: { file: "models/sd/README.md", line: 5, column: 1 },
    evidence: [],
    fix: "Fix it",
    ...over,
  };
}

export function model(over: Partial<ModelReport> & Pick<ModelReport, "path">): ModelReport {
  const findings = over.findings ?? [];
  const counts = count(findings);
  return {
    name: over.path,
    license: { id: "mit", name: "MIT License", source: "metadata" },
    trainingSources: [],
    baseModels: [],
    findings,
    counts,
    verdict: verdictOf(counts),
    ...over,
  };
}

export function report(models: ModelReport[], run: Finding[] = [], notes: string[] = []): Report {
  const counts = count([...run, ...models.flatMap((m) => m.findings)]);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: TOOL,
    policy: { source: "default", jurisdictions: ["eu", "us"], derivative: "unknown", failOn: "error" },
    models,
    findings: run,
    counts,
    verdict: verdictOf(counts),
    notes,
  };
}

export const exceeds = finding({
  checkId: "license-exceeds-data-rights",
  messageId: "exceeds",
  model: "models/sd",
  message: "creativeml-openrail-m grants commercial-use, which laion-2b-en does not support",
  location: { file: "models/sd/README.md", line: 3, column: 10 },
  evidence: [
    { about: "license", id: "creativeml-openrail-m", statement: "CreativeML OpenRAIL-M grants commercial-use: yes", sources: [{ url: "https://example.org/openrail" }] },
    { about: "dataset", id: "laion-2b-en", statement: "LAION-2B-en is copyrighted web content", location: { file: "models/sd/README.md", line: 12, column: 3 } },
    { about: "legal-basis", id: "eu-dsm-art3", statement: "EU DSM Art. 3 supports research only", sources: [{ url: "https://eur-lex.europa.eu/eli/dir/2019/790/oj", section: "Art. 3" }] },
  ],
  fix: "License the weights for research only, or retrain on data that supports commercial use",
});

export const attribution = finding({
  checkId: "attribution-missing",
  messageId: "perItem",
  severity: "warning",
  model: "models/sd",
  message: "laion-2b-en carries per-item attribution licenses, but the card has no attribution notice",
  location: { file: "models/sd/README.md", line: 12, column: 3 },
  evidence: [{ about: "dataset", id: "laion-2b-en", statement: "items are CC BY" }],
  fix: "Add an Attribution section",
  waived: { reason: "attribution is kept in ATTRIBUTION.md", expires: "2027-01-01" },
});

export const undisclosed = finding({
  checkId: "training-data-undisclosed",
  messageId: "undisclosed",
  severity: "warning",
  model: "models/llm",
  message: "LLM does not say what it was trained on, so its license cannot be checked against its data",
  location: { file: "models/llm/README.md", line: 1, column: 1 },
  evidence: [{ about: "card", statement: "no `datasets:` metadata" }],
  openQuestion: true,
  fix: "Add `datasets:` to the front matter",
});

export const expired = finding({
  checkId: "waiver-expired",
  messageId: "expired",
  severity: "warning",
  message: "the waiver of dataset-unknown for models/x expired on 2026-01-01 (in review)",
  location: { file: ".github/model-provenance.yml", line: 7, column: 5 },
  fix: "Renew or remove the waiver",
});

export const sd = model({
  path: "models/sd",
  name: "Stable Diffusion fine-tune",
  card: { file: "models/sd/README.md", frontMatter: true },
  license: {
    id: "creativeml-openrail-m",
    name: "CreativeML OpenRAIL-M",
    source: "metadata",
    location: { file: "models/sd/README.md", line: 3, column: 10 },
    file: { file: "models/sd/LICENSE", id: "creativeml-openrail-m", confidence: 0.97, matcher: "fingerprint" },
  },
  trainingSources: [
    {
      ref: "laion/laion2B-en",
      id: "laion-2b-en",
      name: "LAION-2B-en",
      via: "base-model",
      chain: ["models/sd", "runwayml/stable-diffusion-v1-5", "laion-2b-en"],
      license: "cc-by-4.0",
      useRestriction: "recommended-research",
      legalBasis: "eu-dsm-art3",
    },
    { ref: "my-org/in-house-photos", via: "metadata", location: { file: "models/sd/README.md", line: 6, column: 5 } },
  ],
  baseModels: [{ ref: "runwayml/stable-diffusion-v1-5", id: "stable-diffusion-v1-5", relation: "finetune", license: "creativeml-openrail-m" }],
  findings: [exceeds, attribution],
});

export const llm = model({
  path: "models/llm",
  name: "LLM",
  card: { file: "models/llm/README.md", frontMatter: true },
  license: { id: "apache-2.0", name: "Apache License 2.0", source: "metadata" },
  findings: [undisclosed],
});

export const clean = model({
  path: "models/clean",
  name: "Clean model",
  license: { id: "cc0-1.0", name: "CC0 1.0", source: "license-file", file: { file: "models/clean/LICENSE", id: "cc0-1.0", confidence: 1, matcher: "exact" } },
  trainingSources: [{ ref: "laion/laion2B-en", id: "laion-2b-en", name: "LAION-2B-en", via: "metadata", license: "cc-by-4.0", legalBasis: "eu-dsm-art3" }],
});

export const full = report([sd, llm, clean], [expired], ["Some training sources are copyrighted web content."]);
