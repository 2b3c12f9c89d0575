// Validates rules/ and prints every problem with file:line, or the entry counts.
// Usage: npx tsx scripts/check-rules.ts [kind-prefix]   (prefix filters the problems shown)
import { KnowledgeBaseError, loadRules } from "../src/kb/load.js";

const only = process.argv[2];
try {
  const kb = loadRules();
  console.log(
    `rules OK: ${kb.licenses.size} licenses, ${kb.legalBases.size} legal bases, ${kb.datasets.size} datasets, ${kb.models.size} models, ${kb.providers.size} providers`,
  );
} catch (e) {
  if (!(e instanceof KnowledgeBaseError)) throw e;
  const shown = e.problems.filter((p) => !only || p.location.file.startsWith(only));
  for (const p of shown) console.log(`rules/${p.location.file}:${p.location.line}:${p.location.column} ${p.path} ${p.message}`);
  console.log(`${shown.length} problem(s) shown of ${e.problems.length}`);
  process.exitCode = 1;
}
