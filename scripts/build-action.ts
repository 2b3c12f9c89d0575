// Bundles the Action: src/index.ts → dist/index.js (ESM for node24), with the JSON data files the
// code reads copied beside it: fingerprints.json and the compiled knowledge base (the very artefact
// the CLI loads, rules/compiled/knowledge-base.json).
// `npm run build` writes dist/; __tests__/action/dist.test.ts builds in memory and compares.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import commonjsPlugin from "@rollup/plugin-commonjs";
import jsonPlugin from "@rollup/plugin-json";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import sucrasePlugin from "@rollup/plugin-sucrase";
import { rollup, type OutputOptions, type Plugin, type RollupLog } from "rollup";

// These plugins' typings are CommonJS-style: under NodeNext the function sits on `.default` for
// the type checker, while at run time the ES build's default export is the function itself.
const commonjs = commonjsPlugin as unknown as typeof commonjsPlugin.default;
const json = jsonPlugin as unknown as typeof jsonPlugin.default;
const sucrase = sucrasePlugin as unknown as typeof sucrasePlugin.default;

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
/**
 * Source reads data files at `new URL("<relative>.json", import.meta.url)`, relative to its own
 * module. In the bundle that module is dist/index.js, so the file is copied into dist/ and the URL
 * rewritten to point beside the bundle. The file stays lazily read, as it is from source.
 */
function dataFilesBesideBundle(): Plugin {
  const pattern = /new URL\(\s*(["'])([^"']+\.json)\1\s*,\s*import\.meta\.url\s*\)/g;
  const emitted = new Map<string, string>();
  return {
    name: "data-files-beside-bundle",
    transform(code, id) {
      if (id.includes("node_modules") || !pattern.test(code)) return null;
      return code.replace(pattern, (_m, _q, rel: string) => {
        const abs = path.resolve(path.dirname(id), rel);
        const name = path.basename(abs);
        if (emitted.has(name) && emitted.get(name) !== abs) this.error(`two data files named ${name}`);
        emitted.set(name, abs);
        this.emitFile({ type: "asset", fileName: name, source: readFileSync(abs) });
        return `new URL(${JSON.stringify(`./${name}`)}, import.meta.url)`;
      });
    },
  };
}

/**
 * Node's built-in modules, taken with process.getBuiltinModule() instead of `import`. Importing one
 * as an ES module reads every export, and some exports are lazy getters that load much more:
 * fs.ReadStream loads the stream classes, crypto.webcrypto the Web Crypto API, and on Node 24
 * http.WebSocket loads undici: about 30 ms of a start-up. Each export here is read only where the
 * bundle uses it (an unused one is dropped: the read is marked pure).
 */
const BUILTIN_PREFIX = "\0builtin:";

function builtinsWithoutFacade(): Plugin {
  const PREFIX = BUILTIN_PREFIX;
  return {
    name: "builtins-without-facade",
    resolveId: (id) => (isBuiltin(id) && !id.startsWith("node:module") && id !== "module" ? `${PREFIX}${id.replace(/^node:/, "")}` : null),
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const name = `node:${id.slice(PREFIX.length)}`;
      // Named imports resolve as properties of `__builtin` (rollup's synthetic named exports), read
      // where the bundle uses them. Listing the module's exports instead would make the bundle
      // depend on the Node version that built it (Node 24's http has exports Node 20's lacks).
      const code = [
        'import { createRequire as __createRequire } from "node:module";',
        // getBuiltinModule came in Node 20.16; before it, require() gives the same object.
        `export const __builtin = process.getBuiltinModule?.(${JSON.stringify(name)}) ?? __createRequire(import.meta.url)(${JSON.stringify(name)});`,
        "export default __builtin;",
      ].join("\n");
      return { code, syntheticNamedExports: "__builtin" };
    },
  };
}

/** Modules whose top-level code only builds zod schemas (and constants). */
const SCHEMA_MODULES = ["src/domain.ts", "src/report.ts", "src/kb/schema.ts", "src/policy/schema.ts", "src/action/options.ts"].map((f) => path.join(ROOT, f));

/**
 * Marks the calls that build the schemas at the top level of SCHEMA_MODULES as pure, so that rollup
 * leaves out the schemas the Action never uses (the report's, which serve the published JSON
 * Schema, and most of the knowledge base's) instead of building them at every start. Calls inside
 * functions (refinements, transforms) are left alone: they run for their effects.
 */
function pureSchemaBuilders(): Plugin {
  type Node = { type: string; start: number } & Record<string, unknown>;
  const isNode = (v: unknown): v is Node => typeof v === "object" && v !== null && typeof (v as Node).type === "string";
  return {
    name: "pure-schema-builders",
    transform(code, id) {
      if (!SCHEMA_MODULES.includes(id)) return null;
      const starts = new Set<number>();
      const visit = (node: unknown): void => {
        if (!isNode(node) || /Function/.test(node.type)) return;
        if (node.type === "CallExpression") starts.add(node.start);
        for (const value of Object.values(node)) for (const child of Array.isArray(value) ? value : [value]) visit(child);
      };
      for (const statement of (this.parse(code) as unknown as { body: Node[] }).body) {
        const declaration = statement.type === "ExportNamedDeclaration" ? (statement.declaration as Node | null) : statement;
        if (declaration?.type === "VariableDeclaration") for (const d of declaration.declarations as Node[]) visit(d.init);
      }
      let out = code;
      for (const at of [...starts].sort((a, b) => b - a)) out = `${out.slice(0, at)}/*#__PURE__*/ ${out.slice(at)}`;
      return { code: out, map: null };
    },
  };
}

/**
 * Bottleneck, the queue of @octokit/plugin-throttling, yields to the event loop between the steps
 * of every job with setTimeout(0), which Node rounds up to 1 ms: some 8 waits, about 10 ms of
 * idling, before each API request. In the bundle a wait of 0 is a setImmediate(): still after
 * pending I/O, without the 1 ms. Delays it asks for (minTime spacing of writes, rate-limit
 * back-off) are unchanged, and stop() clears either kind of handle.
 */
function bottleneckYieldsPromptly(): Plugin {
  const edits: [RegExp, string][] = [
    // LocalDatastore.yieldLoop(t = 0)
    [/return setTimeout\(resolve, t\);/g, "return t > 0 ? setTimeout(resolve, t) : setImmediate(resolve);"],
    // Bottleneck._run: the job starts after `wait` ms, usually 0.
    [/timeout: setTimeout\((\(\) => \{\s*return job\.doExecute\(this\._limiter, clearGlobalState, run, free\);\s*\}), wait\),/g, "timeout: (wait > 0 ? setTimeout : setImmediate)($1, wait),"],
    // Bottleneck.stop(): an Immediate has no refresh().
    [/clearTimeout\(v\.timeout\);/g, 'typeof v.timeout?.refresh === "function" ? clearTimeout(v.timeout) : clearImmediate(v.timeout);'],
  ];
  return {
    name: "bottleneck-yields-promptly",
    transform(code, id) {
      if (!/\/node_modules\/bottleneck\/light\.js$/.test(id)) return null;
      let out = code;
      for (const [pattern, replacement] of edits) {
        const count = out.match(pattern)?.length ?? 0;
        if (count !== 1) this.error(`bottleneck-yields-promptly: ${pattern} matches ${count} times in ${id}, not once: review the plugin`);
        out = out.replace(pattern, replacement);
      }
      return { code: out, map: null };
    },
  };
}

const OPTIONAL_PLUGINS = ["xmlbuilder2", "libxmljs2", "ajv", "ajv-formats", "ajv-formats-draft2019"];

// CommonJS dependencies (@cyclonedx/cyclonedx-library) compute paths from __dirname at load time;
// ES modules have none, so the bundle defines it (pointing at dist/; nothing is read from there).
const BANNER = [
  'import { fileURLToPath as __bundleFileURLToPath } from "node:url";',
  "const __filename = __bundleFileURLToPath(import.meta.url);",
  'const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));',
].join("\n");

// dist/index.js is the Action's entry, dist/cli.js the CLI's (bin/model-provenance.js) and
// dist/api.js the package's programmatic one; what they share is a chunk of its own, and what the
// code loads with import() (badge-maker, the CycloneDX library, SARIF) is a chunk beside them,
// named after its module, so a run that does not need it neither reads nor compiles it. undici
// (the proxy transport, and @actions/cache's HTTP client) is a chunk of its own, named so.
/**
 * undici is a chunk of its own. Each built-in's facade and the CommonJS helpers are one too: undici
 * uses them as well, and a manual chunk takes in what its modules import, so the CLI's reading
 * threads and `license FILE` (which need fs, path, worker_threads) would otherwise load the 1 MB
 * undici chunk for them.
 */
function manualChunks(id: string): string | undefined {
  if (id.includes("/node_modules/undici/")) return "undici";
  if (id.startsWith(BUILTIN_PREFIX)) return `_builtin_${id.slice(BUILTIN_PREFIX.length).replace(/\W/g, "_")}`;
  if (id.startsWith("\0commonjsHelpers")) return "_commonjs_helpers";
  return undefined;
}

const ENTRIES = { index: "src/index.ts", cli: "src/cli/bundle.ts", api: "src/api.ts", "preread-worker": "src/cli/preread-worker.ts" };
const OUTPUT: OutputOptions = {
  format: "es",
  banner: BANNER,
  entryFileNames: "[name].js",
  chunkFileNames: "[name].js",
  generatedCode: "es2015",
  manualChunks,
};

/**
 * Packages whose code the bundle never calls, but that rollup would keep (and run at start-up)
 * because importing them might have side effects: @actions/http-client and what it brings (undici,
 * tunnel), which only @actions/core's OIDC client uses (Octokit uses Node's own fetch), and
 * @actions/exec and @actions/io, which only core's platform details use. Node's built-in modules
 * have no side effects the bundle relies on either, so an import of one that nothing uses is dropped.
 */
const NO_SIDE_EFFECTS = ["undici", "tunnel", "@actions/http-client", "@actions/exec", "@actions/io"];

export interface Built {
  /** The bundle's files by name (index.js and the data files beside it). */
  files: Map<string, Uint8Array>;
  /** Bytes each package contributes to each chunk ("index.js: yaml"), largest first (for keeping the bundle lean). */
  packages: [string, number][];
}

export async function buildAction(): Promise<Built> {
  const bundle = await rollup({
    input: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, path.join(ROOT, file)])),
    plugins: [
      builtinsWithoutFacade(),
      dataFilesBesideBundle(),
      sucrase({ transforms: ["typescript"], disableESTransforms: true, exclude: ["**/node_modules/**"] }),
      pureSchemaBuilders(),
      bottleneckYieldsPromptly(),
      nodeResolve({ preferBuiltins: true, exportConditions: ["node"] }),
      // Optional plug-ins of @cyclonedx/cyclonedx-library (XML output, schema validation) that the
      // JSON BOM never uses. Left as plain require() calls, which fail inside the library's own
      // try/catch, instead of static imports that would stop the bundle from loading at all.
      // require() of a built-in gives the module object itself, as in Node.
      commonjs({ ignore: OPTIONAL_PLUGINS, requireReturnsDefault: (id) => id.startsWith(BUILTIN_PREFIX) }),
      json(),
    ],
    treeshake: {
      moduleSideEffects: (id, external) => !external && !NO_SIDE_EFFECTS.some((pkg) => id.includes(`/node_modules/${pkg}/`)),
      // Building a zod schema has no effect but its value: schemas the Action never uses (the
      // report's and the knowledge base's, which serve the JSON Schemas and the YAML loader) are
      // left out instead of being built at every start.
      manualPureFunctions: ["z"],
    },
    onwarn(log: RollupLog, warn) {
      // Dependencies' own circular imports, `this` at top level and misplaced /*@__PURE__*/
      // comments are theirs, and harmless; our own code gets every warning.
      const inDependency = (log.ids ?? (log.id ? [log.id] : [])).some((i) => i.includes("node_modules"));
      if (inDependency && ["CIRCULAR_DEPENDENCY", "THIS_IS_UNDEFINED", "INVALID_ANNOTATION"].includes(log.code ?? "")) return;
      warn(log);
    },
  });
  try {
    const { output } = await bundle.generate(OUTPUT);
    const files = new Map(output.map((o) => [o.fileName, o.type === "chunk" ? Buffer.from(o.code) : typeof o.source === "string" ? Buffer.from(o.source) : o.source]));
    const sizes = new Map<string, number>();
    for (const o of output) {
      if (o.type !== "chunk") continue;
      for (const [id, m] of Object.entries(o.modules)) {
        const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(id)?.[1] ?? "(own code)";
        const key = `${o.fileName}: ${pkg}`;
        sizes.set(key, (sizes.get(key) ?? 0) + m.renderedLength);
      }
    }
    return { files, packages: [...sizes].sort((a, b) => b[1] - a[1]) };
  } finally {
    await bundle.close();
  }
}

async function main(): Promise<void> {
  const { files, packages } = await buildAction();
  const dist = path.join(ROOT, "dist");
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  for (const [name, content] of files) writeFileSync(path.join(dist, name), content);
  for (const [name, content] of files) console.log(`dist/${name}  ${(content.byteLength / 1024).toFixed(0)} KiB`);
  if (process.argv.includes("--stats")) for (const [pkg, bytes] of packages.slice(0, 25)) console.log(`  ${(bytes / 1024).toFixed(0).padStart(6)} KiB  ${pkg}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
