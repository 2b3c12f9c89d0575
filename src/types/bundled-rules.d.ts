// A module that exists only inside the Action's bundle: scripts/build-action.ts makes it from
// rules/**/*.yaml (validated by loadKnowledgeBase) so dist/index.js carries no YAML to parse.
declare module "virtual:model-provenance/rules" {
  import type { CompiledKnowledgeBase } from "../kb/load.js";
  const rules: CompiledKnowledgeBase;
  export default rules;
}
