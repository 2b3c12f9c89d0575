// The one table of the Action's inputs and outputs. action.yml must list exactly these (a test
// compares them), run.ts reads inputs only through `readInputs`, and tests build INPUT_* from it.
// No defaults here or in action.yml: they live in options.ts, so an input left out never hides
// what the policy file says.

export const INPUTS = {
  token: "Token for the GitHub API (reading the PR and the base branch's policy, commenting).",
  policy:
    "Policy file: a path in this repository, or owner/repo/path@ref for one kept in another repository (read with the token). Omitted: .github/model-provenance.yml when it exists, else the built-in defaults. On pull requests a path is read from the base branch.",
  paths: "Folders or files to scan, one per line or comma-separated. Omitted: the whole repository.",
  exclude: "Globs (gitignore syntax) of paths that hold no model of the repository's own, one per line or comma-separated; added to the policy's exclude. Omitted: the policy's.",
  "base-ref": "On push and workflow_dispatch: check only the models changed since this branch, tag or commit. Omitted: every model.",
  "head-ref": "With base-ref: the end of the comparison. Omitted: the commit the run is for.",
  "fail-on": "Lowest severity that fails the check: error, warning or never. Omitted: the policy's fail_on.",
  comment: "When to post the sticky PR comment: always, on-failure (when there are findings; on-findings is the same) or never. Omitted: on-failure.",
  "comment-header": "A name that keeps this step's PR comment apart from other steps' (a matrix, two checks). Omitted: one comment for the Action.",
  "inline-comments": "true to also post findings as PR review comments on the changed lines. Omitted: false.",
  "json-report": "Write the JSON report to this path. Omitted: a file under RUNNER_TEMP (see the report-path output).",
  sarif: "Write a SARIF 2.1.0 log to this path (for github/codeql-action/upload-sarif).",
  badge: "Write an SVG badge of the verdict to this path.",
  "badge-json": "Write a shields.io endpoint JSON of the verdict to this path.",
  bom: "Write a CycloneDX ML-BOM (JSON) of the checked models to this path.",
  "publish-badges": "true to commit the badges (overall and per model, SVG and shields.io JSON) to badge-branch on pushes to the default branch, schedules and manual runs. Needs contents: write. Omitted: false.",
  "badge-branch": "Branch that publish-badges commits to, created when missing; no other branch is written. Omitted: model-provenance-badges.",
  hub: "false to not fetch the Hugging Face cards of base models and datasets that neither the repository nor the rules know. Omitted: true (cached between runs with the Actions cache).",
  "hub-cache": "Folder for the fetched cards, outside the repository. Omitted: a folder under RUNNER_TEMP, saved and restored with the Actions cache.",
  "hf-token": "Hugging Face token for gated or private base models' cards. Omitted: $HF_TOKEN, else anonymous.",
  "api-timeout": "Seconds all GitHub API work of the run may take, retries included. Omitted: 300.",
  shard:
    "This job's share of the models in a matrix, K/N (e.g. 2/4, job 2 of 4): the models whose lineage group hashes to K. The step writes its JSON report and outputs for a merge step, and never comments, annotates or fails by itself. Omitted: every model.",
  merge:
    "Merge mode: the shards' JSON reports (files, or folders of .json files, one per line or comma-separated, e.g. downloaded artifacts). The step reads no model, and publishes one verdict, comment, summary and badge for all the shards. Omitted: check the repository.",
} as const;

export type InputName = keyof typeof INPUTS;
export const INPUT_NAMES = Object.keys(INPUTS) as InputName[];

export const OUTPUTS = {
  verdict: "pass, warn or fail.",
  errors: "Number of error findings (waived findings not counted).",
  warnings: "Number of warning findings (waived findings not counted).",
  "report-path": "Path of the JSON report.",
  "sarif-path": "Path of the SARIF log, when one was written.",
  "badge-path": "Path of the SVG badge, when one was written.",
  "badge-json-path": "Path of the badge JSON, when one was written.",
  "bom-path": "Path of the ML-BOM, when one was written.",
  "comment-url": "URL of the sticky PR comment, when there is one.",
  "comment-id": "Id of the sticky PR comment, when there is one.",
  "models-checked": "Number of models the run checked.",
} as const;

export type OutputName = keyof typeof OUTPUTS;

/** The runner passes input `fail-on` as INPUT_FAIL-ON: upper-cased, spaces to `_`, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

/** Given inputs, trimmed; an empty string counts as not given. */
export function readInputs(env: NodeJS.ProcessEnv): Partial<Record<InputName, string>> {
  const out: Partial<Record<InputName, string>> = {};
  for (const name of INPUT_NAMES) {
    const value = env[inputEnvName(name)]?.trim();
    if (value) out[name] = value;
  }
  return out;
}
