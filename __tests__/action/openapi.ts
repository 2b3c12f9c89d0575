// Checks a request against GitHub's published OpenAPI description (@octokit/openapi): the method
// and path must be a documented operation, and the JSON body must satisfy its requestBody schema
// (made strict: an unknown property is an error here, though GitHub would ignore it).
import { createRequire } from "node:module";
import { Ajv, type ValidateFunction } from "ajv";
import ajvFormats from "ajv-formats";

interface Operation {
  operationId: string;
  requestBody?: { content?: Record<string, { schema?: unknown }> };
}
interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, unknown>>;
}

const spec = createRequire(import.meta.url)("@octokit/openapi/generated/api.github.com.json") as Spec;
const ajv = new Ajv({ strict: false, allErrors: true });
// Formats such as date-time (git/create-commit's author.date) are checked too, not ignored with a warning.
// ajv-formats is CommonJS: under NodeNext its default import is the module, whose `default` is the plugin.
const addFormats = (ajvFormats as unknown as { default: typeof ajvFormats.default }).default ?? ajvFormats;
addFormats(ajv);

const routes = Object.entries(spec.paths).map(([template, ops]) => ({
  template,
  ops,
  // `{path}` (contents API) spans folders; every other parameter is one segment.
  pattern: new RegExp(`^${template.replace("{path}", ".+").replace(/\{[^}]+\}/g, "[^/]+")}$`),
  literals: template.split("/").filter((s) => s && !s.startsWith("{")).length,
}));

const validators = new Map<string, ValidateFunction | null>();

/** Replaces `$ref`s into #/components by their targets (the schemas we meet are small and acyclic). */
function inline(node: unknown, depth = 0): unknown {
  if (depth > 20 || node === null || typeof node !== "object") return node;
  if (Array.isArray(node)) return node.map((n) => inline(n, depth + 1));
  const ref = (node as { $ref?: string }).$ref;
  if (ref) {
    const [, , kind, name] = ref.split("/");
    return inline(spec.components[kind!]![name!], depth + 1);
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, inline(v, depth + 1)]));
}

export interface Checked {
  operationId?: string | undefined;
  problems: string[];
}

export function checkRequest(method: string, pathname: string, body: unknown): Checked {
  const m = method.toLowerCase();
  const match = routes.filter((r) => r.pattern.test(pathname) && r.ops[m]).sort((a, b) => b.literals - a.literals)[0];
  if (!match) return { problems: [`${method} ${pathname} is not an operation in GitHub's OpenAPI description`] };
  const op = match.ops[m]!;
  const key = `${m} ${match.template}`;
  if (!validators.has(key)) {
    const schema = op.requestBody?.content?.["application/json"]?.schema;
    validators.set(key, schema ? ajv.compile({ ...(inline(schema) as object), additionalProperties: false }) : null);
  }
  const validate = validators.get(key);
  if (!validate) return { operationId: op.operationId, problems: body === undefined ? [] : [`${op.operationId} takes no body`] };
  if (validate(body)) return { operationId: op.operationId, problems: [] };
  return { operationId: op.operationId, problems: (validate.errors ?? []).map((e) => `${op.operationId}: body${e.instancePath} ${e.message ?? ""}`) };
}
