import path from "node:path";
import { fileURLToPath } from "node:url";
import { Spec, Validation } from "@cyclonedx/cyclonedx-library";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { datasetRef, modelRef, renderBom, toCycloneDx } from "../../src/render/bom.js";
import type { Report } from "../../src/report.js";
import { card, check } from "../helpers.js";
import { clean, full, llm, report, sd } from "./fixture.js";

const root = path.resolve(fileURLToPath(new URL("../..", import.meta.url)));

// The library's strict validator: the CycloneDX 1.6 JSON schema, run with ajv, ajv-formats and ajv-formats-draft2019.
const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);
const errorsOf = async (json: unknown) => await validator.validate(JSON.stringify(json));

interface Component {
  type: string;
  name: string;
  "bom-ref": string;
  licenses?: { license: { id?: string; name?: string; acknowledgement?: string } }[];
  properties?: { name: string; value: string }[];
  modelCard?: { "bom-ref": string; modelParameters?: { datasets: { ref: string }[] }; properties?: { name: string; value: string }[] };
  pedigree?: { ancestors: Component[] };
  data?: { type: string; name: string }[];
}
interface Bom {
  bomFormat: string;
  specVersion: string;
  serialNumber?: string;
  metadata: { timestamp?: string; tools: { components: Component[] }; properties: { name: string; value: string }[] };
  components: Component[];
  dependencies: { ref: string; dependsOn?: string[] }[];
}

const bomOf = (r: Report) => toCycloneDx(r) as unknown as Bom;
const byRef = (b: Bom, ref: string) => b.components.find((c) => c["bom-ref"] === ref)!;
const props = (c: { properties?: { name: string; value: string }[] }, name: string) =>
  (c.properties ?? []).filter((p) => p.name === `model-provenance:${name}`).map((p) => p.value);

async function examplesReport(): Promise<Report> {
  let out = "";
  await main(["check", "examples", "--format", "json", "--fail-on", "never"], { stdout: (s) => (out += s), stderr: () => {}, isTTY: false, cwd: root });
  return JSON.parse(out) as Report;
}

describe("CycloneDX 1.6 ML-BOM", () => {
  it("validates against the CycloneDX 1.6 JSON schema (fixture, examples, empty, with serial and timestamp)", async () => {
    expect(await errorsOf(toCycloneDx(full))).toBeNull();
    expect(await errorsOf(toCycloneDx((await examplesReport())))).toBeNull();
    expect(await errorsOf(toCycloneDx(report([])))).toBeNull();
    const stamped = toCycloneDx(full, {
      timestamp: new Date("2026-11-28T10:00:00Z"),
      serialNumber: "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
      subject: { name: "my-org/models", version: "abc123" },
    });
    expect(await errorsOf(stamped)).toBeNull();
    expect(stamped).toMatchObject({ serialNumber: "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79", metadata: { timestamp: "2026-11-28T10:00:00.000Z" } });
  });

  it("is really checked: the validator rejects a wrong component type and a bad modelCard", async () => {
    const wrongType = bomOf(full);
    wrongType.components[0]!.type = "weights";
    expect(await errorsOf(wrongType)).not.toBeNull();
    const badCard = bomOf(full);
    (byRef(badCard, modelRef(sd)).modelCard as unknown as Record<string, unknown>).modelParameters = { datasets: [{ reference: "x" }] };
    expect(await errorsOf(badCard)).not.toBeNull();
  });

  it("has one machine-learning-model component per model, with a declared license", async () => {
    const b = bomOf(full);
    expect(b).toMatchObject({ bomFormat: "CycloneDX", specVersion: "1.6" });
    const models = b.components.filter((c) => c.type === "machine-learning-model");
    expect(models.map((c) => c["bom-ref"]).sort()).toEqual([modelRef(clean), modelRef(llm), modelRef(sd)].sort());
    // An SPDX id where the Hub id is one (apache-2.0 → Apache-2.0); otherwise the license's name.
    expect(byRef(b, modelRef(llm)).licenses).toEqual([{ license: { id: "Apache-2.0", acknowledgement: "declared" } }]);
    expect(byRef(b, modelRef(sd)).licenses).toEqual([{ license: { name: "CreativeML OpenRAIL-M", acknowledgement: "declared" } }]);
    expect(props(byRef(b, modelRef(sd)), "license.id")).toEqual(["creativeml-openrail-m"]);
  });

  it("records how the license was identified: file, confidence and matcher", async () => {
    const c = byRef(bomOf(full), modelRef(sd));
    expect(props(c, "license.file")).toEqual(["models/sd/LICENSE"]);
    expect(props(c, "license.identification.confidence")).toEqual(["0.97"]);
    expect(props(c, "license.identification.matcher")).toEqual(["fingerprint"]);
    expect(props(c, "license.source")).toEqual(["metadata"]);
  });

  it("lists each training dataset once as a data component, referenced from the model cards", async () => {
    const b = bomOf(full);
    const data = b.components.filter((c) => c.type === "data");
    expect(data.map((c) => c["bom-ref"]).sort()).toEqual(["data:laion-2b-en", "data:my-org/in-house-photos"]);
    const laion = byRef(b, "data:laion-2b-en");
    expect(laion).toMatchObject({ name: "LAION-2B-en", data: [{ type: "dataset", name: "LAION-2B-en" }] });
    expect(laion.licenses).toEqual([{ license: { id: "CC-BY-4.0", acknowledgement: "declared" } }]);
    expect(props(laion, "dataset.legal-basis")).toEqual(["eu-dsm-art3"]);
    expect(props(laion, "dataset.use-restriction")).toEqual(["recommended-research"]);
    expect(props(laion, "dataset.ref")).toEqual(["laion/laion2B-en"]);
    expect(props(byRef(b, "data:my-org/in-house-photos"), "dataset.known")).toEqual(["false"]);

    const sdCard = byRef(b, modelRef(sd)).modelCard!;
    expect(sdCard.modelParameters!.datasets).toEqual([{ ref: "data:laion-2b-en" }, { ref: "data:my-org/in-house-photos" }]);
    expect(byRef(b, modelRef(clean)).modelCard!.modelParameters!.datasets).toEqual([{ ref: datasetRef({ id: "laion-2b-en", ref: "x" }) }]);
    expect(props(byRef(b, modelRef(llm)).modelCard!, "training-data")).toEqual(["undisclosed"]);
    expect(byRef(b, modelRef(llm)).modelCard!.modelParameters).toBeUndefined();
    // Every reference resolves to a component of the BOM.
    const refs = new Set(b.components.map((c) => c["bom-ref"]));
    for (const c of b.components) for (const d of c.modelCard?.modelParameters?.datasets ?? []) expect(refs.has(d.ref)).toBe(true);
    expect(b.dependencies.find((d) => d.ref === modelRef(sd))!.dependsOn!.sort()).toEqual(["data:laion-2b-en", "data:my-org/in-house-photos"]);
  });

  it("puts base models in the pedigree as ancestors, with their license and relation", async () => {
    const c = byRef(bomOf(full), modelRef(sd));
    expect(c.pedigree!.ancestors).toHaveLength(1);
    const a = c.pedigree!.ancestors[0]!;
    expect(a).toMatchObject({ type: "machine-learning-model", name: "runwayml/stable-diffusion-v1-5" });
    expect(a.licenses).toEqual([{ license: { name: "creativeml-openrail-m", acknowledgement: "declared" } }]);
    expect(props(a, "base-model.relation")).toEqual(["finetune"]);
    expect(byRef(bomOf(full), modelRef(llm)).pedigree).toBeUndefined();
  });

  it("carries the findings and verdicts as properties (run-level ones on the metadata)", async () => {
    const b = bomOf(full);
    const sdc = byRef(b, modelRef(sd));
    expect(props(sdc, "verdict")).toEqual(["fail"]);
    expect(props(sdc, "finding")).toEqual([
      "error license-exceeds-data-rights models/sd/README.md:3: creativeml-openrail-m grants commercial-use, which laion-2b-en does not support",
      "warning attribution-missing models/sd/README.md:12: laion-2b-en carries per-item attribution licenses, but the card has no attribution notice (waived: attribution is kept in ATTRIBUTION.md, until 2027-01-01)",
    ]);
    expect(props(b.metadata, "verdict")).toEqual(["fail"]);
    expect(props(b.metadata, "finding")).toHaveLength(1);
    expect(props(b.metadata, "note")).toEqual(["Some training sources are copyrighted web content."]);
    expect(b.metadata.tools.components[0]).toMatchObject({ type: "application", name: "model-provenance-check", version: full.tool.version });
  });

  it("is reproducible: the same report gives the same BOM unless a serial or timestamp is asked for", async () => {
    expect(renderBom(full)).toBe(renderBom(full));
    expect(bomOf(full).serialNumber).toBeUndefined();
    expect(bomOf(full).metadata.timestamp).toBeUndefined();
  });
});

describe("BOM from the real pipeline", () => {
  it("lists a disclosed dataset and validates", async () => {
    const r = check({ "m/README.md": card("license: apache-2.0\ndatasets:\n  - laion/laion2B-en", "# M\n") });
    const b = bomOf(r);
    expect(await errorsOf(b)).toBeNull();
    const m = byRef(b, "model:m");
    expect(m.type).toBe("machine-learning-model");
    expect(m.modelCard!.modelParameters!.datasets.length).toBeGreaterThan(0);
    for (const d of m.modelCard!.modelParameters!.datasets) expect(byRef(b, d.ref).type).toBe("data");
  });
});
