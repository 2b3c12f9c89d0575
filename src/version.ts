// The tool's name, version and one home. Kept in step with package.json (`name`, `version`,
// `repository`) by a test, so reports name the version that produced them and every link the
// tool prints (docs, SARIF rule help, rules/ entries) points at the same repository and release.
export const TOOL = { name: "model-provenance-check", version: "0.1.0" } as const;

/** GitHub owner/name: the one place the repository's slug is written in code. */
export const REPOSITORY = "model-provenance/model-provenance-check";
export const REPOSITORY_URL = `https://github.com/${REPOSITORY}`;
/** The tag this version is released as (`v0.1.0`); its major tag (`v0`) is what `uses:` names. */
export const RELEASE_TAG = `v${TOOL.version}`;
export const MAJOR_TAG = `v${TOOL.version.split(".")[0]}`;
/** The step users copy: the one `uses:` line the docs give. */
export const USES = `${REPOSITORY}@${MAJOR_TAG}`;

/** A file of the repository as released with this version (docs, rules/ entries). */
export function releasedFile(file: string, anchor?: string): string {
  const encoded = file.split("/").map(encodeURIComponent).join("/");
  return `${REPOSITORY_URL}/blob/${RELEASE_TAG}/${encoded}${anchor ? `#${anchor}` : ""}`;
}

/** The policy's JSON Schema as released with this version (for `$schema` lines in editors). */
export const POLICY_SCHEMA_URL = `https://raw.githubusercontent.com/${REPOSITORY}/${RELEASE_TAG}/schema/model-provenance.schema.json`;
