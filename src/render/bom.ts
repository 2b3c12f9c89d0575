// A provenance bill of materials: CycloneDX 1.6 ML-BOM. Pure: Report → BOM JSON.
//
// The CycloneDX library builds and normalises the parts it models (components, licenses,
// properties, dependencies, metadata); it has no model for `modelCard`, `pedigree` or a
// component's `data`, so those are added to its normalised JSON by bom-ref afterwards.
// The result is validated against the CycloneDX 1.6 JSON schema in the tests.
import { Enums, Models, Serialize, Spec, SPDX } from "@cyclonedx/cyclonedx-library";
import type { Finding } from "../domain.js";
import type { ModelReport, Report, TrainingSource } from "../report.js";
import { INFORMATION_URI } from "./sarif.js";

export const BOM_SPEC_VERSION = "1.6";
/** Prefix of every property this tool writes (CycloneDX recommends namespaced property names). */
export const PROPERTY_PREFIX = "model-provenance";

export interface BomOptions {
  /** metadata.timestamp. Omitted unless given, so the same report gives the same BOM. */
  timestamp?: Date | undefined;
  /** `urn:uuid:…`; omitted unless given, for the same reason. */
  serialNumber?: string | undefined;
  /** What the BOM describes (metadata.component), e.g. the repository. */
  subject?: { name: string; version?: string | undefined } | undefined;
}

/** The normalised CycloneDX JSON (a plain object ready for JSON.stringify). */
export type CycloneDxJson = Record<string, unknown>;

type JsonObject = Record<string, unknown>;

export function modelRef(m: Pick<ModelReport, "path">): string {
  return `model:${m.path}`;
}

export function datasetRef(s: Pick<TrainingSource, "id" | "ref">): string {
  return `data:${s.id ?? s.ref}`;
}

export function toCycloneDx(report: Report, opts: BomOptions = {}): CycloneDxJson {
  const bom = new Models.Bom();
  describeRun(bom, report, opts);
  const data = dataComponents(report);
  for (const c of data.values()) bom.components.add(c);
  const models = new Map<string, ModelReport>();
  for (const m of report.models) {
    bom.components.add(modelComponent(m, data));
    models.set(modelRef(m), m);
  }
  const options = { sortLists: true };
  const factory = new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6);
  const json = factory.makeForBom().normalize(bom, options) as unknown as JsonObject;
  // What the library does not model: modelCard and pedigree on models, `data` on datasets.
  const normalize = (a: Models.Component) => factory.makeForComponent().normalize(a, options);
  for (const c of (json.components as JsonObject[] | undefined) ?? []) {
    const m = models.get(c["bom-ref"] as string);
    if (m) {
      c.modelCard = modelCard(m);
      if (m.baseModels.length > 0) c.pedigree = { ancestors: m.baseModels.map((b) => normalize(ancestor(modelRef(m), b))) };
    } else if (c.type === "data") {
      c.data = [{ type: "dataset", name: c.name }];
    }
  }
  return json;
}

/** The BOM's metadata: this tool, the subject when given, the run's properties. */
function describeRun(bom: Models.Bom, report: Report, opts: BomOptions): void {
  if (opts.serialNumber) bom.serialNumber = opts.serialNumber;
  if (opts.timestamp) bom.metadata.timestamp = opts.timestamp;
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, report.tool.name, {
      version: report.tool.version,
      bomRef: `tool:${report.tool.name}`,
      externalReferences: new Models.ExternalReferenceRepository([new Models.ExternalReference(INFORMATION_URI, Enums.ExternalReferenceType.Website)]),
    }),
  );
  if (opts.subject) {
    bom.metadata.component = new Models.Component(Enums.ComponentType.Application, opts.subject.name, {
      bomRef: "subject",
      ...(opts.subject.version ? { version: opts.subject.version } : {}),
    });
  }
  for (const p of runProperties(report)) bom.metadata.properties.add(p);
}

/** One data component per training dataset, shared by every model trained on it, by bom-ref. */
function dataComponents(report: Report): Map<string, Models.Component> {
  const data = new Map<string, Models.Component>();
  for (const s of report.models.flatMap((m) => m.trainingSources)) {
    const ref = datasetRef(s);
    const existing = data.get(ref);
    if (existing) {
      addRef(existing, s.ref);
      continue;
    }
    const c = new Models.Component(Enums.ComponentType.Data, s.name ?? s.id ?? s.ref, { bomRef: ref });
    const lic = license(s.license ?? undefined, undefined);
    if (lic) c.licenses.add(lic);
    const props: [string, string | undefined | null][] = [
      ["dataset.id", s.id],
      ["dataset.legal-basis", s.legalBasis],
      ["dataset.use-restriction", s.useRestriction],
      ["dataset.license", s.license],
      ["dataset.known", s.id ? "true" : "false"],
    ];
    for (const [k, v] of props) if (v) c.properties.add(prop(k, v));
    addRef(c, s.ref);
    data.set(ref, c);
  }
  return data;
}

function modelComponent(m: ModelReport, data: ReadonlyMap<string, Models.Component>): Models.Component {
  const c = new Models.Component(Enums.ComponentType.MachineLearningModel, m.name, { bomRef: modelRef(m) });
  const lic = license(m.license.id ?? undefined, m.license.name);
  if (lic) c.licenses.add(lic);
  for (const p of modelProperties(m)) c.properties.add(p);
  for (const s of m.trainingSources) {
    const d = data.get(datasetRef(s));
    if (d) c.dependencies.add(d.bomRef);
  }
  return c;
}

/** A base model in a model's pedigree, with how it relates and where the card declares it. */
function ancestor(ref: string, b: ModelReport["baseModels"][number]): Models.Component {
  const a = new Models.Component(Enums.ComponentType.MachineLearningModel, b.ref, { bomRef: `${ref}#base:${b.ref}` });
  const l = license(b.license, undefined);
  if (l) a.licenses.add(l);
  a.properties.add(prop("base-model.relation", b.relation));
  if (b.id) a.properties.add(prop("base-model.id", b.id));
  if (b.location) a.properties.add(prop("base-model.declared-at", `${b.location.file}:${b.location.line}`));
  return a;
}

export function renderBom(report: Report, opts: BomOptions = {}): string {
  return JSON.stringify(toCycloneDx(report, opts), null, 2) + "\n";
}

function modelCard(m: ModelReport): JsonObject {
  const refs = [...new Set(m.trainingSources.map(datasetRef))];
  return {
    "bom-ref": `model-card:${m.path}`,
    ...(refs.length > 0 ? { modelParameters: { datasets: refs.map((ref) => ({ ref })) } } : {}),
    properties: [
      { name: `${PROPERTY_PREFIX}:training-data`, value: refs.length > 0 ? "disclosed" : "undisclosed" },
      ...(m.card ? [{ name: `${PROPERTY_PREFIX}:card`, value: m.card.file }] : []),
    ],
  };
}

function modelProperties(m: ModelReport): Models.Property[] {
  const out: Models.Property[] = [
    prop("path", m.path),
    prop("verdict", m.verdict),
    prop("counts.error", String(m.counts.error)),
    prop("counts.warning", String(m.counts.warning)),
    prop("counts.note", String(m.counts.note)),
    prop("license.source", m.license.source),
  ];
  if (m.license.id) out.push(prop("license.id", m.license.id));
  if (m.license.location) out.push(prop("license.declared-at", `${m.license.location.file}:${m.license.location.line}`));
  const id = m.license.file;
  if (id) {
    out.push(prop("license.file", id.file));
    out.push(prop("license.identification.id", id.id ?? "unidentified"));
    out.push(prop("license.identification.confidence", String(id.confidence)));
    out.push(prop("license.identification.matcher", id.matcher));
  }
  for (const s of m.trainingSources) {
    const chain = s.chain && s.chain.length > 0 ? ` (${s.chain.join(" → ")})` : "";
    out.push(prop("training-source", `${s.id ?? s.ref} via ${s.via}${chain}`));
  }
  for (const f of m.findings) out.push(prop("finding", findingText(f)));
  return out;
}

function runProperties(r: Report): Models.Property[] {
  return [
    prop("verdict", r.verdict),
    prop("counts.error", String(r.counts.error)),
    prop("counts.warning", String(r.counts.warning)),
    prop("counts.note", String(r.counts.note)),
    prop("policy", r.policy.file ?? "defaults"),
    prop("policy.jurisdictions", r.policy.jurisdictions.join(",")),
    prop("policy.derivative", r.policy.derivative),
    ...r.findings.map((f) => prop("finding", findingText(f))),
    ...r.notes.map((n) => prop("note", n)),
  ];
}

/** One line per finding: severity, check, where, message; and the waiver if one covers it. */
export function findingText(f: Finding): string {
  const waived = f.waived ? ` (waived: ${f.waived.reason}${f.waived.expires ? `, until ${f.waived.expires}` : ""})` : "";
  return `${f.severity} ${f.checkId} ${f.location.file}:${f.location.line}: ${f.message}${waived}`;
}

/** An SPDX license when the id is one (Hub ids are lower-case SPDX ids where one exists), else a named one. */
function license(id: string | undefined, name: string | undefined): Models.DisjunctiveLicense | undefined {
  const ack = { acknowledgement: Enums.LicenseAcknowledgement.Declared };
  const spdx = id ? SPDX.fixupSpdxId(id) : undefined;
  if (spdx) return new Models.SpdxLicense(spdx, ack);
  const label = name ?? id;
  return label ? new Models.NamedLicense(label, ack) : undefined;
}

function prop(name: string, value: string): Models.Property {
  return new Models.Property(`${PROPERTY_PREFIX}:${name}`, value);
}

function addRef(c: Models.Component, ref: string): void {
  const name = `${PROPERTY_PREFIX}:dataset.ref`;
  if (![...c.properties].some((p) => p.name === name && p.value === ref)) c.properties.add(new Models.Property(name, ref));
}
