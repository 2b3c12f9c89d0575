// The package's programmatic entry (`import { analyze } from "model-provenance-check"`, bundled
// as dist/api.js): the same pure analysis the CLI and the Action run, with the knowledge base
// compiled artefact beside the bundle, and the renderers of its report.
import { loadCompiledKnowledgeBase } from "./kb/compiled.js";
import type { KnowledgeBase } from "./kb/knowledge-base.js";
import { analyze as analyzeWith, type AnalysisInput } from "./pipeline.js";
import type { Report } from "./report.js";

export type { Evidence, Finding, Location, Source, Verdict } from "./domain.js";
export type { AnalysisInput, InputFile, PullRequestView } from "./pipeline.js";
export type { BaseModelRef, Counts, ModelReport, Report, TrainingSource } from "./report.js";
export type { KnowledgeBase } from "./kb/knowledge-base.js";
export { REPORT_SCHEMA_VERSION } from "./report.js";
export { readWorkspace } from "./workspace.js";
export { renderJson } from "./render/json.js";
export { renderMarkdown } from "./render/markdown.js";
export { renderText } from "./render/text.js";
export { renderSarif } from "./render/sarif.js";
export { TOOL } from "./version.js";

/** The knowledge base this version ships (rules/compiled/knowledge-base.json, validated when it was built). */
export function knowledgeBase(): KnowledgeBase {
  return loadCompiledKnowledgeBase();
}

/** Analyses the given files (cards, license files, dataset cards) under the given or default policy. */
export function analyze(input: Omit<AnalysisInput, "kb"> & { kb?: KnowledgeBase | undefined }): Report {
  return analyzeWith({ ...input, kb: input.kb ?? knowledgeBase() });
}
