import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { b as __builtin$4, c as __builtin$5, e as __builtin$6, g as getDefaultExportFromCjs } from './undici.js';
import { createRequire } from 'node:module';

const __builtin$3 = process.getBuiltinModule?.("node:fs") ?? createRequire(import.meta.url)("node:fs");

// Names in a card that are not public datasets at all: AutoTrain's private uploads, local paths,
// the generic loaders of local files, placeholders ("custom"). No catalogue can know them; they
// are the publisher's own data, whose terms only the card (or the policy) can state. Telling them
// apart from an unknown public dataset keeps the advice honest: "declare its terms", not "wait
// for the catalogue to learn it".







/** `org/autotrain-data-<project>`: the dataset repository AutoTrain (and AutoNLP before it) creates, private by default, for a project's uploaded files. */
const AUTOTRAIN = /(?:^|\/)(?:autotrain|autonlp)-data-[\w.-]+$/i;
/** `./data/train.csv`, `/home/me/corpus`, `C:\data`, `train.jsonl`. */
const LOCAL_PATH = /^(?:\.{1,2}[\\/]|[\\/~]|[a-z]:[\\/])|\.(?:csv|tsv|jsonl?|txt|parquet|arrow|xlsx?|zip|tar(?:\.gz)?)$/i;
/** The `datasets` library's loaders of local files: the name says how files were read, not which. */
const LOCAL_LOADERS = new Set(["audiofolder", "audio_folder", "imagefolder", "image_folder", "videofolder", "csv", "json", "text", "parquet", "pandas"]);
const PLACEHOLDERS = new Set(
  // `none`: the Trainer's card template says "fine-tuned ... on the None dataset" when it was given no dataset name.
  ["none", "custom", "custom dataset", "custom data", "own", "own data", "my dataset", "my data", "mydataset", "mycorpus", "private", "private data", "private dataset", "in-house", "in house", "internal", "internal data", "proprietary", "data", "dataset", "data set"],
);

function ownData(ref) {
  const name = ref.trim();
  if (AUTOTRAIN.test(name)) {
    return { kind: "autotrain-upload", reason: `'${name}' is the dataset repository AutoTrain creates for a project's uploaded files (private by default): the publisher's own data, not a public dataset` };
  }
  const lower = name.toLowerCase();
  if (LOCAL_LOADERS.has(lower)) return { kind: "local-files", reason: `'${name}' is the datasets library's loader of local files: it says how the data was read, not what it is` };
  if (LOCAL_PATH.test(name)) return { kind: "local-files", reason: `'${name}' is a path to local files, not a public dataset` };
  // "the None dataset", "proprietary data": the placeholder followed by the word for data.
  const placeholder = lower.replace(/[_-]+/g, " ").trim();
  if (PLACEHOLDERS.has(placeholder) || PLACEHOLDERS.has(placeholder.replace(/\s+(?:dataset|data set|data|corpus)$/, ""))) {
    return { kind: "placeholder", reason: `'${name}' names no dataset: it stands for the publisher's own data` };
  }
  return undefined;
}

const __builtin$2 = process.getBuiltinModule?.("node:path/posix") ?? createRequire(import.meta.url)("node:path/posix");

/**
 * Headings that say how authors are credited. A "Citation" or "BibTeX" section asks users to cite
 * the model's paper: it credits nobody's items, so it is not an attribution notice by itself.
 */
const NOTICE_HEADING = /^#{1,6}[ \t]+[^\n]*\b(attribution|acknowledge?ments?|credits?|notices?|licen[cs]es? of (the )?(training )?data)\b/im;

/** Dataset-level attribution is met by naming the dataset; per-item licenses need a notice mechanism. */
const attributionMissing = {
  meta: {
    id: "attribution-missing",
    description: "A training source's items carry attribution licenses, and the card has no attribution notice or mechanism.",
    defaultSeverity: "warning",
    scope: "model",
    docs:
      "ODC-By or CC BY on a whole dataset is satisfied by naming and linking the dataset in the card. Where licenses attach to each item " +
      "(source files in a code corpus, CC BY photos), the card needs an attribution section or a pointer to where attribution is kept. " +
      "A Citation section (how to cite the model) is not an attribution notice.",
    messages: { perItem: "{dataset} carries per-item attribution licenses, but the card has no attribution notice" },
  },
  run(ctx) {
    const m = ctx.model;
    const card = m.facts.card;
    if (!card || NOTICE_HEADING.test(card.body) || /\battribution\b/i.test(card.body.replace(/^#{1,6}[^\n]*$/gm, ""))) return;
    for (const src of m.sources) {
      if (!src.dataset?.attributionPerItem || src.via === "base-model") continue;
      ctx.report({
        messageId: "perItem",
        data: { dataset: src.dataset.name },
        location: src.location ?? { file: card.file, line: 1, column: 1 },
        evidence: [{ about: "dataset", id: src.dataset.id, statement: `${src.dataset.name}: items are under licenses that require attribution`, sources: src.dataset.sources }],
        summary: `no attribution notice for ${src.dataset.name}'s per-item licenses`,
        hint: "add an Attribution section",
        fix: `Add an '## Attribution' section that says how the authors of ${src.dataset.name}'s items are credited (e.g. a link to the dataset's attribution index).`,
      });
    }
  },
};

function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached$1(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const allowsEval = /* @__PURE__*/ cached$1(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (globalConfig.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}

const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-34028234663852886e22, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge$1(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}

var _a$1;
/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                members(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a$1 = globalThis).__zod_globalConfig ?? (_a$1.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}

/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer$1 = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = $constructor("$ZodError", initializer$1);
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}

// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new $ZodAsyncError();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const validateAsync$1 = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji$1 = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji$1, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;

function anchor(source) {
    return new RegExp(`^${source}$`);
}
const date$1 = /*@__PURE__*/ anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const integer = /^-?\d+$/;
const number$1 = /^-?\d+(?:\.\d+)?$/;
const boolean$1 = /^(?:true|false)$/i;
// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;

// import { $ZodType } from "./schemas.js";
const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !nullish(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? codePointLength(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? codePointLength(input)
            : units;
        if (length === def.length)
            return;
        const origin = getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = lowercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = uppercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = escapeRegex(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});

class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = aborted(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (explicitlyAborted(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new $ZodAsyncError();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        attachSchema(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = aborted(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    attachSchema(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = aborted(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (aborted(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}
const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = guid);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
    }
    else
        def.pattern ?? (def.pattern = uuid());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = emoji());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? nanoid : nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = cuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = cuid2);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = ulid);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = xid);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = ksuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date$1);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = time(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = duration);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = ipv4);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv4);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv6); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = e164);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number$1;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = boolean$1;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    attachSchema(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && aborted(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = optionalKeys(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached$1(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    assignProp(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject$1 = isObject;
    const catchall = def.catchall;
    let value;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject$1(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = cached$1(() => normalizeDef(def));
    const memo = globalConfig.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject$1 = isObject;
    const jit = !globalConfig.jitless;
    const allowsEval$1 = allowsEval;
    const fastEnabled = jit && allowsEval$1.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject$1(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
const $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (isPlainObject(a) && isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (aborted(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodRecord = /*@__PURE__*/ $constructor("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!isPlainObject(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...prefixIssues(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && number$1.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...prefixIssues(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
});
const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    globalConfig.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : undefined;
    });
    defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(issue(_iss));
    }
}

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (!desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = rawShape(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle$1(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle$1(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const open = [];
const memo$2 = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set());
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = open.length > depth ? open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo$2;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = parsedType(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
                return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
function en () {
    return {
        localeError: error(),
    };
}

var _a;
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new $ZodCheckMultipleOf({
        check: "multiple_of",
        ...normalizeParams(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...normalizeParams(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
        check: "min_length",
        ...normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new $ZodCheckLengthEquals({
        check: "length_equals",
        ...normalizeParams(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...normalizeParams(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new $ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new $ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new $ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...normalizeParams(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new $ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...normalizeParams(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new $ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...normalizeParams(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new $ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...normalizeParams(params),
    });
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...normalizeParams(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue$1) => {
            if (typeof issue$1 === "string") {
                payload.issues.push(issue(issue$1, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue$1;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(issue(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new $ZodCheck({
        check: "custom",
        ...normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}

function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                assignProp(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? globalRegistry,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            assignProp(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") ;
    else ;
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                assignProp(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) ;
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = initializeContext({ ...params, processors });
    processSchema(schema, ctx);
    extractDefs(ctx, schema);
    return finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    processSchema(schema, ctx);
    extractDefs(ctx, schema);
    return finalize(ctx, schema);
};

const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(NUMBER_FORMAT_RANGES),
    bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = getEnumValues(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) ;
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        assignProp(json.properties, key, processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? number$1 : integer).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodRealError = /*@__PURE__*/ $constructor("ZodError", initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

const parse = /* @__PURE__ */ _parse(ZodRealError);
const parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
// Codec functions
const encode = /* @__PURE__ */ _encode(ZodRealError);
const decode = /* @__PURE__ */ _decode(ZodRealError);
const encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!globalConfig.localeError)
        config(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!globalConfig.memoizer)
        config({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(mergeDefs(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return clone(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(_overwrite(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return _default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return _catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return hide(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        own(this, "spa", value);
    },
    validate(data, params) {
        return validate(this, data, params);
    },
    validateAsync(data, params) {
        return validateAsync$1(this, data, params);
    },
    encode: function _encode(data, params) {
        return encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return globalRegistry.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json);
}, 
/*@__PURE__*/ derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(_regex(...args));
    },
    includes(...args) {
        return this.check(_includes(...args));
    },
    startsWith(...args) {
        return this.check(_startsWith(...args));
    },
    endsWith(...args) {
        return this.check(_endsWith(...args));
    },
    min(...args) {
        return this.check(_minLength(...args));
    },
    max(...args) {
        return this.check(_maxLength(...args));
    },
    length(...args) {
        return this.check(_length(...args));
    },
    nonempty(...args) {
        return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
        return this.check(_lowercase(params));
    },
    uppercase(params) {
        return this.check(_uppercase(params));
    },
    trim() {
        return this.check(_trim());
    },
    normalize(...args) {
        return this.check(_normalize(...args));
    },
    toLowerCase() {
        return this.check(_toLowerCase());
    },
    toUpperCase() {
        return this.check(_toUpperCase());
    },
    slugify() {
        return this.check(_slugify());
    },
}));
const ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(_email(ZodEmail, params));
    },
    url(params) {
        return this.check(_url(ZodURL, params));
    },
    jwt(params) {
        return this.check(_jwt(ZodJWT, params));
    },
    emoji(params) {
        return this.check(_emoji(ZodEmoji, params));
    },
    guid(params) {
        return this.check(_guid(ZodGUID, params));
    },
    uuid(params) {
        return this.check(_uuid(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(_cuid(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(_ulid(ZodULID, params));
    },
    base64(params) {
        return this.check(_base64(ZodBase64, params));
    },
    base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(_xid(ZodXID, params));
    },
    ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(_e164(ZodE164, params));
    },
    datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
    },
    date(params) {
        return this.check(_isoDate(ZodISODate, params));
    },
    time(params) {
        return this.check(_isoTime(ZodISOTime, params));
    },
    duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
    },
});
function string$1(params) {
    return _string(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    int(params) {
        return this.check(int$2(params));
    },
    safe(params) {
        return this.check(int$2(params));
    },
    positive(params) {
        return this.check(_gt(0, params));
    },
    nonnegative(params) {
        return this.check(_gte(0, params));
    },
    negative(params) {
        return this.check(_lt(0, params));
    },
    nonpositive(params) {
        return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
    step(value, params) {
        return this.check(_multipleOf(value, params));
    },
    finite() {
        return this;
    },
}));
function number(params) {
    return _number(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function int$2(params) {
    return _int(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ $constructor("ZodBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json);
});
function boolean(params) {
    return _boolean(ZodBoolean, params);
}
const ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor();
});
function unknown() {
    return _unknown(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json);
});
function never(params) {
    return _never(ZodNever, params);
}
const ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(_minLength(n, params));
    },
    nonempty(params) {
        return this.check(_minLength(1, params));
    },
    max(n, params) {
        return this.check(_maxLength(n, params));
    },
    length(n, params) {
        return this.check(_length(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return _array(ZodArray, element, params);
}
const ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return _enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(mergeDefs(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(mergeDefs(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return extend(this, incoming);
    },
    safeExtend(incoming) {
        return safeExtend(this, incoming);
    },
    merge(other) {
        return merge$1(this, other);
    },
    pick(mask) {
        return pick(this, mask);
    },
    omit(mask) {
        return omit(this, mask);
    },
    partial(...args) {
        return partial(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return partial(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return required(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...normalizeParams(params),
    };
    return new ZodObject(def);
}
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...normalizeParams(params),
    });
}
const ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...normalizeParams(params),
    });
}
const ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodRecord = /*@__PURE__*/ $constructor("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: string$1(),
            valueType: keyType,
            ...normalizeParams(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...normalizeParams(params),
    });
}
const ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
});
function _enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ $constructor("ZodLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
});
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...normalizeParams(params),
    });
}
const ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        payload.addIssue = (issue$1) => {
            if (typeof issue$1 === "string") {
                payload.issues.push(issue(issue$1, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue$1;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(issue(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
const ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...normalizeParams(params),
    });
}
const ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : constantCatch(catchValue)),
    });
}
const ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
function refine(fn, _params = {}) {
    return _refine(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return _superRefine(fn, params);
}

function date(params) {
    return _isoDate(ZodISODate, params);
}

// The vocabulary every layer shares: rights a license grants, obligations it imposes,
// where a fact came from, and the Finding a check reports.

/** Rights a license can grant to whoever receives the weights. */
const RIGHTS = ["commercial-use", "redistribution", "derivatives", "sublicensing", "research-use"] ;
 

/** How a license answers one Right. `conditional` = granted with a cap or condition (e.g. Llama's MAU test). */
const GRANTS = ["yes", "conditional", "no", "unstated"] ;
 

/** What a training source allows a model trained on it to be licensed for. */
const SUPPORT = ["yes", "no", "open"] ;
 

/** Obligations a license imposes on whoever redistributes the weights or builds on them. */
const OBLIGATIONS = [
  "attribution",
  "include-license",
  "state-changes",
  "share-alike",
  "non-commercial",
  "research-only",
  "no-derivatives",
  "use-restrictions-flowdown",
  "acceptable-use-policy",
  "naming",
  "notice-file",
  "user-threshold",
  "no-improve-other-models",
  "outputs-restricted",
  "geo-restriction",
  "remote-restriction",
  "revocable",
  "disclose-source",
] ;
 

const SEVERITIES = ["error", "warning", "note", "off"] ;
 




// The shapes below are zod schemas because they are part of the published JSON report
// (docs/report.schema.json is generated from them); the types are inferred, never written twice.

/** A citation for a fact in rules/ (every entry carries at least one). */
const SourceSchema = /*#__PURE__*/ object({
  url: /*#__PURE__*/ string$1(),
  section: /*#__PURE__*/ string$1().optional(),
  retrieved: /*#__PURE__*/ string$1().optional(),
});
 

/** A position in a file of the scanned tree; line and column are 1-based. */
const LocationSchema = /*#__PURE__*/ object({
  file: /*#__PURE__*/ string$1(),
  line: /*#__PURE__*/ number().int().min(1),
  column: /*#__PURE__*/ number().int().min(1),
  endLine: /*#__PURE__*/ number().int().min(1).optional(),
});
 

/** One link in a finding's chain of reasoning: a statement, where it is written, and who says so. */
const EvidenceSchema = /*#__PURE__*/ object({
  /** What the statement is about. */
  about: /*#__PURE__*/ _enum(["card", "license", "dataset", "legal-basis", "model", "policy", "license-file", "provider"]),
  id: /*#__PURE__*/ string$1().optional(),
  statement: /*#__PURE__*/ string$1(),
  location: /*#__PURE__*/ LocationSchema.optional(),
  sources: /*#__PURE__*/ array(SourceSchema).optional(),
});
 

const FindingSchema = /*#__PURE__*/ object({
  checkId: /*#__PURE__*/ string$1(),
  messageId: /*#__PURE__*/ string$1(),
  severity: /*#__PURE__*/ _enum(["error", "warning", "note"]),
  message: /*#__PURE__*/ string$1(),
  /** Model folder the finding belongs to ("." for the root); absent for run-level findings. */
  model: /*#__PURE__*/ string$1().optional(),
  location: LocationSchema,
  evidence: /*#__PURE__*/ array(EvidenceSchema),
  fix: /*#__PURE__*/ string$1(),
  /** The message in one sentence, without the evidence: for one-line output (text report, tables). */
  summary: /*#__PURE__*/ string$1().optional(),
  /** The fix in a few words ("relicense as cc-by-nc-4.0"), for one-line output. */
  hint: /*#__PURE__*/ string$1().optional(),
  /** True when the facts leave the question open (e.g. US fair use); the policy grades these. */
  openQuestion: /*#__PURE__*/ boolean().optional(),
  /** Set when a waiver in the policy covers this finding; waived findings do not count toward the verdict. */
  waived: /*#__PURE__*/ object({ reason: /*#__PURE__*/ string$1(), expires: /*#__PURE__*/ string$1().optional() }).optional(),
  /**
   * The same finding at other places too (one dataset named on many lines): those places, up to the
   * policy's `limits.places_per_finding`, and how many more were not listed. Absent for one place.
   */
  alsoAt: /*#__PURE__*/ object({ locations: /*#__PURE__*/ array(LocationSchema), unlisted: /*#__PURE__*/ number().int().min(0) }).optional(),
});

/** A training dataset as the checks see it, whether it comes from rules/, the policy or a dataset card. */






























function viewOfEntry(d) {
  return {
    id: d.id,
    name: d.name,
    origin: "rules",
    tier: d.tier,
    file: `rules/${d.file}`,
    license: d.license,
    licenseScope: d.licenseScope,
    licenseNote: d.licenseNote,
    modelGenerated: d.modelGenerated,
    contentStatus: d.content.status,
    itemLicenses: d.content.itemLicenses,
    useRestriction: d.useRestriction,
    useRestrictionNote: d.useRestrictionNote,
    legalBasis: d.legalBasis,
    alternativeBases: d.alternativeBases,
    optOuts: d.optOuts,
    attributionPerItem: d.attributionPerItem,
    derivedFrom: d.derivedFrom,
    note: d.content.note,
    sources: d.sources,
  };
}

function viewOfDeclaration(d, policyFile) {
  return {
    id: d.id,
    name: d.name ?? d.id,
    origin: "policy",
    file: policyFile,
    license: d.license ?? null,
    licenseScope: "dataset",
    modelGenerated: [],
    contentStatus: d.content_status,
    itemLicenses: [],
    useRestriction: d.use_restriction,
    legalBasis: d.legal_basis,
    alternativeBases: [],
    optOuts: "not-applicable",
    attributionPerItem: false,
    derivedFrom: [],
    note: d.note,
    sources: [],
  };
}

/** One right a source does not support (`no`) or leaves open (`open`), with the evidence why. */















/** A fact rules/ marks `unverified:` is an open question, never an error. */
function isUnverified(note) {
  return note !== undefined && /^\s*unverified\b/i.test(note);
}

function limit(l) {
  return { ...l, reason: `${l.fact}; ${l.conclusion}` };
}

const RIGHT_WORDS = {
  "commercial-use": "commercial use",
  redistribution: "redistribution",
  derivatives: "derivatives",
  sublicensing: "sublicensing",
  "research-use": "research use",
};

/** A right as prose ("commercial use"). */
function rightWords(r) {
  return RIGHT_WORDS[r];
}








function jurisdictionsInForce(kb, policy) {
  return policy.jurisdictions ?? [...new Set([...kb.legalBases.values()].map((b) => b.jurisdiction))].filter((j) => j !== "*").sort();
}

function datasetEvidence(ds, statement) {
  return { about: "dataset", id: ds.id, statement, sources: ds.sources, ...(ds.origin !== "rules" ? { location: { file: ds.file, line: 1, column: 1 } } : {}) };
}

/** Everything a source limits, most decisive first. */
function limitsOf(ds, scope, seen = new Set([ds.id])) {
  const limits = ownLimits(ds, scope);
  // A dataset built from another carries that one's definite limits (The Pile contains Books3).
  for (const parentId of ds.derivedFrom) {
    const parent = scope.kb.datasets.get(parentId);
    if (!parent || seen.has(parentId)) continue;
    seen.add(parentId);
    for (const l of limitsOf(viewOfEntry(parent), scope, seen)) {
      if (l.support !== "no" || limits.some((x) => x.right === l.right && x.kind === l.kind)) continue;
      limits.push(
        limit({
          ...l,
          fact: `${ds.name} contains ${parent.name}, and ${l.fact}`,
          evidence: [datasetEvidence(ds, `${ds.name} was built from ${parent.name}`), ...l.evidence],
        }),
      );
    }
  }
  return limits;
}

function ownLimits(ds, scope) {
  const { kb, jurisdictions } = scope;
  const inScope = (j) => j === "*" || jurisdictions.includes(j);

  if (ds.contentStatus === "unlawful" || ds.legalBasis === "unlawfully-obtained") {
    const basis = kb.legalBasis("unlawfully-obtained");
    return RIGHTS.map((right) =>
      limit({
        right,
        support: "no",
        kind: "unlawful",
        key: "unlawful",
        fact: `${ds.name} was obtained unlawfully`,
        conclusion: "under this policy an unlawful source supports no use of it",
        evidence: [
          datasetEvidence(ds, `${ds.name}: ${ds.note ?? "content obtained without permission"}`),
          ...(basis ? [{ about: "legal-basis" , id: basis.id, statement: basis.summary, sources: basis.sources }] : []),
        ],
      }),
    );
  }
  const limits = [...termsLimits(ds, scope)];

  const basis = ds.legalBasis ? kb.legalBasis(ds.legalBasis) : undefined;
  if (basis && inScope(basis.jurisdiction)) {
    const alternatives = ds.alternativeBases
      .map((id) => kb.legalBasis(id))
      .filter((b) => b !== undefined && inScope(b.jurisdiction));
    const mitigation = alternatives.map((b) => ({
      about: "legal-basis",
      id: b.id,
      statement: `Open question: ${b.name} may also cover this data (${b.summary})`,
      sources: b.sources,
    }));
    for (const right of RIGHTS) {
      const support = basis.supports[right];
      if (support === "yes") continue;
      // Only commercial use decides a verdict by itself; the other rights follow from it.
      if (support === "open" && right !== "commercial-use") continue;
      limits.push(
        limit({
          right,
          support,
          kind: "legal-basis",
          key: `legal-basis:${basis.id}:${right}`,
          fact: `${ds.name} was collected under ${basis.name}`,
          conclusion: support === "no" ? `under this policy that does not support ${rightWords(right)}` : `under this policy whether that supports ${rightWords(right)} is unsettled`,
          evidence: [
            datasetEvidence(ds, `${ds.name} relies on ${basis.name}`),
            { about: "legal-basis", id: basis.id, statement: basis.summary, sources: basis.sources },
            ...(support === "no" ? mitigation : []),
          ],
        }),
      );
    }
  } else if (!basis && ds.contentStatus === "copyrighted" && ds.optOuts === "not-honoured") {
    limits.push(
      limit({
        right: "commercial-use",
        support: "open",
        kind: "opt-out",
        key: "opt-out",
        fact: `${ds.name} is copyrighted content collected without honouring opt-outs, and states no legal basis`,
        conclusion: "under this policy whether it supports commercial use is an open question",
        evidence: [datasetEvidence(ds, `${ds.name} states no legal basis and did not honour opt-outs`)],
      }),
    );
  }
  limits.push(...itemLicenseLimits(ds, scope), ...generatedLimits(ds, scope));
  return limits;
}

/**
 * Limit 1, the dataset's terms: a declared research-only or non-commercial restriction, or a
 * license on the dataset as a whole that rules out commercial use (its terms, not a content license).
 * A restriction rules/ marks unverified is an open question.
 */
function termsLimits(ds, scope) {
  // A license on the dataset as a whole is its terms (Alpaca's CC BY-NC 4.0), stated as such.
  const lic = ds.license && ds.licenseScope === "dataset" ? scope.kb.license(ds.license) : undefined;
  if (lic && lic.grants["commercial-use"] === "no" && ds.useRestriction !== "research-only") {
    const unverified = isUnverified(ds.licenseNote);
    return [
      limit({
        right: "commercial-use",
        support: unverified ? "open" : "no",
        kind: "terms",
        key: `terms:license:${lic.id}`,
        fact: `${ds.name} as a whole is licensed ${lic.name}, which does not allow commercial use${unverified ? " (unverified in rules/)" : ""}`,
        conclusion: unverified ? "under this policy an unverified license is an open question" : "under this policy a dataset's own license is its terms, so that rules out commercial use",
        evidence: [
          datasetEvidence(ds, `${ds.name} is licensed ${lic.name} as a whole${ds.licenseNote ? ` (${ds.licenseNote})` : ""}`),
          { about: "license", id: lic.id, statement: `${lic.name} grants commercial-use: no`, sources: lic.sources },
        ],
      }),
    ];
  }
  if (ds.useRestriction !== "research-only" && ds.useRestriction !== "non-commercial") return [];
  const what = ds.useRestriction === "research-only" ? "research use only" : "non-commercial use only";
  const unverified = isUnverified(ds.useRestrictionNote);
  return [
    limit({
      right: "commercial-use",
      support: unverified ? "open" : "no",
      kind: "terms",
      key: `terms:${ds.useRestriction}`,
      fact: `the terms of ${ds.name} allow ${what}${unverified ? " (unverified in rules/)" : ""}`,
      conclusion: unverified ? "under this policy an unverified restriction is an open question" : "under this policy that rules out commercial use",
      evidence: [datasetEvidence(ds, `${ds.name}'s terms of access allow ${what}${ds.useRestrictionNote ? `: ${ds.useRestrictionNote}` : ""}`)],
    }),
  ];
}

/** Limit 3: licenses on the items, which bind a model only if it is a derivative of its data (the policy's stance). */
function itemLicenseLimits(ds, scope) {
  const { kb, policy } = scope;
  if (policy.derivative === "no") return [];
  const out = [];
  const itemLicenses = new Set(ds.itemLicenses);
  if (ds.license && ds.licenseScope === "items") itemLicenses.add(ds.license);
  // A dataset-wide no-derivatives license reaches the model only as a derivative, like an item license.
  if (ds.license && ds.licenseScope === "dataset" && kb.license(ds.license)?.grants.derivatives === "no") itemLicenses.add(ds.license);
  for (const id of itemLicenses) {
    const lic = kb.license(id);
    if (!lic || lic.resultsUnrestricted) continue;
    for (const right of ["commercial-use", "derivatives"] ) {
      if (lic.grants[right] !== "no") continue;
      if (right === "commercial-use" && ds.licenseScope === "dataset" && id === ds.license) continue; // already a terms limit
      const binds = policy.derivative === "yes";
      out.push(
        limit({
          right,
          support: binds ? "no" : "open",
          kind: "item-license",
          key: `item-license:${lic.id}:${right}`,
          fact: `items of ${ds.name} are under ${lic.name}, which does not grant ${rightWords(right)}`,
          conclusion: binds
            ? "under this policy a model is a derivative of its data, so that binds the model"
            : "that binds the model only if a model is a derivative of its training data, which this policy leaves open",
          evidence: [
            datasetEvidence(ds, `${ds.name} contains items licensed ${lic.name}`),
            { about: "license", id: lic.id, statement: `${lic.name} grants ${right}: ${lic.grants[right]}`, sources: lic.sources },
          ],
        }),
      );
    }
  }
  return out;
}

/**
 * Model-generated content (ChatGPT conversations in ShareGPT): the provider's terms forbid using
 * outputs to develop competing models. Whether they bind whoever trains on a published dataset is
 * open, so this is an open question; the dataset's own terms, if they restrict too, are the error.
 */
function generatedLimits(ds, scope) {
  const out = [];
  const seen = new Set();
  for (const g of ds.modelGenerated) {
    const provider = g.provider ? scope.kb.provider(g.provider) : undefined;
    if (!provider?.forbidsCompetingModels || seen.has(provider.id)) continue;
    seen.add(provider.id);
    const models = ds.modelGenerated.filter((x) => x.provider === provider.id).map((x) => x.model);
    out.push(
      limit({
        right: "commercial-use",
        support: "open",
        kind: "model-generated",
        key: `model-generated:${provider.id}`,
        fact: `${ds.name} contains outputs of ${models.join(", ")}, and ${provider.name}'s terms forbid using outputs to develop competing models${provider.verified ? "" : " (unverified in rules/)"}`,
        conclusion: "under this policy whether those terms bind someone who trains on the published dataset is an open question",
        evidence: [
          datasetEvidence(ds, `${ds.name} contains model-generated content: ${models.join(", ")}`),
          { about: "provider", id: provider.id, statement: `${provider.name}: ${provider.terms}`, sources: provider.sources },
        ],
      }),
    );
  }
  return out;
}

// localeCompare without loading ICU's collator when it cannot change the answer. The first
// localeCompare in a process loads the collation data, 15–20 ms, which is a tenth of an Action
// run. Strings made only of lowercase ASCII letters, digits, `.`, `-` and `/` (license ids, most
// paths) sort in the root and English collations exactly as their code units do, so such pairs
// are compared directly; any other pair still goes through localeCompare.
const PLAIN = /^[a-z0-9./-]*$/;

/** Same sign as `a.localeCompare(b)` under the root or an English locale. */
function localeOrder(a, b) {
  if (PLAIN.test(a) && PLAIN.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}

/** The card's license line, else the card, else the governing license file, else the model folder. */
function modelLocation(m) {
  const card = m.facts.card;
  if (m.license.location) return m.license.location;
  if (card) return { file: card.file, line: 1, column: 1 };
  const lic = m.facts.governingLicense ?? m.facts.licenseFiles[0];
  return { file: lic?.file ?? m.facts.dir, line: 1, column: 1 };
}

function licenseName(l) {
  return l.entry ? `${l.entry.name} (${l.entry.id})` : (l.raw ?? "no license");
}

function grantEvidence(entry, right, location) {
  return {
    about: "license",
    id: entry.id,
    statement: `${entry.name} grants ${right}: ${entry.grants[right]}`,
    location,
    sources: entry.sources,
  };
}

/** Rights the license grants outright or with conditions. */
function grants(entry, right) {
  return entry?.grants[right] === "yes" || entry?.grants[right] === "conditional";
}

function list(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** A family of licenses a model keeps when it moves within it (RAIL variants, Llama versions, CC). */
function familyOf(l) {
  if (l.kind === "model" && l.obligations.some((o) => o.type === "use-restrictions-flowdown")) return "rail";
  if (/^llama/.test(l.id)) return "llama";
  if (/^cc-|^cc0/.test(l.id)) return "creative-commons";
  if (/^(a|l)?gpl/.test(l.id)) return "gnu";
  return l.kind === "model" ? l.id : l.kind;
}














function dutiesOf(m) {
  return { passesOnRestrictions: m.facts.card?.mentionsUseRestrictions ?? false, names: [m.facts.name, m.facts.dir.split("/").pop() ?? ""] };
}

/**
 * Obligations of a base license that `license` (with the card's duties) fails to carry; with no
 * license at all, every obligation of the base is dropped. `naming: false` leaves the naming rule
 * out (a license cannot fix a name).
 */
function droppedTerms(base, license, duties, opts = {}) {
  const has = (o) => license?.obligations.some((x) => x.type === o) ?? false;
  const name = license?.name ?? "no license";
  const out = [];
  if (license && base.id === license.id) return namingDropped(base, duties, opts);
  // Advice is stricter than judgement: a vendor's terms (an acceptable-use policy, a naming rule) are kept by that very license.
  const vendor = base.kind === "model" && base.obligations.some((o) => o.type === "acceptable-use-policy" || o.type === "naming");
  if (opts.vendorTermsExact && vendor) out.push({ obligation: "include-license", what: `${base.name}'s derivatives stay under it` });
  if (base.grants["commercial-use"] === "no" && (!license || grants(license, "commercial-use"))) {
    out.push({ obligation: "non-commercial-base", what: `${base.name} does not allow commercial use${license ? `, but ${name} grants it` : ", and without a license of its own the derivative does not say so"}` });
  }
  if (base.grants.derivatives === "no") out.push({ obligation: "no-derivatives-base", what: `${base.name} does not allow sharing derivatives` });
  for (const o of base.obligations) {
    const told = duties.passesOnRestrictions;
    if (o.type === "use-restrictions-flowdown" && !has("use-restrictions-flowdown") && !told) {
      out.push({ obligation: o.type, what: `${base.name} requires its use restrictions in every derivative's license (${o.detail}); ${license ? `${name} has none` : "the derivative has no license"} and the card does not pass them on` });
    } else if (o.type === "share-alike" && !has("share-alike")) {
      out.push({ obligation: o.type, what: `${base.name} requires derivatives under the same license (${o.detail})` });
    } else if (o.type === "acceptable-use-policy" && !told && !(has("acceptable-use-policy") && license && familyOf(license) === familyOf(base))) {
      // Another vendor's acceptable-use policy (Gemma's over a Llama base) is not the base's.
      out.push({ obligation: o.type, what: `${base.name} incorporates an acceptable-use policy that derivatives must carry (${o.detail})` });
    } else if (o.type === "include-license" && !license) {
      out.push({ obligation: o.type, what: `${base.name} must be passed on with the weights (${o.detail}); the derivative has no license at all` });
    }
  }
  return [...out, ...namingDropped(base, duties, opts)];
}

function namingDropped(base, duties, opts) {
  if (opts.naming === false) return [];
  const o = base.obligations.find((x) => x.type === "naming");
  // Llama 3 and later: derived models' names must begin with "Llama" (the card's title or the repo folder).
  if (!o || !/llama/i.test(base.id)) return [];
  if (duties.names.some((n) => n.toLowerCase().startsWith("llama"))) return [];
  return [{ obligation: "naming", what: `${base.name} requires a name for derived models (${o.detail}); '${duties.names[0]}' does not carry it` }];
}

function usable(l) {
  return l !== undefined && l.kind !== "placeholder" && !l.family;
}

/**
 * A model without a usable license of its own that is a derivative of a licensed base is
 * distributed under that base's license (it must carry it), so the base's grants are what it claims.
 */
function effectiveLicense(m) {
  if (usable(m.license.entry)) return { entry: m.license.entry };
  if (m.license.source !== "none") return undefined;
  const base = m.bases.find((b) => b.depth === 1 && usable(b.license));
  return base ? { entry: base.license, inheritedFrom: base } : undefined;
}

const memo$1 = new WeakMap();

function conflictsOf(ctx) {
  const m = ctx.model;
  const cached = memo$1.get(m);
  if (cached && cached.ctx === ctx.scope) return cached.result;
  const license = effectiveLicense(m);
  const result = { license, own: [], inherited: [], definite: new Set(), open: new Set() };
  if (license) {
    for (const source of m.sources) {
      if (!source.dataset || ctx.policy.datasets.allow.includes(source.dataset.id)) continue;
      const limits = limitsOf(source.dataset, ctx.scope).filter((l) => grants(license.entry, l.right));
      // A base model's own open questions are reported on the base, not on every derivative.
      const relevant = source.via === "base-model" ? limits.filter((l) => l.support === "no") : limits;
      if (relevant.length === 0) continue;
      const definite = relevant.filter((l) => l.support === "no");
      const conflict = { source, decisive: definite.length > 0 ? definite : relevant, open: definite.length > 0 ? relevant.filter((l) => l.support === "open") : [] };
      (source.via === "base-model" ? result.inherited : result.own).push(conflict);
      for (const l of definite) result.definite.add(l.right);
      if (source.via !== "base-model") for (const l of relevant) if (l.support === "open") result.open.add(l.right);
    }
  }
  memo$1.set(m, { ctx: ctx.scope, result });
  return result;
}

/** Own conflicts that are one conflict across several sources (the same legal basis, the same terms): grouped. */
function groupConflicts(conflicts) {
  const groups = new Map();
  for (const c of conflicts) {
    const key = `${c.decisive[0].support}|${[...new Set(c.decisive.map((l) => l.key))].sort().join(",")}`;
    // Appended in place: copying the group for each conflict made 25,000 of them quadratic.
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.values()];
}

/** Obligations a license cannot bring but the card and LICENSE can add beside one. */
const RIDERS = new Set(["use-restrictions-flowdown", "acceptable-use-policy"]);







function constraintsOf(ctx) {
  const conflicts = conflictsOf(ctx);
  const excluded = [...(conflicts.definite.size > 0 ? conflicts.definite : conflicts.open)];
  const bases = [...new Map(ctx.model.bases.filter((b) => b.license && !b.license.family && b.license.kind !== "placeholder").map((b) => [b.license.id, b.license])).values()];
  const sources = [...new Set([...conflicts.own, ...conflicts.inherited].filter((c) => c.decisive.some((l) => excluded.includes(l.right))).map((c) => c.source.dataset.name))];
  const why = [
    ...(excluded.length > 0 ? [`grant no ${list(excluded.map(rightWords))}${sources.length > 0 ? ` (${list(sources)} ${sources.length > 1 ? "do" : "does"} not support it)` : ""}`] : []),
    ...bases.filter(binds).map((b) => `keep what ${b.name} requires of derivatives`),
  ];
  return { excluded, bases, why };
}

/** A base license whose terms narrow the choice (not one that asks only for a notice). */
function binds(b) {
  return b.grants["commercial-use"] === "no" || b.obligations.some((o) => ["use-restrictions-flowdown", "share-alike", "acceptable-use-policy", "naming"].includes(o.type));
}

/** Obligations of the bases that `candidate` drops (naming left out: a license cannot fix a name). */
function droppedBy(candidate, bases, m) {
  const duties = dutiesOf(m);
  return bases.flatMap((b) => droppedTerms(b, candidate, duties, { naming: false, vendorTermsExact: true }));
}

/** Lower is closer: the same license, its family, its obligations kept, its grants, and no other vendor's model license. */
function distance(c, current, baseIds) {
  let d = 0;
  if (current && c.id === current.id) d -= 100;
  if (baseIds.has(c.id)) d -= 15;
  if (current && familyOf(c) === familyOf(current)) d -= 20;
  if (current) {
    d -= 3 * current.obligations.filter((o) => c.obligations.some((x) => x.type === o.type)).length;
    d += (Object.keys(c.grants) ).filter((r) => c.grants[r] !== current.grants[r]).length;
  }
  // Weights nobody may build on are rarely what a publisher means.
  if (c.obligations.some((o) => o.type === "no-derivatives")) d += 5;
  // Another vendor's model license (apple-amlr for a Stable Diffusion fine-tune) is no one's first choice.
  if (c.kind === "model" && !baseIds.has(c.id) && (!current || familyOf(c) !== familyOf(current))) d += 30;
  return d;
}

function candidates(kb, bases) {
  const baseIds = new Set(bases.map((b) => b.id));
  return [...kb.licenses.values()].filter((l) => (l.hub || baseIds.has(l.id)) && !l.family && l.kind !== "placeholder" && l.grants["research-use"] !== "no");
}

const memo = new WeakMap();

function coherentFix(ctx) {
  const cached = memo.get(ctx.model);
  if (cached && cached.scope === ctx.scope) return cached.fix;
  const fix = computeFix(ctx);
  memo.set(ctx.model, { scope: ctx.scope, fix });
  return fix;
}

function computeFix(ctx) {
  const m = ctx.model;
  const current = conflictsOf(ctx).license?.entry ?? (m.license.entry?.kind === "placeholder" ? undefined : m.license.entry);
  const { excluded, bases, why } = constraintsOf(ctx);
  const baseIds = new Set(bases.map((b) => b.id));
  const pool = candidates(ctx.kb, bases).filter((l) => excluded.every((r) => l.grants[r] === "no"));
  const rank = (ls) =>
    ls
      .map((l) => ({ l, d: distance(l, current, baseIds), v: Number.parseFloat(l.version ?? "0") || 0 }))
      .sort((a, b) => a.d - b.d || b.v - a.v || localeOrder(a.l.id, b.l.id))
      .map((x) => x.l);
  // The model's own use restrictions (an OpenRAIL-M model's Attachment A) are kept too.
  const kept = (current?.obligations ?? []).filter((o) => RIDERS.has(o.type)).map((o) => o.type);
  const missing = (l) => [
    ...droppedBy(l, bases, m).map((d) => riderText(d.obligation, bases)),
    ...kept.filter((o) => !l.obligations.some((x) => x.type === o)).map((o) => riderText(o, current ? [current] : [])),
  ];
  // Where nothing is definite, the advice says what settles the open question against you.
  const open = conflictsOf(ctx).definite.size === 0 && excluded.length > 0;
  const strict = rank(pool.filter((l) => droppedBy(l, bases, m).length === 0 && missing(l).length === 0));
  if (strict.length > 0) return advise(strict.slice(0, 3), [], why, open);
  // None carries everything: allow obligations a rider can add (use restrictions, an acceptable-use policy).
  const relaxed = rank(pool.filter((l) => droppedBy(l, bases, m).every((d) => RIDERS.has(d.obligation))));
  if (relaxed.length > 0) {
    const riders = [...new Set(relaxed.slice(0, 1).flatMap(missing))];
    return advise(relaxed.slice(0, 3), riders, why, open);
  }
  const text = `No license in the catalogue can ${why.join(" and ")}: change the training data or the base model.`;
  return { licenses: [], riders: [], advice: text, hint: "change the data or the base" };
}

function riderText(obligation, from) {
  const owner = from.find((b) => b.obligations.some((o) => o.type === obligation));
  const of = owner ? `${owner.name}'s` : "the base's";
  return obligation === "use-restrictions-flowdown" ? `${of} use restrictions` : `${of} acceptable-use policy`;
}

function advise(ls, riders, why, open) {
  const fix = adviseLicenses(ls, riders, why);
  return open ? { ...fix, advice: `If the open question is settled against this use: ${fix.advice[0].toLowerCase()}${fix.advice.slice(1)}` } : fix;
}

function adviseLicenses(ls, riders, why) {
  const [first, ...rest] = ls;
  const named = `${first.id} (${first.name})`;
  const others = rest.length > 0 ? `; next closest: ${list(rest.map((l) => l.id))}` : "";
  const goal = why.length > 0 ? ` It must ${why.join("; and ")}.` : "";
  if (riders.length === 0) {
    return { licenses: ls.map((l) => l.id), riders, advice: `License the weights under ${named}${others}.${goal}`, hint: `relicense as ${first.id}` };
  }
  const advice =
    `No license in the catalogue carries everything by itself: license the weights under ${named}${others}, ` +
    `with ${list(riders)} written into your LICENSE and passed on to users in the card.${goal}`;
  return { licenses: ls.map((l) => l.id), riders, advice, hint: `relicense as ${first.id} + ${riders.length === 1 ? riders[0] : "the base's restrictions"}` };
}

const baseModelTermsViolated = {
  meta: {
    id: "base-model-terms-violated",
    description: "A derivative drops obligations of its base model's license (use restrictions, non-commercial limit, share-alike, naming, acceptable-use policy).",
    defaultSeverity: "error",
    scope: "model",
    docs:
      "Fine-tunes, adapters, merges, quantisations and pipelines that ship a pretrained component carry their bases' license obligations. " +
      "RAIL licenses require their use restrictions in every downstream license; a non-commercial base stays non-commercial; Llama requires its name and acceptable-use policy. " +
      "A derivative with no license at all drops every one of them. The fix is the model's one coherent fix: the licenses that keep every base's obligations and what every source supports.",
    messages: {
      dropped: "{model} is a {relation} of {base} ({baseLicense}) but its license {license} drops the base's terms: {what}",
      unlicensed: "{model} is a {relation} of {base} ({baseLicense}) but has no license, so it does not carry the base's terms: {what}",
    },
  },
  run(ctx) {
    const m = ctx.model;
    const own = m.license.entry;
    // An unidentified license (`other`, a family id) is license-unrecognized's; no license at all drops every term.
    if (own && (own.kind === "placeholder" || own.family)) return;
    if (!own && m.license.source !== "none") return;
    const reported = new Set();
    const duties = dutiesOf(m);
    for (const base of m.bases) {
      const bl = base.license;
      if (!bl || bl.family || bl.kind === "placeholder" || reported.has(bl.id)) continue;
      const problems = droppedTerms(bl, own, duties);
      if (problems.length === 0) continue;
      reported.add(bl.id);
      const fix = coherentFix(ctx);
      ctx.report({
        messageId: own ? "dropped" : "unlicensed",
        data: {
          model: m.facts.name,
          relation: base.relation,
          base: base.chain.slice(1).join(" → "),
          baseLicense: bl.id,
          license: licenseName(m.license),
          what: problems.map((p) => p.what).join("; "),
        },
        location: base.location ?? modelLocation(m),
        evidence: evidenceFor(base, bl, m),
        summary: own ? `${own.id} drops terms of ${base.ref}'s ${bl.id}: ${list(problems.map((p) => p.obligation))}` : `no license: the ${base.relation} does not carry ${base.ref}'s ${bl.id}`,
        hint: problems.every((p) => p.obligation === "naming") ? `name it "Llama …"` : fix.hint,
        fix: `${fix.advice}${problems.some((p) => p.obligation === "naming") ? ` Name the model so that it begins with "Llama" (${bl.name}).` : ""} Or build on a base whose license allows what you grant.`,
      });
    }
  },
};

function evidenceFor(base, bl, m) {
  return [
    { about: "card" , statement: `the card names ${base.ref} as its base model (${base.relation})`, location: base.location },
    {
      about: "model" ,
      id: base.ref,
      statement: `${base.ref} is licensed ${bl.name}${base.file ? ` (per ${base.file})` : ""}`,
      sources: base.sourceUrl ? [{ url: base.sourceUrl }] : undefined,
    },
    { about: "license" , id: bl.id, statement: `${bl.name} obligations: ${bl.obligations.map((o) => o.type).join(", ") || "none"}`, sources: bl.sources },
    ...(m.license.entry
      ? [{ about: "license" , id: m.license.entry.id, statement: `${m.license.entry.name} obligations: ${m.license.entry.obligations.map((o) => o.type).join(", ") || "none"}`, location: m.license.location, sources: m.license.entry.sources }]
      : [{ about: "card" , statement: "the model states no license (no `license:`, no license file)", location: modelLocation(m) }]),
  ];
}

/** Metadata that is there but broken. A card without front matter is normal and not reported. */
const cardMalformed = {
  meta: {
    id: "card-malformed",
    description: "A card, license or dataset card cannot be read: broken or unterminated YAML front matter, wrong value types, a binary or oversized file.",
    defaultSeverity: "error",
    scope: "model",
    docs: "Broken metadata hides the license and training data from the Hub and from this check. The finding names the line to fix.",
    messages: { problem: "{file}: {message}" },
  },
  run(ctx) {
    const m = ctx.model;
    // The dataset cards its training data points to are read on its behalf: their problems are its too.
    const datasetCards = [...new Map(m.sources.flatMap((s) => s.dataset?.problems ?? []).map((p) => [`${p.location.file}:${p.location.line}:${p.message}`, { messageId: "yaml", ...p }])).values()];
    const problems = [...(m.facts.card?.problems ?? []), ...m.facts.licenseFiles.flatMap((f) => f.problems), ...datasetCards];
    for (const p of problems) {
      ctx.report({
        messageId: "problem",
        summary: p.message,
        hint: p.messageId === "unterminated" ? "close the front matter with ---" : p.messageId === "unreadable" ? "keep it UTF-8 text under 1 MiB" : "fix the value at this line",
        data: { file: p.location.file, message: p.message },
        location: p.location,
        evidence: [{ about: "card", statement: p.message, location: p.location }],
        fix:
          p.messageId === "unterminated"
            ? "Close the front matter with a line containing only '---'."
            : p.messageId === "unreadable"
              ? "Keep cards and license files as UTF-8 text under 1 MiB."
              : "Fix the value at this line; see https://huggingface.co/docs/hub/model-cards#model-card-metadata for the expected keys and types.",
      });
    }
  },
};

const datasetUnknown = {
  meta: {
    id: "dataset-unknown",
    description: "A training dataset the card names is unknown, or known without its terms, so the rights it supports cannot be checked.",
    defaultSeverity: "warning",
    scope: "model",
    docs:
      "The tool can only judge datasets whose terms and legal basis it knows. A dataset absent from rules/, the policy's declarations and the tree's " +
      "dataset cards is unknown; one rules/ lists without terms (an imported annotation that records no license) is unknown in what matters; a name " +
      "read as a variant of a known dataset (`mc4_fi_cleaned`) inherits that dataset's limits, but its own terms are unrecorded. A name that is no " +
      "public dataset (an AutoTrain upload `org/autotrain-data-<project>`, a local path, `audiofolder`, `custom`) is the publisher's own data: no " +
      "catalogue can know it, so its origin and terms are for the card or the policy to state. Data the card only describes (\"a large corpus of " +
      "parallel text\", files linked on Dropbox) is reported with the terms the card states for it (\"licensed data\", \"public domain\"), shown as the card " +
      "words them. Declare the dataset in the policy with its terms, or " +
      "add a dataset card.",
    messages: {
      unknown: "training dataset '{ref}' is unknown, so the rights it supports cannot be checked",
      termsUnknown: "training dataset {name} is known, but its terms are not: no source records its license or use restrictions",
      variant: "training dataset '{ref}' is read as a variant of {name}; its limits apply, but its own terms are not recorded",
      ownData: "training data '{ref}' is the publisher's own data, not a public dataset; its origin and terms are not stated, so the rights it supports cannot be checked",
      share: "training data '{ref}' is described, not named: {detail}, so the rights it supports cannot be checked",
    },
  },
  run(ctx) {
    for (const src of ctx.model.sources) {
      if (src.via === "base-model" || !src.location) continue;
      if (ctx.policy.datasets.allow.includes(src.ref) || (src.dataset && ctx.policy.datasets.allow.includes(src.dataset.id))) continue;
      const ds = src.dataset;
      const fix = `Declare '${src.ref}' under \`declarations:\` in the policy (license, use_restriction, legal_basis, note), or add its dataset card to the repository.`;
      const own = ds ? undefined : ownData(src.ref);
      if (!ds && src.share) {
        // What the card itself says of the data's terms is shown as it says it: the tool reads no license from free words.
        const { terms, host } = src.share;
        const detail = terms
          ? `the card states its terms as '${terms}', which names no license the tool can check`
          : host
            ? `it is linked as files on ${host}, the publisher's own data, with no terms stated`
            : own
              ? `${own.reason}, and no terms are stated`
              : "no catalogue can know it and the card states no terms for it";
        ctx.report({
          messageId: "share",
          data: { ref: src.ref, detail },
          location: src.location,
          openQuestion: true,
          evidence: [{ about: "card", statement: `the card describes '${src.ref}' as training data${terms ? ` and says of its terms: '${terms}'` : ""}${host ? ` (files on ${host})` : ""}`, location: src.location }],
          summary: terms ? `'${src.ref}' is described with terms '${terms}', not named` : `'${src.ref}' is described, not named, with no terms stated`,
          hint: "name the dataset or state its terms",
          fix: `Name the dataset (a Hub id in \`datasets:\`), or declare '${src.ref}' under \`declarations:\` in the policy with its license and use restriction${terms ? ` (the card says '${terms}')` : ""}.`,
        });
      } else if (own) {
        ctx.report({
          messageId: "ownData",
          data: { ref: src.ref },
          location: src.location,
          openQuestion: true,
          evidence: [{ about: "card", statement: `the card names '${src.ref}' as training data; ${own.reason}`, location: src.location }],
          summary: `'${src.ref}' is the publisher's own data, with no terms stated`,
          hint: "state where the data comes from and its terms",
          fix: `State in the card where the data in '${src.ref}' comes from and under which terms it may be used, or declare it under \`declarations:\` in the policy (license, use_restriction, legal_basis, note).`,
        });
      } else if (!ds) {
        ctx.report({
          messageId: "unknown",
          data: { ref: src.ref },
          location: src.location,
          openQuestion: true,
          evidence: [{ about: "card", statement: `the card names '${src.ref}' as training data`, location: src.location }],
          summary: `'${src.ref}' is not a dataset the tool knows`,
          hint: "declare it in the policy",
          fix,
        });
      } else if (ds.origin !== "policy" && ds.useRestriction === "unknown" && !ds.license) {
        ctx.report({
          messageId: "termsUnknown",
          data: { name: ds.name },
          location: src.location,
          openQuestion: true,
          evidence: [
            { about: "card", statement: `the card names '${src.ref}' as training data`, location: src.location },
            { about: "dataset", id: ds.id, statement: `${ds.name}: ${ds.note ?? "no license or use restriction recorded"}`, sources: ds.sources },
          ],
          summary: `the terms of ${ds.name} are not recorded`,
          hint: "declare its terms in the policy",
          fix,
        });
      } else if (src.match?.how === "variant") {
        ctx.report({
          messageId: "variant",
          data: { ref: src.ref, name: ds.name },
          location: src.location,
          openQuestion: true,
          evidence: [
            { about: "card", statement: `the card names '${src.ref}' as training data`, location: src.location },
            { about: "dataset", id: ds.id, statement: `'${src.ref}' extends the id of ${ds.name}, so it is read as a copy or subset of it`, sources: ds.sources },
          ],
          summary: `'${src.ref}' is read as a variant of ${ds.name}`,
          hint: "declare its terms in the policy",
          fix,
        });
      }
    }
  },
};

/** The seed case: a license that grants commercial use over research-only or unlawful data. */
const licenseExceedsDataRights = {
  meta: {
    id: "license-exceeds-data-rights",
    description: "The model's license grants a right that a training source does not support.",
    defaultSeverity: "error",
    scope: "model",
    docs:
      "Each training source limits the rights a model trained on it can carry: its terms of access (a research-only dataset, or a dataset's own " +
      "non-commercial license), the legal basis for mining its content (EU DSM Art. 3 and UK s29A support research only; unlawfully obtained data " +
      "supports nothing), and, if a model is a derivative of its data, the licenses on its items. A license that grants more than every source " +
      "supports is an error. Where the facts leave the question open (a provider's terms on model-generated data, a fact rules/ marks unverified, an " +
      "item license under a policy that has not decided whether models are derivatives), the finding is graded by `open_questions`. Each message " +
      "states the fact and, separately, what the policy concludes from it. One conflict across several sources (the same legal basis, the same " +
      "terms) is one finding listing them; conflicts inherited from a base are reported once per base. A derivative without a license of its own is " +
      "judged under its base's license, which it must carry.",
    messages: {
      exceeds: "{license} grants {rights}, but {facts}; {conclusion}",
      open: "{license} grants {rights}, but {facts}; {conclusion}",
      inherited: "{license} grants {rights}, but {base} was trained on data that does not support it: {datasets}",
    },
  },
  run(ctx) {
    const c = conflictsOf(ctx);
    if (!c.license) return;
    for (const group of groupConflicts(c.own)) reportOwn(ctx, c.license, group);
    const byBase = new Map();
    for (const x of c.inherited) {
      const base = x.source.chain[1] ?? "base model";
      byBase.set(base, [...(byBase.get(base) ?? []), x]);
    }
    for (const [base, group] of byBase) reportInherited(ctx, c.license, base, group);
  },
};

function rightsOf(limits) {
  return [...new Set(limits.map((l) => l.right))];
}

/** The first of each piece of evidence, in one pass (a card naming a dataset 25,000 times made a scan per piece quadratic). */
function unique(evidence) {
  const seen = new Set();
  return evidence.filter((e) => {
    const key = JSON.stringify([e.about, e.id, e.statement]);
    return !seen.has(key) && (seen.add(key), true);
  });
}

/** The license as a message names it; a derivative without one is judged under its base's. */
function licenseText(lic) {
  const name = `${lic.entry.name} (${lic.entry.id})`;
  return lic.inheritedFrom ? `With no license of its own, this ${lic.inheritedFrom.relation} of ${lic.inheritedFrom.ref} carries ${name}, which` : name;
}

function fixText(ctx, alternative) {
  return `${coherentFix(ctx).advice} Or ${alternative}, or, if you hold a license for this data, declare it under \`declarations:\` in the policy with \`legal_basis: licensed\`.`;
}

function reportOwn(ctx, lic, group) {
  const m = ctx.model;
  const decisive = group.flatMap((c) => c.decisive);
  const rights = rightsOf(decisive);
  const definite = decisive[0].support === "no";
  const names = group.map((c) => c.source.dataset.name);
  // One fact per source ("LAION-2B-en was collected under ...") and the policy's one conclusion.
  const facts = [...new Set(group.map((c) => c.decisive[0].fact))];
  const conclusion = group[0].decisive[0].conclusion;
  const grantsWhat = list(rights.map(rightWords));
  const first = group[0];
  ctx.report({
    messageId: definite ? "exceeds" : "open",
    data: { license: licenseText(lic), rights: grantsWhat, facts: facts.join("; "), conclusion },
    location: first.source.location ?? modelLocation(m),
    evidence: unique([
      ...rights.map((r) => grantEvidence(lic.entry, r, m.license.location)),
      ...group.flatMap((c) => (c.source.location ? [{ about: "card" , statement: `the card names ${c.source.ref} as training data${matchNote(c)}`, location: c.source.location }] : [])),
      ...decisive.flatMap((l) => l.evidence),
      ...group.flatMap((c) => c.open.flatMap((l) => l.evidence)),
    ]),
    openQuestion: !definite,
    severity: definite ? undefined : ctx.policy.open_questions,
    summary: definite ? `${lic.entry.id} grants ${grantsWhat}, which ${list(names)} ${names.length > 1 ? "do" : "does"} not support` : `whether ${list(names)} ${names.length > 1 ? "support" : "supports"} ${grantsWhat} under ${lic.entry.id} is open`,
    hint: coherentFix(ctx).hint,
    fix: fixText(ctx, `stop training on ${list(names)}`),
  });
}

function matchNote(c) {
  const match = c.source.match;
  if (!match) return "";
  const bits = [match.how === "variant" ? `read as a variant of ${c.source.dataset.name}` : `matched to ${c.source.dataset.name}`, match.version ? `version ${match.version}` : "", match.config ? `config ${match.config}` : ""];
  return ` (${bits.filter(Boolean).join(", ")})`;
}

function reportInherited(ctx, lic, base, group) {
  const m = ctx.model;
  const rights = rightsOf(group.flatMap((c) => c.decisive));
  const datasets = group.map((c) => `${c.decisive[0].reason} (via ${c.source.chain.slice(1).join(" → ")})`);
  const names = group.map((c) => c.source.dataset.name);
  ctx.report({
    messageId: "inherited",
    data: { license: licenseText(lic), rights: list(rights.map(rightWords)), base, datasets: datasets.join("; ") },
    location: group[0].source.location ?? modelLocation(m),
    evidence: unique([
      ...rights.map((r) => grantEvidence(lic.entry, r, m.license.location)),
      ...group.map((c) => ({ about: "model" , id: base, statement: `inherits ${c.source.dataset.name} through ${c.source.chain.join(" → ")}` })),
      ...group.flatMap((c) => c.decisive.flatMap((l) => l.evidence)),
    ]),
    summary: `${lic.entry.id} grants ${list(rights.map(rightWords))}, which ${base}'s training data (${list(names)}) does not support`,
    hint: coherentFix(ctx).hint,
    fix: fixText(ctx, `build on a base model trained without ${list(names)}`),
  });
}

/**
 * Every statement about the weights must name one license: the metadata, the card's License
 * section, "License:" lines and sentences about the weights, and the governing license file. They
 * are compared pairwise in the order the card gives them (metadata first, the file last); each
 * disagreement names both places. Statements about the code, data or the card itself are not compared.
 */
const licenseMismatch = {
  meta: {
    id: "license-mismatch",
    description: "Two statements about the weights' license disagree: the card's metadata, its License section or a license line or sentence about the weights, and the governing license file.",
    defaultSeverity: "error",
    scope: "model",
    docs: "When the card and the license file disagree — including on the version, e.g. CC BY-SA 3.0 vs 4.0 — a user cannot know which terms apply. A statement about the code (\"this code repository is MIT\") or data is not about the weights and is not compared.",
    messages: {
      mismatch: "{first} says {a}, but {where} says {b}",
      denied: "{first} says {a}, but {where} says the weights are not under it",
    },
  },
  run(ctx) {
    const statements = weightStatementsOf(ctx.model);
    const anchor = statements.find((s) => !s.negated);
    if (!anchor?.entry) return;
    const reported = new Set();
    for (const other of statements) {
      if (other === anchor || !other.entry) continue;
      const denies = other.negated === true && other.entry.id === anchor.entry.id;
      if (!denies && (other.negated || other.entry.id === anchor.entry.id)) continue;
      const key = `${denies ? "!" : ""}${other.entry.id}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const first = placeOf(anchor);
      const where = placeOf(other);
      ctx.report({
        messageId: denies ? "denied" : "mismatch",
        data: { first, a: licenseName(anchor), where, b: licenseName(other) },
        location: anchor.location ?? other.location,
        evidence: [
          { about: aboutOf(anchor), statement: `${first}: ${anchor.raw ?? licenseName(anchor)}`, location: anchor.location, sources: anchor.entry.sources },
          { about: aboutOf(other), statement: `${where}: ${other.raw ?? licenseName(other)}`, location: other.location, sources: other.entry.sources },
        ],
        fix: denies
          ? `Make them agree: state one license for the weights, and remove or correct the statement at ${where}.`
          : `Make them agree: if the weights are under ${other.entry.name}, say so at ${first}${anchor.source === "metadata" ? ` (\`license: ${other.entry.id}\`)` : ""}; otherwise change ${where} to ${anchor.entry.name}.`,
      });
    }
  },
};

/** The statements about the weights with a usable license, in the order the card gives them, the license file last. */
function weightStatementsOf(m) {
  const usable = (l) => Boolean(l?.entry && l.entry.kind !== "placeholder");
  const body = m.facts.card?.licenseStatements ? m.weightStatements : m.proseLicense ? [m.proseLicense] : [];
  return [m.metadataLicense, ...body, m.fileLicense].filter(usable);
}

function placeOf(l) {
  if (l.source === "metadata") return "the card's `license:`";
  if (l.source === "license-file") return l.location?.file ?? "the license file";
  return l.location ? `${l.location.file}:${l.location.line}` : "the card's License section";
}

function aboutOf(l) {
  return l.source === "license-file" ? "license-file" : "card";
}

const licenseMissing = {
  meta: {
    id: "license-missing",
    description: "The model states no license: no `license:` in the card, no license file, no license in the prose.",
    defaultSeverity: "error",
    scope: "model",
    docs: "Without a license, users cannot know what they may do with the weights, and nothing can be checked against the training data.",
    messages: { missing: "{model} has no license: the card has no `license:` key and no license file or License section was found" },
  },
  run(ctx) {
    const m = ctx.model;
    // A statement in words ("proprietary", a custom license) is a license, if not a known one.
    if (m.metadataLicense || m.fileLicense || m.proseLicense || m.freeTextLicense) return;
    ctx.report({
      messageId: "missing",
      data: { model: m.facts.name },
      location: modelLocation(m),
      evidence: [{ about: "card", statement: "no license metadata, license file or License section", location: modelLocation(m) }],
      fix: "Add `license: <hub id>` to the card's front matter (e.g. `license: cc-by-nc-4.0`) and ship the license text as LICENSE next to the weights.",
    });
  },
};

const licenseUnrecognized = {
  meta: {
    id: "license-unrecognized",
    description: "The license cannot be identified: `license: other` without a name or link, an id the Hub does not know, or a license file no matcher recognises.",
    defaultSeverity: "warning",
    scope: "model",
    docs: "An unidentified license cannot be compared with the training data. Name it (`license_name`, `license_link`) or use a Hub license id.",
    messages: {
      other: "`license: {value}` without `license_name` or `license_link`: the license cannot be identified",
      unknownId: "`license: {value}` is not a license id the Hugging Face Hub or rules/ knows",
      unknownName: "`license_name: {value}` is not a license rules/ knows, so its grants cannot be checked",
      file: "{file} does not match any known license text (closest: {candidates})",
    },
  },
  run(ctx) {
    const m = ctx.model;
    const card = m.facts.card;
    if (card?.license) {
      const value = card.license.value;
      const entry = ctx.kb.license(value);
      if (!entry) {
        ctx.report({
          messageId: "unknownId",
          summary: `license id '${value}' is not one the Hub or rules/ knows`,
          hint: "use a Hub license id",
          data: { value },
          location: card.license.location,
          evidence: [{ about: "card", statement: `license: ${value}`, location: card.license.location }],
          fix: "Use an id from https://huggingface.co/docs/hub/repositories-licenses, or `license: other` with `license_name` and `license_link`.",
        });
      } else if (entry.kind === "placeholder") {
        if (!card.licenseName && !card.licenseLink) {
          ctx.report({
            messageId: "other",
            summary: `license: ${value} names no license`,
            hint: "add license_name and license_link",
            data: { value },
            location: card.license.location,
            evidence: [{ about: "card", statement: `license: ${value}, with no license_name or license_link`, location: card.license.location }],
            fix: "Add `license_name: <slug>` and `license_link: LICENSE` (or a URL) to the front matter, and ship the text.",
          });
        } else if (card.licenseName && !ctx.kb.license(card.licenseName.value) && !m.fileLicense?.entry) {
          ctx.report({
            messageId: "unknownName",
            summary: `license_name '${card.licenseName.value}' is not a license rules/ knows`,
            hint: "use a Hub id or ship the text",
            data: { value: card.licenseName.value },
            location: card.licenseName.location,
            evidence: [{ about: "card", statement: `license_name: ${card.licenseName.value}`, location: card.licenseName.location }],
            fix: "Use the license's Hub id if it has one; otherwise ship its text as LICENSE and review its grants by hand (or add it to rules/licenses).",
          });
        }
      }
    }
    // Only the file that governs the weights matters here: a repo's code LICENSE (often a modified
    // MIT) being unrecognised says nothing about the model's rights.
    for (const f of m.facts.governingLicense ? [m.facts.governingLicense] : []) {
      const ident = f.identification;
      if (!ident || ident.status !== "unrecognized") continue;
      const candidates = ident.runnersUp.map((r) => `${r.id} ${Math.round(r.confidence)}%`).join(", ") || "none";
      ctx.report({
        messageId: "file",
        summary: `${f.file} matches no known license text`,
        hint: "ship the license text unmodified",
        data: { file: f.file, candidates },
        location: { file: f.file, line: 1, column: 1 },
        evidence: [{ about: "license-file", statement: `no license matched above its threshold; closest: ${candidates}`, location: { file: f.file, line: 1, column: 1 } }],
        fix: "Ship the license text unmodified (notes can go in the README), or state the license in the card's `license:` key.",
      });
    }
  },
};

/**
 * Whether the model fails already on what is known (no license, a definite conflict, a base's
 * dropped terms): then an unresolved base cannot change its verdict, only add to the reasons.
 */
function failsAlready(ctx) {
  const m = ctx.model;
  if (m.license.source === "none") return true;
  if (conflictsOf(ctx).definite.size > 0) return true;
  const own = m.license.entry;
  if (!own || own.kind === "placeholder" || own.family) return false;
  return m.bases.some((b) => b.license && !b.license.family && b.license.kind !== "placeholder" && droppedTerms(b.license, own, dutiesOf(m)).length > 0);
}

const lineageIncomplete = {
  meta: {
    id: "lineage-incomplete",
    description: "A base model cannot be followed: it is unknown to the tree and rules/, or the lineage loops or runs too deep.",
    defaultSeverity: "warning",
    scope: "model",
    docs:
      "A derivative inherits its bases' data and obligations. A base the tool cannot resolve leaves those unchecked: a warning where knowing the base " +
      "could change the verdict, a note where the model fails on what is known already. Cycles and very deep chains are cut and reported.",
    messages: {
      unknown: "base model '{ref}' is not in this repository or rules/models, so what it was trained on and its license terms are unchecked",
      bounded: "{message}",
    },
  },
  run(ctx) {
    const m = ctx.model;
    const unresolved = m.bases.filter((b) => !b.license && !b.file);
    const quiet = unresolved.length > 0 && failsAlready(ctx);
    for (const b of unresolved) {
      ctx.report({
        messageId: "unknown",
        data: { ref: b.ref },
        location: b.location ?? m.facts.card?.baseModels[0]?.location ?? { file: m.facts.card?.file ?? m.facts.dir, line: 1, column: 1 },
        openQuestion: true,
        severity: quiet ? "note" : undefined,
        evidence: [
          { about: "model", id: b.ref, statement: `${b.chain.join(" → ")}: not found in the tree or rules/models` },
          ...(quiet ? [{ about: "model" , statement: "the model fails on what is known already, so this base cannot change the verdict" }] : []),
        ],
        summary: `base '${b.ref}' is unknown`,
        hint: "add its card, or run with --hub",
        fix: `Add the base model's card to the repository, add it to rules/models, or run with --hub to fetch its card.`,
      });
    }
    for (const p of m.lineageProblems) {
      ctx.report({
        messageId: "bounded",
        data: { message: p.message },
        location: p.location,
        evidence: [{ about: "model", statement: p.message, location: p.location }],
        summary: p.message,
        hint: "shorten the base_model chain",
        fix: "Remove the cycle or shorten the chain of `base_model:` links.",
      });
    }
  },
};

/** Cards kept on GitHub often have no front matter; that is not an error, but metadata helps. */
const metadataSuggested = {
  meta: {
    id: "metadata-suggested",
    description: "A card without YAML front matter: suggests the metadata the Hub and this check would read.",
    defaultSeverity: "note",
    scope: "model",
    docs:
      "A card with no front matter is valid; its license and training data are read from the prose and the license files. " +
      "This note suggests front matter built from what was found, so the Hub can show and filter it.",
    messages: { suggest: "{file} has no metadata; suggested front matter: {yaml}" },
  },
  run(ctx) {
    const m = ctx.model;
    const card = m.facts.card;
    if (!card || card.frontMatter || card.problems.length > 0) return;
    const lines = [
      ...(m.license.entry ? [`license: ${m.license.entry.hub ? m.license.entry.id : "other"}`] : []),
      ...(m.license.entry && !m.license.entry.hub ? [`license_name: ${m.license.entry.id}`] : []),
      ...(m.sources.length > 0
        ? [`datasets: [${[...new Set(m.sources.filter((s) => s.via !== "base-model").map((s) => s.dataset?.id ?? s.ref))].join(", ")}]`]
        : []),
      ...(card.proseBaseModels.length > 0 ? [`base_model: ${card.proseBaseModels[0].value}`] : []),
    ];
    if (lines.length === 0) return;
    const location = { file: card.file, line: 1, column: 1 };
    ctx.report({
      messageId: "suggest",
      summary: `no front matter; suggested: ${lines.join("; ")}`,
      hint: "add the suggested front matter",
      data: { file: card.file, yaml: lines.join("; ") },
      location,
      evidence: [{ about: "card", statement: "read from the card's prose and license files", location }],
      fix: `Add at the top of ${card.file}:\n---\n${lines.join("\n")}\n---`,
    });
  },
};

const policyDenied = {
  meta: {
    id: "policy-denied",
    description: "The model uses a dataset or license the policy denies, or a license outside the policy's allow list.",
    defaultSeverity: "error",
    scope: "model",
    docs: "`datasets.deny`, `licenses.deny` and `licenses.allow` in the policy encode an organisation's own rules on top of the facts.",
    messages: {
      dataset: "training dataset {dataset} is denied by the policy",
      license: "license {license} is denied by the policy",
      notAllowed: "license {license} is not in the policy's allowed licenses ({allowed})",
    },
  },
  run(ctx) {
    const { datasets, licenses } = ctx.policy;
    const m = ctx.model;
    const policyAt = { about: "policy" , statement: "the policy's allow and deny lists" };
    for (const src of m.sources) {
      const id = src.dataset?.id ?? src.ref;
      if (!datasets.deny.includes(id) && !datasets.deny.includes(src.ref)) continue;
      ctx.report({
        messageId: "dataset",
        summary: `training dataset ${id} is denied by the policy`,
        hint: `train without ${id}`,
        data: { dataset: id },
        location: src.location ?? modelLocation(m),
        evidence: [policyAt, { about: "card", statement: `trained on ${src.chain.join(" → ")}`, location: src.location }],
        fix: `Train without ${id}, or remove it from \`datasets.deny\` with the approval your organisation requires.`,
      });
    }
    const lic = m.license.entry?.id;
    if (!lic) return;
    if (licenses.deny.includes(lic)) {
      ctx.report({ messageId: "license", data: { license: lic }, location: modelLocation(m), evidence: [policyAt], summary: `license ${lic} is denied by the policy`, hint: "choose an allowed license", fix: "Choose a license the policy allows." });
    } else if (licenses.allow.length > 0 && !licenses.allow.includes(lic)) {
      ctx.report({
        messageId: "notAllowed",
        summary: `license ${lic} is not in the policy's allow list`,
        hint: `use one of ${licenses.allow.join(", ")}`,
        data: { license: lic, allowed: licenses.allow.join(", ") },
        location: modelLocation(m),
        evidence: [policyAt],
        fix: `Use one of ${licenses.allow.join(", ")}, or add ${lic} to \`licenses.allow\`.`,
      });
    }
  },
};

const policyInvalid = {
  meta: {
    id: "policy-invalid",
    description: "The provenance policy file has a problem: invalid YAML, an unknown key, a wrong type or an unknown id.",
    defaultSeverity: "error",
    scope: "run",
    docs: "A policy with errors is not applied (the defaults are used instead) until it is fixed, so this finding always names the line to fix.",
    messages: { invalid: "{path}{message}" },
  },
  run(ctx) {
    for (const p of ctx.policyProblems) {
      ctx.report({
        messageId: "invalid",
        summary: `policy: ${p.path ? `${p.path}: ` : ""}${p.message}`,
        hint: "fix the policy at this line",
        data: { path: p.path ? `${p.path}: ` : "", message: p.message },
        location: p.location,
        evidence: [{ about: "policy", statement: p.message, location: p.location }],
        fix: "Fix the policy at this line; the JSON Schema in schema/model-provenance.schema.json lists every key and value.",
      });
    }
  },
};

/** Relations that involve no training step of the model's own: a copy at lower precision, an average of weights. */
const NO_TRAINING = new Set(["quantized", "merge"]);

const trainingDataUndisclosed = {
  meta: {
    id: "training-data-undisclosed",
    description: "The card does not say what the model's own training step used (pretraining, or the fine-tuning on top of a base).",
    defaultSeverity: "warning",
    scope: "model",
    docs:
      "Without knowing the training data, nobody can tell whether the license claims more than the data supports. The check judges the model's own " +
      "training step: a fine-tune or adapter that names its base but not its fine-tuning data is undisclosed too, and a pretrained component it ships " +
      "(a frozen text encoder) says nothing about the data the rest was trained on. Quantised copies and merges have no training step of their own. " +
      "List datasets in `datasets:` (Hub ids) and describe them in a Training data section; declare in-house data in the policy.",
    messages: {
      undisclosed: "{model} does not say what it was trained on, so its license cannot be checked against its data",
      finetune: "{model} names its base ({base}) but not the data of its own {relation}, so that step cannot be checked against its license",
    },
  },
  run(ctx) {
    const m = ctx.model;
    if (m.sources.some((s) => s.via !== "base-model")) return;
    const direct = m.bases.filter((b) => b.depth === 1);
    if (direct.some((b) => NO_TRAINING.has(b.relation))) return;
    const trained = direct.find((b) => b.relation !== "component");
    const location = modelLocation(m);
    ctx.report({
      messageId: trained ? "finetune" : "undisclosed",
      data: { model: m.facts.name, base: trained?.ref ?? "", relation: trained?.relation ?? "" },
      location,
      openQuestion: true,
      evidence: [
        {
          about: "card",
          statement: trained
            ? `the card names ${trained.ref} as its base (${trained.relation}) but no dataset for its own training`
            : `no \`datasets:\` metadata, no dataset named in the prose${direct.length > 0 ? "; the pretrained components it ships do not say what the rest was trained on" : ", no base model"}`,
          location,
        },
      ],
      summary: trained ? `the data of its own ${trained.relation} is not named` : "no training data named",
      hint: "add `datasets:` and a Training data section",
      fix: "Add `datasets: [<hub dataset ids>]` to the front matter and a '## Training data' section; declare unlisted or in-house datasets under `declarations:` in .github/model-provenance.yml.",
    });
  },
};

const waiverExpired = {
  meta: {
    id: "waiver-expired",
    description: "A waiver in the policy has passed its expiry date; the findings it covered count again.",
    defaultSeverity: "warning",
    scope: "run",
    docs: "Waivers are temporary by design: an expired one is reported so that someone decides again.",
    messages: { expired: "the waiver of {check} for {path} expired on {expires} ({reason})" },
  },
  run(ctx) {
    ctx.policy.waivers.forEach((w, i) => {
      if (!w.expires || w.expires >= ctx.today) return;
      const location = ctx.locatePolicy(["waivers", i, "expires"]);
      ctx.report({
        messageId: "expired",
        summary: `the waiver of ${w.check} for ${w.path} expired on ${w.expires}`,
        hint: "fix the findings or renew the waiver",
        data: { check: w.check, path: w.path, expires: w.expires, reason: w.reason },
        location,
        evidence: [{ about: "policy", statement: `waivers[${i}] expires ${w.expires}`, location }],
        fix: "Fix the findings it covered, or renew the waiver with a new `expires` date and a current reason.",
      });
    });
  },
};

// The registry: every check, in the order findings are reported. Ids are unique (tested).

const CHECKS = [
  policyInvalid,
  waiverExpired,
  cardMalformed,
  licenseMissing,
  licenseUnrecognized,
  licenseMismatch,
  licenseExceedsDataRights,
  baseModelTermsViolated,
  policyDenied,
  trainingDataUndisclosed,
  datasetUnknown,
  lineageIncomplete,
  attributionMissing,
  metadataSuggested,
];

const CHECK_IDS = CHECKS.map((c) => c.meta.id);

// The tool's name, version and one home. Kept in step with package.json (`name`, `version`,
// `repository`) by a test, so reports name the version that produced them and every link the
// tool prints (docs, SARIF rule help, rules/ entries) points at the same repository and release.
const TOOL = { name: "model-provenance-check", version: "0.1.0" } ;

/** GitHub owner/name: the one place the repository's slug is written in code. */
const REPOSITORY = "model-provenance/model-provenance-check";
const REPOSITORY_URL = `https://github.com/${REPOSITORY}`;
/** The tag this version is released as (`v0.1.0`); its major tag (`v0`) is what `uses:` names. */
const RELEASE_TAG = `v${TOOL.version}`;
`v${TOOL.version.split(".")[0]}`;

/** A file of the repository as released with this version (docs, rules/ entries). */
function releasedFile(file, anchor) {
  const encoded = file.split("/").map(encodeURIComponent).join("/");
  return `${REPOSITORY_URL}/blob/${RELEASE_TAG}/${encoded}${""}`;
}

/** The policy's JSON Schema as released with this version (for `$schema` lines in editors). */
const POLICY_SCHEMA_URL = `https://raw.githubusercontent.com/${REPOSITORY}/${RELEASE_TAG}/schema/model-provenance.schema.json`;

/** The checks' documentation as released with this version (derived from package.json's repository). */
const DOCS_BASE = releasedFile("docs/checks.md");



























































function isRunCheck(c) {
  return c.meta.scope === "run";
}

function docsUrl(id) {
  return `${DOCS_BASE}#${id}`;
}

/** Fills {placeholders}; a missing one is a programming error, caught by the check tests. */
function formatMessage(template, data = {}) {
  return template.replace(/\{(\w+)\}/g, (_m, key) => {
    if (!(key in data)) throw new Error(`message placeholder {${key}} has no value`);
    return String(data[key]);
  });
}

// Bounds on what one model (or the run) reports, so that a hostile card cannot flood the report, the
// PR comment or a SARIF upload: a card naming one dataset 150,000 times is one finding with many
// places, and a check lists at most `limits.findings_per_check` findings per model, the most severe
// first, with one more finding that counts the rest. Findings are bounded as the checks report them,
// so unlisted ones are counted, not kept.



/** The messageId of the finding that counts a check's unlisted findings. */
const UNLISTED = "unlisted";

const RANK$1 = { error: 3, warning: 2, note: 1 };

/** What the verdict needs of a finding: waived findings rank below every counted one. */
function rank(f) {
  return f.waived ? 0 : RANK$1[f.severity];
}

/** The findings one check reported for one model: those listed, and a tally of the rest. */







class FindingBounds {
  /** Identity (see identity()) → the listed finding, or null once it is unlisted. */
    seen = new Map();
    kinds = new Map();

  constructor(  limits) {this.limits = limits;}

  add(f) {
    const key = identity$1(f);
    const known = this.seen.get(key);
    if (known !== undefined) {
      if (known) addPlace(known, f.location, this.limits.places_per_finding);
      return;
    }
    const kind = this.kinds.get(f.checkId) ?? { listed: [], unlisted: { error: 0, warning: 0, note: 0, waived: 0 } };
    this.kinds.set(f.checkId, kind);
    this.seen.set(key, f);
    if (kind.listed.length < this.limits.findings_per_check) {
      kind.listed.push(f);
      return;
    }
    // Full: the newcomer replaces the least severe listed finding if it outranks it (order is kept).
    const weakest = kind.listed.reduce((w, g, i) => (rank(g) < rank(kind.listed[w]) ? i : w), 0);
    const out = rank(f) > rank(kind.listed[weakest]) ? kind.listed.splice(weakest, 1)[0] : f;
    if (out !== f) kind.listed.push(f);
    this.seen.set(out === f ? key : identity$1(out), null);
    kind.unlisted[out.waived ? "waived" : out.severity]++;
    if (!kind.top || rank(out) > rank(kind.top)) kind.top = out;
  }

  /** The bounded findings, in the order their checks reported them. */
  findings() {
    return [...this.kinds.values()].flatMap((k) => (k.top ? [...k.listed, unlistedFinding(k, k.top, this.limits)] : k.listed));
  }
}

/**
 * Two findings are the same when they differ only in where: same check, message, fix, evidence and
 * waiver. An evidence link at the finding's own place ("the card names x/y here") is no difference.
 */
function identity$1(f) {
  const evidence = f.evidence.map((e) => [e.about, e.id, e.statement, e.location && !samePlace(e.location, f.location) ? e.location : "here", e.sources]);
  const fields = [f.checkId, f.messageId, f.severity, f.model, f.message, f.summary, f.hint, f.fix, f.openQuestion, f.waived, evidence];
  return __builtin$4.createHash("sha1").update(JSON.stringify(fields)).digest("base64");
}

function addPlace(f, l, max) {
  if (samePlace(l, f.location)) return;
  const also = (f.alsoAt ??= { locations: [], unlisted: 0 });
  if (also.locations.length < max) also.locations.push(l);
  else also.unlisted++;
}

/** One finding standing for a check's unlisted findings, as severe as the most severe of them. */
function unlistedFinding(kind, top, limits) {
  const total = Object.values(kind.unlisted).reduce((a, b) => a + b, 0);
  const n = (k) => k.toLocaleString("en-US");
  const parts = (["error", "warning", "note", "waived"] )
    .filter((s) => kind.unlisted[s] > 0)
    .map((s) => `${n(kind.unlisted[s])} ${s === "waived" || kind.unlisted[s] === 1 ? s : `${s}s`}`);
  return {
    checkId: top.checkId,
    messageId: UNLISTED,
    severity: top.severity,
    message: `${n(total)} more ${top.checkId} findings (${parts.join(", ")}) are not listed: the policy lists at most ${limits.findings_per_check} of one check per model, the most severe first`,
    ...(top.model !== undefined ? { model: top.model } : {}),
    location: top.location,
    evidence: [
      { about: "policy", statement: `limits.findings_per_check is ${limits.findings_per_check}` },
      { about: top.model !== undefined ? "card" : "policy", statement: `the most severe of them: ${top.message}`, location: top.location },
    ],
    fix: `Fix the ${top.checkId} findings listed and run again to see the rest, or raise \`limits.findings_per_check\` in the policy.`,
    summary: `${n(total)} more ${top.checkId} findings not listed`,
    hint: "fix the listed ones and run again",
    ...(top.openQuestion ? { openQuestion: true } : {}),
    ...(top.waived ? { waived: { reason: "every unlisted finding is waived" } } : {}),
  };
}

function samePlace(a, b) {
  return a.file === b.file && a.line === b.line && a.column === b.column;
}

/**
 * Findings about the run itself (policy problems, expired waivers): known before any model is
 * judged, so a streamed report can write them first.
 */
function evaluateRun(input) {
  const run = new FindingBounds(input.policy.limits);
  for (const check of enabled(input)) {
    if (!isRunCheck(check)) continue;
    check.run({
      kb: input.kb,
      policy: input.policy,
      policyFile: input.policyFile,
      policyProblems: input.policyProblems,
      locatePolicy: input.locatePolicy,
      today: input.today,
      report: (r) => {
        const f = toFinding(check, r, input);
        if (f) run.add(f);
      },
    });
  }
  return run.findings();
}

/** One model's findings, in the order of the checks: models are judged one at a time so a report can stream. */
function evaluateModel(input, model) {
  const dir = model.facts.dir;
  const list = new FindingBounds(input.policy.limits);
  for (const check of enabled(input)) {
    if (isRunCheck(check)) continue;
    check.run({
      kb: input.kb,
      policy: input.policy,
      scope: input.scope,
      model,
      report: (r) => {
        const f = toFinding(check, r, input, dir);
        if (f) list.add(f);
      },
    });
  }
  return list.findings();
}

function enabled(input) {
  return (input.checks ?? CHECKS).filter((c) => input.policy.checks[c.meta.id] !== "off");
}

function toFinding(check, r, input, model) {
  const configured = input.policy.checks[check.meta.id];
  const severity = r.openQuestion && r.severity ? r.severity : (configured ?? r.severity ?? check.meta.defaultSeverity);
  if (severity === "off") return undefined;
  const message = formatMessage(check.meta.messages[r.messageId] ?? missingMessage(check, r.messageId), r.data);
  const finding = {
    checkId: check.meta.id,
    messageId: r.messageId,
    severity,
    message,
    model,
    location: r.location,
    evidence: r.evidence,
    fix: r.fix,
    ...(r.summary ? { summary: r.summary } : {}),
    ...(r.hint ? { hint: r.hint } : {}),
    openQuestion: r.openQuestion,
  };
  const waiver = findWaiver(input.policy.waivers, finding, input.today);
  if (waiver) finding.waived = { reason: waiver.reason, expires: waiver.expires };
  return finding;
}

function missingMessage(check, id) {
  throw new Error(`check ${check.meta.id} reported unknown messageId '${id}'`);
}

/** A waiver covers a finding of its check in a model folder or file; `*` covers every model. */
function findWaiver(waivers, f, today) {
  return waivers.find((w) => {
    if (w.check !== f.checkId) return false;
    if (w.expires && w.expires < today) return false;
    const p = w.path.replace(/^\.\//, "").replace(/\/$/, "");
    if (p === "*" || p === f.model || p === f.location.file) return true;
    return f.location.file.startsWith(`${p}/`) || (f.model !== undefined && f.model.startsWith(`${p}/`));
  });
}

// Shards of a GitHub Actions matrix: job K of N checks the models whose lineage group hashes to K.
// A group is the models joined by in-tree lineage (a fine-tune and the base it names in this
// repository), so a model and its in-tree bases are always judged by the same job. The hash is of
// the group's key, a path, so a model stays in its shard from run to run while its lineage holds,
// and the shards are about equal because SHA-256 spreads paths evenly.

/** Job `index` (1-based) of `count`. */





/** Most jobs a matrix may have (GitHub's limit is 256 per workflow run). */
const MAX_SHARDS = 256;

/** `K/N` (1 ≤ K ≤ N ≤ 256) as a Shard, or why not. */
function parseShard(text) {
  const m = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
  if (!m) return `must be K/N (this job's number and the number of jobs, e.g. 2/4), not '${text}'`;
  const [index, count] = [Number(m[1]), Number(m[2])];
  if (count < 1 || count > MAX_SHARDS) return `N must be 1 to ${MAX_SHARDS}, not ${count}`;
  if (index < 1 || index > count) return `K must be 1 to ${count}, not ${index}`;
  return { index, count };
}

/** The shard (1-based) of a group key: the first 32 bits of its SHA-256, modulo the count. */
function shardOfKey(key, count) {
  return (__builtin$4.createHash("sha256").update(key).digest().readUInt32BE(0) % count) + 1;
}

/**
 * Each model's group key: the first, in path order, of the group's roots (members with no in-tree
 * base), else of its members (a cycle). Adding a fine-tune to a group leaves its key alone.
 * `basesOf` gives the model folders a model names as bases in this tree.
 */
function lineageKeys(dirs, basesOf) {
  const parent = new Map(dirs.map((d) => [d, d]));
  const find = (d) => {
    let root = d;
    while (parent.get(root) !== root) root = parent.get(root);
    for (let x = d; x !== root; ) {
      const next = parent.get(x);
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  const hasBase = new Set();
  for (const d of dirs) {
    for (const b of basesOf(d)) {
      if (!parent.has(b) || b === d) continue;
      hasBase.add(d);
      parent.set(find(d), find(b));
    }
  }
  const key = new Map();
  for (const d of [...dirs].sort(localeOrder)) {
    const g = find(d);
    const k = key.get(g) ?? { any: d };
    if (k.root === undefined && !hasBase.has(d)) k.root = d;
    key.set(g, k);
  }
  return new Map(dirs.map((d) => {
    const k = key.get(find(d));
    return [d, k.root ?? k.any];
  }));
}

/** The model folders of `dirs` that shard `shard` checks. */
function shardMembers(dirs, basesOf, shard) {
  const keys = lineageKeys(dirs, basesOf);
  return new Set(dirs.filter((d) => shardOfKey(keys.get(d), shard.count) === shard.index));
}

function count(findings) {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const f of findings) if (!f.waived) counts[f.severity]++;
  return counts;
}

function verdictOf(counts) {
  if (counts.error > 0) return "fail";
  if (counts.warning > 0) return "warn";
  return "pass";
}

const RANK = { error: 3, warning: 2, note: 1 };

/** True when the findings reach the `fail_on` threshold (`never` never fails). */
function failsAt(counts, failOn) {
  if (failOn === "never") return false;
  return (Object.keys(counts) ).some((s) => counts[s] > 0 && RANK[s] >= RANK[failOn]);
}

/** Bounds that keep a malicious or mistaken lineage from looping or exploding. */
const LINEAGE_LIMITS = { maxDepth: 16, maxBases: 64 };

/**
 * What a derivative takes from the model it names, by `base_model_relation` (the Hub's values, plus
 * the two rules/models uses). Every relation below carries the base's weights, or was trained to
 * reproduce them, so each inherits both the base's training data (its limits reach the derivative)
 * and the obligations of the base's license (checked by base-model-terms-violated):
 * - `finetune`: the base's weights trained further on new data; the default for one `base_model`.
 * - `adapter`: a LoRA/PEFT adapter that only works loaded on top of the base's weights.
 * - `merge`: weights averaged or spliced from several parents; the default for a list of bases.
 * - `quantized`: the base's weights at lower precision (GGUF, AWQ, GPTQ); a copy, not a new model.
 * - `component`: a pretrained part the weights ship unchanged (a frozen text encoder, a VAE), named
 *   in the card's prose on the line that says it is one, or listed in rules/models.
 * - `distilled` (rules/models only): a student trained on the teacher's outputs; inherited
 *   conservatively, because the teacher's license terms usually reach distillation too.
 * An unknown relation (reported by card-malformed) is read as `finetune`.
 */
const BASE_MODEL_RELATIONS$1 = {
  finetune: { inheritsData: true, inheritsObligations: true },
  adapter: { inheritsData: true, inheritsObligations: true },
  merge: { inheritsData: true, inheritsObligations: true },
  quantized: { inheritsData: true, inheritsObligations: true },
  component: { inheritsData: true, inheritsObligations: true },
  distilled: { inheritsData: true, inheritsObligations: true },
} ;

 

/**
 * The relation a card declares for its bases; else the one its prose gives ("GGUF format model
 * files for X", "a merge of A and B"), so a quantised copy or a merge is not judged as a fine-tune;
 * else the Hub's defaults. A prose "fine-tuned from" does not overrule the default for a list of
 * `base_model` ids (a merge).
 */
function relationOf$1(card) {
  const declared = card.baseModelRelation?.value;
  if (declared && declared in BASE_MODEL_RELATIONS$1) return declared ;
  const prose = card.proseBaseRelation && card.proseBaseRelation in BASE_MODEL_RELATIONS$1 ? (card.proseBaseRelation ) : undefined;
  if (prose && (prose !== "finetune" || card.baseModels.length === 0)) return prose;
  return card.baseModels.length > 1 ? "merge" : "finetune";
}

/** Where prefetched Hub cards sit in the tree (see src/hub): `.hub/models/<id>`, `.hub/datasets/<id>`. */
const HUB_DIR = ".hub";
const HUB_MODELS_DIR = `${HUB_DIR}/models/`;
const HUB_DATASETS_DIR = `${HUB_DIR}/datasets/`;
const HUB_URL = "https://huggingface.co";

/**
 * Per-tree lookups and memoised facts, so resolving every model of a large tree does not re-read
 * or re-scan: model folders by path and by last segment, dataset cards by name, each model's own
 * facts, and each dataset reference's view. Keyed by the Tree object; rebuilt for another kb/policy.
 */











const memos = new WeakMap();

function memoOf(tree, kb, policy) {
  const existing = memos.get(tree);
  if (existing && existing.kb === kb && existing.policy === policy) return existing;
  const memo = {
    kb,
    policy,
    byDir: new Map(),
    byLast: new Map(),
    hubDatasetCards: new Map(),
    datasetCardsByName: new Map(),
    own: new Map(),
    datasets: new Map(),
  };
  for (const m of tree.models) {
    const dir = m.dir.toLowerCase();
    if (!memo.byDir.has(dir)) memo.byDir.set(dir, m);
    // Hub cards are matched by their full id only: `.hub/models/a/base` is not `b/base`.
    if (m.dir === "." || dir.startsWith(`${HUB_DIR}/`)) continue;
    const last = dir.split("/").pop();
    memo.byLast.set(last, [...(memo.byLast.get(last) ?? []), m]);
  }
  for (const c of tree.datasetCards) {
    const hubId = hubIdOf(c.file, HUB_DATASETS_DIR);
    if (hubId) {
      if (!memo.hubDatasetCards.has(hubId.toLowerCase())) memo.hubDatasetCards.set(hubId.toLowerCase(), c);
    } else if (!memo.datasetCardsByName.has(c.name.toLowerCase())) memo.datasetCardsByName.set(c.name.toLowerCase(), c);
  }
  memos.set(tree, memo);
  return memo;
}

/** The Hub id of a prefetched card's file (`.hub/models/org/name/README.md` → `org/name`), else undefined. */
function hubIdOf(file, prefix) {
  if (!file.startsWith(prefix)) return undefined;
  const rest = file.slice(prefix.length);
  const slash = rest.lastIndexOf("/");
  return slash > 0 ? rest.slice(0, slash) : undefined;
}

function resolveModel(model, tree, kb, policy) {
  const memo = memoOf(tree, kb, policy);
  const own = ownFactsOf(model, tree, memo);
  const resolved = { ...own, sources: [...own.sources], bases: [], lineageProblems: [], reliedOn: [] };
  const card = model.card;
  if (card) {
    const walk = { r: resolved, tree, memo, seen: new Set([`tree:${model.dir}`]), path: new Set([`tree:${model.dir}`]), sourceKeys: new Set(resolved.sources.map(sourceKey)) };
    followBases(card, undefined, 1, [selfName(model)], walk);
  }
  resolved.reliedOn = reliedOnOf(resolved, model);
  return resolved;
}

/** In-tree cards whose facts the resolution used: dataset cards read as sources, and bases' cards. */
function reliedOnOf(r, self) {
  const files = new Set();
  for (const s of r.sources) if (s.dataset?.origin === "dataset-card" && !s.dataset.file.startsWith(`${HUB_DIR}/`)) files.add(s.dataset.file);
  for (const b of r.bases) if (b.file && !b.file.startsWith("rules/") && !b.file.startsWith(`${HUB_DIR}/`) && b.file !== self.card?.file) files.add(b.file);
  return [...files].sort();
}













/** Walks a card's bases (metadata, else prose) and its pretrained components. */
function followBases(card, inheritedLocation, depth, chain, w) {
  const baseRefs = card.baseModels.length > 0 ? card.baseModels : card.proseBaseModels;
  const relation = relationOf$1(card);
  for (const b of baseRefs) walkBase(b.value, relation, inheritedLocation ?? b.location, depth, chain, w);
  for (const c of card.proseComponents) walkBase(c.value, "component", inheritedLocation ?? c.location, depth, chain, w);
}

function selfName(m) {
  return m.dir === "." ? m.name : m.dir;
}

/** What a model's own files say: its license and the datasets its card names (no lineage). Memoised per tree. */
function ownFactsOf(model, tree, memo) {
  const cached = memo.own.get(model);
  if (cached) return cached;
  const r = { facts: model, license: { id: null, source: "none" }, weightStatements: [], sources: [], bases: [], lineageProblems: [], reliedOn: [] };
  memo.own.set(model, r);
  resolveLicense(r, memo.kb);
  const card = model.card;
  const self = selfName(model);
  if (!card) return r;
  for (const d of card.datasets) r.sources.push(source(d.value, "metadata", d.location, [self], tree, memo));
  for (const d of card.proseDatasets) {
    const known = r.sources.some((s) => (d.value.id && s.dataset?.id === d.value.id) || s.ref.toLowerCase() === d.value.ref.toLowerCase());
    if (known) continue;
    // "the RACE dataset": looked up as "RACE" when the card's words are not a name rules/ knows.
    const lookup = d.value.id ?? (d.value.name && findDataset(d.value.name, tree, memo).view ? d.value.name : undefined);
    const s = source(d.value.ref, "prose", d.location, [self], tree, memo, lookup);
    if (d.value.kind === "share") s.share = { ...(d.value.terms ? { terms: d.value.terms } : {}), ...(d.value.host ? { host: d.value.host } : {}) };
    r.sources.push(s);
  }
  return r;
}

function resolveLicense(r, kb) {
  const card = r.facts.card;
  if (card?.license) {
    const raw = card.license.value;
    let entry = kb.license(raw);
    let location = card.license.location;
    if (raw.toLowerCase() === "other" && card.licenseName) {
      entry = kb.license(card.licenseName.value) ?? entry;
      location = card.licenseName.location;
    }
    if (raw.toLowerCase() === "other" && card.licenseLink) {
      const linked = r.facts.licenseFiles.find((f) => f.file.toLowerCase().endsWith(`/${card.licenseLink.value.replace(/^\.\//, "").toLowerCase()}`) || f.file.toLowerCase() === card.licenseLink.value.toLowerCase());
      const id = linked?.identification?.id;
      if (id && kb.license(id) && entry?.kind === "placeholder") entry = kb.license(id);
    }
    r.metadataLicense = { id: entry?.id ?? null, entry, source: "metadata", raw: card.licenseName?.value ?? raw, location };
  }
  const gov = r.facts.governingLicense;
  if (gov) {
    const ident = gov.identification;
    const entry = ident?.id ? kb.license(ident.id) : undefined;
    r.fileLicense = {
      id: entry?.id ?? null,
      entry,
      source: "license-file",
      raw: ident?.id ?? "unrecognized",
      location: { file: gov.file, line: 1, column: 1 },
    };
  }
  const body = (card?.licenseStatements ?? []).filter((st) => st.via !== "metadata" && st.via !== "license_name" && st.via !== "license_link");
  // The weights' license from the body: what a statement about the weights (or about nothing
  // else) names; "This code repository is licensed under MIT" is not it.
  r.weightStatements = body.flatMap((st) => {
    const entry = st.license && st.subject === "weights" ? kb.license(st.license) : undefined;
    return entry ? [{ id: entry.id, entry, source: "prose" , raw: st.text, location: st.location, ...(st.negated ? { negated: true } : {}) }] : [];
  });
  r.freeTextLicense = body.some((st) => (st.subject === "weights" || st.subject === "unknown") && !st.negated && (st.class !== undefined || st.license !== undefined));
  const stated = body.find((st) => (st.subject === "weights" || st.subject === "unknown") && !st.negated && st.license && kb.license(st.license));
  const prose = card?.proseLicenses[0];
  if (card?.licenseStatements) {
    if (stated) r.proseLicense = { id: kb.license(stated.license).id, entry: kb.license(stated.license), source: "prose", raw: stated.text, location: stated.location };
  } else if (prose) r.proseLicense = { id: prose.value.id, entry: kb.license(prose.value.id), source: "prose", raw: prose.value.text, location: prose.location };

  const usable = (l) => l?.entry && l.entry.kind !== "placeholder";
  r.license =
    [r.metadataLicense, r.fileLicense, r.proseLicense].find(usable) ??
    r.metadataLicense ??
    r.fileLicense ??
    r.proseLicense ?? { id: null, source: "none" };
}

function findDataset(ref, tree, memo) {
  const lower = ref.toLowerCase();
  const cached = memo.datasets.get(lower);
  if (cached) return cached;
  const found = findDatasetUncached(lower, tree, memo);
  memo.datasets.set(lower, found);
  return found;
}

/**
 * Whose word counts: the policy's declarations first; then rules/ (an in-tree or fetched card
 * never changes what rules/ knows); then, for what rules/ does not know, a dataset card in the
 * tree, and last a card fetched from the Hub (matched by its full id only).
 */
function findDatasetUncached(lower, tree, memo) {
  const last = lower.split("/").pop();
  const declared = memo.policy.declarations.find((d) => [d.id, d.name ?? "", ...d.aliases].some((n) => n.toLowerCase() === lower || n.toLowerCase() === last));
  if (declared) return { view: viewOfDeclaration(declared, tree.policyFile) };
  const match = memo.kb.lookupDataset(lower);
  if (match) return { view: viewOfEntry(match.entry), match };
  const card = memo.datasetCardsByName.get(lower) ?? memo.datasetCardsByName.get(last);
  if (card) return { view: inTreeView(card, tree, memo.kb) };
  const hub = memo.hubDatasetCards.get(lower.replace(/^https?:\/\/huggingface\.co\/datasets\//, ""));
  return { view: hub ? viewOfDatasetCard(hub, memo.kb) : undefined };
}

/** A dataset card whose front matter cannot be read claims nothing: its terms are unknown, never permissive. */
function unreadableCard(card) {
  return {
    id: card.name,
    name: card.name,
    origin: "dataset-card",
    file: card.file,
    license: null,
    licenseScope: "dataset",
    modelGenerated: [],
    contentStatus: "mixed",
    itemLicenses: [],
    useRestriction: "unknown",
    legalBasis: null,
    alternativeBases: [],
    optOuts: "not-applicable",
    attributionPerItem: false,
    derivedFrom: [],
    note: `its dataset card ${card.file} cannot be read (${card.problems[0].message}), so its terms are unknown`,
    sources: [],
    problems: card.problems.map((p) => ({ message: p.message, location: p.location })),
  };
}

/** How far a view restricts use: the higher, the more binding. */
function restriction(v) {
  return { "research-only": 4, "non-commercial": 3, unknown: 2, "recommended-research": 1, none: 0 }[v.useRestriction];
}

/**
 * An in-tree dataset card's view. On a pull request a changed card counts only where it adds
 * restrictions: against the base branch's version when there is one, else against not knowing the
 * dataset at all (a card the PR adds cannot make an unknown dataset permissive).
 */
function inTreeView(card, tree, kb) {
  const head = viewOfDatasetCard(card, kb);
  const pr = tree.pullRequest;
  if (!pr?.changed.has(card.file)) return head;
  const baseCard = pr.baseDatasetCards.get(card.file);
  const base = baseCard
    ? viewOfDatasetCard(baseCard, kb)
    : { ...head, license: null, useRestriction: "unknown", legalBasis: null, contentStatus: "mixed", note: `${card.file} is added by this pull request; terms that would loosen the verdict count from the base branch only` };
  return restriction(head) > restriction(base) ? head : { ...base, note: `${base.note ?? ""} (${card.file} as the base branch has it: this pull request's version would loosen the verdict)`.trim() };
}

/** A dataset card in the tree declares its own terms; its source datasets' limits still apply through it. */
function viewOfDatasetCard(card, kb) {
  if (card.problems.length > 0) return unreadableCard(card);
  const lic = card.license ? kb.license(card.license.value) : undefined;
  const nc = lic?.grants["commercial-use"] === "no";
  const hubId = hubIdOf(card.file, HUB_DATASETS_DIR);
  return {
    id: hubId ?? card.name,
    name: hubId ?? card.name,
    origin: "dataset-card",
    file: card.file,
    license: lic?.id ?? card.license?.value ?? null,
    licenseScope: "dataset",
    modelGenerated: [],
    contentStatus: "licensed",
    itemLicenses: [],
    useRestriction: nc ? "non-commercial" : "none",
    legalBasis: "licensed",
    alternativeBases: [],
    optOuts: "not-applicable",
    attributionPerItem: false,
    // Its sources' limits still apply through it (a subset of LAION stays LAION).
    derivedFrom: card.sourceDatasets.map((s) => kb.dataset(s.value)?.id).filter((id) => id !== undefined),
    note: hubId ? `declared by its dataset card on the Hub (${HUB_URL}/datasets/${hubId}), fetched with --hub` : `declared by its dataset card ${card.file}`,
    sources: hubId ? [{ url: `${HUB_URL}/datasets/${hubId}` }] : [],
  };
}

/** `ref` as the card writes it; `id` when the reader already matched it to rules/. */
function source(ref, via, location, chain, tree, memo, id) {
  const { view: dataset, match } = findDataset(id ?? ref, tree, memo);
  return { ref, via, location, chain: [...chain, dataset?.id ?? ref], dataset, ...(match && match.how !== "exact" ? { match: { how: match.how, version: match.version, config: match.config } } : {}) };
}

/**
 * A model in the tree for `ref`: the folder that is the ref; a card fetched from the Hub for it
 * (`.hub/models/<ref>`, exact id); else a folder whose name is the ref's last segment (a Hub id
 * written for a model kept in this repository).
 */
function localModel(ref, memo, self) {
  const clean = ref.replace(/^\.\//, "").replace(/\/$/, "").toLowerCase();
  const exact = memo.byDir.get(clean);
  if (exact) return exact;
  const hub = memo.byDir.get(`${HUB_MODELS_DIR}${clean.replace(/^https?:\/\/huggingface\.co\//, "")}`);
  if (hub) return hub;
  const last = clean.split("/").pop();
  // A quantised copy often sits in a folder named like its base: never resolve a model to itself by name.
  return memo.byLast.get(last)?.find((m) => m !== self);
}

/** Model folders by lower-cased path and by last segment, as localModel matches them: built once per tree. */





function modelDirIndex(modelDirs) {
  const index = { dirs: new Set(), byLast: new Map() };
  for (const d of modelDirs) {
    const dir = d.toLowerCase();
    index.dirs.add(dir);
    if (dir === "." || dir.startsWith(`${HUB_DIR}/`)) continue;
    const last = dir.split("/").pop();
    index.byLast.set(last, [...(index.byLast.get(last) ?? []), dir]);
  }
  return index;
}

/**
 * Whether `ref` resolves without the Hub, by the same rules as localModel and rules/models: for
 * src/hub, which fetches only what the tree and rules/ do not know. `self` is the naming model's folder.
 */
function resolvesModel(ref, self, models, kb) {
  if (kb.model(ref)) return true;
  const clean = ref.replace(/^\.\//, "").replace(/\/$/, "").toLowerCase();
  if (models.dirs.has(clean) || models.dirs.has(`${HUB_MODELS_DIR}${clean.replace(/^https?:\/\/huggingface\.co\//, "")}`)) return true;
  const lowerSelf = self.toLowerCase();
  return (models.byLast.get(clean.split("/").pop()) ?? []).some((dir) => dir !== lowerSelf);
}

/** Whether a dataset `ref` resolves without the Hub: rules/datasets, a dataset card in the tree, or a fetched one. */
function resolvesDataset(ref, datasetCardFiles, kb) {
  if (kb.dataset(ref)) return true;
  const lower = ref.toLowerCase().replace(/^https?:\/\/huggingface\.co\/datasets\//, "");
  const last = lower.split("/").pop();
  return datasetCardFiles.some((f) => {
    const hubId = hubIdOf(f, HUB_DATASETS_DIR);
    if (hubId) return hubId.toLowerCase() === lower;
    const name = f.split("/").slice(-2, -1)[0]?.toLowerCase();
    return name === lower || name === last;
  });
}

function walkBase(ref, relation, location, depth, chain, w) {
  const { r, memo } = w;
  const loc = location ?? r.facts.card?.baseModels[0]?.location ?? { file: r.facts.card?.file ?? r.facts.dir, line: 1, column: 1 };
  if (depth > LINEAGE_LIMITS.maxDepth) {
    r.lineageProblems.push({ message: `lineage deeper than ${LINEAGE_LIMITS.maxDepth} levels at ${[...chain, ref].join(" → ")}; stopped there`, location: loc });
    return;
  }
  if (r.bases.length >= LINEAGE_LIMITS.maxBases) {
    if (!r.lineageProblems.some((p) => p.message.startsWith("more than"))) {
      r.lineageProblems.push({ message: `more than ${LINEAGE_LIMITS.maxBases} base models; the rest were not followed`, location: loc });
    }
    return;
  }
  // A base rules/ knows is read from rules/: a local folder or a fetched card named like it is not
  // its word. Only an explicit relative path (`./base`) names a folder of this repository.
  const known = ref.startsWith("./") ? undefined : memo.kb.model(ref);
  const local = known ? undefined : localModel(ref, memo, r.facts);
  const entry = local ? undefined : (known ?? memo.kb.model(ref));
  const key = local ? `tree:${local.dir}` : entry ? `kb:${entry.id}` : `ref:${ref.toLowerCase()}`;
  if (w.seen.has(key)) {
    // Seen on the path from the root: a cycle. Seen elsewhere (a diamond): already followed.
    if (w.path.has(key)) r.lineageProblems.push({ message: `lineage cycle: ${[...chain, ref].join(" → ")}`, location: loc });
    return;
  }
  w.seen.add(key);
  w.path.add(key);
  try {
    followBase(ref, relation, location, loc, depth, chain, local, entry, w);
  } finally {
    w.path.delete(key);
  }
}

function followBase(
  ref,
  relation,
  location,
  loc,
  depth,
  chain,
  local,
  entry,
  w,
) {
  const { r, memo } = w;
  const link = [...chain, ref];
  const base = { ref, relation, location, depth, chain: link };
  r.bases.push(base);
  const inherits = BASE_MODEL_RELATIONS$1[relation ] ?? BASE_MODEL_RELATIONS$1.finetune;

  if (local) {
    // A base in the same repository (or fetched from the Hub) is read from the tree: its license, its own data, its bases.
    const own = prView(local, w.tree, memo);
    base.license = own.license.entry;
    base.licenseRef = own.license.raw ?? own.license.id ?? undefined;
    base.file = local.card?.file;
    base.dir = local.dir;
    const hubId = hubIdOf(local.card?.file ?? "", HUB_MODELS_DIR);
    if (hubId) base.sourceUrl = `${HUB_URL}/${hubId}`;
    base.dataDisclosed = own.sources.length > 0 ? "yes" : "no";
    if (inherits.inheritsData) for (const s of own.sources) inherit(w, { ...s, via: "base-model", location: loc, chain: [...link, ...s.chain.slice(1)] });
    if (local.card) followBases(local.card, loc, depth + 1, link, w);
    return;
  }
  if (entry) {
    base.license = memo.kb.license(entry.license);
    base.licenseRef = entry.license;
    base.dataDisclosed = entry.dataDisclosed;
    base.file = `rules/${entry.file}`;
    base.sourceUrl = entry.sources[0]?.url;
    if (inherits.inheritsData) {
      for (const id of entry.datasets) inherit(w, { ref: id, via: "base-model", location: loc, chain: [...link, id], dataset: findDataset(id, w.tree, memo).view });
    }
    for (const b of entry.baseModels) walkBase(b.id, b.relation, loc, depth + 1, link, w);
  }
}

/** How much a license grants: the more rights granted, the looser. */
function looseness(l) {
  if (!l || l.kind === "placeholder" || l.family) return -1;
  return Object.values(l.grants).filter((g) => g === "yes" || g === "conditional").length;
}

/**
 * An in-tree base's facts on a pull request. If the PR changed its folder, the base branch's
 * license counts unless the PR's is stricter; the data either version names counts (it only adds).
 */
function prView(local, tree, memo) {
  const head = ownFactsOf(local, tree, memo);
  const pr = tree.pullRequest;
  const baseFacts = pr?.baseModels.get(local.dir);
  if (!pr || !baseFacts) return head;
  const base = ownFactsOf(baseFacts, tree, memo);
  const license = looseness(head.license.entry) >= 0 && looseness(head.license.entry) < looseness(base.license.entry) ? head.license : base.license;
  const keys = new Set(base.sources.map(sourceKey));
  return { ...head, license, sources: [...base.sources, ...head.sources.filter((s) => !keys.has(sourceKey(s)))] };
}

function sourceKey(s) {
  return s.dataset?.id ?? s.ref.toLowerCase();
}

/** Adds an inherited source once: the same dataset reached through two bases is one source. */
function inherit(w, s) {
  const key = sourceKey(s);
  if (w.sourceKeys.has(key)) return;
  w.sourceKeys.add(key);
  w.r.sources.push(s);
}

// Identifications by content hash: a monorepo holds thousands of identical LICENSE files, and each
// distinct text is identified once per process. The results are frozen, since callers share them.

/** Distinct texts remembered; the oldest is forgotten first. A result is a few hundred bytes. */
const CACHE_ENTRIES = 4096;

/** The key of a text and the options that change its result (a declared id). */
function contentKey(text, declared) {
  const h = __builtin$4.createHash("sha256").update(text, "utf8");
  if (declared) h.update("\0").update(declared, "utf8");
  return h.digest("base64");
}

function deepFreeze(value) {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** A small least-recently-used map (a Map keeps insertion order: re-inserting marks an entry as used). */
class ContentCache {
    entries = new Map();
  hits = 0;
  misses = 0;

  constructor(  capacity = CACHE_ENTRIES) {this.capacity = capacity;}

  /** The value for `key`, computing and freezing it on a miss. */
  get(key, compute) {
    const found = this.entries.get(key);
    if (found !== undefined) {
      this.hits++;
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    this.misses++;
    const value = deepFreeze(compute());
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value);
    return value;
  }

  clear() {
    this.entries.clear();
    this.hits = 0;
    this.misses = 0;
  }
}

// Compact text encoding of sorted integer lists for fingerprints.json: the gaps between consecutive
// values, each written as a little-endian base-32 varint in JSON-safe characters (a "final" alphabet
// for the last digit of a number, a "continuation" alphabet for the others). A list of 300 word ids
// takes ~450 characters instead of ~1,800 as a JSON array.

const FINAL = "0123456789abcdefghijklmnopqrstuv";
const CONTINUE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%()";

const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < 32; i++) {
  DIGIT[FINAL.charCodeAt(i)] = i;
  DIGIT[CONTINUE.charCodeAt(i)] = 32 + i;
}

/** Decodes what encodeSorted wrote, in ascending order. */
function decodeSorted(text) {
  const out = new Uint32Array(decodedLength(text));
  decodeInto(text, out, 0);
  return out;
}

/** Number of values in an encoded list. */
function decodedLength(text) {
  let count = 0;
  for (let i = 0; i < text.length; i++) if ((DIGIT[text.charCodeAt(i)] ?? -1) < 32) count++;
  return count;
}

/** Decodes into `out` from position `at`; returns the position after the last value written. */
function decodeInto(text, out, at) {
  let n = at;
  let prev = 0;
  let gap = 0;
  let scale = 1;
  for (let i = 0; i < text.length; i++) {
    const d = DIGIT[text.charCodeAt(i)] ?? -1;
    if (d < 0) throw new SyntaxError(`bad character in encoded list at ${i}`);
    if (d >= 32) {
      gap += (d - 32) * scale;
      scale *= 32;
    } else {
      gap += d * scale;
      prev += gap;
      out[n++] = prev;
      gap = 0;
      scale = 1;
    }
  }
  return n;
}

// License names as comparable keys, for the `reference` matcher ("released under the MIT license")
// and for resolving a declared id. A name key is a token list in which:
//   - versions are canonical (v2, 2.0 and 2 are all "2"; 3.1 stays "3.1"),
//   - long forms are abbreviated (GNU General Public → gpl, Creative Commons → cc, Attribution → by),
//   - a run of letters glued to a version is split (llama3.1 → llama 3.1, gpl3 → gpl 3),
//   - filler words that people add or leave out (the, license, version, international) are dropped.

/** Words a mention may add or omit around a name without changing which license it names. */
const NAME_FILLERS = new Set([
  "the",
  "a",
  "license",
  "licence",
  "licenses",
  "licences",
  "licensed",
  "agreement",
  "version",
  "ver",
  "v",
  "international",
  "unported",
  "generic",
  "public",
  "terms",
  "of",
  "and",
  "use",
]);

/** Multi-word long forms and their abbreviations, longest first. Applied to token lists. */
const ABBREVIATIONS = [
  [["gnu", "lesser", "general", "public"], "lgpl"],
  [["gnu", "library", "general", "public"], "lgpl"],
  [["gnu", "affero", "general", "public"], "agpl"],
  [["affero", "general", "public"], "agpl"],
  [["gnu", "general", "public"], "gpl"],
  [["gnu", "free", "documentation"], "gfdl"],
  [["mozilla", "public"], "mpl"],
  [["eclipse", "public"], "epl"],
  [["creative", "commons"], "cc"],
  [["share", "alike"], "sa"],
  [["non", "commercial"], "nc"],
  [["no", "derivatives"], "nd"],
  [["open", "rail"], "openrail"],
];

const SINGLE_ABBREVIATIONS = {
  attribution: "by",
  sharealike: "sa",
  noncommercial: "nc",
  noderivatives: "nd",
  noderivs: "nd",
};

/** Canonical version: "v2.0" → "2", "3.0" → "3", "3.1" → "3.1", "1.3c" → "1.3c". */
function canonicalVersion$1(t) {
  const m = /^v?(\d+(?:\.\d+)*)([a-z]?)$/.exec(t);
  if (!m) return t;
  const numbers = (m[1] ?? "").split(".");
  while (numbers.length > 1 && numbers[numbers.length - 1] === "0") numbers.pop();
  return numbers.join(".") + (m[2] ?? "");
}

/** The token without leading and trailing dots (by index: a regex for "dots at the end" is quadratic on a run of dots). */
function trimDots(t) {
  let a = 0;
  let b = t.length;
  while (a < b && t.charCodeAt(a) === 46) a++;
  while (b > a && t.charCodeAt(b - 1) === 46) b--;
  return a === 0 && b === t.length ? t : t.slice(a, b);
}

/** Lower-case word tokens of a name or a mention, versions canonical and glued versions split, fillers kept. */
function nameTokens(text) {
  const raw = text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .split(/[^a-z0-9.+]+/);
  const out = [];
  for (let t of raw) {
    t = trimDots(t);
    if (t === "") continue;
    // llama3.1 → llama 3.1; gpl3 → gpl 3 (three or more letters, so cc0 and x11 stay whole)
    const glued = /^([a-z]{3,})(v?\d+(?:\.\d+)*[a-z]?)$/.exec(t);
    if (glued && !/^(?:x|cc)$/.test(glued[1] ?? "")) {
      out.push(glued[1], canonicalVersion$1(glued[2]));
      continue;
    }
    out.push(canonicalVersion$1(t));
  }
  // Apply multi-word abbreviations.
  const abbreviated = [];
  for (let i = 0; i < out.length; ) {
    const hit = ABBREVIATIONS.find(([words]) => words.every((w, k) => out[i + k] === w));
    if (hit) {
      abbreviated.push(hit[1]);
      i += hit[0].length;
    } else {
      const t = out[i];
      abbreviated.push(SINGLE_ABBREVIATIONS[t] ?? t);
      i++;
    }
  }
  return abbreviated;
}

/** The key of a license name: its name tokens without fillers, joined by spaces ("" when nothing is left). */
function nameKey(name) {
  return nameTokens(name)
    .filter((t) => !NAME_FILLERS.has(t))
    .join(" ");
}

// A small open-addressing hash table from 32-bit keys to the first and last positions they were added
// at, for the input's words and bigrams (built once per identification, probed a few thousand times).
// Faster than a Map<number, number>.
class U32Table {
    keys;
    first;
    last;
    mask;
  size = 0;

  constructor(expected) {
    let cap = 16;
    while (cap < expected * 2) cap <<= 1;
    this.keys = new Uint32Array(cap);
    this.first = new Int32Array(cap).fill(-1);
    this.last = new Int32Array(cap);
    this.mask = cap - 1;
  }

   slot(key) {
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    while (this.first[i] !== -1 && this.keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  /** Records `key` at `position` (≥ 0); returns true when the key is new. */
  add(key, position) {
    const i = this.slot(key);
    this.last[i] = position;
    if (this.first[i] !== -1) return false;
    this.keys[i] = key;
    this.first[i] = position;
    this.size++;
    return true;
  }

  /** The first position of `key`, or -1. */
  get(key) {
    return this.first[this.slot(key)];
  }

  /** The last position of `key`, or -1. */
  getLast(key) {
    const i = this.slot(key);
    return this.first[i] === -1 ? -1 : this.last[i];
  }

  has(key) {
    return this.get(key) !== -1;
  }
}

// Normalisation of license texts before they are compared: an ordered list of named steps, each a
// small text → text rewrite (NORMALISATION_STEPS), then tokenize(): words of letters and digits, with
// hyphenated words joined (non-commercial = noncommercial), & read as "and" and varietal spellings
// made one (licence = license); punctuation and Markdown markers fall away. The same pipeline runs on
// the reference texts at build time (scripts/build-fingerprints.ts) and on the input at run time, so
// changing a step changes every fingerprint: rebuild with `npm run build:fingerprints`.
//
// The steps follow the SPDX License List Matching Guidelines where they apply (case, punctuation,
// quotes, dashes, bullets and numbering, varietal spellings, copyright notices are not significant),
// plus what people do to license files in model repositories: Markdown formatting, a one-line
// "This model is licensed under ..." preamble, front matter, links.















function rewriteStep(name, description, rewrites) {
  return {
    name,
    description,
    apply: (text) =>
      rewrites.reduce(
        (t, r) => (r.when !== undefined && !t.includes(r.when) ? t : t.replace(r.pattern, r.replacement )),
        text,
      ),
  };
}

/** HTML elements whose tags are dropped (named, so that placeholders such as <copyright holders> stay). */
const HTML_TAG_NAMES =
  "a|abbr|article|b|big|blockquote|body|br|caption|center|cite|code|col|colgroup|dd|del|details|div|dl|dt|em|figure|font|" +
  "footer|h[1-6]|header|hr|html|i|img|ins|kbd|li|link|main|meta|nav|ol|p|pre|s|section|small|span|strike|strong|sub|" +
  "summary|sup|table|tbody|td|tfoot|th|thead|title|tr|tt|u|ul|var";
// A tag's attributes end at the next < or >, so a scan never runs past the next tag: linear in the text.
const HTML_TAGS = new RegExp(`<\\/?(?:${HTML_TAG_NAMES})\\b[^<>]*>`, "gi");

const ENTITIES = {
  nbsp: " ", amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", ldquo: '"', rdquo: '"', lsquo: "'", rsquo: "'",
  mdash: "-", ndash: "-", hellip: "...", copy: "\u00A9", sect: "\u00A7", middot: " ", bull: " ", trade: " ", reg: " ",
};

function decodeEntity(_m, e) {
  if (e[0] !== "#") return ENTITIES[e.toLowerCase()] ?? " ";
  const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : " ";
}

/** Drops HTML comments and the content of <head>, <script> and <style> (an HTML page's non-text), by forward search. */
function dropHtmlBlocks(text) {
  if (!text.includes("<")) return text;
  const lower = text.toLowerCase();
  const parts = [];
  let pos = 0;
  const open = /<!--|<(head|script|style)\b/g;
  for (let m = open.exec(lower); m; m = open.exec(lower)) {
    const close = m[1] ? `</${m[1]}` : "-->";
    const end = lower.indexOf(close, m.index + m[0].length);
    if (end < 0) break;
    const after = m[1] ? lower.indexOf(">", end) : end + 2;
    if (after < 0) break;
    parts.push(text.slice(pos, m.index), " ");
    pos = after + 1;
    open.lastIndex = pos;
  }
  if (pos === 0) return text;
  parts.push(text.slice(pos));
  return parts.join("");
}

/**
 * A copyright notice, wherever the line breaks fall: a © or (c), or the word Copyright followed by
 * one of those, a year or a placeholder; then years, "by", placeholders (<year>, [name of copyright
 * owner]) and the holder's capitalised words, up to the capitalised word that starts the next sentence
 * ("Copyright (c) 2001 by David Kastrup Any use ..." keeps "Any use ..."), never across a blank line
 * (the license's title below a copyright line is not the holder's name). Case matters for the names,
 * so the markers are spelled out instead of using the i flag.
 */
const COPYRIGHT_NOTICE = new RegExp(
  String.raw`(?:©|\([Cc]\)|(?:\b[Cc]opyright|\bCOPYRIGHT)\b:?(?=[ \t\n]*(?:©|\([Cc]\)|\d{4}|<|\[|\{|yyyy|[Cc]opyright\b|COPYRIGHT\b)))` +
    String.raw`(?:[ \t]*\n?[ \t]*(?:©|\([Cc]\)|[Cc]opyright\b|COPYRIGHT\b|\d{4}(?:[ \t]*[-,][ \t]*\d{2,4})*,?|yyyy,?|<[^<>\n]{0,100}>|\[[^[\]\n]{0,100}\]|\{[^{}\n]{0,100}\}|by\b|` +
    String.raw`[A-Z][\w.&'-]*,?(?=[ \t\n]+[A-Z0-9(©<\[]|[ \t\n]*$)))*`,
  "g",
);

/** A preamble names licensing ("This software is not subject to any export provision" is no preamble). */
const LICENSING_WORD = /licen[cs]|terms|agreement/i;

/** A first line saying what the license applies to, e.g. "This model is licensed under the MIT License." */
const PREAMBLE_LINE =
  /^(?:(?:this|the|these|our|all)\s+(?:[\w.+-]+\s+){0,4}?(?:models?|weights|checkpoints?|repository|repo|project|code|software|files?|dataset|materials?)\b[^\n]{0,200}?\b(?:under|subject to|governed by)\b|[^\n]{0,120}?\b(?:is|are)\s+(?:licensed|released|distributed|made available|governed)\s+(?:under|by)\b|licen[cs]e\s*:)[^\n]*$/i;

/**
 * One list bullet or section number at the current position: "- ", "1. ", "1.1 ", "(a) ", "iv) ",
 * "Section 3. ". Every quantifier but the trailing blanks is bounded, so a match attempt costs a
 * constant whatever the line holds.
 */
const LINE_MARKER = new RegExp(
  "(?:" +
    [
      "[-*+\\u2022\\u00B7\\u25AA\\u25E6\\u2023\\u25CB\\u25CF\\u25A0\\u25A1\\u27A2]{1,8}",
      "(?:section|article|clause)[ \\t]{1,8}\\d{1,3}(?:\\.\\d{1,3}){0,4}\\.?",
      "\\(?(?:\\d{1,3}(?:\\.\\d{1,3}){0,4}|[a-z]|[ivxlc]{1,6})[.)](?:\\d{1,3}[.)]){0,3}",
      "\\d{1,3}(?:\\.\\d{1,3}){1,4}",
      "\\((?:\\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6})\\)",
    ].join("|") +
    ")(?=[ \\t:\\n]|$)[ \\t:]*",
  "iy",
);
/** Markers removed from one line start at most ("1. (a) (i) - "); more are text. */
const MAX_LINE_MARKERS = 6;

/** Drops list bullets and section numbers at line starts, one line at a time (linear in the text). */
function stripLineMarkers(text) {
  const parts = [];
  let pos = 0;
  let copied = 0;
  while (pos < text.length) {
    let end = text.indexOf("\n", pos);
    if (end < 0) end = text.length;
    let i = pos;
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    let j = i;
    for (let k = 0; k < MAX_LINE_MARKERS && j < end; k++) {
      LINE_MARKER.lastIndex = j;
      const m = LINE_MARKER.exec(text);
      if (!m || m[0].length === 0) break;
      j += m[0].length;
    }
    if (j > i) {
      parts.push(text.slice(copied, pos));
      copied = j;
    }
    pos = end + 1;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join("");
}

function stripFrontMatter(text) {
  if (!text.startsWith("---")) return text;
  const m = /^---[ \t]*\n((?:[^\n]*\n){0,80}?)---[ \t]*(?:\n|$)/.exec(text);
  if (!m || !/^[\w-]+\s*:/m.test(m[1] ?? "")) return text;
  return text.slice(m[0].length);
}

/**
 * Drops a preamble line when it is the first non-empty line (where a copy puts one). Lines further
 * down are the license's own: re-wrapping moves them up, so they are never tested.
 */
function stripPreamble(text) {
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf("\n", pos);
    if (end < 0) end = text.length;
    // A line too long to be a preamble is not copied out to be tested.
    if (end - pos > 400) return text;
    const line = text.slice(pos, end).trim();
    if (line !== "") return line.length <= 300 && PREAMBLE_LINE.test(line) && LICENSING_WORD.test(line) ? text.slice(0, pos) + text.slice(end) : text;
    pos = end + 1;
  }
  return text;
}

/** British/American and other equivalent spellings (SPDX guideline "varietal word spelling"), as token → canonical token. */
const VARIETAL_SPELLING_LIST = {
  licence: "license",
  licences: "licenses",
  licenced: "licensed",
  licencing: "licensing",
  licencee: "licensee",
  licencees: "licensees",
  licencor: "licensor",
  licencors: "licensors",
  sublicence: "sublicense",
  sublicences: "sublicenses",
  sublicenced: "sublicensed",
  acknowledgment: "acknowledgement",
  acknowledgments: "acknowledgements",
  analogue: "analog",
  analyse: "analyze",
  artefact: "artifact",
  artefacts: "artifacts",
  authorisation: "authorization",
  authorise: "authorize",
  authorised: "authorized",
  authorises: "authorizes",
  calibre: "caliber",
  cancelled: "canceled",
  capitalisation: "capitalization",
  catalogue: "catalog",
  categorise: "categorize",
  centre: "center",
  characterise: "characterize",
  characterised: "characterized",
  colour: "color",
  defence: "defense",
  emphasise: "emphasize",
  emphasised: "emphasized",
  favour: "favor",
  favourite: "favorite",
  fulfil: "fulfill",
  fulfilment: "fulfillment",
  honour: "honor",
  initialise: "initialize",
  judgement: "judgment",
  labelling: "labeling",
  labour: "labor",
  maximise: "maximize",
  minimise: "minimize",
  modelled: "modeled",
  modelling: "modeling",
  offence: "offense",
  optimise: "optimize",
  organisation: "organization",
  organisations: "organizations",
  organise: "organize",
  practise: "practice",
  programme: "program",
  programmes: "programs",
  realise: "realize",
  recognise: "recognize",
  recognised: "recognized",
  signalling: "signaling",
  utilisation: "utilization",
  utilise: "utilize",
  whilst: "while",
  wilful: "willful",
  wilfully: "willfully",
};
const VARIETAL_SPELLINGS = new Map(Object.entries(VARIETAL_SPELLING_LIST));

/**
 * The ordered steps. Each sees the output of the one before; the names are stable and recorded in
 * fingerprints.json so a fingerprint file built with other steps is recognised as stale. Punctuation
 * that is not part of a word (Markdown's * _ | #, quotes, commas) needs no step: tokenize drops it.
 */
const NORMALISATION_STEPS = [
  rewriteStep("unicode", "line endings; byte-order mark and zero-width characters; non-breaking and other spaces", [
    { pattern: /\r\n?/g, replacement: "\n", when: "\r" },
    { pattern: /[\uFEFF\u200B-\u200D\u2060]/g, replacement: "" },
    { pattern: /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g, replacement: " " },
  ]),
  { name: "front-matter", description: "drop a leading YAML front-matter block (model cards)", apply: stripFrontMatter },
  {
    name: "html-blocks",
    description: "drop HTML comments and the content of <head>, <script> and <style> (license pages saved as HTML)",
    apply: dropHtmlBlocks,
  },
  rewriteStep("html", "drop common HTML tags and decode named and numeric entities", [
    { pattern: HTML_TAGS, replacement: " ", when: "<" },
    { pattern: /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,9});/gi, replacement: decodeEntity, when: "&" },
  ]),
  rewriteStep("quotes-dashes", "unify curly and typographic quotes, apostrophes and dashes", [
    { pattern: /[\u2018\u2019\u201A\u201B\u2032\u00B4]/g, replacement: "'" },
    { pattern: /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]|''/g, replacement: '"' },
    { pattern: /[\u2010\u2011\u2212\uFE63\uFF0D]/g, replacement: "-" },
    // Dashes between words are not hyphens ("versions\u2014including" is "versions -- including").
    { pattern: /[\u2012-\u2015\uFE58]/g, replacement: " - " },
  ]),
  rewriteStep("markdown-escapes", "drop Markdown's backslash before punctuation (1\\. is 1.)", [
    { pattern: /\\([!-/:-@[-`{-~])/g, replacement: "$1", when: "\\" },
  ]),
  // Link text and targets cannot hold their own brackets, so each scan stops at the next bracket: linear.
  rewriteStep("markdown-links", "keep the text of Markdown links; drop link targets and reference definitions", [
    { pattern: /!?\[([^[\]\n]*)\]\([^()\n]*\)/g, replacement: "$1", when: "](" },
    { pattern: /\[([^[\]\n]*)\]\[[^[\]\n]*\]/g, replacement: "$1", when: "][" },
    { pattern: /^ {0,3}\[[^\]\n]+\]:[ \t]*\S+[^\n]*$/gm, replacement: "", when: "]:" },
  ]),
  rewriteStep("markdown-blocks", "drop heading markers, code fences and blockquote markers at line starts", [
    { pattern: /^[ \t]*(?:```+[^\n]*|#{1,6}(?=[ \t])|(?:>[ \t]?)+)/gm, replacement: "" },
  ]),
  rewriteStep("markdown-emphasis", "drop bold, italic, strike-through and code markers (inside a word or next to a hyphen or apostrophe without a space: Verviel**fält**igung, **cross**-claims, http://**mozilla**.org; before URLs are dropped)", [
    { pattern: /[*_`~]+(?=[-'])|(?<=[-'])[*_`~]+|(?<=[\p{L}\p{N}/:.])[*_`~]+(?=[\p{L}\p{N}/:.])/gu, replacement: "" },
    { pattern: /[*_`~]+/g, replacement: " " },
  ]),
  rewriteStep("urls", "drop URLs (license and project addresses vary between copies)", [
    { pattern: /\b(?:https?|ftp):\/\/[^\s<>"')\]]*[^\s<>"')\].,;:]/gi, replacement: " ", when: "://" },
    { pattern: /\bwww\.[^\s<>"')\]]*[^\s<>"')\].,;:]/gi, replacement: " ", when: "www." },
    { pattern: /\bmailto:/gi, replacement: "", when: "mailto:" },
  ]),
  rewriteStep("copyright", "drop copyright notices (markers, years, holders) and 'All rights reserved'", [
    { pattern: COPYRIGHT_NOTICE, replacement: " " },
    { pattern: /\ball\s+rights\s+reserved\b\.?/gi, replacement: " " },
  ]),
  {
    name: "preamble",
    description: "drop a 'This model is licensed under ...' first line (the reference matcher reads the raw text)",
    apply: stripPreamble,
  },
  { name: "line-markers", description: "drop list bullets and section numbering at line starts", apply: stripLineMarkers },
  rewriteStep("inline-markers", "drop (a)/(iv)/(1) markers and section signs anywhere", [
    { pattern: /\((?:\d{1,2}|[a-z]|[ivx]{1,5})\)/gi, replacement: " ", when: "(" },
    { pattern: /§+/g, replacement: " ", when: "§" },
  ]),
  { name: "lower-case", description: "lower-case everything", apply: (text) => text.toLowerCase() },
];










/** Runs the steps up to (not including) the step named `upTo`; exposed for tests and the reference matcher. */
function normaliseText(input, upTo) {
  let text = input;
  for (const step of NORMALISATION_STEPS) {
    if (step.name === upTo) break;
    text = step.apply(text);
  }
  return text;
}

// Character classes for the tokenizer (ASCII); other characters are classified by Unicode property.
const WORD$1 = 1;
const CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) CLASS[c] = WORD$1;
for (let c = 97; c <= 122; c++) CLASS[c] = WORD$1;
for (let c = 65; c <= 90; c++) CLASS[c] = WORD$1;
const UNICODE_WORD = /[\p{L}\p{N}\p{M}]/u;
/** Scripts written without spaces between words: each character is a token. */
const UNSPACED = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/;

const isWordChar = (c, ch) => (c < 128 ? CLASS[c] === WORD$1 : UNICODE_WORD.test(ch) && !UNSPACED.test(ch));
const isLetter = (c) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 128 && c !== 0x2212);

/**
 * Splits normalised text into word tokens: runs of letters and digits, with internal dots and
 * apostrophes (2.0, e.g, licensee's) and trailing + (openrail++). A hyphen between letters joins
 * the two parts, also across a line break (non-commercial = noncommercial, "sub-\nlicense"); & is
 * "and"; varietal spellings are replaced. Returns the tokens and their FNV-1a hashes.
 */
function tokenize(text) {
  const tokens = [];
  let hashes = new Uint32Array(Math.max(16, text.length >> 3));
  const push = (t, h) => {
    if (VARIETAL_HASHES.has(h)) {
      const v = VARIETAL_SPELLINGS.get(t);
      if (v !== undefined) {
        t = v;
        h = fnv1a(v);
      }
    }
    if (tokens.length === hashes.length) {
      const grown = new Uint32Array(hashes.length * 2);
      grown.set(hashes);
      hashes = grown;
    }
    hashes[tokens.length] = h;
    tokens.push(t);
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 38) {
      push("and", AND_HASH);
      i++;
      continue;
    }
    const ch = c < 128 ? "" : text[i];
    if (c >= 128 && UNSPACED.test(ch)) {
      push(ch, fnv1a(ch));
      i++;
      continue;
    }
    if (!isWordChar(c, ch)) {
      i++;
      continue;
    }
    // A token: word characters, joined across '.'/'\'' between word characters and '-' between letters.
    let h = 0x811c9dc5;
    let start = i;
    let parts = null;
    for (;;) {
      const d = text.charCodeAt(i);
      if (i < n && isWordChar(d, d < 128 ? "" : text[i])) {
        h = Math.imul(h ^ d, 0x01000193);
        i++;
        continue;
      }
      if (i < n && (d === 46 || d === 39) && i + 1 < n) {
        const e = text.charCodeAt(i + 1);
        if (isWordChar(e, e < 128 ? "" : text[i + 1])) {
          h = Math.imul(h ^ d, 0x01000193);
          i++;
          continue;
        }
      }
      if (i < n && d === 45 && isLetter(text.charCodeAt(i - 1))) {
        let j = i + 1;
        let newlines = 0;
        while (j < n) {
          const e = text.charCodeAt(j);
          if (e === 32) j++;
          else if (e === 10 && newlines === 0) {
            newlines++;
            j++;
          } else break;
        }
        if (j < n && isLetter(text.charCodeAt(j)) && isWordChar(text.charCodeAt(j), text[j])) {
          (parts ??= []).push(text.slice(start, i));
          start = j;
          i = j;
          continue;
        }
      }
      break;
    }
    while (i < n && text.charCodeAt(i) === 43) {
      h = Math.imul(h ^ 43, 0x01000193);
      i++;
    }
    const tail = text.slice(start, i);
    push(parts ? parts.join("") + tail : tail, h >>> 0);
  }
  return { tokens, hashes: hashes.subarray(0, tokens.length) };
}

function normalise(input) {
  const { tokens, hashes } = tokenize(normaliseText(input));
  return { tokens, hashes, text: tokens.join(" ") };
}

/** 32-bit FNV-1a hash of a string (UTF-16 code units). */
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const AND_HASH = fnv1a("and");
const VARIETAL_HASHES = new Set([...VARIETAL_SPELLINGS.keys()].map(fnv1a));

/**
 * 24-bit hash of the word bigram (a, b) from the words' own hashes (murmur3's 32-bit finaliser mixes
 * them). 24 bits keep fingerprints.json small; among the few thousand bigrams of a text, collisions are rare.
 */
function bigramHash(ha, hb) {
  let h = (Math.imul(ha, 0x9e3779b1) ^ hb) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 8;
}

/** Distinct bigram hashes of a token sequence (given the tokens' hashes), each with its first position. */
function bigramPositions(hashes) {
  const out = new U32Table(hashes.length);
  for (let i = 0; i + 1 < hashes.length; i++) out.add(bigramHash(hashes[i], hashes[i + 1]), i);
  return out;
}

// The fingerprint index: rules/licenses/fingerprints.json turned into typed arrays and lookup maps,
// loaded once on first use. The bulk (word sets, bigram samples) is stored as base64 typed arrays that
// decode natively; id/name lookups are built on first use and near-duplicate samples when a tie needs
// them, so loading does little more than JSON.parse.


/** Words (by frequency rank) kept as bit masks rather than posting lists. */
const FREQUENT_WORDS = 512;
const MASK_WORDS = FREQUENT_WORDS / 32;

const DEFAULT_FINGERPRINTS = __builtin$5.fileURLToPath(new URL("./fingerprints.json", import.meta.url));






































class LazyNearDuplicate  {
   decoded;
  constructor(
     other,
     ownCount,
      encoded,
  ) {this.other = other;this.ownCount = ownCount;this.encoded = encoded;}
  get own() {
    return (this.decoded ??= decodeSorted(this.encoded));
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** A base64 little-endian typed array from fingerprints.json, decoded natively (no per-element work on little-endian hosts). */
function typed(b64, Type) {
  const bytes = Buffer.from(b64, "base64");
  const size = Type.BYTES_PER_ELEMENT;
  const buffer = new ArrayBuffer(bytes.length);
  new Uint8Array(buffer).set(bytes);
  const out = new Type(buffer, 0, bytes.length / size);
  if (!LITTLE_ENDIAN) {
    const view = new DataView(buffer);
    for (let i = 0; i < out.length; i++) out[i] = size === 2 ? view.getUint16(2 * i, true) : view.getUint32(4 * i, true);
  }
  return out;
}

class FingerprintIndex {
   licenses = [];
  /** All variants of all licenses, full texts first within each license. */
   variants = [];
  /** FNV-1a hashes of the vocabulary words, ascending, and the word id of each (see wordId). */
   vocabularyHashes;
   vocabularyIds;
   vocabularySize;
  /** Exact fingerprints: SHA-256 of a variant's normalised text → variant. */
   byHash = new Map();
    file;
   names;
  /** Bigram samples of all variants, back to back (variant i: sampleStart[i] .. sampleStart[i + 1]). */
   samples;
   sampleStart;
  /**
   * Word sets for a fast overlap count: the FREQUENT_WORDS most frequent words (ids below it) as a
   * bit mask per variant (MASK_WORDS 32-bit words each), the others as posting lists (word → variants).
   */
   masks;
   postingStart;
   postings;
  /** Chunk digests of all variants in text order (variant slot i: chunkStart[i] .. chunkStart[i + 1]), and their info bytes. */
   chunkStart;
   chunks;
   chunkInfo;
   chunkOps;

  constructor(file) {
    if (file.format !== "model-provenance-fingerprints/1") throw new Error(`unknown fingerprint format ${String(file.format)}`);
    const steps = NORMALISATION_STEPS.map((s) => s.name).join(",");
    if (file.normalisation.join(",") !== steps) {
      throw new Error("fingerprints.json was built with other normalisation steps: run npm run build:fingerprints");
    }
    const ix = file.index;
    this.vocabularyHashes = typed(ix.vocabularyHashes, Uint32Array);
    this.vocabularyIds = typed(ix.vocabularyIds, Uint16Array);
    this.vocabularySize = this.vocabularyIds.length;
    this.masks = typed(ix.masks, Uint32Array);
    this.postingStart = typed(ix.postingStart, Uint32Array);
    this.postings = typed(ix.postings, Uint16Array);
    this.sampleStart = typed(ix.sampleStart, Uint32Array);
    this.samples = typed(ix.samples, Uint32Array);
    this.chunkStart = typed(ix.chunkStart, Uint32Array);
    this.chunks = typed(ix.chunks, Uint32Array);
    this.chunkInfo = new Uint8Array(Buffer.from(ix.chunkInfo, "base64"));
    this.chunkOps = typed(ix.chunkOps, Uint32Array);
    const keyIndex = new Map();
    file.licenses.forEach((l, i) => keyIndex.set(l.key, i));

    file.licenses.forEach((s, index) => {
      const license = {
        index,
        key: s.key,
        spdx: s.spdx,
        hub: s.hub,
        scancode: s.scancode,
        name: s.name,
        kind: s.kind,
        version: s.version,
        aliases: s.aliases,
        deprecated: s.deprecated,
        source: s.source,
        threshold: s.threshold ?? 100,
        titleModified: s.titleModified === true,
        variants: [],
        near: s.near.map(([key, ownCount, own]) => new LazyNearDuplicate(keyIndex.get(key) ?? -1, ownCount, own)),
      };
      for (const v of s.variants) {
        const slot = this.variants.length;
        const variant = {
          name: v.name,
          license: index,
          slot,
          wordCount: v.wordCount,
          uniqueWords: v.uniqueWords,
          isTrim: v.name !== "full",
          sampleFrom: this.sampleStart[slot],
          sampleTo: this.sampleStart[slot + 1],
          bigramCount: v.bigramCount,
        };
        license.variants.push(variant);
        this.variants.push(variant);
        if (!this.byHash.has(v.sha256)) this.byHash.set(v.sha256, variant);
      }
      this.licenses.push(license);
    });
    this.file = file;

    if (
      this.masks.length !== this.variants.length * MASK_WORDS ||
      this.sampleStart.length !== this.variants.length + 1 ||
      this.chunkStart.length !== this.variants.length + 1 ||
      this.chunkInfo.length !== this.chunks.length ||
      this.chunkOps.length !== this.chunks.length
    ) {
      throw new Error("fingerprints.json: the index does not match the licenses; run npm run build:fingerprints");
    }
  }

  /** Ids, aliases, ScanCode keys and URLs (lower-cased) and name keys → license index; built on first use. */
   nameIndex() {
    if (this.names) return this.names;
    const lookup = new Map();
    const nameKeys = new Map();
    const byFirstToken = new Map();
    this.file.licenses.forEach((s, index) => {
      const put = (k) => {
        const lower = k.toLowerCase();
        if (lower && !lookup.has(lower)) lookup.set(lower, index);
      };
      for (const k of [s.key, s.hub, s.spdx, s.scancode, ...s.aliases, ...s.urls]) if (k) put(k);
      for (const n of s.names) {
        nameKeys.set(n, index);
        const tokens = n.split(" ");
        const list = byFirstToken.get(tokens[0]);
        if (list) list.push(tokens);
        else byFirstToken.set(tokens[0], [tokens]);
      }
    });
    return (this.names = { lookup, nameKeys, byFirstToken });
  }

  /** Name key → license index, for the reference matcher. */
  get nameKeys() {
    return this.nameIndex().nameKeys;
  }

  /** First token of a name key → the keys starting with it (as token lists). */
  get nameKeysByFirstToken() {
    return this.nameIndex().byFirstToken;
  }

  /** The vocabulary id of a word, given its FNV-1a hash; -1 when the word is in no reference text. */
  wordId(hash) {
    const hashes = this.vocabularyHashes;
    let lo = 0;
    let hi = hashes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const h = hashes[mid];
      if (h < hash) lo = mid + 1;
      else if (h > hash) hi = mid - 1;
      else return this.vocabularyIds[mid];
    }
    return -1;
  }

  /** The word ids a variant's slot holds (tests and inspection; matching reads the masks and postings). */
  slotWords(variant) {
    const out = [];
    for (let id = 0; id < Math.min(FREQUENT_WORDS, this.vocabularySize); id++) {
      if (this.masks[variant.slot * MASK_WORDS + (id >>> 5)] & (1 << (id & 31))) out.push(id);
    }
    for (let r = 0; r + FREQUENT_WORDS < this.vocabularySize; r++) {
      for (let k = this.postingStart[r]; k < this.postingStart[r + 1]; k++) if (this.postings[k] === variant.slot) out.push(r + FREQUENT_WORDS);
    }
    return out;
  }

  /** Whether a full text's word set holds a word (by vocabulary id); use a license's variants[0]. */
  hasWord(variant, id) {
    if (id < 0) return false;
    if (id < FREQUENT_WORDS) return (this.masks[variant.slot * MASK_WORDS + (id >>> 5)] & (1 << (id & 31))) !== 0;
    const r = id - FREQUENT_WORDS;
    for (let k = this.postingStart[r], end = this.postingStart[r + 1]; k < end; k++) if (this.postings[k] === variant.slot) return true;
    return false;
  }

  /** A variant's chunk digests and info bytes (views, no copy). */
  chunksOf(variant) {
    const from = this.chunkStart[variant.slot];
    const to = this.chunkStart[variant.slot + 1];
    return { digests: this.chunks.subarray(from, to), info: this.chunkInfo.subarray(from, to), ops: this.chunkOps.subarray(from, to) };
  }

  get(key) {
    const i = this.nameIndex().lookup.get(key.toLowerCase());
    return i === undefined ? undefined : this.licenses[i];
  }

  /**
   * Resolves an id, alias, license URL or license name (as written in a model card's `license`,
   * `license_name` or `license_link`) to a license.
   */
  resolve(ref) {
    // No id, name or URL is longer; bounding the input keeps the URL patterns below linear.
    const r = ref.trim().slice(0, 500);
    if (!r) return undefined;
    const direct = this.get(r) ?? this.get(canonicalUrl(r));
    if (direct) return direct;
    const spdxUrl = /spdx\.org\/licenses\/([^/?#]+?)(?:\.html|\.txt|\.json)?$/i.exec(r);
    if (spdxUrl?.[1]) return this.get(spdxUrl[1]);
    const byName = this.nameKeys.get(nameKey(r));
    return byName === undefined ? undefined : this.licenses[byName];
  }
}

/** A URL without scheme, "www.", query, trailing slash or a .html/.txt/.php/.md suffix, lower-cased. */
function canonicalUrl(u) {
  return u
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, "")
    .replace(/^www\./, "")
    .replace(/[?#].*$/, "")
    .replace(/\/+$/, "")
    .replace(/\.(?:html?|txt|php|md)$/, "");
}

let cached;

/** The fingerprint index, read from `file` (default rules/licenses/fingerprints.json) on first use. */
function fingerprintIndex(file = DEFAULT_FINGERPRINTS) {
  if (cached?.path === file) return cached.index;
  const index = new FingerprintIndex(JSON.parse(__builtin$3.readFileSync(file, "utf8")) );
  cached = { path: file, index };
  return index;
}

// The matchers. Each looks at the prepared input and reports what it found with a confidence (0-100);
// identify.ts runs them in order and decides. They share the prepared input so the text is normalised once.

/** Tunables of the dice matcher, in one place. */
const DICE = {
  /** Minimum estimated share (0-1) of a reference's word bigrams present in the input: word order matters. */
  bigramFloor: 0.5,
  /** Candidates within this many points of the best are compared by their distinguishing tokens. */
  nearMargin: 6,
  /** A containment match needs this share of the reference's distinct words and sampled bigrams. */
  containWords: 0.9,
  containBigrams: 0.8,
  /** ... with the sampled bigrams spread over at most this multiple of the reference's length. */
  containSpread: 1.3,
  /** Dice confidence never reaches 100 (reserved for exact). */
  maxConfidence: 99,
} ;

/** The reference matcher only reads texts this short (in words): a name in a long text is not its license. */
const REFERENCE_MAX_WORDS = 300;

















function prepare(raw, index) {
  const n = normalise(raw);
  const unique = new U32Table(n.hashes.length);
  const wordIds = [];
  for (const h of n.hashes) {
    if (!unique.add(h, 0)) continue;
    const id = index.wordId(h);
    if (id >= 0) wordIds.push(id);
  }
  return {
    raw,
    tokens: n.tokens,
    hashes: n.hashes,
    sha256: __builtin$4.createHash("sha256").update(n.text, "utf8").digest("hex"),
    wordIds,
    uniqueWords: unique.size,
    bigrams: bigramPositions(n.hashes),
    wordIdOf: (i) => index.wordId(n.hashes[i]),
  };
}

function popcount(x) {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

let counts = new Uint16Array(0);
const inputMask = new Uint32Array(MASK_WORDS);

/** Number of the input's distinct words in each variant's word list, by variant slot. */
function overlaps(input, index) {
  const slots = index.variants.length;
  if (counts.length < slots) counts = new Uint16Array(slots);
  counts.fill(0, 0, slots);
  inputMask.fill(0);
  const { postings, postingStart } = index;
  for (const w of input.wordIds) {
    if (w < FREQUENT_WORDS) {
      inputMask[w >>> 5] |= 1 << (w & 31);
      continue;
    }
    const r = w - FREQUENT_WORDS;
    for (let k = postingStart[r], end = postingStart[r + 1]; k < end; k++) counts[postings[k]]++;
  }
  const masks = index.masks;
  for (let slot = 0; slot < slots; slot++) {
    let n = counts[slot];
    const base = slot * MASK_WORDS;
    for (let k = 0; k < MASK_WORDS; k++) {
      const x = masks[base + k] & inputMask[k];
      if (x !== 0) n += popcount(x);
    }
    counts[slot] = n;
  }
  return counts;
}

// ---------------------------------------------------------------------------------------------- exact

/** a. The normalised text's hash equals a reference's (full text or a known trim). */
function matchExact(input, index, skip) {
  const v = input.tokens.length > 0 ? index.byHash.get(input.sha256) : undefined;
  return v && !skip?.has(v.license) ? v : undefined;
}

// ------------------------------------------------------------------------------------------- declared











/** An SPDX-License-Identifier line; an expression longer than 300 characters is cut (no real one is). */
const SPDX_LINE = /SPDX-License-Identifier:[ \t]*([^\n\r]{0,300})/i;

/** The operands of an SPDX expression (A OR B AND C WITH X), by word: the exception after WITH is dropped. */
function expressionOperands(expr) {
  const operands = [];
  let current = [];
  let skip = false;
  for (const word of expr.split(/\s+/)) {
    const op = word.toUpperCase();
    if (op === "OR" || op === "AND") {
      if (current.length > 0) operands.push(current.join(" "));
      current = [];
      skip = false;
    } else if (op === "WITH") skip = true;
    else if (!skip && word !== "") current.push(word);
  }
  if (current.length > 0) operands.push(current.join(" "));
  return operands;
}

function resolveExpression(expr, index) {
  const cleaned = expr
    .slice(0, 300)
    .replace(/\*\/|-->|#}|%>/g, " ")
    .replace(/[()]/g, " ")
    .trim();
  const whole = index.resolve(cleaned);
  if (whole) return { license: whole, operands: [] };
  const parts = expressionOperands(cleaned);
  const operands = parts.map((p) => index.resolve(p)).filter((l) => l !== undefined);
  if (parts.length === 1) return { license: operands[0] ?? null, operands: [] };
  const distinct = [...new Map(operands.map((l) => [l.index, l])).values()];
  return { license: distinct.length === 1 && operands.length === parts.length ? distinct[0] : null, operands: distinct };
}

/** b. A declared id: given by the caller (a model card's license / license_link) or an SPDX-License-Identifier line. */
function matchDeclared(input, index, declared, skip) {
  const m = declared?.trim() ? null : SPDX_LINE.exec(input.raw);
  const expr = declared?.trim() ? declared : m?.[1];
  if (!expr?.trim()) return undefined;
  const r = resolveExpression(expr, index);
  const known = (l) => (l && !skip?.has(l.index) ? l : null);
  return {
    license: known(r.license),
    operands: r.operands.filter((l) => known(l)),
    declared: expr.trim(),
    from: declared?.trim() ? "caller" : "spdx-line",
  };
}

// ----------------------------------------------------------------------------------------------- dice

























function f2(recall, precision) {
  return recall + precision === 0 ? 0 : (5 * recall * precision) / (4 * precision + recall);
}

/** Candidates scoring less are not listed (as runners-up or closest candidates). */
const MIN_LISTED = 20;

/**
 * Similarity (0-100) of the input to one reference variant. Dice on word sets is the F1 of word recall
 * and precision; here recall and precision are each the mean of a word-set and a bigram measure, and
 * combined as F2 (recall counts double, so notes around a license cost less than missing parts). The
 * bigram precision (reference bigrams over input bigrams) is the length penalty, and the bigram recall
 * the word-order check. When the reference is present as one block (containment), its recall is the
 * score, less up to 5 points for the share of the input outside the block.
 */
function scoreVariant(v, overlap, input, index) {
  const inputWords = input.uniqueWords;
  const wordRecall = v.uniqueWords === 0 ? 0 : overlap / v.uniqueWords;
  if (wordRecall < 0.5 || inputWords === 0) {
    return { score: (200 * overlap) / (inputWords + v.uniqueWords || 1), wordRecall, bigramRecall: 0, contained: false };
  }
  // Where the sampled bigrams sit: by first and by last occurrence, so that a reference preceded or
  // followed by other text (whose common bigrams occur there too) is still seen as one block.
  let hits = 0;
  let firstLo = Infinity;
  let firstHi = -Infinity;
  let lastLo = Infinity;
  let lastHi = -Infinity;
  const samples = index.samples;
  for (let k = v.sampleFrom; k < v.sampleTo; k++) {
    const h = samples[k];
    const pos = input.bigrams.get(h);
    if (pos < 0) continue;
    hits++;
    const end = input.bigrams.getLast(h);
    if (pos < firstLo) firstLo = pos;
    if (pos > firstHi) firstHi = pos;
    if (end < lastLo) lastLo = end;
    if (end > lastHi) lastHi = end;
  }
  const spread = Math.min(firstHi - firstLo, lastHi - lastLo) + 1;
  const sampled = v.sampleTo - v.sampleFrom;
  const bigramRecall = sampled === 0 ? 0 : hits / sampled;
  const wordPrecision = overlap / inputWords;
  const bigramPrecision = input.bigrams.size === 0 ? 0 : Math.min(1, (bigramRecall * v.bigramCount) / input.bigrams.size);
  const recall = (wordRecall + bigramRecall) / 2;
  const precision = (wordPrecision + bigramPrecision) / 2;
  let score = 100 * f2(recall, precision);
  const n = input.tokens.length;
  const contained =
    wordRecall >= DICE.containWords &&
    bigramRecall >= DICE.containBigrams &&
    hits >= 2 &&
    spread <= DICE.containSpread * v.wordCount;
  // The reference is present as one block, whatever surrounds it: score its recall, less a little for
  // the share of the input outside it.
  if (contained) score = Math.max(score, 100 * recall - 5 * (1 - Math.min(1, v.wordCount / Math.max(1, n))));
  return { score, wordRecall, bigramRecall, contained };
}

/** Share (0-1) of a distinguishing-bigram sample present in the input; null for an empty sample. */
function presence(own, input) {
  if (own.length === 0) return null;
  let n = 0;
  for (const h of own) if (input.bigrams.has(h)) n++;
  return n / own.length;
}

/**
 * Tells two near-duplicate licenses apart by the bigrams each has and the other lacks (version
 * numbers, dates, names, an added or removed clause). Returns the winner, or null when the input
 * carries neither's distinguishing tokens.
 */
function distinguish(a, b, input) {
  const ab = a.license.near.find((n) => n.other === b.license.index);
  const ba = b.license.near.find((n) => n.other === a.license.index);
  if (!ab || !ba) return null;
  const fa = presence(ab.own, input);
  const fb = presence(ba.own, input);
  if (fa === null && fb === null) return null;
  if (fa === null || fb === null) {
    // One text is the other plus something: the larger wins when its extra part is present.
    const [small, large, f] = fa === null ? [a, b, fb] : [b, a, fa];
    return f >= 0.5 ? { winner: large, decisive: f >= 0.75 } : { winner: small, decisive: f <= 0.25 };
  }
  if (Math.abs(fa - fb) < 0.2) return null;
  return { winner: fa > fb ? a : b, decisive: Math.abs(fa - fb) >= 0.4 };
}

/** Upper bound of scoreVariant's score from the word overlap alone (bigram recall and precision taken as 1). */
function scoreBound(v, overlap, inputWords) {
  const wordRecall = overlap / v.uniqueWords;
  const bound = 100 * f2((wordRecall + 1) / 2, (overlap / inputWords + 1) / 2);
  return wordRecall >= DICE.containWords ? Math.max(bound, (100 * (wordRecall + 1)) / 2) : bound;
}

function isNear(a, b) {
  return a.license.near.some((n) => n.other === b.license.index);
}

/** c. Dice-style similarity on word sets and sampled bigrams, against every full text and trim. */
function matchDice(input, index, skip) {
  const empty = { candidates: [], winner: null, ambiguous: [], decisive: false, alsoPresent: [] };
  if (input.tokens.length < 3 || input.uniqueWords === 0) return empty;
  const counts = overlaps(input, index);
  const candidates = [];
  const inputWords = input.uniqueWords;
  for (const license of index.licenses) {
    const vs = license.variants;
    if (vs.length === 0 || skip?.has(license.index)) continue;
    const overlap = counts[vs[0].slot];
    let top = null;
    let topScore = -1;
    for (const v of vs) {
      const o = v.isTrim ? overlap - counts[v.slot] : overlap;
      // Only candidates that could reach their threshold get the (costlier) bigram scoring.
      if (scoreBound(v, o, inputWords) >= license.threshold) {
        const s = scoreVariant(v, o, input, index);
        if (s.score > topScore) {
          topScore = s.score;
          top = { license, variant: v, score: s.score, wordRecall: s.wordRecall, bigramRecall: s.bigramRecall, contained: s.contained };
        }
      } else {
        const score = (200 * o) / (inputWords + v.uniqueWords);
        if (score > topScore && score >= MIN_LISTED) {
          topScore = score;
          top = { license, variant: v, score, wordRecall: o / v.uniqueWords, bigramRecall: 0, contained: false };
        }
      }
    }
    if (top) candidates.push(top);
  }
  candidates.sort((a, b) => b.score - a.score || (a.license.key < b.license.key ? -1 : 1));
  const passing = candidates.filter((c) => c.score >= c.license.threshold && c.bigramRecall >= DICE.bigramFloor);
  if (passing.length === 0) return { ...empty, candidates };

  // Among the passing candidates close to the best, near duplicates are told apart by their
  // distinguishing tokens; candidates that are not near duplicates by their scores.
  const close = passing.filter((c) => c.score >= passing[0].score - DICE.nearMargin);
  const top = tournament(passing[0], close, input);
  if (top.ambiguous.length > 0) return { candidates, winner: null, ambiguous: [top.winner, ...top.ambiguous], decisive: false, alsoPresent: [] };

  // Other licenses whose full text is in the input too, each the winner of its own near duplicates.
  const alsoPresent = [];
  const seen = new Set();
  const covered = (c) => [top.winner, ...alsoPresent].some((o) => o === c || isNear(o, c));
  for (const c of passing) {
    if (!c.contained || seen.has(c) || covered(c)) continue;
    const group = passing.filter((o) => o === c || (isNear(o, c) && o.score >= c.score - DICE.nearMargin));
    for (const g of group) seen.add(g);
    const t = tournament(c, group, input);
    if (t.ambiguous.length === 0 && t.winner.contained && !covered(t.winner)) alsoPresent.push(t.winner);
  }
  return { candidates, winner: top.winner, ambiguous: [], decisive: top.decisive, alsoPresent };
}

/** Picks the best of `pool`, starting from `first`: near duplicates by distinguishing tokens, others by score. */
function tournament(first, pool, input) {
  let winner = first;
  let decisive = true;
  const ambiguous = [];
  for (let round = 0; round < 3; round++) {
    let changed = false;
    ambiguous.length = 0;
    for (const c of pool) {
      if (c === winner) continue;
      const d = distinguish(winner, c, input);
      if (d) {
        if (d.winner !== winner) {
          winner = d.winner;
          changed = true;
        }
        decisive &&= d.decisive;
      } else if (Math.abs(winner.score - c.score) < 1 && !(winner.contained && c.contained && !isNear(winner, c))) {
        // Equal scores and nothing to tell them apart: a current SPDX id beats a deprecated one, else a
        // tie. (Two unrelated licenses each present in full are not a tie but a file holding both,
        // reported in alsoPresent.)
        if (winner.license.deprecated !== c.license.deprecated) {
          if (winner.license.deprecated) {
            winner = c;
            changed = true;
          }
        } else ambiguous.push(c);
      } else if (c.score > winner.score) {
        winner = c;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return { winner, decisive, ambiguous };
}

// ------------------------------------------------------------------------------------------ reference








/** Filler words a mention may carry between the words of a name ("Apache License, Version 2.0"). */
const MAX_FILLERS = 4;

/** Words that, a few words before a name, make it a statement of license: "licensed under the ...". */
const CONTEXT_BEFORE = new Set(["under", "licensed", "released", "distributed", "governed", "subject", "covered", "licensing"]);
/** Words that make a name a statement of license right before it ("License: MIT") or right after it ("MIT License"). */
const CONTEXT_ADJACENT = new Set(["license", "licence", "licenses", "licensed", "agreement", "identifier"]);
/** Words that, a few words before a name, say it is not this work's license: a comparison or an exclusion. */
const NOT_OF_THIS_WORK = new Set(["not", "compatible", "version", "unlike", "instead", "than", "incompatible", "except"]);
const MODEL_WORDS = new Set(["model", "models", "weights", "checkpoint", "checkpoints", "parameters"]);

/** d. A license named in a short text: "Licensed under the Apache License, Version 2.0", "released under the MIT license". */
function matchReference(input, index, skip) {
  if (input.tokens.length > REFERENCE_MAX_WORDS) return undefined;
  const tokens = nameTokens(normaliseText(input.raw, "copyright"));
  if (tokens.length === 0 || tokens.length > REFERENCE_MAX_WORDS) return undefined;
  






  const mentions = [];
  for (let i = 0; i < tokens.length; i++) {
    const keys = index.nameKeysByFirstToken.get(tokens[i]);
    if (!keys) continue;
    for (const key of keys) {
      let j = i;
      let k = 0;
      let fillers = 0;
      while (k < key.length && j < tokens.length) {
        if (tokens[j] === key[k]) {
          k++;
          j++;
        } else if (k > 0 && fillers < MAX_FILLERS && NAME_FILLERS.has(tokens[j])) {
          fillers++;
          j++;
        } else break;
      }
      if (k < key.length) continue;
      const before = tokens.slice(Math.max(0, i - 8), i);
      // "compatible with the GPL", "a version of the BSD license", "may not license it under the GPL".
      if (tokens.slice(Math.max(0, i - 8), i).some((t) => NOT_OF_THIS_WORK.has(t))) continue;
      const adjacent = [tokens[i - 1], tokens[j]];
      if (!before.some((t) => CONTEXT_BEFORE.has(t)) && !adjacent.some((t) => t !== undefined && CONTEXT_ADJACENT.has(t))) continue;
      const license = index.licenses[index.nameKeys.get(key.join(" "))];
      if (skip?.has(license.index)) continue;
      mentions.push({ license, length: key.length, start: i, end: j, versioned: key.some((t) => /\d/.test(t)) });
    }
  }
  if (mentions.length === 0) return undefined;
  // A mention inside a longer one names nothing by itself ("BSD 3-Clause Clear" is not also "BSD 3-Clause").
  // Longest first; a position remembers the kept mention reaching furthest over it, so the test is
  // constant per mention (mentions are a few tokens long: marking them is linear in the text).
  mentions.sort((a, b) => b.length - a.length || a.start - b.start);
  const kept = [];
  const coverEnd = new Int32Array(tokens.length);
  const coverLicense = new Int32Array(tokens.length).fill(-1);
  for (const m of mentions) {
    if (coverEnd[m.start] >= m.end && coverLicense[m.start] !== m.license.index) continue;
    kept.push(m);
    for (let p = m.start; p < m.end; p++) {
      if (m.end > coverEnd[p]) {
        coverEnd[p] = m.end;
        coverLicense[p] = m.license.index;
      }
    }
  }
  const byLicense = new Map();
  for (const m of kept) if (!byLicense.has(m.license.index)) byLicense.set(m.license.index, m);
  const distinct = [...byLicense.values()];
  const mentioned = distinct.map((m) => m.license);
  if (distinct.length === 1) {
    const m = distinct[0];
    return { license: m.license, mentioned, confidence: m.versioned || m.length >= 2 ? 85 : 80 };
  }
  // Several licenses named: take the one said of the model or its weights, if exactly one is.
  const aboutModel = distinct.filter((m) => tokens.slice(Math.max(0, m.start - 12), m.start).some((t) => MODEL_WORDS.has(t)));
  if (aboutModel.length === 1) return { license: aboutModel[0].license, mentioned, confidence: 80 };
  return { license: null, mentioned, confidence: 0 };
}

// Alignment of two chunk-digest sequences (input and reference): the longest common subsequence of
// equal digests, by the longest increasing subsequence over the matching pairs (Hunt-Szymanski), then
// the gaps between matched chunks as inserted, deleted or changed runs. Digests rarely repeat in a
// license text, so there are few pairs and the cost is near linear in the two lengths.

















/** Reference positions of each digest, in descending order (so each input chunk extends the LIS once). */
function positionsByDigest(ref) {
  const at = new Map();
  for (let j = ref.length - 1; j >= 0; j--) {
    const list = at.get(ref[j]);
    if (list) list.push(j);
    else at.set(ref[j], [j]);
  }
  return at;
}

/** Longest chain of pairs increasing in both coordinates. */
function longestChain(input, ref) {
  const at = positionsByDigest(ref);
  // tails[k]: index (into nodes) of the chain of length k+1 ending at the smallest reference position.
  const tails = [];
  const nodes = [];
  for (let i = 0; i < input.length; i++) {
    const js = at.get(input[i]);
    if (!js) continue;
    for (const j of js) {
      let lo = 0;
      let hi = tails.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (nodes[tails[mid]].j < j) lo = mid + 1;
        else hi = mid;
      }
      nodes.push({ i, j, prev: lo > 0 ? tails[lo - 1] : -1 });
      tails[lo] = nodes.length - 1;
    }
  }
  const out = [];
  for (let k = tails.length > 0 ? tails[tails.length - 1] : -1; k >= 0; k = nodes[k].prev) out.push([nodes[k].i, nodes[k].j]);
  return out.reverse();
}

function alignChunks(input, ref) {
  const pairs = longestChain(input, ref);
  const gaps = [];
  let pi = 0;
  let pj = 0;
  pairs.forEach(([i, j], k) => {
    if (i > pi || j > pj) gaps.push({ inFrom: pi, inTo: i, refFrom: pj, refTo: j, edge: k === 0 ? "leading" : "inner" });
    pi = i + 1;
    pj = j + 1;
  });
  if (pi < input.length || pj < ref.length) gaps.push({ inFrom: pi, inTo: input.length, refFrom: pj, refTo: ref.length, edge: pairs.length === 0 ? "leading" : "trailing" });
  return { pairs, gaps };
}

// Content-defined chunks of a normalised token stream, for the verifier (verify.ts): what is stored of
// each reference text's word order is one 32-bit digest per chunk of 6 to 63 words, never the words.
// A chunk ends where the hash of a word pair falls on a fixed residue, so an edit changes the chunks
// around it only: the chunks before and after it are the same in the reference and in the copy, and
// aligning the two digest sequences finds what was inserted, deleted or changed.

/** Fewest words in a chunk (short chunks would let a digest be guessed from the vocabulary). */
const CHUNK_MIN = 6;
/** Most words in a chunk (the length fits the 6 low bits of the chunk's info byte). */
const CHUNK_MAX = 63;
/** A boundary falls on average every this many words after CHUNK_MIN. */
const CHUNK_SPREAD = 8;

/** Info byte of a chunk: bits 0-5 its word count, bit 6 operative, bit 7 variable. */
const INFO_OPERATIVE = 0x40;
const INFO_VARIABLE = 0x80;
const INFO_LENGTH = 0x3f;
















/**
 * Words that make a passage change what a license grants or forbids: modal verbs of obligation,
 * grant and restriction vocabulary, conditions. An inserted passage without any is editorial.
 */
const OPERATIVE = new Set(
  (
    "shall must may cannot not no never only prohibited prohibit prohibits forbidden forbid restrict restricted restriction " +
    "restrictions grant grants granted permission permitted permit permits allowed allow waive waived terminate terminates " +
    "termination commercial commercially noncommercial royalty royalties fee fees exclusive sublicense revocable irrevocable " +
    "required require requires obligation obligations agree agrees except unless provided condition conditions military " +
    "liable liability warranty warranties indemnify prior consent governed jurisdiction"
  ).split(" "),
);

/** Words standing for what each copy fills in (holder, organisation, author): a change there is not a change of terms. */
const VARIABLE = new Set("holder holders owner owners author authors organization organizations".split(" "));

function isOperative(tokens, from = 0, to = tokens.length) {
  for (let i = from; i < to; i++) if (OPERATIVE.has(tokens[i])) return true;
  return false;
}

/** Sum (mod 2^32) of the hashes of the operative words among tokens [from, to). */
function operativeSum(tokens, hashes, from, to) {
  let sum = 0;
  for (let i = from; i < to && i < tokens.length; i++) if (OPERATIVE.has(tokens[i])) sum = (sum + hashes[i]) >>> 0;
  return sum;
}

function isVariable(tokens, from, to) {
  for (let i = from; i < to; i++) if (VARIABLE.has(tokens[i])) return true;
  return false;
}

function mix(a, b) {
  let h = (Math.imul(a, 0x9e3779b1) ^ b) >>> 0;
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

/**
 * List markers left inside lines by re-wrapping ("... and use. b. Redistribution"): single letters,
 * small roman numerals and one- or two-digit numbers. They are not part of a chunk, so a copy wrapped
 * differently from the reference has the same chunks. (Versions such as 2.0 or 3.1 are kept.)
 */
const MARKER = /^(?:[a-z]|[ivx]{1,4}|\d{1,2})$/;

/** The token position `n` chunk words after `from` (markers are not chunk words). */
function advanceWords(tokens, from, n) {
  let i = from;
  for (let k = 0; i < tokens.length && k < n; i++) if (!MARKER.test(tokens[i])) k++;
  return i;
}

/** Positions of the tokens that take part in chunks. */
function kept(tokens, n) {
  const out = new Uint32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) if (tokens.length === 0 || !MARKER.test(tokens[i])) out[k++] = i;
  return out.subarray(0, k);
}

/** Chunk boundaries (indexes into the kept tokens where a chunk starts), the first at 0. */
function boundaries(hashes, at) {
  const starts = [0];
  let start = 0;
  for (let i = 1; i < at.length; i++) {
    const len = i - start;
    if (len >= CHUNK_MAX || (len >= CHUNK_MIN && mix(hashes[at[i - 1]], hashes[at[i]]) % CHUNK_SPREAD === 0)) {
      starts.push(i);
      start = i;
    }
  }
  return starts;
}

function digest(hashes, at, from, to) {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = mix(h, hashes[at[i]]);
  return h;
}

/**
 * The chunks of a token stream. `starts` are positions in the token stream (for lines); the word
 * counts in `info` count the tokens that take part (markers left out).
 */
function chunkTokens(hashes, tokens) {
  const at = kept(tokens, hashes.length);
  if (at.length === 0) return { digests: new Uint32Array(0), starts: new Uint32Array([0]), info: new Uint8Array(0), ops: new Uint32Array(0) };
  const bs = boundaries(hashes, at);
  const n = bs.length;
  const digests = new Uint32Array(n);
  const starts = new Uint32Array(n + 1);
  const info = new Uint8Array(n);
  const ops = new Uint32Array(n);
  for (let c = 0; c < n; c++) {
    const from = bs[c];
    const to = c + 1 < n ? bs[c + 1] : at.length;
    starts[c] = c === 0 ? 0 : at[from];
    digests[c] = digest(hashes, at, from, to);
    const tokenFrom = at[from];
    const tokenTo = to < at.length ? at[to] : hashes.length;
    let b = Math.min(to - from, INFO_LENGTH);
    if (tokens.length > 0 && isOperative(tokens, tokenFrom, tokenTo)) b |= INFO_OPERATIVE;
    if (tokens.length > 0 && isVariable(tokens, tokenFrom, tokenTo)) b |= INFO_VARIABLE;
    info[c] = b;
    ops[c] = operativeSum(tokens, hashes, tokenFrom, tokenTo);
  }
  starts[n] = hashes.length;
  return { digests, starts, info, ops };
}

// The verifier: before a text is named as license X, check that it is X and not a modified X.
//   1. the title: a "modified" / "based on" title, or a version the title states that is not X's;
//   2. the body: the input's chunk digests aligned against X's (chunks.ts, align.ts); what lies between
//      matched chunks is an inserted, deleted or changed passage, located by the input's lines.
// A passage that can change grants or restrictions (it holds operative words, or removes a part of X)
// makes the text "derived from X, modified"; wrapping, Markdown, numbering, copyright lines and notes
// around the license are normalised away or fall outside the aligned block, and do not.


/** The input as the verifier needs it: normalised tokens and their hashes, and the raw text for lines. */





























/** The unchanged share is a reason only for references of this many chunks (in a short one, the chunk meeting appended notes is a large share). */
const MIN_SHARE_CHUNKS = 8;
/** References with fewer chunks are not aligned when no chunk matches. */
const MIN_ALIGNED_CHUNKS = 4;
/** Edge gaps of at most this many reference chunks are where the license meets the text around it. */
const EDGE_CHUNKS = 2;
/** An appended passage needs this many words and distinct operative words to count as an added clause. */
const APPENDED_MIN_WORDS = 6;
const APPENDED_MIN_OPERATIVE = 1;
/** A changed passage this close in length to the reference's, with the same operative words, is noise. */
const NOISE_WORDS = 4;
/** Most words of a title line. */
const TITLE_LINE_WORDS = 12;
/** Words a copy may leave out at its start (a title such as "GNU General Public License"). */
const TITLE_WORDS = 4;
/** An inserted passage this long is a change of terms even without an (English) operative word. */
const INSERTED_LONG = 15;
/** Words of the input quoted for a passage. */
const EXCERPT_WORDS = 16;

const chunkCache = new WeakMap();

function inputChunks(input) {
  let c = chunkCache.get(input);
  if (!c) {
    c = chunkTokens(input.hashes, input.tokens);
    chunkCache.set(input, c);
  }
  return c;
}

/** Checks the input against one reference variant. */
function verify(input, license, variant, index) {
  const ref = index.chunksOf(variant);
  const mine = inputChunks(input);
  const { pairs, gaps } = alignChunks(mine.digests, ref.digests);
  // A short reference with no chunk in common (a notice of one or two chunks with notes around it)
  // cannot be compared: the dice matcher's strict threshold for short texts is the check, and the title.
  const words = { index, full: license.variants[0] ?? variant, ids: input.wordIdOf };
  if (pairs.length === 0 && ref.digests.length < MIN_ALIGNED_CHUNKS) {
    const reasons = titleReasons(input.raw, license);
    // Operative words the reference never uses ("without any warranty" added to a permission notice).
    const added = newWords(input, 0, input.tokens.length, words).filter((t) => isOperative([t]));
    if (added.length > 0) reasons.push(`terms the reference does not have: ${[...new Set(added)].slice(0, 5).join(", ")}`);
    return settle({ license, variant, matched: 1, chunks: ref.digests.length, passages: [], passageSpans: [], matchedSpans: [], reasons, modified: false });
  }
  let matchedWords = 0;
  for (const [, j] of pairs) matchedWords += ref.info[j] & INFO_LENGTH;
  const matched = variant.wordCount === 0 ? 0 : Math.min(1, matchedWords / variant.wordCount);
  const lines = lazyLines(input);
  const passages = [];
  const passageSpans = [];
  for (const g of gaps) {
    const p = passageOf(g, input, mine, ref, lines, words);
    if (!p) continue;
    passages.push(p);
    passageSpans.push({ from: mine.starts[g.inFrom], to: mine.starts[g.inTo] });
  }
  const matchedSpans = pairs.map(([i]) => ({ from: mine.starts[i], to: mine.starts[i + 1] }));
  const v = { license, variant, matched, chunks: ref.digests.length, passages, passageSpans, matchedSpans, reasons: titleReasons(input.raw, license), modified: false };
  return settle(v);
}

/** Recomputes the reasons and the verdict from the passages (after some were set aside). */
function settle(v) {
  const reasons = v.reasons.filter((r) => !/^\d+ passages? that change|^only \d+% of the text/.test(r));
  const substantive = v.passages.filter((p) => p.effect === "substantive");
  if (substantive.length > 0) reasons.push(`${substantive.length} passage${substantive.length > 1 ? "s" : ""} that change${substantive.length > 1 ? "" : "s"} the terms`);
  if (v.matched < 0.5 && v.chunks >= MIN_SHARE_CHUNKS) reasons.push(`only ${Math.round(100 * v.matched)}% of the text found unchanged`);
  return { ...v, reasons, modified: reasons.length > 0 };
}

/** Drops the passages lying mostly inside `covered` (the text of another license in the same file). */
function setAside(v, covered) {
  const inside = (s) => {
    let n = 0;
    for (const c of covered) n += Math.max(0, Math.min(s.to, c.to) - Math.max(s.from, c.from));
    return s.to > s.from && n >= 0.5 * (s.to - s.from);
  };
  const keep = v.passageSpans.map((s) => !inside(s));
  return settle({ ...v, passages: v.passages.filter((_, i) => keep[i]), passageSpans: v.passageSpans.filter((_, i) => keep[i]) });
}

function sumInfo(info, from, to, flag) {
  let n = 0;
  for (let j = from; j < to; j++) if (flag === undefined || info[j] & flag) n += info[j] & INFO_LENGTH;
  return n;
}

function allFlagged(info, from, to, flag) {
  for (let j = from; j < to; j++) if (!(info[j] & flag)) return false;
  return to > from;
}

function distinctOperative(tokens, from, to) {
  const seen = new Set();
  for (let i = from; i < to; i++) if (isOperative(tokens, i, i + 1)) seen.add(tokens[i]);
  return seen.size;
}

/** One gap as a passage, or null when it is only where the license meets surrounding text. */





function opsOf(ops, from, to) {
  let sum = 0;
  for (let j = from; j < to; j++) sum = (sum + ops[j]) >>> 0;
  return sum;
}

/** Whether the input's words are in the reference's word set. */






const NUMBERISH = /^[\divx.]+$|^[a-z]$/;

/** Words of tokens [from, to) that the reference never uses (names, other terms), numbers and markers aside. */
function newWords(input, from, to, w) {
  const out = [];
  for (let i = from; i < to; i++) {
    const t = input.tokens[i];
    if (!NUMBERISH.test(t) && !w.index.hasWord(w.full, w.ids(i))) out.push(t);
  }
  return out;
}

/**
 * Words the reference never uses in the title lines among tokens [from, to): short lines naming a
 * license ("The Net Boolean Public License" where the reference says "The OpenLDAP Public License").
 */
function titleNewWords(input, from, to, at, w) {
  const out = [];
  for (let i = from; i < to; ) {
    let j = i;
    while (j < to && at[j] === at[i]) j++;
    const line = input.tokens.slice(i, j);
    if (line.length <= TITLE_LINE_WORDS && line.some((t) => t === "license" || t === "agreement")) out.push(...newWords(input, i, j, w));
    i = j;
  }
  return out;
}

function passageOf(g, input, mine, ref, lines, w) {
  const refInfo = ref.info;
  const from = mine.starts[g.inFrom];
  const to = mine.starts[g.inTo];
  const words = sumInfo(mine.info, g.inFrom, g.inTo);
  const refWords = sumInfo(refInfo, g.refFrom, g.refTo);
  const refChunks = g.refTo - g.refFrom;
  const kind = words === 0 ? "deleted" : refChunks === 0 ? "inserted" : "changed";
  let effect;
  if (g.edge !== "inner") {
    // The chunk where the license meets a preamble or appended notes differs by construction; the
    // input side being shorter than the reference's means part of the license is missing there.
    const extra = words - refWords;
    // The words beyond the reference's share of the gap are the added text: after it when trailing, before it when leading.
    const [addFrom, addTo] = g.edge === "trailing" ? [Math.min(to, advanceWords(input.tokens, from, refWords)), to] : [from, advanceWords(input.tokens, from, words - refWords)];
    const appended = extra >= APPENDED_MIN_WORDS && distinctOperative(input.tokens, addFrom, addTo) >= APPENDED_MIN_OPERATIVE;
    const cut = -extra > (g.edge === "leading" ? TITLE_WORDS : 2);
    // Where the reference's opening chunk was replaced, words it never uses are another name in the title.
    const renamed = g.edge === "leading" && refChunks > 0 && titleNewWords(input, from, to, lines(), w).length > 0;
    if (refChunks <= EDGE_CHUNKS && !appended && !cut && !renamed) return null;
    effect = appended || cut || renamed || sumInfo(refInfo, g.refFrom, g.refTo, INFO_OPERATIVE) > 0 ? "substantive" : "editorial";
  } else if (kind === "inserted") {
    effect = (words >= 3 && isOperative(input.tokens, from, to)) || words >= INSERTED_LONG ? "substantive" : "editorial";
  } else if (kind === "changed" && allFlagged(refInfo, g.refFrom, g.refTo, INFO_VARIABLE) && Math.abs(words - refWords) <= 6) {
    effect = "editorial"; // a copyright holder's or organisation's name filled in
  } else if (
    kind === "changed" &&
    Math.abs(words - refWords) <= NOISE_WORDS &&
    opsOf(mine.ops, g.inFrom, g.inTo) === opsOf(ref.ops, g.refFrom, g.refTo) &&
    newWords(input, from, to, w).length === 0
  ) {
    effect = "editorial"; // the reference's own words, a few more or fewer, none of them operative
  } else {
    effect = "substantive"; // a part of the license removed or rewritten, in whatever language
  }
  const at = lines();
  const firstLine = words > 0 ? at[from] : at[Math.max(0, Math.min(from, at.length - 1))] ?? 1;
  const lastLine = words > 0 ? at[to - 1] : firstLine;
  return {
    kind,
    lines: { from: firstLine, to: lastLine },
    words,
    referenceWords: refWords,
    effect,
    excerpt: input.tokens.slice(from, Math.min(to, from + EXCERPT_WORDS)).join(" ") + (words > EXCERPT_WORDS ? " ..." : ""),
  };
}

/** The 1-based line of each normalised token, computed on first use. */
function lazyLines(input) {
  let lines;
  return () => (lines ??= tokenLines(input.raw, input.tokens));
}

/** Words this far ahead in the raw text are searched for a normalised token before it is given the current line. */
const LINE_LOOKAHEAD = 40;

/**
 * The line of each normalised token: the raw text is tokenized line by line (a superset of the
 * normalised tokens, less what normalisation joins), and each normalised token is found a few raw
 * tokens ahead; one not found (a word joined across a line break) takes the current line.
 */
function tokenLines(raw, tokens) {
  const rawTokens = [];
  const rawLines = [];
  raw.split("\n").forEach((line, i) => {
    for (const t of tokenize(line.toLowerCase()).tokens) {
      rawTokens.push(t);
      rawLines.push(i + 1);
    }
  });
  const out = new Int32Array(tokens.length);
  let p = 0;
  for (let k = 0; k < tokens.length; k++) {
    let q = p;
    const end = Math.min(rawTokens.length, p + LINE_LOOKAHEAD);
    while (q < end && rawTokens[q] !== tokens[k]) q++;
    if (q < end) {
      out[k] = rawLines[q];
      p = q + 1;
    } else out[k] = rawLines[Math.min(p, rawLines.length - 1)] ?? 1;
  }
  return out;
}

/** The first non-empty lines of a text, where a title and its version stand. */
function titleLines(raw, n) {
  const out = [];
  let pos = 0;
  while (out.length < n && pos < raw.length && pos < 4000) {
    let end = raw.indexOf("\n", pos);
    if (end < 0) end = raw.length;
    const line = raw.slice(pos, Math.min(end, pos + 300)).trim();
    if (line !== "" && !/^-{3,}$/.test(line)) out.push(line);
    pos = end + 1;
  }
  return out;
}

/** A title line (among the first `lines`, short, naming a license) saying the text is modified or based on another; null when none does. */
function modifiedTitle(raw, lines = 3) {
  return titleLines(raw, lines).find((l) => l.length <= 100 && /licen[cs]e|agreement|terms/i.test(l) && MODIFIED_TITLE.test(l)) ?? null;
}

const MODIFIED_TITLE = /\b(?:modified|based on|derived from|adapted from|amended|variant of)\b/i;
const STATED_VERSION = [
  /\bversion\s*:?\s*(\d{1,2}(?:\.\d{1,2}){0,2})\b/gi,
  /\bv(\d{1,2}(?:\.\d{1,2}){1,2})\b/gi,
  /\b[a-z][a-z+-]*[ -](\d{1,2}(?:\.\d{1,2})?)[ \t]+(?:community[ \t]+)?(?:licen[cs]e|agreement)\b/gi,
];

const canonicalVersion = (v) => v.replace(/(?:\.0+)+$/, "");

/** Two versions agree when one is the other or a refinement of it (3 and 3.1; 1 and 1.3). */
const agree = (a, b) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/** Versions in a license's key, SPDX id and name: what its title must state, if it states one. */
function versionsOf(license) {
  const out = new Set();
  for (const s of [license.key, license.spdx ?? "", license.name]) {
    for (const m of s.matchAll(/(?<![\d.])(\d{1,2}(?:\.\d{1,2}){0,2})(?![\d.])/g)) out.add(canonicalVersion(m[1]));
  }
  return out;
}

/** Reasons in the title: it says it is modified or based on something, or it states another version. */
function titleReasons(raw, license) {
  const reasons = [];
  const modified = modifiedTitle(raw);
  // The reference's own title may say so ("Modified Apache 2.0 License", "Based on the BISON license").
  if (modified && !license.titleModified) reasons.push(`the title says '${modified.slice(0, 80)}'`);
  const known = versionsOf(license);
  if (known.size === 0) return reasons;
  const stated = new Set();
  for (const line of titleLines(raw, 6)) for (const re of STATED_VERSION) for (const m of line.matchAll(re)) stated.add(canonicalVersion(m[1]));
  if (stated.size > 0 && ![...stated].some((v) => [...known].some((k) => agree(v, k)))) {
    reasons.push(`the title states version ${[...stated].join(", ")}, not ${[...known].join(", ")}`);
  }
  return reasons;
}

// identifyLicense: the matcher pipeline.
//
//   a. exact      the normalised text's hash is a reference's (full text or known trim)  → 100
//   b. declared   an id the caller passes (model card `license` / `license_link`) or an
//                 SPDX-License-Identifier line                                            → 90-95
//   c. dice       word-set similarity with bigram floor, containment and near-duplicate
//                 tie-breaking                                                            → its score, ≤ 99
//   d. reference  a license named in a short text ("released under the MIT license")    → 80-85
//
// The text outranks a declaration: a declared id is accepted when the text does not identify another
// license, and when it does, the text's license is reported and the declared one listed as a runner-up.
// Below every threshold the result is `unrecognized` with id null and the closest candidates.










const RUNNERS_UP = 3;
/** Share of a license's distinct words above which an input counts as a copy of that license's text. */
const REFERENCE_BODY_RECALL = 0.6;

function identified(license, confidence, matcher, runnersUp, note) {
  return {
    id: license.key,
    spdx: license.spdx,
    name: license.name,
    confidence: Math.max(0, Math.min(100, Math.round(confidence))),
    matcher,
    runnersUp: runnersUp.filter((r) => r.id !== license.key).slice(0, RUNNERS_UP),
    status: "identified",
    outcome: "known",
    ...(note ? { note } : {}),
  };
}

function unrecognized(runnersUp, note, outcome = "other") {
  return { outcome, id: null, spdx: null, name: null, confidence: 0, matcher: "none", runnersUp: runnersUp.slice(0, RUNNERS_UP), status: "unrecognized", note };
}

/** A modified copy of `v.license`: outcome other, derived from it, with the passages. */
function modifiedCopy(v, score, runnersUp) {
  const l = v.license;
  const passages = v.passages.filter((p) => p.effect === "substantive");
  return {
    ...unrecognized(dedupe$1([{ id: l.key, confidence: Math.round(Math.min(score, DICE.maxConfidence)) }, ...runnersUp]), `derived from ${l.key}, modified: ${v.reasons.join("; ")}`),
    derivedFrom: { id: l.key, name: l.name, unchanged: Math.round(100 * v.matched), reasons: v.reasons, passages },
  };
}

/** Lines above a license's first unchanged chunk where its title may stand. */
const TITLE_LINES_ABOVE = 4;

/** The title reasons read where this license's block starts, not at the top of a file holding several. */
function withOwnTitle(v, input) {
  const start = v.matchedSpans[0]?.from ?? 0;
  const line = tokenLines(input.raw, input.tokens)[start] ?? 1;
  const own = input.raw.split("\n").slice(Math.max(0, line - 1 - TITLE_LINES_ABOVE)).join("\n");
  return { ...v, reasons: titleReasons(own, v.license) };
}

/** Candidates the verifier checks after the winner: passing ones within the near margin of it. */
const VERIFIED_CANDIDATES = 3;

/**
 * Verifies the winner and, when it is modified, the next best candidates: the first that verifies
 * clean is the license; when none does, the winner's verification says how the text differs.
 */
function verifyBest(w, candidates, input, index) {
  const first = verifyLicense(w, input, index);
  if (!first.modified) return { candidate: w, verification: first };
  const close = candidates.filter((c) => c !== w && c.score >= c.license.threshold && c.bigramRecall >= DICE.bigramFloor && c.score >= w.score - DICE.nearMargin);
  for (const c of close.slice(0, VERIFIED_CANDIDATES - 1)) {
    const v = verifyLicense(c, input, index);
    if (!v.modified) return { candidate: c, verification: v };
  }
  return { candidate: w, verification: first };
}

/** The candidate's best-scoring variant first; when it shows changes, its other variants (full text, trims). */
function verifyLicense(c, input, index) {
  const first = verify(input, c.license, c.variant, index);
  if (!first.modified) return first;
  for (const v of c.license.variants) {
    if (v === c.variant) continue;
    const other = verify(input, c.license, v, index);
    if (!other.modified) return other;
  }
  return first;
}

function fromCandidates(cs) {
  return cs.filter((c) => c.score >= 1).map((c) => ({ id: c.license.key, confidence: Math.round(Math.min(c.score, DICE.maxConfidence)) }));
}

function dedupe$1(rs) {
  const seen = new Set();
  return rs.filter((r) => !seen.has(r.id) && (seen.add(r.id), true));
}

/** Words of licensing; a text with fewer than LICENSE_WORDS_MIN distinct ones is not a license (outcome none). */
const LICENSE_WORDS = new Set(
  "license licensed licensor licensee licenses grant granted grants permission permitted warranty warranties liability liable copyright rights redistribution redistribute distribute distribution terms conditions sublicense royalty agreement".split(" "),
);
const LICENSE_WORDS_MIN = 4;

/** A proprietary notice is a license statement (outcome other) though normalisation drops its words. */
const PROPRIETARY = /\ball\s+rights\s+reserved\b|\bproprietary\b|\bconfidential\b/i;

function looksLikeLicense(tokens, raw) {
  if (PROPRIETARY.test(raw.slice(0, 20000))) return true;
  const seen = new Set();
  for (const t of tokens) if (LICENSE_WORDS.has(t) && seen.add(t).size >= LICENSE_WORDS_MIN) return true;
  return false;
}

const cache = new ContentCache();

/**
 * Identifies the license in a text. Each distinct text (with the same declared id) is identified once
 * and the frozen result shared; a caller-supplied index bypasses the cache.
 */
function identifyLicense(text, opts = {}) {
  if (opts.index || opts.exclude) return identifyUncached(text, opts);
  return cache.get(contentKey(text, opts.declared), () => identifyUncached(text, opts));
}

function identifyUncached(text, opts) {
  const index = opts.index ?? fingerprintIndex();
  const input = prepare(text, index);
  const skip = opts.exclude ? new Set([...opts.exclude].map((k) => index.get(k)?.index ?? -1)) : undefined;

  const declared = matchDeclared(input, index, opts.declared, skip);
  const exact = matchExact(input, index, skip);
  if (exact) {
    const license = index.licenses[exact.license];
    const notes = [];
    if (exact.name.startsWith("without-")) notes.push(`the license text without its ${exact.name.replace(/^without-/, "").replace(/-/g, " ")}`);
    const runnersUp = [];
    if (declared && declared.license !== license) {
      notes.push(`the text is ${license.key}, but '${declared.declared}' was declared`);
      if (declared.license) runnersUp.push({ id: declared.license.key, confidence: 0 });
    }
    return identified(license, 100, "exact", runnersUp, notes.join("; ") || undefined);
  }

  const dice = matchDice(input, index, skip);
  const others = (except) => fromCandidates(dice.candidates.filter((c) => c.license !== except));

  if (dice.winner) {
    // Other licenses whose full text is in the file too (a LICENSE holding the model license and the
    // code license): a model license is the one reported, as for separate files (governing.ts).
    const contained = [dice.winner, ...dice.alsoPresent];
    const first = contained.find((c) => c.license.kind === "model") ?? dice.winner;
    const best = verifyBest(first, dice.candidates, input, index);
    const w = best.candidate;
    const alsoContained = contained.filter((c) => c !== w && c !== first);
    // With other licenses in the file, what surrounds this one is their text, not an added clause.
    const covered = alsoContained.flatMap((c) => verify(input, c.license, c.variant, index).matchedSpans);
    const verification = covered.length > 0 ? setAside(withOwnTitle(best.verification, input), covered) : best.verification;
    if (verification.modified) return modifiedCopy(verification, w.score, others(w.license));
    let confidence = Math.min(w.score, DICE.maxConfidence);
    if (!dice.decisive) confidence = Math.min(confidence, 85);
    if (declared?.license === w.license) confidence = Math.max(confidence, 95);
    // Runners-up rank below the winner even when their word similarity ties (near duplicates told
    // apart by their distinguishing tokens).
    const runnersUp = others(w.license).map((r) => ({ id: r.id, confidence: Math.min(r.confidence, Math.round(confidence) - 1) }));
    const notes = [];
    if (!dice.decisive) notes.push("told apart from a near-identical license by few distinguishing words");
    if (alsoContained.length > 0) notes.push(`the file also contains the text of ${alsoContained.map((c) => c.license.key).join(", ")}`);
    if (declared && declared.license !== w.license) {
      notes.push(`the text is ${w.license.key}, but '${declared.declared}' was declared`);
      const d = declared.license;
      if (d) {
        const score = dice.candidates.find((c) => c.license === d)?.score ?? 0;
        runnersUp.unshift({ id: d.key, confidence: Math.round(Math.min(score, DICE.maxConfidence)) });
      }
    }
    const result = identified(w.license, confidence, "dice", dedupe$1(runnersUp), notes.join("; ") || undefined);
    const editorial = verification.passages.filter((p) => p.effect === "editorial");
    return editorial.length > 0 ? { ...result, editorial } : result;
  }

  // A text that holds most of some license's words is a (damaged) license text, not a short notice
  // naming one: the reference matcher does not read it.
  const licenseBody = dice.candidates.some((c) => c.wordRecall >= REFERENCE_BODY_RECALL && c.variant.uniqueWords >= 15);
  // An SPDX line inside a license body that matches nothing is not what the body is (a copy of another
  // license quoting its own identifier); a caller's declaration still stands.
  if (declared?.license && !(licenseBody && declared.from === "spdx-line")) {
    return identified(declared.license, declared.from === "spdx-line" ? 95 : 90, "declared", others(declared.license), `declared as '${declared.declared}'`);
  }
  if (declared && declared.operands.length > 1) {
    return unrecognized(
      dedupe$1([...declared.operands.map((l) => ({ id: l.key, confidence: 90 })), ...others()]),
      `'${declared.declared}' names several licenses`,
    );
  }

  const reference = licenseBody ? undefined : matchReference(input, index, skip);
  if (reference?.license) {
    return identified(
      reference.license,
      reference.confidence,
      "reference",
      reference.mentioned.map((l) => ({ id: l.key, confidence: 70 })),
    );
  }
  if (reference && reference.mentioned.length > 1) {
    return unrecognized(
      dedupe$1([...reference.mentioned.map((l) => ({ id: l.key, confidence: 70 })), ...others()]),
      `names several licenses: ${reference.mentioned.map((l) => l.key).join(", ")}`,
    );
  }

  if (dice.ambiguous.length > 0) {
    return unrecognized(fromCandidates(dice.ambiguous), `too close to tell apart: ${dice.ambiguous.map((c) => c.license.key).join(", ")}`);
  }
  const declaredNote = declared ? `; '${declared.declared}' was declared but is not a known license id` : "";
  if (text.trim() === "") return unrecognized([], `empty text${declaredNote}`, "none");
  if (!looksLikeLicense(input.tokens, text)) return unrecognized(others(), `not a license text: no license terms found${declaredNote}`, "none");
  return unrecognized(others(), `a license text matching no known license closely enough${declaredNote}`);
}

// Which of a model folder's license files governs the weights.
//
// The rule, in order:
//   1. Content: if any file is identified as a model license (kind `model` in the catalogue: RAIL,
//      Llama, Gemma, DeepFloyd, ...), the governing file is chosen among those files only. Repositories
//      that ship weights with a code license beside them (LICENSE = Apache-2.0 for the code,
//      LICENSE-MODEL = OpenRAIL-M for the weights) mean the model license for the weights.
//   2. Otherwise among the identified files, else among all files.
//   3. Within that set, by file name (NAME_RANKS, first match wins): names that say they are about the
//      model or weights (LICENSE-MODEL, MODEL_LICENSE, LICENSE_WEIGHTS, *MODEL*LICENSE*), then
//      LICENSE/LICENCE/COPYING, then LICENSE.md/.txt and the like, then *.license files, then other
//      license-like names; names that say they are about code (LICENSE-CODE) come last.
//   4. Ties: the file nearest the model folder (fewest path segments), then the higher confidence,
//      then the path, so the choice is deterministic.













/** File-name patterns (tested on the base name) from most to least likely to govern the weights. */
const NAME_RANKS = [
  { label: "named for the model weights", test: /^(?:licen[cs]e[-_. ]?(?:model|weights?)|(?:model|weights?)[-_. ]?licen[cs]e)(?:\.(?:md|txt|rst))?$/i },
  { label: "named for the model", test: /(?:model|weights?).*licen[cs]e|licen[cs]e.*(?:model|weights?)/i },
  { label: "the folder's LICENSE file", test: /^(?:licen[cs]e|copying)$/i },
  { label: "the folder's LICENSE file", test: /^(?:licen[cs]e|copying)\.(?:md|txt|rst|markdown)$/i },
  { label: "a .license file", test: /\.licen[cs]e$/i },
  { label: "a license-like file", test: /^(?!.*\bcode\b)(?:licen[cs]e|copying|notice)/i },
  { label: "a code license file", test: /code/i },
];

function nameRank(p) {
  const base = p.split(/[\\/]/).pop() ?? p;
  const i = NAME_RANKS.findIndex((r) => r.test.test(base));
  return i < 0 ? NAME_RANKS.length : i;
}

const depth = (p) => p.split(/[\\/]/).filter((s) => s !== "" && s !== ".").length;

/** Picks the file that governs the weights among a model folder's license files (at least one; throws on none). */
function pickGoverningLicense(
  files,
  opts = {},
) {
  if (files.length === 0) throw new RangeError("pickGoverningLicense needs at least one license file");
  const index = opts.index ?? fingerprintIndex();
  const kindOf = (f) => (f.identification.id ? (index.get(f.identification.id)?.kind ?? null) : null);
  const identifiedFiles = files.filter((f) => f.identification.status === "identified");
  const modelFiles = identifiedFiles.filter((f) => kindOf(f) === "model");
  const pool = modelFiles.length > 0 ? modelFiles : identifiedFiles.length > 0 ? identifiedFiles : [...files];
  const ranked = [...pool].sort(
    (a, b) =>
      nameRank(a.path) - nameRank(b.path) ||
      depth(a.path) - depth(b.path) ||
      b.identification.confidence - a.identification.confidence ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
  const governing = ranked[0];
  const others = files.filter((f) => f !== governing);
  const rank = nameRank(governing.path);
  const byName = rank < NAME_RANKS.length ? NAME_RANKS[rank].label : "the only candidate left";
  let reason;
  if (files.length === 1) reason = "the only license file";
  else if (modelFiles.length > 0 && modelFiles.length < identifiedFiles.length) {
    reason = `a model license (${governing.identification.id}) beats the code/content licenses beside it; ${byName}`;
  } else if (identifiedFiles.length === 0) {
    reason = `no license file was recognized; ${byName}`;
  } else {
    reason = byName;
  }
  return { governing, others, reason };
}

// Decoding input files: binary and oversized files become problems, never exceptions.

/** Cards and licenses are small; anything larger is almost certainly not one. */
const MAX_TEXT_BYTES = 1024 * 1024;

 

function decodeText(content) {
  if (typeof content !== "string") {
    if (content.byteLength > MAX_TEXT_BYTES) {
      return { ok: false, reason: `file is ${content.byteLength} bytes, over the ${MAX_TEXT_BYTES}-byte limit for a card or license` };
    }
    const utf16 = utf16Of(content);
    if (utf16) content = new TextDecoder(utf16.encoding).decode(content.subarray(utf16.skip));
    else if (content.subarray(0, 8192).includes(0)) return { ok: false, reason: "file is binary (contains NUL bytes)" };
    else content = new TextDecoder("utf-8").decode(content);
  } else if (content.length > MAX_TEXT_BYTES) {
    return { ok: false, reason: `file is over the ${MAX_TEXT_BYTES}-byte limit for a card or license` };
  } else if (content.slice(0, 8192).includes("\0")) {
    return { ok: false, reason: "file is binary (contains NUL bytes)" };
  }
  // A BOM and CRLF line ends are common in cards edited on Windows; neither changes line numbers.
  // Other control characters (a NUL past the first 8 KiB, a terminal escape) become U+FFFD, one
  // code unit for one, so that none reaches a report and every column stays where it was. A form
  // feed (page breaks in the GNU licenses) is white space.
  return { ok: true, text: content.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/[\v\f]/g, " ").replace(CONTROL, "\ufffd") };
}

// eslint-disable-next-line no-control-regex -- replacing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** The UTF-8 bytes of U+FFFD twice: a UTF-16 byte-order mark that a UTF-8 tool re-encoded. */
const MANGLED_BOM = [0xef, 0xbf, 0xbd, 0xef, 0xbf, 0xbd];

/**
 * UTF-16 text (Windows editors and PowerShell's `>` write it): by its byte-order mark, a mark
 * mangled into two U+FFFD, or, without one, by NULs in every other byte of ASCII-range text.
 */
function utf16Of(bytes) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  const skip = MANGLED_BOM.every((b, i) => bytes[i] === b) ? MANGLED_BOM.length : 0;
  const sample = bytes.subarray(skip, skip + 8192);
  if (sample.length < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  const half = Math.floor(sample.length / 2);
  // Mostly ASCII text: nearly every high byte is NUL and no low byte is.
  if (oddNul >= half * 0.9 && evenNul === 0) return { encoding: "utf-16le", skip };
  if (evenNul >= half * 0.9 && oddNul === 0) return { encoding: "utf-16be", skip };
  return undefined;
}

/** 1-based line and column of a character offset. */
function positionAt(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function formatPath(path) {
  return path.reduce((acc, step) => {
    if (typeof step === "number") return `${acc}[${step}]`;
    return acc ? `${acc}.${String(step)}` : String(step);
  }, "");
}

function zodProblems(error, parsed, file) {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p) => typeof p !== "symbol");
    // Unknown keys are reported on the key itself, not on the enclosing mapping.
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
    const at = keys.length > 0 ? [...path, keys[0]] : path;
    const { line, column } = parsed.locate(at, keys.length > 0);
    return { location: { file, line, column }, path: formatPath(at), message: issue.message };
  });
}

var dist = {};

var composer = {};

const __builtin$1 = process.getBuiltinModule?.("node:process") ?? createRequire(import.meta.url)("node:process");

var directives = {};

var identity = {};

var hasRequiredIdentity;

function requireIdentity () {
	if (hasRequiredIdentity) return identity;
	hasRequiredIdentity = 1;

	const ALIAS = Symbol.for('yaml.alias');
	const DOC = Symbol.for('yaml.document');
	const MAP = Symbol.for('yaml.map');
	const PAIR = Symbol.for('yaml.pair');
	const SCALAR = Symbol.for('yaml.scalar');
	const SEQ = Symbol.for('yaml.seq');
	const NODE_TYPE = Symbol.for('yaml.node.type');
	const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
	const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
	const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
	const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
	const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
	const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
	function isCollection(node) {
	    if (node && typeof node === 'object')
	        switch (node[NODE_TYPE]) {
	            case MAP:
	            case SEQ:
	                return true;
	        }
	    return false;
	}
	function isNode(node) {
	    if (node && typeof node === 'object')
	        switch (node[NODE_TYPE]) {
	            case ALIAS:
	            case MAP:
	            case SCALAR:
	            case SEQ:
	                return true;
	        }
	    return false;
	}
	const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

	identity.ALIAS = ALIAS;
	identity.DOC = DOC;
	identity.MAP = MAP;
	identity.NODE_TYPE = NODE_TYPE;
	identity.PAIR = PAIR;
	identity.SCALAR = SCALAR;
	identity.SEQ = SEQ;
	identity.hasAnchor = hasAnchor;
	identity.isAlias = isAlias;
	identity.isCollection = isCollection;
	identity.isDocument = isDocument;
	identity.isMap = isMap;
	identity.isNode = isNode;
	identity.isPair = isPair;
	identity.isScalar = isScalar;
	identity.isSeq = isSeq;
	return identity;
}

var visit = {};

var hasRequiredVisit;

function requireVisit () {
	if (hasRequiredVisit) return visit;
	hasRequiredVisit = 1;

	var identity = requireIdentity();

	const BREAK = Symbol('break visit');
	const SKIP = Symbol('skip children');
	const REMOVE = Symbol('remove node');
	/**
	 * Apply a visitor to an AST node or document.
	 *
	 * Walks through the tree (depth-first) starting from `node`, calling a
	 * `visitor` function with three arguments:
	 *   - `key`: For sequence values and map `Pair`, the node's index in the
	 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
	 *     `null` for the root node.
	 *   - `node`: The current node.
	 *   - `path`: The ancestry of the current node.
	 *
	 * The return value of the visitor may be used to control the traversal:
	 *   - `undefined` (default): Do nothing and continue
	 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
	 *     sibling
	 *   - `visit.BREAK`: Terminate traversal completely
	 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
	 *   - `Node`: Replace the current node, then continue by visiting it
	 *   - `number`: While iterating the items of a sequence or map, set the index
	 *     of the next step. This is useful especially if the index of the current
	 *     node has changed.
	 *
	 * If `visitor` is a single function, it will be called with all values
	 * encountered in the tree, including e.g. `null` values. Alternatively,
	 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
	 * `Alias` and `Scalar` node. To define the same visitor function for more than
	 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
	 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
	 * specific defined one will be used for each node.
	 */
	function visit$1(node, visitor) {
	    const visitor_ = initVisitor(visitor);
	    if (identity.isDocument(node)) {
	        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
	        if (cd === REMOVE)
	            node.contents = null;
	    }
	    else
	        visit_(null, node, visitor_, Object.freeze([]));
	}
	// Without the `as symbol` casts, TS declares these in the `visit`
	// namespace using `var`, but then complains about that because
	// `unique symbol` must be `const`.
	/** Terminate visit traversal completely */
	visit$1.BREAK = BREAK;
	/** Do not visit the children of the current node */
	visit$1.SKIP = SKIP;
	/** Remove the current node */
	visit$1.REMOVE = REMOVE;
	function visit_(key, node, visitor, path) {
	    const ctrl = callVisitor(key, node, visitor, path);
	    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
	        replaceNode(key, path, ctrl);
	        return visit_(key, ctrl, visitor, path);
	    }
	    if (typeof ctrl !== 'symbol') {
	        if (identity.isCollection(node)) {
	            path = Object.freeze(path.concat(node));
	            for (let i = 0; i < node.items.length; ++i) {
	                const ci = visit_(i, node.items[i], visitor, path);
	                if (typeof ci === 'number')
	                    i = ci - 1;
	                else if (ci === BREAK)
	                    return BREAK;
	                else if (ci === REMOVE) {
	                    node.items.splice(i, 1);
	                    i -= 1;
	                }
	            }
	        }
	        else if (identity.isPair(node)) {
	            path = Object.freeze(path.concat(node));
	            const ck = visit_('key', node.key, visitor, path);
	            if (ck === BREAK)
	                return BREAK;
	            else if (ck === REMOVE)
	                node.key = null;
	            const cv = visit_('value', node.value, visitor, path);
	            if (cv === BREAK)
	                return BREAK;
	            else if (cv === REMOVE)
	                node.value = null;
	        }
	    }
	    return ctrl;
	}
	/**
	 * Apply an async visitor to an AST node or document.
	 *
	 * Walks through the tree (depth-first) starting from `node`, calling a
	 * `visitor` function with three arguments:
	 *   - `key`: For sequence values and map `Pair`, the node's index in the
	 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
	 *     `null` for the root node.
	 *   - `node`: The current node.
	 *   - `path`: The ancestry of the current node.
	 *
	 * The return value of the visitor may be used to control the traversal:
	 *   - `Promise`: Must resolve to one of the following values
	 *   - `undefined` (default): Do nothing and continue
	 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
	 *     sibling
	 *   - `visit.BREAK`: Terminate traversal completely
	 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
	 *   - `Node`: Replace the current node, then continue by visiting it
	 *   - `number`: While iterating the items of a sequence or map, set the index
	 *     of the next step. This is useful especially if the index of the current
	 *     node has changed.
	 *
	 * If `visitor` is a single function, it will be called with all values
	 * encountered in the tree, including e.g. `null` values. Alternatively,
	 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
	 * `Alias` and `Scalar` node. To define the same visitor function for more than
	 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
	 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
	 * specific defined one will be used for each node.
	 */
	async function visitAsync(node, visitor) {
	    const visitor_ = initVisitor(visitor);
	    if (identity.isDocument(node)) {
	        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
	        if (cd === REMOVE)
	            node.contents = null;
	    }
	    else
	        await visitAsync_(null, node, visitor_, Object.freeze([]));
	}
	// Without the `as symbol` casts, TS declares these in the `visit`
	// namespace using `var`, but then complains about that because
	// `unique symbol` must be `const`.
	/** Terminate visit traversal completely */
	visitAsync.BREAK = BREAK;
	/** Do not visit the children of the current node */
	visitAsync.SKIP = SKIP;
	/** Remove the current node */
	visitAsync.REMOVE = REMOVE;
	async function visitAsync_(key, node, visitor, path) {
	    const ctrl = await callVisitor(key, node, visitor, path);
	    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
	        replaceNode(key, path, ctrl);
	        return visitAsync_(key, ctrl, visitor, path);
	    }
	    if (typeof ctrl !== 'symbol') {
	        if (identity.isCollection(node)) {
	            path = Object.freeze(path.concat(node));
	            for (let i = 0; i < node.items.length; ++i) {
	                const ci = await visitAsync_(i, node.items[i], visitor, path);
	                if (typeof ci === 'number')
	                    i = ci - 1;
	                else if (ci === BREAK)
	                    return BREAK;
	                else if (ci === REMOVE) {
	                    node.items.splice(i, 1);
	                    i -= 1;
	                }
	            }
	        }
	        else if (identity.isPair(node)) {
	            path = Object.freeze(path.concat(node));
	            const ck = await visitAsync_('key', node.key, visitor, path);
	            if (ck === BREAK)
	                return BREAK;
	            else if (ck === REMOVE)
	                node.key = null;
	            const cv = await visitAsync_('value', node.value, visitor, path);
	            if (cv === BREAK)
	                return BREAK;
	            else if (cv === REMOVE)
	                node.value = null;
	        }
	    }
	    return ctrl;
	}
	function initVisitor(visitor) {
	    if (typeof visitor === 'object' &&
	        (visitor.Collection || visitor.Node || visitor.Value)) {
	        return Object.assign({
	            Alias: visitor.Node,
	            Map: visitor.Node,
	            Scalar: visitor.Node,
	            Seq: visitor.Node
	        }, visitor.Value && {
	            Map: visitor.Value,
	            Scalar: visitor.Value,
	            Seq: visitor.Value
	        }, visitor.Collection && {
	            Map: visitor.Collection,
	            Seq: visitor.Collection
	        }, visitor);
	    }
	    return visitor;
	}
	function callVisitor(key, node, visitor, path) {
	    if (typeof visitor === 'function')
	        return visitor(key, node, path);
	    if (identity.isMap(node))
	        return visitor.Map?.(key, node, path);
	    if (identity.isSeq(node))
	        return visitor.Seq?.(key, node, path);
	    if (identity.isPair(node))
	        return visitor.Pair?.(key, node, path);
	    if (identity.isScalar(node))
	        return visitor.Scalar?.(key, node, path);
	    if (identity.isAlias(node))
	        return visitor.Alias?.(key, node, path);
	    return undefined;
	}
	function replaceNode(key, path, node) {
	    const parent = path[path.length - 1];
	    if (identity.isCollection(parent)) {
	        parent.items[key] = node;
	    }
	    else if (identity.isPair(parent)) {
	        if (key === 'key')
	            parent.key = node;
	        else
	            parent.value = node;
	    }
	    else if (identity.isDocument(parent)) {
	        parent.contents = node;
	    }
	    else {
	        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
	        throw new Error(`Cannot replace node with ${pt} parent`);
	    }
	}

	visit.visit = visit$1;
	visit.visitAsync = visitAsync;
	return visit;
}

var hasRequiredDirectives;

function requireDirectives () {
	if (hasRequiredDirectives) return directives;
	hasRequiredDirectives = 1;

	var identity = requireIdentity();
	var visit = requireVisit();

	const escapeChars = {
	    '!': '%21',
	    ',': '%2C',
	    '[': '%5B',
	    ']': '%5D',
	    '{': '%7B',
	    '}': '%7D'
	};
	const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
	class Directives {
	    constructor(yaml, tags) {
	        /**
	         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
	         * included in the document's stringified representation.
	         */
	        this.docStart = null;
	        /** The doc-end marker `...`.  */
	        this.docEnd = false;
	        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
	        this.tags = Object.assign({}, Directives.defaultTags, tags);
	    }
	    clone() {
	        const copy = new Directives(this.yaml, this.tags);
	        copy.docStart = this.docStart;
	        return copy;
	    }
	    /**
	     * During parsing, get a Directives instance for the current document and
	     * update the stream state according to the current version's spec.
	     */
	    atDocument() {
	        const res = new Directives(this.yaml, this.tags);
	        switch (this.yaml.version) {
	            case '1.1':
	                this.atNextDocument = true;
	                break;
	            case '1.2':
	                this.atNextDocument = false;
	                this.yaml = {
	                    explicit: Directives.defaultYaml.explicit,
	                    version: '1.2'
	                };
	                this.tags = Object.assign({}, Directives.defaultTags);
	                break;
	        }
	        return res;
	    }
	    /**
	     * @param onError - May be called even if the action was successful
	     * @returns `true` on success
	     */
	    add(line, onError) {
	        if (this.atNextDocument) {
	            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
	            this.tags = Object.assign({}, Directives.defaultTags);
	            this.atNextDocument = false;
	        }
	        const parts = line.trim().split(/[ \t]+/);
	        const name = parts.shift();
	        switch (name) {
	            case '%TAG': {
	                if (parts.length !== 2) {
	                    onError(0, '%TAG directive should contain exactly two parts');
	                    if (parts.length < 2)
	                        return false;
	                }
	                const [handle, prefix] = parts;
	                this.tags[handle] = prefix;
	                return true;
	            }
	            case '%YAML': {
	                this.yaml.explicit = true;
	                if (parts.length !== 1) {
	                    onError(0, '%YAML directive should contain exactly one part');
	                    return false;
	                }
	                const [version] = parts;
	                if (version === '1.1' || version === '1.2') {
	                    this.yaml.version = version;
	                    return true;
	                }
	                else {
	                    const isValid = /^\d+\.\d+$/.test(version);
	                    onError(6, `Unsupported YAML version ${version}`, isValid);
	                    return false;
	                }
	            }
	            default:
	                onError(0, `Unknown directive ${name}`, true);
	                return false;
	        }
	    }
	    /**
	     * Resolves a tag, matching handles to those defined in %TAG directives.
	     *
	     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
	     *   `'!local'` tag, or `null` if unresolvable.
	     */
	    tagName(source, onError) {
	        if (source === '!')
	            return '!'; // non-specific tag
	        if (source[0] !== '!') {
	            onError(`Not a valid tag: ${source}`);
	            return null;
	        }
	        if (source[1] === '<') {
	            const verbatim = source.slice(2, -1);
	            if (verbatim === '!' || verbatim === '!!') {
	                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
	                return null;
	            }
	            if (source[source.length - 1] !== '>')
	                onError('Verbatim tags must end with a >');
	            return verbatim;
	        }
	        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
	        if (!suffix)
	            onError(`The ${source} tag has no suffix`);
	        const prefix = this.tags[handle];
	        if (prefix) {
	            try {
	                return prefix + decodeURIComponent(suffix);
	            }
	            catch (error) {
	                onError(String(error));
	                return null;
	            }
	        }
	        if (handle === '!')
	            return source; // local tag
	        onError(`Could not resolve tag: ${source}`);
	        return null;
	    }
	    /**
	     * Given a fully resolved tag, returns its printable string form,
	     * taking into account current tag prefixes and defaults.
	     */
	    tagString(tag) {
	        for (const [handle, prefix] of Object.entries(this.tags)) {
	            if (tag.startsWith(prefix))
	                return handle + escapeTagName(tag.substring(prefix.length));
	        }
	        return tag[0] === '!' ? tag : `!<${tag}>`;
	    }
	    toString(doc) {
	        const lines = this.yaml.explicit
	            ? [`%YAML ${this.yaml.version || '1.2'}`]
	            : [];
	        const tagEntries = Object.entries(this.tags);
	        let tagNames;
	        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
	            const tags = {};
	            visit.visit(doc.contents, (_key, node) => {
	                if (identity.isNode(node) && node.tag)
	                    tags[node.tag] = true;
	            });
	            tagNames = Object.keys(tags);
	        }
	        else
	            tagNames = [];
	        for (const [handle, prefix] of tagEntries) {
	            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
	                continue;
	            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
	                lines.push(`%TAG ${handle} ${prefix}`);
	        }
	        return lines.join('\n');
	    }
	}
	Directives.defaultYaml = { explicit: false, version: '1.2' };
	Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

	directives.Directives = Directives;
	return directives;
}

var Document = {};

var Alias = {};

var anchors = {};

var hasRequiredAnchors;

function requireAnchors () {
	if (hasRequiredAnchors) return anchors;
	hasRequiredAnchors = 1;

	var identity = requireIdentity();
	var visit = requireVisit();

	/**
	 * Verify that the input string is a valid anchor.
	 *
	 * Will throw on errors.
	 */
	function anchorIsValid(anchor) {
	    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
	        const sa = JSON.stringify(anchor);
	        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
	        throw new Error(msg);
	    }
	    return true;
	}
	function anchorNames(root) {
	    const anchors = new Set();
	    visit.visit(root, {
	        Value(_key, node) {
	            if (node.anchor)
	                anchors.add(node.anchor);
	        }
	    });
	    return anchors;
	}
	/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
	function findNewAnchor(prefix, exclude) {
	    for (let i = 1; true; ++i) {
	        const name = `${prefix}${i}`;
	        if (!exclude.has(name))
	            return name;
	    }
	}
	function createNodeAnchors(doc, prefix) {
	    const aliasObjects = [];
	    const sourceObjects = new Map();
	    let prevAnchors = null;
	    return {
	        onAnchor: (source) => {
	            aliasObjects.push(source);
	            prevAnchors ?? (prevAnchors = anchorNames(doc));
	            const anchor = findNewAnchor(prefix, prevAnchors);
	            prevAnchors.add(anchor);
	            return anchor;
	        },
	        /**
	         * With circular references, the source node is only resolved after all
	         * of its child nodes are. This is why anchors are set only after all of
	         * the nodes have been created.
	         */
	        setAnchors: () => {
	            for (const source of aliasObjects) {
	                const ref = sourceObjects.get(source);
	                if (typeof ref === 'object' &&
	                    ref.anchor &&
	                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
	                    ref.node.anchor = ref.anchor;
	                }
	                else {
	                    const error = new Error('Failed to resolve repeated object (this should not happen)');
	                    error.source = source;
	                    throw error;
	                }
	            }
	        },
	        sourceObjects
	    };
	}

	anchors.anchorIsValid = anchorIsValid;
	anchors.anchorNames = anchorNames;
	anchors.createNodeAnchors = createNodeAnchors;
	anchors.findNewAnchor = findNewAnchor;
	return anchors;
}

var Node = {};

var applyReviver = {};

var hasRequiredApplyReviver;

function requireApplyReviver () {
	if (hasRequiredApplyReviver) return applyReviver;
	hasRequiredApplyReviver = 1;

	/**
	 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
	 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
	 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
	 *
	 * Includes extensions for handling Map and Set objects.
	 */
	function applyReviver$1(reviver, obj, key, val) {
	    if (val && typeof val === 'object') {
	        if (Array.isArray(val)) {
	            for (let i = 0, len = val.length; i < len; ++i) {
	                const v0 = val[i];
	                const v1 = applyReviver$1(reviver, val, String(i), v0);
	                // eslint-disable-next-line @typescript-eslint/no-array-delete
	                if (v1 === undefined)
	                    delete val[i];
	                else if (v1 !== v0)
	                    val[i] = v1;
	            }
	        }
	        else if (val instanceof Map) {
	            for (const k of Array.from(val.keys())) {
	                const v0 = val.get(k);
	                const v1 = applyReviver$1(reviver, val, k, v0);
	                if (v1 === undefined)
	                    val.delete(k);
	                else if (v1 !== v0)
	                    val.set(k, v1);
	            }
	        }
	        else if (val instanceof Set) {
	            for (const v0 of Array.from(val)) {
	                const v1 = applyReviver$1(reviver, val, v0, v0);
	                if (v1 === undefined)
	                    val.delete(v0);
	                else if (v1 !== v0) {
	                    val.delete(v0);
	                    val.add(v1);
	                }
	            }
	        }
	        else {
	            for (const [k, v0] of Object.entries(val)) {
	                const v1 = applyReviver$1(reviver, val, k, v0);
	                if (v1 === undefined)
	                    delete val[k];
	                else if (v1 !== v0)
	                    val[k] = v1;
	            }
	        }
	    }
	    return reviver.call(obj, key, val);
	}

	applyReviver.applyReviver = applyReviver$1;
	return applyReviver;
}

var toJS = {};

var hasRequiredToJS;

function requireToJS () {
	if (hasRequiredToJS) return toJS;
	hasRequiredToJS = 1;

	var identity = requireIdentity();

	/**
	 * Recursively convert any node or its contents to native JavaScript
	 *
	 * @param value - The input value
	 * @param arg - If `value` defines a `toJSON()` method, use this
	 *   as its first argument
	 * @param ctx - Conversion context, originally set in Document#toJS(). If
	 *   `{ keep: true }` is not set, output should be suitable for JSON
	 *   stringification.
	 */
	function toJS$1(value, arg, ctx) {
	    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
	    if (Array.isArray(value))
	        return value.map((v, i) => toJS$1(v, String(i), ctx));
	    if (value && typeof value.toJSON === 'function') {
	        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
	        if (!ctx || !identity.hasAnchor(value))
	            return value.toJSON(arg, ctx);
	        const data = { aliasCount: 0, count: 1, res: undefined };
	        ctx.anchors.set(value, data);
	        ctx.onCreate = res => {
	            data.res = res;
	            delete ctx.onCreate;
	        };
	        const res = value.toJSON(arg, ctx);
	        if (ctx.onCreate)
	            ctx.onCreate(res);
	        return res;
	    }
	    if (typeof value === 'bigint' && !ctx?.keep)
	        return Number(value);
	    return value;
	}

	toJS.toJS = toJS$1;
	return toJS;
}

var hasRequiredNode;

function requireNode () {
	if (hasRequiredNode) return Node;
	hasRequiredNode = 1;

	var applyReviver = requireApplyReviver();
	var identity = requireIdentity();
	var toJS = requireToJS();

	class NodeBase {
	    constructor(type) {
	        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
	    }
	    /** Create a copy of this node.  */
	    clone() {
	        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
	        if (this.range)
	            copy.range = this.range.slice();
	        return copy;
	    }
	    /** A plain JavaScript representation of this node. */
	    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
	        if (!identity.isDocument(doc))
	            throw new TypeError('A document argument is required');
	        const ctx = {
	            anchors: new Map(),
	            doc,
	            keep: true,
	            mapAsMap: mapAsMap === true,
	            mapKeyWarned: false,
	            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
	        };
	        const res = toJS.toJS(this, '', ctx);
	        if (typeof onAnchor === 'function')
	            for (const { count, res } of ctx.anchors.values())
	                onAnchor(res, count);
	        return typeof reviver === 'function'
	            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
	            : res;
	    }
	}

	Node.NodeBase = NodeBase;
	return Node;
}

var hasRequiredAlias;

function requireAlias () {
	if (hasRequiredAlias) return Alias;
	hasRequiredAlias = 1;

	var anchors = requireAnchors();
	var visit = requireVisit();
	var identity = requireIdentity();
	var Node = requireNode();
	var toJS = requireToJS();

	let Alias$1 = class Alias extends Node.NodeBase {
	    constructor(source) {
	        super(identity.ALIAS);
	        this.source = source;
	        Object.defineProperty(this, 'tag', {
	            set() {
	                throw new Error('Alias nodes cannot have tags');
	            }
	        });
	    }
	    /**
	     * Resolve the value of this alias within `doc`, finding the last
	     * instance of the `source` anchor before this node.
	     */
	    resolve(doc, ctx) {
	        if (ctx?.maxAliasCount === 0)
	            throw new ReferenceError('Alias resolution is disabled');
	        let nodes;
	        if (ctx?.aliasResolveCache) {
	            nodes = ctx.aliasResolveCache;
	        }
	        else {
	            nodes = [];
	            visit.visit(doc, {
	                Node: (_key, node) => {
	                    if (identity.isAlias(node) || identity.hasAnchor(node))
	                        nodes.push(node);
	                }
	            });
	            if (ctx)
	                ctx.aliasResolveCache = nodes;
	        }
	        let found = undefined;
	        for (const node of nodes) {
	            if (node === this)
	                break;
	            if (node.anchor === this.source)
	                found = node;
	        }
	        if (found && ctx) {
	            const { anchors, doc, maxAliasCount } = ctx;
	            let data = anchors.get(found);
	            if (!data) {
	                // Resolve anchors for Node.prototype.toJS()
	                toJS.toJS(found, null, ctx);
	                data = anchors.get(found);
	            }
	            /* istanbul ignore if */
	            if (data?.res === undefined) {
	                const msg = 'This should not happen: Alias anchor was not resolved?';
	                throw new ReferenceError(msg);
	            }
	            if (maxAliasCount >= 0) {
	                data.count += 1;
	                if (data.aliasCount === 0)
	                    data.aliasCount = getAliasCount(doc, found, anchors);
	                if (data.count * data.aliasCount > maxAliasCount) {
	                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
	                    throw new ReferenceError(msg);
	                }
	            }
	        }
	        return found;
	    }
	    toJSON(_arg, ctx) {
	        if (!ctx)
	            return { source: this.source };
	        const source = this.resolve(ctx.doc, ctx);
	        if (!source) {
	            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
	            throw new ReferenceError(msg);
	        }
	        return ctx.anchors.get(source).res;
	    }
	    toString(ctx, _onComment, _onChompKeep) {
	        const src = `*${this.source}`;
	        if (ctx) {
	            anchors.anchorIsValid(this.source);
	            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
	                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
	                throw new Error(msg);
	            }
	            if (ctx.implicitKey)
	                return `${src} `;
	        }
	        return src;
	    }
	};
	function getAliasCount(doc, node, anchors) {
	    if (identity.isAlias(node)) {
	        const source = node.resolve(doc);
	        const anchor = anchors && source && anchors.get(source);
	        return anchor ? anchor.count * anchor.aliasCount : 0;
	    }
	    else if (identity.isCollection(node)) {
	        let count = 0;
	        for (const item of node.items) {
	            const c = getAliasCount(doc, item, anchors);
	            if (c > count)
	                count = c;
	        }
	        return count;
	    }
	    else if (identity.isPair(node)) {
	        const kc = getAliasCount(doc, node.key, anchors);
	        const vc = getAliasCount(doc, node.value, anchors);
	        return Math.max(kc, vc);
	    }
	    return 1;
	}

	Alias.Alias = Alias$1;
	return Alias;
}

var Collection = {};

var createNode = {};

var Scalar = {};

var hasRequiredScalar;

function requireScalar () {
	if (hasRequiredScalar) return Scalar;
	hasRequiredScalar = 1;

	var identity = requireIdentity();
	var Node = requireNode();
	var toJS = requireToJS();

	const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
	let Scalar$1 = class Scalar extends Node.NodeBase {
	    constructor(value) {
	        super(identity.SCALAR);
	        this.value = value;
	    }
	    toJSON(arg, ctx) {
	        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
	    }
	    toString() {
	        return String(this.value);
	    }
	};
	Scalar$1.BLOCK_FOLDED = 'BLOCK_FOLDED';
	Scalar$1.BLOCK_LITERAL = 'BLOCK_LITERAL';
	Scalar$1.PLAIN = 'PLAIN';
	Scalar$1.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
	Scalar$1.QUOTE_SINGLE = 'QUOTE_SINGLE';

	Scalar.Scalar = Scalar$1;
	Scalar.isScalarValue = isScalarValue;
	return Scalar;
}

var hasRequiredCreateNode;

function requireCreateNode () {
	if (hasRequiredCreateNode) return createNode;
	hasRequiredCreateNode = 1;

	var Alias = requireAlias();
	var identity = requireIdentity();
	var Scalar = requireScalar();

	const defaultTagPrefix = 'tag:yaml.org,2002:';
	function findTagObject(value, tagName, tags) {
	    if (tagName) {
	        const match = tags.filter(t => t.tag === tagName);
	        const tagObj = match.find(t => !t.format) ?? match[0];
	        if (!tagObj)
	            throw new Error(`Tag ${tagName} not found`);
	        return tagObj;
	    }
	    return tags.find(t => t.identify?.(value) && !t.format);
	}
	function createNode$1(value, tagName, ctx) {
	    if (identity.isDocument(value))
	        value = value.contents;
	    if (identity.isNode(value))
	        return value;
	    if (identity.isPair(value)) {
	        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
	        map.items.push(value);
	        return map;
	    }
	    if (value instanceof String ||
	        value instanceof Number ||
	        value instanceof Boolean ||
	        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
	    ) {
	        // https://tc39.es/ecma262/#sec-serializejsonproperty
	        value = value.valueOf();
	    }
	    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
	    // Detect duplicate references to the same object & use Alias nodes for all
	    // after first. The `ref` wrapper allows for circular references to resolve.
	    let ref = undefined;
	    if (aliasDuplicateObjects && value && typeof value === 'object') {
	        ref = sourceObjects.get(value);
	        if (ref) {
	            ref.anchor ?? (ref.anchor = onAnchor(value));
	            return new Alias.Alias(ref.anchor);
	        }
	        else {
	            ref = { anchor: null, node: null };
	            sourceObjects.set(value, ref);
	        }
	    }
	    if (tagName?.startsWith('!!'))
	        tagName = defaultTagPrefix + tagName.slice(2);
	    let tagObj = findTagObject(value, tagName, schema.tags);
	    if (!tagObj) {
	        if (value && typeof value.toJSON === 'function') {
	            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
	            value = value.toJSON();
	        }
	        if (!value || typeof value !== 'object') {
	            const node = new Scalar.Scalar(value);
	            if (ref)
	                ref.node = node;
	            return node;
	        }
	        tagObj =
	            value instanceof Map
	                ? schema[identity.MAP]
	                : Symbol.iterator in Object(value)
	                    ? schema[identity.SEQ]
	                    : schema[identity.MAP];
	    }
	    if (onTagObj) {
	        onTagObj(tagObj);
	        delete ctx.onTagObj;
	    }
	    const node = tagObj?.createNode
	        ? tagObj.createNode(ctx.schema, value, ctx)
	        : typeof tagObj?.nodeClass?.from === 'function'
	            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
	            : new Scalar.Scalar(value);
	    if (tagName)
	        node.tag = tagName;
	    else if (!tagObj.default)
	        node.tag = tagObj.tag;
	    if (ref)
	        ref.node = node;
	    return node;
	}

	createNode.createNode = createNode$1;
	return createNode;
}

var hasRequiredCollection;

function requireCollection () {
	if (hasRequiredCollection) return Collection;
	hasRequiredCollection = 1;

	var createNode = requireCreateNode();
	var identity = requireIdentity();
	var Node = requireNode();

	function collectionFromPath(schema, path, value) {
	    let v = value;
	    for (let i = path.length - 1; i >= 0; --i) {
	        const k = path[i];
	        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
	            const a = [];
	            a[k] = v;
	            v = a;
	        }
	        else {
	            v = new Map([[k, v]]);
	        }
	    }
	    return createNode.createNode(v, undefined, {
	        aliasDuplicateObjects: false,
	        keepUndefined: false,
	        onAnchor: () => {
	            throw new Error('This should not happen, please report a bug.');
	        },
	        schema,
	        sourceObjects: new Map()
	    });
	}
	// Type guard is intentionally a little wrong so as to be more useful,
	// as it does not cover untypable empty non-string iterables (e.g. []).
	const isEmptyPath = (path) => path == null ||
	    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
	let Collection$1 = class Collection extends Node.NodeBase {
	    constructor(type, schema) {
	        super(type);
	        Object.defineProperty(this, 'schema', {
	            value: schema,
	            configurable: true,
	            enumerable: false,
	            writable: true
	        });
	    }
	    /**
	     * Create a copy of this collection.
	     *
	     * @param schema - If defined, overwrites the original's schema
	     */
	    clone(schema) {
	        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
	        if (schema)
	            copy.schema = schema;
	        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
	        if (this.range)
	            copy.range = this.range.slice();
	        return copy;
	    }
	    /**
	     * Adds a value to the collection. For `!!map` and `!!omap` the value must
	     * be a Pair instance or a `{ key, value }` object, which may not have a key
	     * that already exists in the map.
	     */
	    addIn(path, value) {
	        if (isEmptyPath(path))
	            this.add(value);
	        else {
	            const [key, ...rest] = path;
	            const node = this.get(key, true);
	            if (identity.isCollection(node))
	                node.addIn(rest, value);
	            else if (node === undefined && this.schema)
	                this.set(key, collectionFromPath(this.schema, rest, value));
	            else
	                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	        }
	    }
	    /**
	     * Removes a value from the collection.
	     * @returns `true` if the item was found and removed.
	     */
	    deleteIn(path) {
	        const [key, ...rest] = path;
	        if (rest.length === 0)
	            return this.delete(key);
	        const node = this.get(key, true);
	        if (identity.isCollection(node))
	            return node.deleteIn(rest);
	        else
	            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	    }
	    /**
	     * Returns item at `key`, or `undefined` if not found. By default unwraps
	     * scalar values from their surrounding node; to disable set `keepScalar` to
	     * `true` (collections are always returned intact).
	     */
	    getIn(path, keepScalar) {
	        const [key, ...rest] = path;
	        const node = this.get(key, true);
	        if (rest.length === 0)
	            return !keepScalar && identity.isScalar(node) ? node.value : node;
	        else
	            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
	    }
	    hasAllNullValues(allowScalar) {
	        return this.items.every(node => {
	            if (!identity.isPair(node))
	                return false;
	            const n = node.value;
	            return (n == null ||
	                (allowScalar &&
	                    identity.isScalar(n) &&
	                    n.value == null &&
	                    !n.commentBefore &&
	                    !n.comment &&
	                    !n.tag));
	        });
	    }
	    /**
	     * Checks if the collection includes a value with the key `key`.
	     */
	    hasIn(path) {
	        const [key, ...rest] = path;
	        if (rest.length === 0)
	            return this.has(key);
	        const node = this.get(key, true);
	        return identity.isCollection(node) ? node.hasIn(rest) : false;
	    }
	    /**
	     * Sets a value in this collection. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     */
	    setIn(path, value) {
	        const [key, ...rest] = path;
	        if (rest.length === 0) {
	            this.set(key, value);
	        }
	        else {
	            const node = this.get(key, true);
	            if (identity.isCollection(node))
	                node.setIn(rest, value);
	            else if (node === undefined && this.schema)
	                this.set(key, collectionFromPath(this.schema, rest, value));
	            else
	                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	        }
	    }
	};

	Collection.Collection = Collection$1;
	Collection.collectionFromPath = collectionFromPath;
	Collection.isEmptyPath = isEmptyPath;
	return Collection;
}

var Pair = {};

var stringifyPair = {};

var stringify = {};

var stringifyComment = {};

var hasRequiredStringifyComment;

function requireStringifyComment () {
	if (hasRequiredStringifyComment) return stringifyComment;
	hasRequiredStringifyComment = 1;

	/**
	 * Stringifies a comment.
	 *
	 * Empty comment lines are left empty,
	 * lines consisting of a single space are replaced by `#`,
	 * and all other lines are prefixed with a `#`.
	 */
	const stringifyComment$1 = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
	function indentComment(comment, indent) {
	    if (/^\n+$/.test(comment))
	        return comment.substring(1);
	    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
	}
	const lineComment = (str, indent, comment) => str.endsWith('\n')
	    ? indentComment(comment, indent)
	    : comment.includes('\n')
	        ? '\n' + indentComment(comment, indent)
	        : (str.endsWith(' ') ? '' : ' ') + comment;

	stringifyComment.indentComment = indentComment;
	stringifyComment.lineComment = lineComment;
	stringifyComment.stringifyComment = stringifyComment$1;
	return stringifyComment;
}

var stringifyString = {};

var foldFlowLines = {};

var hasRequiredFoldFlowLines;

function requireFoldFlowLines () {
	if (hasRequiredFoldFlowLines) return foldFlowLines;
	hasRequiredFoldFlowLines = 1;

	const FOLD_FLOW = 'flow';
	const FOLD_BLOCK = 'block';
	const FOLD_QUOTED = 'quoted';
	/**
	 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
	 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
	 * terminated with `\n` and started with `indent`.
	 */
	function foldFlowLines$1(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
	    if (!lineWidth || lineWidth < 0)
	        return text;
	    if (lineWidth < minContentWidth)
	        minContentWidth = 0;
	    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
	    if (text.length <= endStep)
	        return text;
	    const folds = [];
	    const escapedFolds = {};
	    let end = lineWidth - indent.length;
	    if (typeof indentAtStart === 'number') {
	        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
	            folds.push(0);
	        else
	            end = lineWidth - indentAtStart;
	    }
	    let split = undefined;
	    let prev = undefined;
	    let overflow = false;
	    let i = -1;
	    let escStart = -1;
	    let escEnd = -1;
	    if (mode === FOLD_BLOCK) {
	        i = consumeMoreIndentedLines(text, i, indent.length);
	        if (i !== -1)
	            end = i + endStep;
	    }
	    for (let ch; (ch = text[(i += 1)]);) {
	        if (mode === FOLD_QUOTED && ch === '\\') {
	            escStart = i;
	            switch (text[i + 1]) {
	                case 'x':
	                    i += 3;
	                    break;
	                case 'u':
	                    i += 5;
	                    break;
	                case 'U':
	                    i += 9;
	                    break;
	                default:
	                    i += 1;
	            }
	            escEnd = i;
	        }
	        if (ch === '\n') {
	            if (mode === FOLD_BLOCK)
	                i = consumeMoreIndentedLines(text, i, indent.length);
	            end = i + indent.length + endStep;
	            split = undefined;
	        }
	        else {
	            if (ch === ' ' &&
	                prev &&
	                prev !== ' ' &&
	                prev !== '\n' &&
	                prev !== '\t') {
	                // space surrounded by non-space can be replaced with newline + indent
	                const next = text[i + 1];
	                if (next && next !== ' ' && next !== '\n' && next !== '\t')
	                    split = i;
	            }
	            if (i >= end) {
	                if (split) {
	                    folds.push(split);
	                    end = split + endStep;
	                    split = undefined;
	                }
	                else if (mode === FOLD_QUOTED) {
	                    // white-space collected at end may stretch past lineWidth
	                    while (prev === ' ' || prev === '\t') {
	                        prev = ch;
	                        ch = text[(i += 1)];
	                        overflow = true;
	                    }
	                    // Account for newline escape, but don't break preceding escape
	                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
	                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
	                    if (escapedFolds[j])
	                        return text;
	                    folds.push(j);
	                    escapedFolds[j] = true;
	                    end = j + endStep;
	                    split = undefined;
	                }
	                else {
	                    overflow = true;
	                }
	            }
	        }
	        prev = ch;
	    }
	    if (overflow && onOverflow)
	        onOverflow();
	    if (folds.length === 0)
	        return text;
	    if (onFold)
	        onFold();
	    let res = text.slice(0, folds[0]);
	    for (let i = 0; i < folds.length; ++i) {
	        const fold = folds[i];
	        const end = folds[i + 1] || text.length;
	        if (fold === 0)
	            res = `\n${indent}${text.slice(0, end)}`;
	        else {
	            if (mode === FOLD_QUOTED && escapedFolds[fold])
	                res += `${text[fold]}\\`;
	            res += `\n${indent}${text.slice(fold + 1, end)}`;
	        }
	    }
	    return res;
	}
	/**
	 * Presumes `i + 1` is at the start of a line
	 * @returns index of last newline in more-indented block
	 */
	function consumeMoreIndentedLines(text, i, indent) {
	    let end = i;
	    let start = i + 1;
	    let ch = text[start];
	    while (ch === ' ' || ch === '\t') {
	        if (i < start + indent) {
	            ch = text[++i];
	        }
	        else {
	            do {
	                ch = text[++i];
	            } while (ch && ch !== '\n');
	            end = i;
	            start = i + 1;
	            ch = text[start];
	        }
	    }
	    return end;
	}

	foldFlowLines.FOLD_BLOCK = FOLD_BLOCK;
	foldFlowLines.FOLD_FLOW = FOLD_FLOW;
	foldFlowLines.FOLD_QUOTED = FOLD_QUOTED;
	foldFlowLines.foldFlowLines = foldFlowLines$1;
	return foldFlowLines;
}

var hasRequiredStringifyString;

function requireStringifyString () {
	if (hasRequiredStringifyString) return stringifyString;
	hasRequiredStringifyString = 1;

	var Scalar = requireScalar();
	var foldFlowLines = requireFoldFlowLines();

	const getFoldOptions = (ctx, isBlock) => ({
	    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
	    lineWidth: ctx.options.lineWidth,
	    minContentWidth: ctx.options.minContentWidth
	});
	// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
	// presume that's starting a new document.
	const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
	function lineLengthOverLimit(str, lineWidth, indentLength) {
	    if (!lineWidth || lineWidth < 0)
	        return false;
	    const limit = lineWidth - indentLength;
	    const strLen = str.length;
	    if (strLen <= limit)
	        return false;
	    for (let i = 0, start = 0; i < strLen; ++i) {
	        if (str[i] === '\n') {
	            if (i - start > limit)
	                return true;
	            start = i + 1;
	            if (strLen - start <= limit)
	                return false;
	        }
	    }
	    return true;
	}
	function doubleQuotedString(value, ctx) {
	    const json = JSON.stringify(value);
	    if (ctx.options.doubleQuotedAsJSON)
	        return json;
	    const { implicitKey } = ctx;
	    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
	    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
	    let str = '';
	    let start = 0;
	    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
	        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
	            // space before newline needs to be escaped to not be folded
	            str += json.slice(start, i) + '\\ ';
	            i += 1;
	            start = i;
	            ch = '\\';
	        }
	        if (ch === '\\')
	            switch (json[i + 1]) {
	                case 'u':
	                    {
	                        str += json.slice(start, i);
	                        const code = json.substr(i + 2, 4);
	                        switch (code) {
	                            case '0000':
	                                str += '\\0';
	                                break;
	                            case '0007':
	                                str += '\\a';
	                                break;
	                            case '000b':
	                                str += '\\v';
	                                break;
	                            case '001b':
	                                str += '\\e';
	                                break;
	                            case '0085':
	                                str += '\\N';
	                                break;
	                            case '00a0':
	                                str += '\\_';
	                                break;
	                            case '2028':
	                                str += '\\L';
	                                break;
	                            case '2029':
	                                str += '\\P';
	                                break;
	                            default:
	                                if (code.substr(0, 2) === '00')
	                                    str += '\\x' + code.substr(2);
	                                else
	                                    str += json.substr(i, 6);
	                        }
	                        i += 5;
	                        start = i + 1;
	                    }
	                    break;
	                case 'n':
	                    if (implicitKey ||
	                        json[i + 2] === '"' ||
	                        json.length < minMultiLineLength) {
	                        i += 1;
	                    }
	                    else {
	                        // folding will eat first newline
	                        str += json.slice(start, i) + '\n\n';
	                        while (json[i + 2] === '\\' &&
	                            json[i + 3] === 'n' &&
	                            json[i + 4] !== '"') {
	                            str += '\n';
	                            i += 2;
	                        }
	                        str += indent;
	                        // space after newline needs to be escaped to not be folded
	                        if (json[i + 2] === ' ')
	                            str += '\\';
	                        i += 1;
	                        start = i + 1;
	                    }
	                    break;
	                default:
	                    i += 1;
	            }
	    }
	    str = start ? str + json.slice(start) : json;
	    return implicitKey
	        ? str
	        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
	}
	function singleQuotedString(value, ctx) {
	    if (ctx.options.singleQuote === false ||
	        (ctx.implicitKey && value.includes('\n')) ||
	        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
	    )
	        return doubleQuotedString(value, ctx);
	    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
	    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
	    return ctx.implicitKey
	        ? res
	        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function quotedString(value, ctx) {
	    const { singleQuote } = ctx.options;
	    let qs;
	    if (singleQuote === false)
	        qs = doubleQuotedString;
	    else {
	        const hasDouble = value.includes('"');
	        const hasSingle = value.includes("'");
	        if (hasDouble && !hasSingle)
	            qs = singleQuotedString;
	        else if (hasSingle && !hasDouble)
	            qs = doubleQuotedString;
	        else
	            qs = singleQuote ? singleQuotedString : doubleQuotedString;
	    }
	    return qs(value, ctx);
	}
	// The negative lookbehind avoids a polynomial search,
	// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
	let blockEndNewlines;
	try {
	    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
	}
	catch {
	    blockEndNewlines = /\n+(?!\n|$)/g;
	}
	function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
	    const { blockQuote, commentString, lineWidth } = ctx.options;
	    // 1. Block can't end in whitespace unless the last line is non-empty.
	    // 2. Strings consisting of only whitespace are best rendered explicitly.
	    if (!blockQuote || /\n[\t ]+$/.test(value)) {
	        return quotedString(value, ctx);
	    }
	    const indent = ctx.indent ||
	        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
	    const literal = blockQuote === 'literal'
	        ? true
	        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
	            ? false
	            : type === Scalar.Scalar.BLOCK_LITERAL
	                ? true
	                : !lineLengthOverLimit(value, lineWidth, indent.length);
	    if (!value)
	        return literal ? '|\n' : '>\n';
	    // determine chomping from whitespace at value end
	    let chomp;
	    let endStart;
	    for (endStart = value.length; endStart > 0; --endStart) {
	        const ch = value[endStart - 1];
	        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
	            break;
	    }
	    let end = value.substring(endStart);
	    const endNlPos = end.indexOf('\n');
	    if (endNlPos === -1) {
	        chomp = '-'; // strip
	    }
	    else if (value === end || endNlPos !== end.length - 1) {
	        chomp = '+'; // keep
	        if (onChompKeep)
	            onChompKeep();
	    }
	    else {
	        chomp = ''; // clip
	    }
	    if (end) {
	        value = value.slice(0, -end.length);
	        if (end[end.length - 1] === '\n')
	            end = end.slice(0, -1);
	        end = end.replace(blockEndNewlines, `$&${indent}`);
	    }
	    // determine indent indicator from whitespace at value start
	    let startWithSpace = false;
	    let startEnd;
	    let startNlPos = -1;
	    for (startEnd = 0; startEnd < value.length; ++startEnd) {
	        const ch = value[startEnd];
	        if (ch === ' ')
	            startWithSpace = true;
	        else if (ch === '\n')
	            startNlPos = startEnd;
	        else
	            break;
	    }
	    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
	    if (start) {
	        value = value.substring(start.length);
	        start = start.replace(/\n+/g, `$&${indent}`);
	    }
	    const indentSize = indent ? '2' : '1'; // root is at -1
	    // Leading | or > is added later
	    let header = (startWithSpace ? indentSize : '') + chomp;
	    if (comment) {
	        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
	        if (onComment)
	            onComment();
	    }
	    if (!literal) {
	        const foldedValue = value
	            .replace(/\n+/g, '\n$&')
	            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
	            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
	            .replace(/\n+/g, `$&${indent}`);
	        let literalFallback = false;
	        const foldOptions = getFoldOptions(ctx, true);
	        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
	            foldOptions.onOverflow = () => {
	                literalFallback = true;
	            };
	        }
	        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
	        if (!literalFallback)
	            return `>${header}\n${indent}${body}`;
	    }
	    value = value.replace(/\n+/g, `$&${indent}`);
	    return `|${header}\n${indent}${start}${value}${end}`;
	}
	function plainString(item, ctx, onComment, onChompKeep) {
	    const { type, value } = item;
	    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
	    if ((implicitKey && value.includes('\n')) ||
	        (inFlow && /[[\]{},]/.test(value))) {
	        return quotedString(value, ctx);
	    }
	    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
	        // not allowed:
	        // - '-' or '?'
	        // - start with an indicator character (except [?:-]) or /[?-] /
	        // - '\n ', ': ' or ' \n' anywhere
	        // - '#' not preceded by a non-space char
	        // - end with ' ' or ':'
	        return implicitKey || inFlow || !value.includes('\n')
	            ? quotedString(value, ctx)
	            : blockString(item, ctx, onComment, onChompKeep);
	    }
	    if (!implicitKey &&
	        !inFlow &&
	        type !== Scalar.Scalar.PLAIN &&
	        value.includes('\n')) {
	        // Where allowed & type not set explicitly, prefer block style for multiline strings
	        return blockString(item, ctx, onComment, onChompKeep);
	    }
	    if (containsDocumentMarker(value)) {
	        if (indent === '') {
	            ctx.forceBlockIndent = true;
	            return blockString(item, ctx, onComment, onChompKeep);
	        }
	        else if (implicitKey && indent === indentStep) {
	            return quotedString(value, ctx);
	        }
	    }
	    const str = value.replace(/\n+/g, `$&\n${indent}`);
	    // Verify that output will be parsed as a string, as e.g. plain numbers and
	    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
	    // and others in v1.1.
	    if (actualString) {
	        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
	        const { compat, tags } = ctx.doc.schema;
	        if (tags.some(test) || compat?.some(test))
	            return quotedString(value, ctx);
	    }
	    return implicitKey
	        ? str
	        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function stringifyString$1(item, ctx, onComment, onChompKeep) {
	    const { implicitKey, inFlow } = ctx;
	    const ss = typeof item.value === 'string'
	        ? item
	        : Object.assign({}, item, { value: String(item.value) });
	    let { type } = item;
	    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
	        // force double quotes on control characters & unpaired surrogates
	        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
	            type = Scalar.Scalar.QUOTE_DOUBLE;
	    }
	    const _stringify = (_type) => {
	        switch (_type) {
	            case Scalar.Scalar.BLOCK_FOLDED:
	            case Scalar.Scalar.BLOCK_LITERAL:
	                return implicitKey || inFlow
	                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
	                    : blockString(ss, ctx, onComment, onChompKeep);
	            case Scalar.Scalar.QUOTE_DOUBLE:
	                return doubleQuotedString(ss.value, ctx);
	            case Scalar.Scalar.QUOTE_SINGLE:
	                return singleQuotedString(ss.value, ctx);
	            case Scalar.Scalar.PLAIN:
	                return plainString(ss, ctx, onComment, onChompKeep);
	            default:
	                return null;
	        }
	    };
	    let res = _stringify(type);
	    if (res === null) {
	        const { defaultKeyType, defaultStringType } = ctx.options;
	        const t = (implicitKey && defaultKeyType) || defaultStringType;
	        res = _stringify(t);
	        if (res === null)
	            throw new Error(`Unsupported default string type ${t}`);
	    }
	    return res;
	}

	stringifyString.stringifyString = stringifyString$1;
	return stringifyString;
}

var hasRequiredStringify;

function requireStringify () {
	if (hasRequiredStringify) return stringify;
	hasRequiredStringify = 1;

	var anchors = requireAnchors();
	var identity = requireIdentity();
	var stringifyComment = requireStringifyComment();
	var stringifyString = requireStringifyString();

	function createStringifyContext(doc, options) {
	    const opt = Object.assign({
	        blockQuote: true,
	        commentString: stringifyComment.stringifyComment,
	        defaultKeyType: null,
	        defaultStringType: 'PLAIN',
	        directives: null,
	        doubleQuotedAsJSON: false,
	        doubleQuotedMinMultiLineLength: 40,
	        falseStr: 'false',
	        flowCollectionPadding: true,
	        indentSeq: true,
	        lineWidth: 80,
	        minContentWidth: 20,
	        nullStr: 'null',
	        simpleKeys: false,
	        singleQuote: null,
	        trailingComma: false,
	        trueStr: 'true',
	        verifyAliasOrder: true
	    }, doc.schema.toStringOptions, options);
	    let inFlow;
	    switch (opt.collectionStyle) {
	        case 'block':
	            inFlow = false;
	            break;
	        case 'flow':
	            inFlow = true;
	            break;
	        default:
	            inFlow = null;
	    }
	    return {
	        anchors: new Set(),
	        doc,
	        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
	        indent: '',
	        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
	        inFlow,
	        options: opt
	    };
	}
	function getTagObject(tags, item) {
	    if (item.tag) {
	        const match = tags.filter(t => t.tag === item.tag);
	        if (match.length > 0)
	            return match.find(t => t.format === item.format) ?? match[0];
	    }
	    let tagObj = undefined;
	    let obj;
	    if (identity.isScalar(item)) {
	        obj = item.value;
	        let match = tags.filter(t => t.identify?.(obj));
	        if (match.length > 1) {
	            const testMatch = match.filter(t => t.test);
	            if (testMatch.length > 0)
	                match = testMatch;
	        }
	        tagObj =
	            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
	    }
	    else {
	        obj = item;
	        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
	    }
	    if (!tagObj) {
	        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
	        throw new Error(`Tag not resolved for ${name} value`);
	    }
	    return tagObj;
	}
	// needs to be called before value stringifier to allow for circular anchor refs
	function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
	    if (!doc.directives)
	        return '';
	    const props = [];
	    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
	    if (anchor && anchors.anchorIsValid(anchor)) {
	        anchors$1.add(anchor);
	        props.push(`&${anchor}`);
	    }
	    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
	    if (tag)
	        props.push(doc.directives.tagString(tag));
	    return props.join(' ');
	}
	function stringify$1(item, ctx, onComment, onChompKeep) {
	    if (identity.isPair(item))
	        return item.toString(ctx, onComment, onChompKeep);
	    if (identity.isAlias(item)) {
	        if (ctx.doc.directives)
	            return item.toString(ctx);
	        if (ctx.resolvedAliases?.has(item)) {
	            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
	        }
	        else {
	            if (ctx.resolvedAliases)
	                ctx.resolvedAliases.add(item);
	            else
	                ctx.resolvedAliases = new Set([item]);
	            item = item.resolve(ctx.doc);
	        }
	    }
	    let tagObj = undefined;
	    const node = identity.isNode(item)
	        ? item
	        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
	    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
	    const props = stringifyProps(node, tagObj, ctx);
	    if (props.length > 0)
	        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
	    const str = typeof tagObj.stringify === 'function'
	        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
	        : identity.isScalar(node)
	            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
	            : node.toString(ctx, onComment, onChompKeep);
	    if (!props)
	        return str;
	    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
	        ? `${props} ${str}`
	        : `${props}\n${ctx.indent}${str}`;
	}

	stringify.createStringifyContext = createStringifyContext;
	stringify.stringify = stringify$1;
	return stringify;
}

var hasRequiredStringifyPair;

function requireStringifyPair () {
	if (hasRequiredStringifyPair) return stringifyPair;
	hasRequiredStringifyPair = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();
	var stringify = requireStringify();
	var stringifyComment = requireStringifyComment();

	function stringifyPair$1({ key, value }, ctx, onComment, onChompKeep) {
	    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
	    let keyComment = (identity.isNode(key) && key.comment) || null;
	    if (simpleKeys) {
	        if (keyComment) {
	            throw new Error('With simple keys, key nodes cannot have comments');
	        }
	        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
	            const msg = 'With simple keys, collection cannot be used as a key value';
	            throw new Error(msg);
	        }
	    }
	    let explicitKey = !simpleKeys &&
	        (!key ||
	            (keyComment && value == null && !ctx.inFlow) ||
	            identity.isCollection(key) ||
	            (identity.isScalar(key)
	                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
	                : typeof key === 'object'));
	    ctx = Object.assign({}, ctx, {
	        allNullValues: false,
	        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
	        indent: indent + indentStep
	    });
	    let keyCommentDone = false;
	    let chompKeep = false;
	    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
	    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
	        if (simpleKeys)
	            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
	        explicitKey = true;
	    }
	    if (ctx.inFlow) {
	        if (allNullValues || value == null) {
	            if (keyCommentDone && onComment)
	                onComment();
	            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
	        }
	    }
	    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
	        str = `? ${str}`;
	        if (keyComment && !keyCommentDone) {
	            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
	        }
	        else if (chompKeep && onChompKeep)
	            onChompKeep();
	        return str;
	    }
	    if (keyCommentDone)
	        keyComment = null;
	    if (explicitKey) {
	        if (keyComment)
	            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
	        str = `? ${str}\n${indent}:`;
	    }
	    else {
	        str = `${str}:`;
	        if (keyComment)
	            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
	    }
	    let vsb, vcb, valueComment;
	    if (identity.isNode(value)) {
	        vsb = !!value.spaceBefore;
	        vcb = value.commentBefore;
	        valueComment = value.comment;
	    }
	    else {
	        vsb = false;
	        vcb = null;
	        valueComment = null;
	        if (value && typeof value === 'object')
	            value = doc.createNode(value);
	    }
	    ctx.implicitKey = false;
	    if (!explicitKey && !keyComment && identity.isScalar(value))
	        ctx.indentAtStart = str.length + 1;
	    chompKeep = false;
	    if (!indentSeq &&
	        indentStep.length >= 2 &&
	        !ctx.inFlow &&
	        !explicitKey &&
	        identity.isSeq(value) &&
	        !value.flow &&
	        !value.tag &&
	        !value.anchor) {
	        // If indentSeq === false, consider '- ' as part of indentation where possible
	        ctx.indent = ctx.indent.substring(2);
	    }
	    let valueCommentDone = false;
	    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
	    let ws = ' ';
	    if (keyComment || vsb || vcb) {
	        ws = vsb ? '\n' : '';
	        if (vcb) {
	            const cs = commentString(vcb);
	            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
	        }
	        if (valueStr === '' && !ctx.inFlow) {
	            if (ws === '\n' && valueComment)
	                ws = '\n\n';
	        }
	        else {
	            ws += `\n${ctx.indent}`;
	        }
	    }
	    else if (!explicitKey && identity.isCollection(value)) {
	        const vs0 = valueStr[0];
	        const nl0 = valueStr.indexOf('\n');
	        const hasNewline = nl0 !== -1;
	        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
	        if (hasNewline || !flow) {
	            let hasPropsLine = false;
	            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
	                let sp0 = valueStr.indexOf(' ');
	                if (vs0 === '&' &&
	                    sp0 !== -1 &&
	                    sp0 < nl0 &&
	                    valueStr[sp0 + 1] === '!') {
	                    sp0 = valueStr.indexOf(' ', sp0 + 1);
	                }
	                if (sp0 === -1 || nl0 < sp0)
	                    hasPropsLine = true;
	            }
	            if (!hasPropsLine)
	                ws = `\n${ctx.indent}`;
	        }
	    }
	    else if (valueStr === '' || valueStr[0] === '\n') {
	        ws = '';
	    }
	    str += ws + valueStr;
	    if (ctx.inFlow) {
	        if (valueCommentDone && onComment)
	            onComment();
	    }
	    else if (valueComment && !valueCommentDone) {
	        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
	    }
	    else if (chompKeep && onChompKeep) {
	        onChompKeep();
	    }
	    return str;
	}

	stringifyPair.stringifyPair = stringifyPair$1;
	return stringifyPair;
}

var addPairToJSMap = {};

var log = {};

var hasRequiredLog;

function requireLog () {
	if (hasRequiredLog) return log;
	hasRequiredLog = 1;

	var node_process = __builtin$1;

	function debug(logLevel, ...messages) {
	    if (logLevel === 'debug')
	        console.log(...messages);
	}
	function warn(logLevel, warning) {
	    if (logLevel === 'debug' || logLevel === 'warn') {
	        if (typeof node_process.emitWarning === 'function')
	            node_process.emitWarning(warning);
	        else
	            console.warn(warning);
	    }
	}

	log.debug = debug;
	log.warn = warn;
	return log;
}

var merge = {};

var hasRequiredMerge;

function requireMerge () {
	if (hasRequiredMerge) return merge;
	hasRequiredMerge = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();

	// If the value associated with a merge key is a single mapping node, each of
	// its key/value pairs is inserted into the current mapping, unless the key
	// already exists in it. If the value associated with the merge key is a
	// sequence, then this sequence is expected to contain mapping nodes and each
	// of these nodes is merged in turn according to its order in the sequence.
	// Keys in mapping nodes earlier in the sequence override keys specified in
	// later mapping nodes. -- http://yaml.org/type/merge.html
	const MERGE_KEY = '<<';
	const merge$1 = {
	    identify: value => value === MERGE_KEY ||
	        (typeof value === 'symbol' && value.description === MERGE_KEY),
	    default: 'key',
	    tag: 'tag:yaml.org,2002:merge',
	    test: /^<<$/,
	    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
	        addToJSMap: addMergeToJSMap
	    }),
	    stringify: () => MERGE_KEY
	};
	const isMergeKey = (ctx, key) => (merge$1.identify(key) ||
	    (identity.isScalar(key) &&
	        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
	        merge$1.identify(key.value))) &&
	    ctx?.doc.schema.tags.some(tag => tag.tag === merge$1.tag && tag.default);
	function addMergeToJSMap(ctx, map, value) {
	    const source = resolveAliasValue(ctx, value);
	    if (identity.isSeq(source))
	        for (const it of source.items)
	            mergeValue(ctx, map, it);
	    else if (Array.isArray(source))
	        for (const it of source)
	            mergeValue(ctx, map, it);
	    else
	        mergeValue(ctx, map, source);
	}
	function mergeValue(ctx, map, value) {
	    const source = resolveAliasValue(ctx, value);
	    if (!identity.isMap(source))
	        throw new Error('Merge sources must be maps or map aliases');
	    const srcMap = source.toJSON(null, ctx, Map);
	    for (const [key, value] of srcMap) {
	        if (map instanceof Map) {
	            if (!map.has(key))
	                map.set(key, value);
	        }
	        else if (map instanceof Set) {
	            map.add(key);
	        }
	        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
	            Object.defineProperty(map, key, {
	                value,
	                writable: true,
	                enumerable: true,
	                configurable: true
	            });
	        }
	    }
	    return map;
	}
	function resolveAliasValue(ctx, value) {
	    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
	}

	merge.addMergeToJSMap = addMergeToJSMap;
	merge.isMergeKey = isMergeKey;
	merge.merge = merge$1;
	return merge;
}

var hasRequiredAddPairToJSMap;

function requireAddPairToJSMap () {
	if (hasRequiredAddPairToJSMap) return addPairToJSMap;
	hasRequiredAddPairToJSMap = 1;

	var log = requireLog();
	var merge = requireMerge();
	var stringify = requireStringify();
	var identity = requireIdentity();
	var toJS = requireToJS();

	function addPairToJSMap$1(ctx, map, { key, value }) {
	    if (identity.isNode(key) && key.addToJSMap)
	        key.addToJSMap(ctx, map, value);
	    // TODO: Should drop this special case for bare << handling
	    else if (merge.isMergeKey(ctx, key))
	        merge.addMergeToJSMap(ctx, map, value);
	    else {
	        const jsKey = toJS.toJS(key, '', ctx);
	        if (map instanceof Map) {
	            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
	        }
	        else if (map instanceof Set) {
	            map.add(jsKey);
	        }
	        else {
	            const stringKey = stringifyKey(key, jsKey, ctx);
	            const jsValue = toJS.toJS(value, stringKey, ctx);
	            if (stringKey in map)
	                Object.defineProperty(map, stringKey, {
	                    value: jsValue,
	                    writable: true,
	                    enumerable: true,
	                    configurable: true
	                });
	            else
	                map[stringKey] = jsValue;
	        }
	    }
	    return map;
	}
	function stringifyKey(key, jsKey, ctx) {
	    if (jsKey === null)
	        return '';
	    // eslint-disable-next-line @typescript-eslint/no-base-to-string
	    if (typeof jsKey !== 'object')
	        return String(jsKey);
	    if (identity.isNode(key) && ctx?.doc) {
	        const strCtx = stringify.createStringifyContext(ctx.doc, {});
	        strCtx.anchors = new Set();
	        for (const node of ctx.anchors.keys())
	            strCtx.anchors.add(node.anchor);
	        strCtx.inFlow = true;
	        strCtx.inStringifyKey = true;
	        const strKey = key.toString(strCtx);
	        if (!ctx.mapKeyWarned) {
	            let jsonStr = JSON.stringify(strKey);
	            if (jsonStr.length > 40)
	                jsonStr = jsonStr.substring(0, 36) + '..."';
	            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
	            ctx.mapKeyWarned = true;
	        }
	        return strKey;
	    }
	    return JSON.stringify(jsKey);
	}

	addPairToJSMap.addPairToJSMap = addPairToJSMap$1;
	return addPairToJSMap;
}

var hasRequiredPair;

function requirePair () {
	if (hasRequiredPair) return Pair;
	hasRequiredPair = 1;

	var createNode = requireCreateNode();
	var stringifyPair = requireStringifyPair();
	var addPairToJSMap = requireAddPairToJSMap();
	var identity = requireIdentity();

	function createPair(key, value, ctx) {
	    const k = createNode.createNode(key, undefined, ctx);
	    const v = createNode.createNode(value, undefined, ctx);
	    return new Pair$1(k, v);
	}
	let Pair$1 = class Pair {
	    constructor(key, value = null) {
	        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
	        this.key = key;
	        this.value = value;
	    }
	    clone(schema) {
	        let { key, value } = this;
	        if (identity.isNode(key))
	            key = key.clone(schema);
	        if (identity.isNode(value))
	            value = value.clone(schema);
	        return new Pair(key, value);
	    }
	    toJSON(_, ctx) {
	        const pair = ctx?.mapAsMap ? new Map() : {};
	        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
	    }
	    toString(ctx, onComment, onChompKeep) {
	        return ctx?.doc
	            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
	            : JSON.stringify(this);
	    }
	};

	Pair.Pair = Pair$1;
	Pair.createPair = createPair;
	return Pair;
}

var Schema = {};

var map = {};

var YAMLMap = {};

var stringifyCollection = {};

var hasRequiredStringifyCollection;

function requireStringifyCollection () {
	if (hasRequiredStringifyCollection) return stringifyCollection;
	hasRequiredStringifyCollection = 1;

	var identity = requireIdentity();
	var stringify = requireStringify();
	var stringifyComment = requireStringifyComment();

	function stringifyCollection$1(collection, ctx, options) {
	    const flow = ctx.inFlow ?? collection.flow;
	    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
	    return stringify(collection, ctx, options);
	}
	function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
	    const { indent, options: { commentString } } = ctx;
	    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
	    let chompKeep = false; // flag for the preceding node's status
	    const lines = [];
	    for (let i = 0; i < items.length; ++i) {
	        const item = items[i];
	        let comment = null;
	        if (identity.isNode(item)) {
	            if (!chompKeep && item.spaceBefore)
	                lines.push('');
	            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
	            if (item.comment)
	                comment = item.comment;
	        }
	        else if (identity.isPair(item)) {
	            const ik = identity.isNode(item.key) ? item.key : null;
	            if (ik) {
	                if (!chompKeep && ik.spaceBefore)
	                    lines.push('');
	                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
	            }
	        }
	        chompKeep = false;
	        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
	        if (comment)
	            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
	        if (chompKeep && comment)
	            chompKeep = false;
	        lines.push(blockItemPrefix + str);
	    }
	    let str;
	    if (lines.length === 0) {
	        str = flowChars.start + flowChars.end;
	    }
	    else {
	        str = lines[0];
	        for (let i = 1; i < lines.length; ++i) {
	            const line = lines[i];
	            str += line ? `\n${indent}${line}` : '\n';
	        }
	    }
	    if (comment) {
	        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
	        if (onComment)
	            onComment();
	    }
	    else if (chompKeep && onChompKeep)
	        onChompKeep();
	    return str;
	}
	function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
	    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
	    itemIndent += indentStep;
	    const itemCtx = Object.assign({}, ctx, {
	        indent: itemIndent,
	        inFlow: true,
	        type: null
	    });
	    let reqNewline = false;
	    let linesAtValue = 0;
	    const lines = [];
	    for (let i = 0; i < items.length; ++i) {
	        const item = items[i];
	        let comment = null;
	        if (identity.isNode(item)) {
	            if (item.spaceBefore)
	                lines.push('');
	            addCommentBefore(ctx, lines, item.commentBefore, false);
	            if (item.comment)
	                comment = item.comment;
	        }
	        else if (identity.isPair(item)) {
	            const ik = identity.isNode(item.key) ? item.key : null;
	            if (ik) {
	                if (ik.spaceBefore)
	                    lines.push('');
	                addCommentBefore(ctx, lines, ik.commentBefore, false);
	                if (ik.comment)
	                    reqNewline = true;
	            }
	            const iv = identity.isNode(item.value) ? item.value : null;
	            if (iv) {
	                if (iv.comment)
	                    comment = iv.comment;
	                if (iv.commentBefore)
	                    reqNewline = true;
	            }
	            else if (item.value == null && ik?.comment) {
	                comment = ik.comment;
	            }
	        }
	        if (comment)
	            reqNewline = true;
	        let str = stringify.stringify(item, itemCtx, () => (comment = null));
	        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
	        if (i < items.length - 1) {
	            str += ',';
	        }
	        else if (ctx.options.trailingComma) {
	            if (ctx.options.lineWidth > 0) {
	                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
	                    (str.length + 2) >
	                    ctx.options.lineWidth);
	            }
	            if (reqNewline) {
	                str += ',';
	            }
	        }
	        if (comment)
	            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
	        lines.push(str);
	        linesAtValue = lines.length;
	    }
	    const { start, end } = flowChars;
	    if (lines.length === 0) {
	        return start + end;
	    }
	    else {
	        if (!reqNewline) {
	            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
	            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
	        }
	        if (reqNewline) {
	            let str = start;
	            for (const line of lines)
	                str += line ? `\n${indentStep}${indent}${line}` : '\n';
	            return `${str}\n${indent}${end}`;
	        }
	        else {
	            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
	        }
	    }
	}
	function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
	    if (comment && chompKeep)
	        comment = comment.replace(/^\n+/, '');
	    if (comment) {
	        const ic = stringifyComment.indentComment(commentString(comment), indent);
	        lines.push(ic.trimStart()); // Avoid double indent on first line
	    }
	}

	stringifyCollection.stringifyCollection = stringifyCollection$1;
	return stringifyCollection;
}

var hasRequiredYAMLMap;

function requireYAMLMap () {
	if (hasRequiredYAMLMap) return YAMLMap;
	hasRequiredYAMLMap = 1;

	var stringifyCollection = requireStringifyCollection();
	var addPairToJSMap = requireAddPairToJSMap();
	var Collection = requireCollection();
	var identity = requireIdentity();
	var Pair = requirePair();
	var Scalar = requireScalar();

	function findPair(items, key) {
	    const k = identity.isScalar(key) ? key.value : key;
	    for (const it of items) {
	        if (identity.isPair(it)) {
	            if (it.key === key || it.key === k)
	                return it;
	            if (identity.isScalar(it.key) && it.key.value === k)
	                return it;
	        }
	    }
	    return undefined;
	}
	let YAMLMap$1 = class YAMLMap extends Collection.Collection {
	    static get tagName() {
	        return 'tag:yaml.org,2002:map';
	    }
	    constructor(schema) {
	        super(identity.MAP, schema);
	        this.items = [];
	    }
	    /**
	     * A generic collection parsing method that can be extended
	     * to other node classes that inherit from YAMLMap
	     */
	    static from(schema, obj, ctx) {
	        const { keepUndefined, replacer } = ctx;
	        const map = new this(schema);
	        const add = (key, value) => {
	            if (typeof replacer === 'function')
	                value = replacer.call(obj, key, value);
	            else if (Array.isArray(replacer) && !replacer.includes(key))
	                return;
	            if (value !== undefined || keepUndefined)
	                map.items.push(Pair.createPair(key, value, ctx));
	        };
	        if (obj instanceof Map) {
	            for (const [key, value] of obj)
	                add(key, value);
	        }
	        else if (obj && typeof obj === 'object') {
	            for (const key of Object.keys(obj))
	                add(key, obj[key]);
	        }
	        if (typeof schema.sortMapEntries === 'function') {
	            map.items.sort(schema.sortMapEntries);
	        }
	        return map;
	    }
	    /**
	     * Adds a value to the collection.
	     *
	     * @param overwrite - If not set `true`, using a key that is already in the
	     *   collection will throw. Otherwise, overwrites the previous value.
	     */
	    add(pair, overwrite) {
	        let _pair;
	        if (identity.isPair(pair))
	            _pair = pair;
	        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
	            // In TypeScript, this never happens.
	            _pair = new Pair.Pair(pair, pair?.value);
	        }
	        else
	            _pair = new Pair.Pair(pair.key, pair.value);
	        const prev = findPair(this.items, _pair.key);
	        const sortEntries = this.schema?.sortMapEntries;
	        if (prev) {
	            if (!overwrite)
	                throw new Error(`Key ${_pair.key} already set`);
	            // For scalars, keep the old node & its comments and anchors
	            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
	                prev.value.value = _pair.value;
	            else
	                prev.value = _pair.value;
	        }
	        else if (sortEntries) {
	            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
	            if (i === -1)
	                this.items.push(_pair);
	            else
	                this.items.splice(i, 0, _pair);
	        }
	        else {
	            this.items.push(_pair);
	        }
	    }
	    delete(key) {
	        const it = findPair(this.items, key);
	        if (!it)
	            return false;
	        const del = this.items.splice(this.items.indexOf(it), 1);
	        return del.length > 0;
	    }
	    get(key, keepScalar) {
	        const it = findPair(this.items, key);
	        const node = it?.value;
	        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
	    }
	    has(key) {
	        return !!findPair(this.items, key);
	    }
	    set(key, value) {
	        this.add(new Pair.Pair(key, value), true);
	    }
	    /**
	     * @param ctx - Conversion context, originally set in Document#toJS()
	     * @param {Class} Type - If set, forces the returned collection type
	     * @returns Instance of Type, Map, or Object
	     */
	    toJSON(_, ctx, Type) {
	        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
	        if (ctx?.onCreate)
	            ctx.onCreate(map);
	        for (const item of this.items)
	            addPairToJSMap.addPairToJSMap(ctx, map, item);
	        return map;
	    }
	    toString(ctx, onComment, onChompKeep) {
	        if (!ctx)
	            return JSON.stringify(this);
	        for (const item of this.items) {
	            if (!identity.isPair(item))
	                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
	        }
	        if (!ctx.allNullValues && this.hasAllNullValues(false))
	            ctx = Object.assign({}, ctx, { allNullValues: true });
	        return stringifyCollection.stringifyCollection(this, ctx, {
	            blockItemPrefix: '',
	            flowChars: { start: '{', end: '}' },
	            itemIndent: ctx.indent || '',
	            onChompKeep,
	            onComment
	        });
	    }
	};

	YAMLMap.YAMLMap = YAMLMap$1;
	YAMLMap.findPair = findPair;
	return YAMLMap;
}

var hasRequiredMap;

function requireMap () {
	if (hasRequiredMap) return map;
	hasRequiredMap = 1;

	var identity = requireIdentity();
	var YAMLMap = requireYAMLMap();

	const map$1 = {
	    collection: 'map',
	    default: true,
	    nodeClass: YAMLMap.YAMLMap,
	    tag: 'tag:yaml.org,2002:map',
	    resolve(map, onError) {
	        if (!identity.isMap(map))
	            onError('Expected a mapping for this tag');
	        return map;
	    },
	    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
	};

	map.map = map$1;
	return map;
}

var seq = {};

var YAMLSeq = {};

var hasRequiredYAMLSeq;

function requireYAMLSeq () {
	if (hasRequiredYAMLSeq) return YAMLSeq;
	hasRequiredYAMLSeq = 1;

	var createNode = requireCreateNode();
	var stringifyCollection = requireStringifyCollection();
	var Collection = requireCollection();
	var identity = requireIdentity();
	var Scalar = requireScalar();
	var toJS = requireToJS();

	let YAMLSeq$1 = class YAMLSeq extends Collection.Collection {
	    static get tagName() {
	        return 'tag:yaml.org,2002:seq';
	    }
	    constructor(schema) {
	        super(identity.SEQ, schema);
	        this.items = [];
	    }
	    add(value) {
	        this.items.push(value);
	    }
	    /**
	     * Removes a value from the collection.
	     *
	     * `key` must contain a representation of an integer for this to succeed.
	     * It may be wrapped in a `Scalar`.
	     *
	     * @returns `true` if the item was found and removed.
	     */
	    delete(key) {
	        const idx = asItemIndex(key);
	        if (typeof idx !== 'number')
	            return false;
	        const del = this.items.splice(idx, 1);
	        return del.length > 0;
	    }
	    get(key, keepScalar) {
	        const idx = asItemIndex(key);
	        if (typeof idx !== 'number')
	            return undefined;
	        const it = this.items[idx];
	        return !keepScalar && identity.isScalar(it) ? it.value : it;
	    }
	    /**
	     * Checks if the collection includes a value with the key `key`.
	     *
	     * `key` must contain a representation of an integer for this to succeed.
	     * It may be wrapped in a `Scalar`.
	     */
	    has(key) {
	        const idx = asItemIndex(key);
	        return typeof idx === 'number' && idx < this.items.length;
	    }
	    /**
	     * Sets a value in this collection. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     *
	     * If `key` does not contain a representation of an integer, this will throw.
	     * It may be wrapped in a `Scalar`.
	     */
	    set(key, value) {
	        const idx = asItemIndex(key);
	        if (typeof idx !== 'number')
	            throw new Error(`Expected a valid index, not ${key}.`);
	        const prev = this.items[idx];
	        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
	            prev.value = value;
	        else
	            this.items[idx] = value;
	    }
	    toJSON(_, ctx) {
	        const seq = [];
	        if (ctx?.onCreate)
	            ctx.onCreate(seq);
	        let i = 0;
	        for (const item of this.items)
	            seq.push(toJS.toJS(item, String(i++), ctx));
	        return seq;
	    }
	    toString(ctx, onComment, onChompKeep) {
	        if (!ctx)
	            return JSON.stringify(this);
	        return stringifyCollection.stringifyCollection(this, ctx, {
	            blockItemPrefix: '- ',
	            flowChars: { start: '[', end: ']' },
	            itemIndent: (ctx.indent || '') + '  ',
	            onChompKeep,
	            onComment
	        });
	    }
	    static from(schema, obj, ctx) {
	        const { replacer } = ctx;
	        const seq = new this(schema);
	        if (obj && Symbol.iterator in Object(obj)) {
	            let i = 0;
	            for (let it of obj) {
	                if (typeof replacer === 'function') {
	                    const key = obj instanceof Set ? it : String(i++);
	                    it = replacer.call(obj, key, it);
	                }
	                seq.items.push(createNode.createNode(it, undefined, ctx));
	            }
	        }
	        return seq;
	    }
	};
	function asItemIndex(key) {
	    let idx = identity.isScalar(key) ? key.value : key;
	    if (idx && typeof idx === 'string')
	        idx = Number(idx);
	    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
	        ? idx
	        : null;
	}

	YAMLSeq.YAMLSeq = YAMLSeq$1;
	return YAMLSeq;
}

var hasRequiredSeq;

function requireSeq () {
	if (hasRequiredSeq) return seq;
	hasRequiredSeq = 1;

	var identity = requireIdentity();
	var YAMLSeq = requireYAMLSeq();

	const seq$1 = {
	    collection: 'seq',
	    default: true,
	    nodeClass: YAMLSeq.YAMLSeq,
	    tag: 'tag:yaml.org,2002:seq',
	    resolve(seq, onError) {
	        if (!identity.isSeq(seq))
	            onError('Expected a sequence for this tag');
	        return seq;
	    },
	    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
	};

	seq.seq = seq$1;
	return seq;
}

var string = {};

var hasRequiredString;

function requireString () {
	if (hasRequiredString) return string;
	hasRequiredString = 1;

	var stringifyString = requireStringifyString();

	const string$1 = {
	    identify: value => typeof value === 'string',
	    default: true,
	    tag: 'tag:yaml.org,2002:str',
	    resolve: str => str,
	    stringify(item, ctx, onComment, onChompKeep) {
	        ctx = Object.assign({ actualString: true }, ctx);
	        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
	    }
	};

	string.string = string$1;
	return string;
}

var tags = {};

var _null = {};

var hasRequired_null;

function require_null () {
	if (hasRequired_null) return _null;
	hasRequired_null = 1;

	var Scalar = requireScalar();

	const nullTag = {
	    identify: value => value == null,
	    createNode: () => new Scalar.Scalar(null),
	    default: true,
	    tag: 'tag:yaml.org,2002:null',
	    test: /^(?:~|[Nn]ull|NULL)?$/,
	    resolve: () => new Scalar.Scalar(null),
	    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
	        ? source
	        : ctx.options.nullStr
	};

	_null.nullTag = nullTag;
	return _null;
}

var bool$1 = {};

var hasRequiredBool$1;

function requireBool$1 () {
	if (hasRequiredBool$1) return bool$1;
	hasRequiredBool$1 = 1;

	var Scalar = requireScalar();

	const boolTag = {
	    identify: value => typeof value === 'boolean',
	    default: true,
	    tag: 'tag:yaml.org,2002:bool',
	    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
	    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
	    stringify({ source, value }, ctx) {
	        if (source && boolTag.test.test(source)) {
	            const sv = source[0] === 't' || source[0] === 'T';
	            if (value === sv)
	                return source;
	        }
	        return value ? ctx.options.trueStr : ctx.options.falseStr;
	    }
	};

	bool$1.boolTag = boolTag;
	return bool$1;
}

var float$1 = {};

var stringifyNumber = {};

var hasRequiredStringifyNumber;

function requireStringifyNumber () {
	if (hasRequiredStringifyNumber) return stringifyNumber;
	hasRequiredStringifyNumber = 1;

	function stringifyNumber$1({ format, minFractionDigits, tag, value }) {
	    if (typeof value === 'bigint')
	        return String(value);
	    const num = typeof value === 'number' ? value : Number(value);
	    if (!isFinite(num))
	        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
	    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
	    if (!format &&
	        minFractionDigits &&
	        (!tag || tag === 'tag:yaml.org,2002:float') &&
	        /^-?\d/.test(n) &&
	        !n.includes('e')) {
	        let i = n.indexOf('.');
	        if (i < 0) {
	            i = n.length;
	            n += '.';
	        }
	        let d = minFractionDigits - (n.length - i - 1);
	        while (d-- > 0)
	            n += '0';
	    }
	    return n;
	}

	stringifyNumber.stringifyNumber = stringifyNumber$1;
	return stringifyNumber;
}

var hasRequiredFloat$1;

function requireFloat$1 () {
	if (hasRequiredFloat$1) return float$1;
	hasRequiredFloat$1 = 1;

	var Scalar = requireScalar();
	var stringifyNumber = requireStringifyNumber();

	const floatNaN = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
	    resolve: str => str.slice(-3).toLowerCase() === 'nan'
	        ? NaN
	        : str[0] === '-'
	            ? Number.NEGATIVE_INFINITY
	            : Number.POSITIVE_INFINITY,
	    stringify: stringifyNumber.stringifyNumber
	};
	const floatExp = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    format: 'EXP',
	    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
	    resolve: str => parseFloat(str),
	    stringify(node) {
	        const num = Number(node.value);
	        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
	    }
	};
	const float = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
	    resolve(str) {
	        const node = new Scalar.Scalar(parseFloat(str));
	        const dot = str.indexOf('.');
	        if (dot !== -1 && str[str.length - 1] === '0')
	            node.minFractionDigits = str.length - dot - 1;
	        return node;
	    },
	    stringify: stringifyNumber.stringifyNumber
	};

	float$1.float = float;
	float$1.floatExp = floatExp;
	float$1.floatNaN = floatNaN;
	return float$1;
}

var int$1 = {};

var hasRequiredInt$1;

function requireInt$1 () {
	if (hasRequiredInt$1) return int$1;
	hasRequiredInt$1 = 1;

	var stringifyNumber = requireStringifyNumber();

	const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
	const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
	function intStringify(node, radix, prefix) {
	    const { value } = node;
	    if (intIdentify(value) && value >= 0)
	        return prefix + value.toString(radix);
	    return stringifyNumber.stringifyNumber(node);
	}
	const intOct = {
	    identify: value => intIdentify(value) && value >= 0,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'OCT',
	    test: /^0o[0-7]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
	    stringify: node => intStringify(node, 8, '0o')
	};
	const int = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    test: /^[-+]?[0-9]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
	    stringify: stringifyNumber.stringifyNumber
	};
	const intHex = {
	    identify: value => intIdentify(value) && value >= 0,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'HEX',
	    test: /^0x[0-9a-fA-F]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
	    stringify: node => intStringify(node, 16, '0x')
	};

	int$1.int = int;
	int$1.intHex = intHex;
	int$1.intOct = intOct;
	return int$1;
}

var schema$3 = {};

var hasRequiredSchema$3;

function requireSchema$3 () {
	if (hasRequiredSchema$3) return schema$3;
	hasRequiredSchema$3 = 1;

	var map = requireMap();
	var _null = require_null();
	var seq = requireSeq();
	var string = requireString();
	var bool = requireBool$1();
	var float = requireFloat$1();
	var int = requireInt$1();

	const schema = [
	    map.map,
	    seq.seq,
	    string.string,
	    _null.nullTag,
	    bool.boolTag,
	    int.intOct,
	    int.int,
	    int.intHex,
	    float.floatNaN,
	    float.floatExp,
	    float.float
	];

	schema$3.schema = schema;
	return schema$3;
}

var schema$2 = {};

var hasRequiredSchema$2;

function requireSchema$2 () {
	if (hasRequiredSchema$2) return schema$2;
	hasRequiredSchema$2 = 1;

	var Scalar = requireScalar();
	var map = requireMap();
	var seq = requireSeq();

	function intIdentify(value) {
	    return typeof value === 'bigint' || Number.isInteger(value);
	}
	const stringifyJSON = ({ value }) => JSON.stringify(value);
	const jsonScalars = [
	    {
	        identify: value => typeof value === 'string',
	        default: true,
	        tag: 'tag:yaml.org,2002:str',
	        resolve: str => str,
	        stringify: stringifyJSON
	    },
	    {
	        identify: value => value == null,
	        createNode: () => new Scalar.Scalar(null),
	        default: true,
	        tag: 'tag:yaml.org,2002:null',
	        test: /^null$/,
	        resolve: () => null,
	        stringify: stringifyJSON
	    },
	    {
	        identify: value => typeof value === 'boolean',
	        default: true,
	        tag: 'tag:yaml.org,2002:bool',
	        test: /^true$|^false$/,
	        resolve: str => str === 'true',
	        stringify: stringifyJSON
	    },
	    {
	        identify: intIdentify,
	        default: true,
	        tag: 'tag:yaml.org,2002:int',
	        test: /^-?(?:0|[1-9][0-9]*)$/,
	        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
	        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
	    },
	    {
	        identify: value => typeof value === 'number',
	        default: true,
	        tag: 'tag:yaml.org,2002:float',
	        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
	        resolve: str => parseFloat(str),
	        stringify: stringifyJSON
	    }
	];
	const jsonError = {
	    default: true,
	    tag: '',
	    test: /^/,
	    resolve(str, onError) {
	        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
	        return str;
	    }
	};
	const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

	schema$2.schema = schema;
	return schema$2;
}

var binary = {};

var hasRequiredBinary;

function requireBinary () {
	if (hasRequiredBinary) return binary;
	hasRequiredBinary = 1;

	var node_buffer = __builtin$6;
	var Scalar = requireScalar();
	var stringifyString = requireStringifyString();

	const binary$1 = {
	    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
	    default: false,
	    tag: 'tag:yaml.org,2002:binary',
	    /**
	     * Returns a Buffer in node and an Uint8Array in browsers
	     *
	     * To use the resulting buffer as an image, you'll want to do something like:
	     *
	     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
	     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
	     */
	    resolve(src, onError) {
	        if (typeof node_buffer.Buffer === 'function') {
	            return node_buffer.Buffer.from(src, 'base64');
	        }
	        else if (typeof atob === 'function') {
	            // On IE 11, atob() can't handle newlines
	            const str = atob(src.replace(/[\n\r]/g, ''));
	            const buffer = new Uint8Array(str.length);
	            for (let i = 0; i < str.length; ++i)
	                buffer[i] = str.charCodeAt(i);
	            return buffer;
	        }
	        else {
	            onError('This environment does not support reading binary tags; either Buffer or atob is required');
	            return src;
	        }
	    },
	    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
	        if (!value)
	            return '';
	        const buf = value; // checked earlier by binary.identify()
	        let str;
	        if (typeof node_buffer.Buffer === 'function') {
	            str =
	                buf instanceof node_buffer.Buffer
	                    ? buf.toString('base64')
	                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
	        }
	        else if (typeof btoa === 'function') {
	            let s = '';
	            for (let i = 0; i < buf.length; ++i)
	                s += String.fromCharCode(buf[i]);
	            str = btoa(s);
	        }
	        else {
	            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
	        }
	        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
	        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
	            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
	            const n = Math.ceil(str.length / lineWidth);
	            const lines = new Array(n);
	            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
	                lines[i] = str.substr(o, lineWidth);
	            }
	            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
	        }
	        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
	    }
	};

	binary.binary = binary$1;
	return binary;
}

var omap = {};

var pairs = {};

var hasRequiredPairs;

function requirePairs () {
	if (hasRequiredPairs) return pairs;
	hasRequiredPairs = 1;

	var identity = requireIdentity();
	var Pair = requirePair();
	var Scalar = requireScalar();
	var YAMLSeq = requireYAMLSeq();

	function resolvePairs(seq, onError) {
	    if (identity.isSeq(seq)) {
	        for (let i = 0; i < seq.items.length; ++i) {
	            let item = seq.items[i];
	            if (identity.isPair(item))
	                continue;
	            else if (identity.isMap(item)) {
	                if (item.items.length > 1)
	                    onError('Each pair must have its own sequence indicator');
	                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
	                if (item.commentBefore)
	                    pair.key.commentBefore = pair.key.commentBefore
	                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
	                        : item.commentBefore;
	                if (item.comment) {
	                    const cn = pair.value ?? pair.key;
	                    cn.comment = cn.comment
	                        ? `${item.comment}\n${cn.comment}`
	                        : item.comment;
	                }
	                item = pair;
	            }
	            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
	        }
	    }
	    else
	        onError('Expected a sequence for this tag');
	    return seq;
	}
	function createPairs(schema, iterable, ctx) {
	    const { replacer } = ctx;
	    const pairs = new YAMLSeq.YAMLSeq(schema);
	    pairs.tag = 'tag:yaml.org,2002:pairs';
	    let i = 0;
	    if (iterable && Symbol.iterator in Object(iterable))
	        for (let it of iterable) {
	            if (typeof replacer === 'function')
	                it = replacer.call(iterable, String(i++), it);
	            let key, value;
	            if (Array.isArray(it)) {
	                if (it.length === 2) {
	                    key = it[0];
	                    value = it[1];
	                }
	                else
	                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
	            }
	            else if (it && it instanceof Object) {
	                const keys = Object.keys(it);
	                if (keys.length === 1) {
	                    key = keys[0];
	                    value = it[key];
	                }
	                else {
	                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
	                }
	            }
	            else {
	                key = it;
	            }
	            pairs.items.push(Pair.createPair(key, value, ctx));
	        }
	    return pairs;
	}
	const pairs$1 = {
	    collection: 'seq',
	    default: false,
	    tag: 'tag:yaml.org,2002:pairs',
	    resolve: resolvePairs,
	    createNode: createPairs
	};

	pairs.createPairs = createPairs;
	pairs.pairs = pairs$1;
	pairs.resolvePairs = resolvePairs;
	return pairs;
}

var hasRequiredOmap;

function requireOmap () {
	if (hasRequiredOmap) return omap;
	hasRequiredOmap = 1;

	var identity = requireIdentity();
	var toJS = requireToJS();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var pairs = requirePairs();

	class YAMLOMap extends YAMLSeq.YAMLSeq {
	    constructor() {
	        super();
	        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
	        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
	        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
	        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
	        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
	        this.tag = YAMLOMap.tag;
	    }
	    /**
	     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
	     * but TypeScript won't allow widening the signature of a child method.
	     */
	    toJSON(_, ctx) {
	        if (!ctx)
	            return super.toJSON(_);
	        const map = new Map();
	        if (ctx?.onCreate)
	            ctx.onCreate(map);
	        for (const pair of this.items) {
	            let key, value;
	            if (identity.isPair(pair)) {
	                key = toJS.toJS(pair.key, '', ctx);
	                value = toJS.toJS(pair.value, key, ctx);
	            }
	            else {
	                key = toJS.toJS(pair, '', ctx);
	            }
	            if (map.has(key))
	                throw new Error('Ordered maps must not include duplicate keys');
	            map.set(key, value);
	        }
	        return map;
	    }
	    static from(schema, iterable, ctx) {
	        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
	        const omap = new this();
	        omap.items = pairs$1.items;
	        return omap;
	    }
	}
	YAMLOMap.tag = 'tag:yaml.org,2002:omap';
	const omap$1 = {
	    collection: 'seq',
	    identify: value => value instanceof Map,
	    nodeClass: YAMLOMap,
	    default: false,
	    tag: 'tag:yaml.org,2002:omap',
	    resolve(seq, onError) {
	        const pairs$1 = pairs.resolvePairs(seq, onError);
	        const seenKeys = [];
	        for (const { key } of pairs$1.items) {
	            if (identity.isScalar(key)) {
	                if (seenKeys.includes(key.value)) {
	                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
	                }
	                else {
	                    seenKeys.push(key.value);
	                }
	            }
	        }
	        return Object.assign(new YAMLOMap(), pairs$1);
	    },
	    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
	};

	omap.YAMLOMap = YAMLOMap;
	omap.omap = omap$1;
	return omap;
}

var schema$1 = {};

var bool = {};

var hasRequiredBool;

function requireBool () {
	if (hasRequiredBool) return bool;
	hasRequiredBool = 1;

	var Scalar = requireScalar();

	function boolStringify({ value, source }, ctx) {
	    const boolObj = value ? trueTag : falseTag;
	    if (source && boolObj.test.test(source))
	        return source;
	    return value ? ctx.options.trueStr : ctx.options.falseStr;
	}
	const trueTag = {
	    identify: value => value === true,
	    default: true,
	    tag: 'tag:yaml.org,2002:bool',
	    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
	    resolve: () => new Scalar.Scalar(true),
	    stringify: boolStringify
	};
	const falseTag = {
	    identify: value => value === false,
	    default: true,
	    tag: 'tag:yaml.org,2002:bool',
	    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
	    resolve: () => new Scalar.Scalar(false),
	    stringify: boolStringify
	};

	bool.falseTag = falseTag;
	bool.trueTag = trueTag;
	return bool;
}

var float = {};

var hasRequiredFloat;

function requireFloat () {
	if (hasRequiredFloat) return float;
	hasRequiredFloat = 1;

	var Scalar = requireScalar();
	var stringifyNumber = requireStringifyNumber();

	const floatNaN = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
	    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
	        ? NaN
	        : str[0] === '-'
	            ? Number.NEGATIVE_INFINITY
	            : Number.POSITIVE_INFINITY,
	    stringify: stringifyNumber.stringifyNumber
	};
	const floatExp = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    format: 'EXP',
	    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
	    resolve: (str) => parseFloat(str.replace(/_/g, '')),
	    stringify(node) {
	        const num = Number(node.value);
	        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
	    }
	};
	const float$1 = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
	    resolve(str) {
	        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
	        const dot = str.indexOf('.');
	        if (dot !== -1) {
	            const f = str.substring(dot + 1).replace(/_/g, '');
	            if (f[f.length - 1] === '0')
	                node.minFractionDigits = f.length;
	        }
	        return node;
	    },
	    stringify: stringifyNumber.stringifyNumber
	};

	float.float = float$1;
	float.floatExp = floatExp;
	float.floatNaN = floatNaN;
	return float;
}

var int = {};

var hasRequiredInt;

function requireInt () {
	if (hasRequiredInt) return int;
	hasRequiredInt = 1;

	var stringifyNumber = requireStringifyNumber();

	const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
	function intResolve(str, offset, radix, { intAsBigInt }) {
	    const sign = str[0];
	    if (sign === '-' || sign === '+')
	        offset += 1;
	    str = str.substring(offset).replace(/_/g, '');
	    if (intAsBigInt) {
	        switch (radix) {
	            case 2:
	                str = `0b${str}`;
	                break;
	            case 8:
	                str = `0o${str}`;
	                break;
	            case 16:
	                str = `0x${str}`;
	                break;
	        }
	        const n = BigInt(str);
	        return sign === '-' ? BigInt(-1) * n : n;
	    }
	    const n = parseInt(str, radix);
	    return sign === '-' ? -1 * n : n;
	}
	function intStringify(node, radix, prefix) {
	    const { value } = node;
	    if (intIdentify(value)) {
	        const str = value.toString(radix);
	        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
	    }
	    return stringifyNumber.stringifyNumber(node);
	}
	const intBin = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'BIN',
	    test: /^[-+]?0b[0-1_]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
	    stringify: node => intStringify(node, 2, '0b')
	};
	const intOct = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'OCT',
	    test: /^[-+]?0[0-7_]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
	    stringify: node => intStringify(node, 8, '0')
	};
	const int$1 = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    test: /^[-+]?[0-9][0-9_]*$/,
	    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
	    stringify: stringifyNumber.stringifyNumber
	};
	const intHex = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'HEX',
	    test: /^[-+]?0x[0-9a-fA-F_]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
	    stringify: node => intStringify(node, 16, '0x')
	};

	int.int = int$1;
	int.intBin = intBin;
	int.intHex = intHex;
	int.intOct = intOct;
	return int;
}

var set = {};

var hasRequiredSet;

function requireSet () {
	if (hasRequiredSet) return set;
	hasRequiredSet = 1;

	var identity = requireIdentity();
	var Pair = requirePair();
	var YAMLMap = requireYAMLMap();

	class YAMLSet extends YAMLMap.YAMLMap {
	    constructor(schema) {
	        super(schema);
	        this.tag = YAMLSet.tag;
	    }
	    add(key) {
	        let pair;
	        if (identity.isPair(key))
	            pair = key;
	        else if (key &&
	            typeof key === 'object' &&
	            'key' in key &&
	            'value' in key &&
	            key.value === null)
	            pair = new Pair.Pair(key.key, null);
	        else
	            pair = new Pair.Pair(key, null);
	        const prev = YAMLMap.findPair(this.items, pair.key);
	        if (!prev)
	            this.items.push(pair);
	    }
	    /**
	     * If `keepPair` is `true`, returns the Pair matching `key`.
	     * Otherwise, returns the value of that Pair's key.
	     */
	    get(key, keepPair) {
	        const pair = YAMLMap.findPair(this.items, key);
	        return !keepPair && identity.isPair(pair)
	            ? identity.isScalar(pair.key)
	                ? pair.key.value
	                : pair.key
	            : pair;
	    }
	    set(key, value) {
	        if (typeof value !== 'boolean')
	            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
	        const prev = YAMLMap.findPair(this.items, key);
	        if (prev && !value) {
	            this.items.splice(this.items.indexOf(prev), 1);
	        }
	        else if (!prev && value) {
	            this.items.push(new Pair.Pair(key));
	        }
	    }
	    toJSON(_, ctx) {
	        return super.toJSON(_, ctx, Set);
	    }
	    toString(ctx, onComment, onChompKeep) {
	        if (!ctx)
	            return JSON.stringify(this);
	        if (this.hasAllNullValues(true))
	            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
	        else
	            throw new Error('Set items must all have null values');
	    }
	    static from(schema, iterable, ctx) {
	        const { replacer } = ctx;
	        const set = new this(schema);
	        if (iterable && Symbol.iterator in Object(iterable))
	            for (let value of iterable) {
	                if (typeof replacer === 'function')
	                    value = replacer.call(iterable, value, value);
	                set.items.push(Pair.createPair(value, null, ctx));
	            }
	        return set;
	    }
	}
	YAMLSet.tag = 'tag:yaml.org,2002:set';
	const set$1 = {
	    collection: 'map',
	    identify: value => value instanceof Set,
	    nodeClass: YAMLSet,
	    default: false,
	    tag: 'tag:yaml.org,2002:set',
	    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
	    resolve(map, onError) {
	        if (identity.isMap(map)) {
	            if (map.hasAllNullValues(true))
	                return Object.assign(new YAMLSet(), map);
	            else
	                onError('Set items must all have null values');
	        }
	        else
	            onError('Expected a mapping for this tag');
	        return map;
	    }
	};

	set.YAMLSet = YAMLSet;
	set.set = set$1;
	return set;
}

var timestamp = {};

var hasRequiredTimestamp;

function requireTimestamp () {
	if (hasRequiredTimestamp) return timestamp;
	hasRequiredTimestamp = 1;

	var stringifyNumber = requireStringifyNumber();

	/** Internal types handle bigint as number, because TS can't figure it out. */
	function parseSexagesimal(str, asBigInt) {
	    const sign = str[0];
	    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
	    const num = (n) => asBigInt ? BigInt(n) : Number(n);
	    const res = parts
	        .replace(/_/g, '')
	        .split(':')
	        .reduce((res, p) => res * num(60) + num(p), num(0));
	    return (sign === '-' ? num(-1) * res : res);
	}
	/**
	 * hhhh:mm:ss.sss
	 *
	 * Internal types handle bigint as number, because TS can't figure it out.
	 */
	function stringifySexagesimal(node) {
	    let { value } = node;
	    let num = (n) => n;
	    if (typeof value === 'bigint')
	        num = n => BigInt(n);
	    else if (isNaN(value) || !isFinite(value))
	        return stringifyNumber.stringifyNumber(node);
	    let sign = '';
	    if (value < 0) {
	        sign = '-';
	        value *= num(-1);
	    }
	    const _60 = num(60);
	    const parts = [value % _60]; // seconds, including ms
	    if (value < 60) {
	        parts.unshift(0); // at least one : is required
	    }
	    else {
	        value = (value - parts[0]) / _60;
	        parts.unshift(value % _60); // minutes
	        if (value >= 60) {
	            value = (value - parts[0]) / _60;
	            parts.unshift(value); // hours
	        }
	    }
	    return (sign +
	        parts
	            .map(n => String(n).padStart(2, '0'))
	            .join(':')
	            .replace(/000000\d*$/, '') // % 60 may introduce error
	    );
	}
	const intTime = {
	    identify: value => typeof value === 'bigint' || Number.isInteger(value),
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'TIME',
	    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
	    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
	    stringify: stringifySexagesimal
	};
	const floatTime = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    format: 'TIME',
	    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
	    resolve: str => parseSexagesimal(str, false),
	    stringify: stringifySexagesimal
	};
	const timestamp$1 = {
	    identify: value => value instanceof Date,
	    default: true,
	    tag: 'tag:yaml.org,2002:timestamp',
	    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
	    // may be omitted altogether, resulting in a date format. In such a case, the time part is
	    // assumed to be 00:00:00Z (start of day, UTC).
	    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
	        '(?:' + // time is optional
	        '(?:t|T|[ \\t]+)' + // t | T | whitespace
	        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
	        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
	        ')?$'),
	    resolve(str) {
	        const match = str.match(timestamp$1.test);
	        if (!match)
	            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
	        const [, year, month, day, hour, minute, second] = match.map(Number);
	        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
	        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
	        const tz = match[8];
	        if (tz && tz !== 'Z') {
	            let d = parseSexagesimal(tz, false);
	            if (Math.abs(d) < 30)
	                d *= 60;
	            date -= 60000 * d;
	        }
	        return new Date(date);
	    },
	    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
	};

	timestamp.floatTime = floatTime;
	timestamp.intTime = intTime;
	timestamp.timestamp = timestamp$1;
	return timestamp;
}

var hasRequiredSchema$1;

function requireSchema$1 () {
	if (hasRequiredSchema$1) return schema$1;
	hasRequiredSchema$1 = 1;

	var map = requireMap();
	var _null = require_null();
	var seq = requireSeq();
	var string = requireString();
	var binary = requireBinary();
	var bool = requireBool();
	var float = requireFloat();
	var int = requireInt();
	var merge = requireMerge();
	var omap = requireOmap();
	var pairs = requirePairs();
	var set = requireSet();
	var timestamp = requireTimestamp();

	const schema = [
	    map.map,
	    seq.seq,
	    string.string,
	    _null.nullTag,
	    bool.trueTag,
	    bool.falseTag,
	    int.intBin,
	    int.intOct,
	    int.int,
	    int.intHex,
	    float.floatNaN,
	    float.floatExp,
	    float.float,
	    binary.binary,
	    merge.merge,
	    omap.omap,
	    pairs.pairs,
	    set.set,
	    timestamp.intTime,
	    timestamp.floatTime,
	    timestamp.timestamp
	];

	schema$1.schema = schema;
	return schema$1;
}

var hasRequiredTags;

function requireTags () {
	if (hasRequiredTags) return tags;
	hasRequiredTags = 1;

	var map = requireMap();
	var _null = require_null();
	var seq = requireSeq();
	var string = requireString();
	var bool = requireBool$1();
	var float = requireFloat$1();
	var int = requireInt$1();
	var schema = requireSchema$3();
	var schema$1 = requireSchema$2();
	var binary = requireBinary();
	var merge = requireMerge();
	var omap = requireOmap();
	var pairs = requirePairs();
	var schema$2 = requireSchema$1();
	var set = requireSet();
	var timestamp = requireTimestamp();

	const schemas = new Map([
	    ['core', schema.schema],
	    ['failsafe', [map.map, seq.seq, string.string]],
	    ['json', schema$1.schema],
	    ['yaml11', schema$2.schema],
	    ['yaml-1.1', schema$2.schema]
	]);
	const tagsByName = {
	    binary: binary.binary,
	    bool: bool.boolTag,
	    float: float.float,
	    floatExp: float.floatExp,
	    floatNaN: float.floatNaN,
	    floatTime: timestamp.floatTime,
	    int: int.int,
	    intHex: int.intHex,
	    intOct: int.intOct,
	    intTime: timestamp.intTime,
	    map: map.map,
	    merge: merge.merge,
	    null: _null.nullTag,
	    omap: omap.omap,
	    pairs: pairs.pairs,
	    seq: seq.seq,
	    set: set.set,
	    timestamp: timestamp.timestamp
	};
	const coreKnownTags = {
	    'tag:yaml.org,2002:binary': binary.binary,
	    'tag:yaml.org,2002:merge': merge.merge,
	    'tag:yaml.org,2002:omap': omap.omap,
	    'tag:yaml.org,2002:pairs': pairs.pairs,
	    'tag:yaml.org,2002:set': set.set,
	    'tag:yaml.org,2002:timestamp': timestamp.timestamp
	};
	function getTags(customTags, schemaName, addMergeTag) {
	    const schemaTags = schemas.get(schemaName);
	    if (schemaTags && !customTags) {
	        return addMergeTag && !schemaTags.includes(merge.merge)
	            ? schemaTags.concat(merge.merge)
	            : schemaTags.slice();
	    }
	    let tags = schemaTags;
	    if (!tags) {
	        if (Array.isArray(customTags))
	            tags = [];
	        else {
	            const keys = Array.from(schemas.keys())
	                .filter(key => key !== 'yaml11')
	                .map(key => JSON.stringify(key))
	                .join(', ');
	            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
	        }
	    }
	    if (Array.isArray(customTags)) {
	        for (const tag of customTags)
	            tags = tags.concat(tag);
	    }
	    else if (typeof customTags === 'function') {
	        tags = customTags(tags.slice());
	    }
	    if (addMergeTag)
	        tags = tags.concat(merge.merge);
	    return tags.reduce((tags, tag) => {
	        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
	        if (!tagObj) {
	            const tagName = JSON.stringify(tag);
	            const keys = Object.keys(tagsByName)
	                .map(key => JSON.stringify(key))
	                .join(', ');
	            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
	        }
	        if (!tags.includes(tagObj))
	            tags.push(tagObj);
	        return tags;
	    }, []);
	}

	tags.coreKnownTags = coreKnownTags;
	tags.getTags = getTags;
	return tags;
}

var hasRequiredSchema;

function requireSchema () {
	if (hasRequiredSchema) return Schema;
	hasRequiredSchema = 1;

	var identity = requireIdentity();
	var map = requireMap();
	var seq = requireSeq();
	var string = requireString();
	var tags = requireTags();

	const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
	let Schema$1 = class Schema {
	    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
	        this.compat = Array.isArray(compat)
	            ? tags.getTags(compat, 'compat')
	            : compat
	                ? tags.getTags(null, compat)
	                : null;
	        this.name = (typeof schema === 'string' && schema) || 'core';
	        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
	        this.tags = tags.getTags(customTags, this.name, merge);
	        this.toStringOptions = toStringDefaults ?? null;
	        Object.defineProperty(this, identity.MAP, { value: map.map });
	        Object.defineProperty(this, identity.SCALAR, { value: string.string });
	        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
	        // Used by createMap()
	        this.sortMapEntries =
	            typeof sortMapEntries === 'function'
	                ? sortMapEntries
	                : sortMapEntries === true
	                    ? sortMapEntriesByKey
	                    : null;
	    }
	    clone() {
	        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
	        copy.tags = this.tags.slice();
	        return copy;
	    }
	};

	Schema.Schema = Schema$1;
	return Schema;
}

var stringifyDocument = {};

var hasRequiredStringifyDocument;

function requireStringifyDocument () {
	if (hasRequiredStringifyDocument) return stringifyDocument;
	hasRequiredStringifyDocument = 1;

	var identity = requireIdentity();
	var stringify = requireStringify();
	var stringifyComment = requireStringifyComment();

	function stringifyDocument$1(doc, options) {
	    const lines = [];
	    let hasDirectives = options.directives === true;
	    if (options.directives !== false && doc.directives) {
	        const dir = doc.directives.toString(doc);
	        if (dir) {
	            lines.push(dir);
	            hasDirectives = true;
	        }
	        else if (doc.directives.docStart)
	            hasDirectives = true;
	    }
	    if (hasDirectives)
	        lines.push('---');
	    const ctx = stringify.createStringifyContext(doc, options);
	    const { commentString } = ctx.options;
	    if (doc.commentBefore) {
	        if (lines.length !== 1)
	            lines.unshift('');
	        const cs = commentString(doc.commentBefore);
	        lines.unshift(stringifyComment.indentComment(cs, ''));
	    }
	    let chompKeep = false;
	    let contentComment = null;
	    if (doc.contents) {
	        if (identity.isNode(doc.contents)) {
	            if (doc.contents.spaceBefore && hasDirectives)
	                lines.push('');
	            if (doc.contents.commentBefore) {
	                const cs = commentString(doc.contents.commentBefore);
	                lines.push(stringifyComment.indentComment(cs, ''));
	            }
	            // top-level block scalars need to be indented if followed by a comment
	            ctx.forceBlockIndent = !!doc.comment;
	            contentComment = doc.contents.comment;
	        }
	        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
	        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
	        if (contentComment)
	            body += stringifyComment.lineComment(body, '', commentString(contentComment));
	        if ((body[0] === '|' || body[0] === '>') &&
	            lines[lines.length - 1] === '---') {
	            // Top-level block scalars with a preceding doc marker ought to use the
	            // same line for their header.
	            lines[lines.length - 1] = `--- ${body}`;
	        }
	        else
	            lines.push(body);
	    }
	    else {
	        lines.push(stringify.stringify(doc.contents, ctx));
	    }
	    if (doc.directives?.docEnd) {
	        if (doc.comment) {
	            const cs = commentString(doc.comment);
	            if (cs.includes('\n')) {
	                lines.push('...');
	                lines.push(stringifyComment.indentComment(cs, ''));
	            }
	            else {
	                lines.push(`... ${cs}`);
	            }
	        }
	        else {
	            lines.push('...');
	        }
	    }
	    else {
	        let dc = doc.comment;
	        if (dc && chompKeep)
	            dc = dc.replace(/^\n+/, '');
	        if (dc) {
	            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
	                lines.push('');
	            lines.push(stringifyComment.indentComment(commentString(dc), ''));
	        }
	    }
	    return lines.join('\n') + '\n';
	}

	stringifyDocument.stringifyDocument = stringifyDocument$1;
	return stringifyDocument;
}

var hasRequiredDocument;

function requireDocument () {
	if (hasRequiredDocument) return Document;
	hasRequiredDocument = 1;

	var Alias = requireAlias();
	var Collection = requireCollection();
	var identity = requireIdentity();
	var Pair = requirePair();
	var toJS = requireToJS();
	var Schema = requireSchema();
	var stringifyDocument = requireStringifyDocument();
	var anchors = requireAnchors();
	var applyReviver = requireApplyReviver();
	var createNode = requireCreateNode();
	var directives = requireDirectives();

	let Document$1 = class Document {
	    constructor(value, replacer, options) {
	        /** A comment before this Document */
	        this.commentBefore = null;
	        /** A comment immediately after this Document */
	        this.comment = null;
	        /** Errors encountered during parsing. */
	        this.errors = [];
	        /** Warnings encountered during parsing. */
	        this.warnings = [];
	        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
	        let _replacer = null;
	        if (typeof replacer === 'function' || Array.isArray(replacer)) {
	            _replacer = replacer;
	        }
	        else if (options === undefined && replacer) {
	            options = replacer;
	            replacer = undefined;
	        }
	        const opt = Object.assign({
	            intAsBigInt: false,
	            keepSourceTokens: false,
	            logLevel: 'warn',
	            prettyErrors: true,
	            strict: true,
	            stringKeys: false,
	            uniqueKeys: true,
	            version: '1.2'
	        }, options);
	        this.options = opt;
	        let { version } = opt;
	        if (options?._directives) {
	            this.directives = options._directives.atDocument();
	            if (this.directives.yaml.explicit)
	                version = this.directives.yaml.version;
	        }
	        else
	            this.directives = new directives.Directives({ version });
	        this.setSchema(version, options);
	        // @ts-expect-error We can't really know that this matches Contents.
	        this.contents =
	            value === undefined ? null : this.createNode(value, _replacer, options);
	    }
	    /**
	     * Create a deep copy of this Document and its contents.
	     *
	     * Custom Node values that inherit from `Object` still refer to their original instances.
	     */
	    clone() {
	        const copy = Object.create(Document.prototype, {
	            [identity.NODE_TYPE]: { value: identity.DOC }
	        });
	        copy.commentBefore = this.commentBefore;
	        copy.comment = this.comment;
	        copy.errors = this.errors.slice();
	        copy.warnings = this.warnings.slice();
	        copy.options = Object.assign({}, this.options);
	        if (this.directives)
	            copy.directives = this.directives.clone();
	        copy.schema = this.schema.clone();
	        // @ts-expect-error We can't really know that this matches Contents.
	        copy.contents = identity.isNode(this.contents)
	            ? this.contents.clone(copy.schema)
	            : this.contents;
	        if (this.range)
	            copy.range = this.range.slice();
	        return copy;
	    }
	    /** Adds a value to the document. */
	    add(value) {
	        if (assertCollection(this.contents))
	            this.contents.add(value);
	    }
	    /** Adds a value to the document. */
	    addIn(path, value) {
	        if (assertCollection(this.contents))
	            this.contents.addIn(path, value);
	    }
	    /**
	     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
	     *
	     * If `node` already has an anchor, `name` is ignored.
	     * Otherwise, the `node.anchor` value will be set to `name`,
	     * or if an anchor with that name is already present in the document,
	     * `name` will be used as a prefix for a new unique anchor.
	     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
	     */
	    createAlias(node, name) {
	        if (!node.anchor) {
	            const prev = anchors.anchorNames(this);
	            node.anchor =
	                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
	                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
	        }
	        return new Alias.Alias(node.anchor);
	    }
	    createNode(value, replacer, options) {
	        let _replacer = undefined;
	        if (typeof replacer === 'function') {
	            value = replacer.call({ '': value }, '', value);
	            _replacer = replacer;
	        }
	        else if (Array.isArray(replacer)) {
	            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
	            const asStr = replacer.filter(keyToStr).map(String);
	            if (asStr.length > 0)
	                replacer = replacer.concat(asStr);
	            _replacer = replacer;
	        }
	        else if (options === undefined && replacer) {
	            options = replacer;
	            replacer = undefined;
	        }
	        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
	        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
	        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
	        anchorPrefix || 'a');
	        const ctx = {
	            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
	            keepUndefined: keepUndefined ?? false,
	            onAnchor,
	            onTagObj,
	            replacer: _replacer,
	            schema: this.schema,
	            sourceObjects
	        };
	        const node = createNode.createNode(value, tag, ctx);
	        if (flow && identity.isCollection(node))
	            node.flow = true;
	        setAnchors();
	        return node;
	    }
	    /**
	     * Convert a key and a value into a `Pair` using the current schema,
	     * recursively wrapping all values as `Scalar` or `Collection` nodes.
	     */
	    createPair(key, value, options = {}) {
	        const k = this.createNode(key, null, options);
	        const v = this.createNode(value, null, options);
	        return new Pair.Pair(k, v);
	    }
	    /**
	     * Removes a value from the document.
	     * @returns `true` if the item was found and removed.
	     */
	    delete(key) {
	        return assertCollection(this.contents) ? this.contents.delete(key) : false;
	    }
	    /**
	     * Removes a value from the document.
	     * @returns `true` if the item was found and removed.
	     */
	    deleteIn(path) {
	        if (Collection.isEmptyPath(path)) {
	            if (this.contents == null)
	                return false;
	            // @ts-expect-error Presumed impossible if Strict extends false
	            this.contents = null;
	            return true;
	        }
	        return assertCollection(this.contents)
	            ? this.contents.deleteIn(path)
	            : false;
	    }
	    /**
	     * Returns item at `key`, or `undefined` if not found. By default unwraps
	     * scalar values from their surrounding node; to disable set `keepScalar` to
	     * `true` (collections are always returned intact).
	     */
	    get(key, keepScalar) {
	        return identity.isCollection(this.contents)
	            ? this.contents.get(key, keepScalar)
	            : undefined;
	    }
	    /**
	     * Returns item at `path`, or `undefined` if not found. By default unwraps
	     * scalar values from their surrounding node; to disable set `keepScalar` to
	     * `true` (collections are always returned intact).
	     */
	    getIn(path, keepScalar) {
	        if (Collection.isEmptyPath(path))
	            return !keepScalar && identity.isScalar(this.contents)
	                ? this.contents.value
	                : this.contents;
	        return identity.isCollection(this.contents)
	            ? this.contents.getIn(path, keepScalar)
	            : undefined;
	    }
	    /**
	     * Checks if the document includes a value with the key `key`.
	     */
	    has(key) {
	        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
	    }
	    /**
	     * Checks if the document includes a value at `path`.
	     */
	    hasIn(path) {
	        if (Collection.isEmptyPath(path))
	            return this.contents !== undefined;
	        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
	    }
	    /**
	     * Sets a value in this document. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     */
	    set(key, value) {
	        if (this.contents == null) {
	            // @ts-expect-error We can't really know that this matches Contents.
	            this.contents = Collection.collectionFromPath(this.schema, [key], value);
	        }
	        else if (assertCollection(this.contents)) {
	            this.contents.set(key, value);
	        }
	    }
	    /**
	     * Sets a value in this document. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     */
	    setIn(path, value) {
	        if (Collection.isEmptyPath(path)) {
	            // @ts-expect-error We can't really know that this matches Contents.
	            this.contents = value;
	        }
	        else if (this.contents == null) {
	            // @ts-expect-error We can't really know that this matches Contents.
	            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
	        }
	        else if (assertCollection(this.contents)) {
	            this.contents.setIn(path, value);
	        }
	    }
	    /**
	     * Change the YAML version and schema used by the document.
	     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
	     * It also requires the `schema` option to be given as a `Schema` instance value.
	     *
	     * Overrides all previously set schema options.
	     */
	    setSchema(version, options = {}) {
	        if (typeof version === 'number')
	            version = String(version);
	        let opt;
	        switch (version) {
	            case '1.1':
	                if (this.directives)
	                    this.directives.yaml.version = '1.1';
	                else
	                    this.directives = new directives.Directives({ version: '1.1' });
	                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
	                break;
	            case '1.2':
	            case 'next':
	                if (this.directives)
	                    this.directives.yaml.version = version;
	                else
	                    this.directives = new directives.Directives({ version });
	                opt = { resolveKnownTags: true, schema: 'core' };
	                break;
	            case null:
	                if (this.directives)
	                    delete this.directives;
	                opt = null;
	                break;
	            default: {
	                const sv = JSON.stringify(version);
	                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
	            }
	        }
	        // Not using `instanceof Schema` to allow for duck typing
	        if (options.schema instanceof Object)
	            this.schema = options.schema;
	        else if (opt)
	            this.schema = new Schema.Schema(Object.assign(opt, options));
	        else
	            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
	    }
	    // json & jsonArg are only used from toJSON()
	    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
	        const ctx = {
	            anchors: new Map(),
	            doc: this,
	            keep: !json,
	            mapAsMap: mapAsMap === true,
	            mapKeyWarned: false,
	            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
	        };
	        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
	        if (typeof onAnchor === 'function')
	            for (const { count, res } of ctx.anchors.values())
	                onAnchor(res, count);
	        return typeof reviver === 'function'
	            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
	            : res;
	    }
	    /**
	     * A JSON representation of the document `contents`.
	     *
	     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
	     *   property name.
	     */
	    toJSON(jsonArg, onAnchor) {
	        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
	    }
	    /** A YAML representation of the document. */
	    toString(options = {}) {
	        if (this.errors.length > 0)
	            throw new Error('Document with errors cannot be stringified');
	        if ('indent' in options &&
	            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
	            const s = JSON.stringify(options.indent);
	            throw new Error(`"indent" option must be a positive integer, not ${s}`);
	        }
	        return stringifyDocument.stringifyDocument(this, options);
	    }
	};
	function assertCollection(contents) {
	    if (identity.isCollection(contents))
	        return true;
	    throw new Error('Expected a YAML collection as document contents');
	}

	Document.Document = Document$1;
	return Document;
}

var errors = {};

var hasRequiredErrors;

function requireErrors () {
	if (hasRequiredErrors) return errors;
	hasRequiredErrors = 1;

	class YAMLError extends Error {
	    constructor(name, pos, code, message) {
	        super();
	        this.name = name;
	        this.code = code;
	        this.message = message;
	        this.pos = pos;
	    }
	}
	class YAMLParseError extends YAMLError {
	    constructor(pos, code, message) {
	        super('YAMLParseError', pos, code, message);
	    }
	}
	class YAMLWarning extends YAMLError {
	    constructor(pos, code, message) {
	        super('YAMLWarning', pos, code, message);
	    }
	}
	const prettifyError = (src, lc) => (error) => {
	    if (error.pos[0] === -1)
	        return;
	    error.linePos = error.pos.map(pos => lc.linePos(pos));
	    const { line, col } = error.linePos[0];
	    error.message += ` at line ${line}, column ${col}`;
	    let ci = col - 1;
	    let lineStr = src
	        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
	        .replace(/[\n\r]+$/, '');
	    // Trim to max 80 chars, keeping col position near the middle
	    if (ci >= 60 && lineStr.length > 80) {
	        const trimStart = Math.min(ci - 39, lineStr.length - 79);
	        lineStr = '…' + lineStr.substring(trimStart);
	        ci -= trimStart - 1;
	    }
	    if (lineStr.length > 80)
	        lineStr = lineStr.substring(0, 79) + '…';
	    // Include previous line in context if pointing at line start
	    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
	        // Regexp won't match if start is trimmed
	        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
	        if (prev.length > 80)
	            prev = prev.substring(0, 79) + '…\n';
	        lineStr = prev + lineStr;
	    }
	    if (/[^ ]/.test(lineStr)) {
	        let count = 1;
	        const end = error.linePos[1];
	        if (end?.line === line && end.col > col) {
	            count = Math.max(1, Math.min(end.col - col, 80 - ci));
	        }
	        const pointer = ' '.repeat(ci) + '^'.repeat(count);
	        error.message += `:\n\n${lineStr}\n${pointer}\n`;
	    }
	};

	errors.YAMLError = YAMLError;
	errors.YAMLParseError = YAMLParseError;
	errors.YAMLWarning = YAMLWarning;
	errors.prettifyError = prettifyError;
	return errors;
}

var composeDoc = {};

var composeNode = {};

var composeCollection = {};

var resolveBlockMap = {};

var resolveProps = {};

var hasRequiredResolveProps;

function requireResolveProps () {
	if (hasRequiredResolveProps) return resolveProps;
	hasRequiredResolveProps = 1;

	function resolveProps$1(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
	    let spaceBefore = false;
	    let atNewline = startOnNewline;
	    let hasSpace = startOnNewline;
	    let comment = '';
	    let commentSep = '';
	    let hasNewline = false;
	    let reqSpace = false;
	    let tab = null;
	    let anchor = null;
	    let tag = null;
	    let newlineAfterProp = null;
	    let comma = null;
	    let found = null;
	    let start = null;
	    for (const token of tokens) {
	        if (reqSpace) {
	            if (token.type !== 'space' &&
	                token.type !== 'newline' &&
	                token.type !== 'comma')
	                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
	            reqSpace = false;
	        }
	        if (tab) {
	            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
	                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
	            }
	            tab = null;
	        }
	        switch (token.type) {
	            case 'space':
	                // At the doc level, tabs at line start may be parsed
	                // as leading white space rather than indentation.
	                // In a flow collection, only the parser handles indent.
	                if (!flow &&
	                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
	                    token.source.includes('\t')) {
	                    tab = token;
	                }
	                hasSpace = true;
	                break;
	            case 'comment': {
	                if (!hasSpace)
	                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
	                const cb = token.source.substring(1) || ' ';
	                if (!comment)
	                    comment = cb;
	                else
	                    comment += commentSep + cb;
	                commentSep = '';
	                atNewline = false;
	                break;
	            }
	            case 'newline':
	                if (atNewline) {
	                    if (comment)
	                        comment += token.source;
	                    else if (!found || indicator !== 'seq-item-ind')
	                        spaceBefore = true;
	                }
	                else
	                    commentSep += token.source;
	                atNewline = true;
	                hasNewline = true;
	                if (anchor || tag)
	                    newlineAfterProp = token;
	                hasSpace = true;
	                break;
	            case 'anchor':
	                if (anchor)
	                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
	                if (token.source.endsWith(':'))
	                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
	                anchor = token;
	                start ?? (start = token.offset);
	                atNewline = false;
	                hasSpace = false;
	                reqSpace = true;
	                break;
	            case 'tag': {
	                if (tag)
	                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
	                tag = token;
	                start ?? (start = token.offset);
	                atNewline = false;
	                hasSpace = false;
	                reqSpace = true;
	                break;
	            }
	            case indicator:
	                // Could here handle preceding comments differently
	                if (anchor || tag)
	                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
	                if (found)
	                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
	                found = token;
	                atNewline =
	                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
	                hasSpace = false;
	                break;
	            case 'comma':
	                if (flow) {
	                    if (comma)
	                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
	                    comma = token;
	                    atNewline = false;
	                    hasSpace = false;
	                    break;
	                }
	            // else fallthrough
	            default:
	                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
	                atNewline = false;
	                hasSpace = false;
	        }
	    }
	    const last = tokens[tokens.length - 1];
	    const end = last ? last.offset + last.source.length : offset;
	    if (reqSpace &&
	        next &&
	        next.type !== 'space' &&
	        next.type !== 'newline' &&
	        next.type !== 'comma' &&
	        (next.type !== 'scalar' || next.source !== '')) {
	        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
	    }
	    if (tab &&
	        ((atNewline && tab.indent <= parentIndent) ||
	            next?.type === 'block-map' ||
	            next?.type === 'block-seq'))
	        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
	    return {
	        comma,
	        found,
	        spaceBefore,
	        comment,
	        hasNewline,
	        anchor,
	        tag,
	        newlineAfterProp,
	        end,
	        start: start ?? end
	    };
	}

	resolveProps.resolveProps = resolveProps$1;
	return resolveProps;
}

var utilContainsNewline = {};

var hasRequiredUtilContainsNewline;

function requireUtilContainsNewline () {
	if (hasRequiredUtilContainsNewline) return utilContainsNewline;
	hasRequiredUtilContainsNewline = 1;

	function containsNewline(key) {
	    if (!key)
	        return null;
	    switch (key.type) {
	        case 'alias':
	        case 'scalar':
	        case 'double-quoted-scalar':
	        case 'single-quoted-scalar':
	            if (key.source.includes('\n'))
	                return true;
	            if (key.end)
	                for (const st of key.end)
	                    if (st.type === 'newline')
	                        return true;
	            return false;
	        case 'flow-collection':
	            for (const it of key.items) {
	                for (const st of it.start)
	                    if (st.type === 'newline')
	                        return true;
	                if (it.sep)
	                    for (const st of it.sep)
	                        if (st.type === 'newline')
	                            return true;
	                if (containsNewline(it.key) || containsNewline(it.value))
	                    return true;
	            }
	            return false;
	        default:
	            return true;
	    }
	}

	utilContainsNewline.containsNewline = containsNewline;
	return utilContainsNewline;
}

var utilFlowIndentCheck = {};

var hasRequiredUtilFlowIndentCheck;

function requireUtilFlowIndentCheck () {
	if (hasRequiredUtilFlowIndentCheck) return utilFlowIndentCheck;
	hasRequiredUtilFlowIndentCheck = 1;

	var utilContainsNewline = requireUtilContainsNewline();

	function flowIndentCheck(indent, fc, onError) {
	    if (fc?.type === 'flow-collection') {
	        const end = fc.end[0];
	        if (end.indent === indent &&
	            (end.source === ']' || end.source === '}') &&
	            utilContainsNewline.containsNewline(fc)) {
	            const msg = 'Flow end indicator should be more indented than parent';
	            onError(end, 'BAD_INDENT', msg, true);
	        }
	    }
	}

	utilFlowIndentCheck.flowIndentCheck = flowIndentCheck;
	return utilFlowIndentCheck;
}

var utilMapIncludes = {};

var hasRequiredUtilMapIncludes;

function requireUtilMapIncludes () {
	if (hasRequiredUtilMapIncludes) return utilMapIncludes;
	hasRequiredUtilMapIncludes = 1;

	var identity = requireIdentity();

	function mapIncludes(ctx, items, search) {
	    const { uniqueKeys } = ctx.options;
	    if (uniqueKeys === false)
	        return false;
	    const isEqual = typeof uniqueKeys === 'function'
	        ? uniqueKeys
	        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
	    return items.some(pair => isEqual(pair.key, search));
	}

	utilMapIncludes.mapIncludes = mapIncludes;
	return utilMapIncludes;
}

var hasRequiredResolveBlockMap;

function requireResolveBlockMap () {
	if (hasRequiredResolveBlockMap) return resolveBlockMap;
	hasRequiredResolveBlockMap = 1;

	var Pair = requirePair();
	var YAMLMap = requireYAMLMap();
	var resolveProps = requireResolveProps();
	var utilContainsNewline = requireUtilContainsNewline();
	var utilFlowIndentCheck = requireUtilFlowIndentCheck();
	var utilMapIncludes = requireUtilMapIncludes();

	const startColMsg = 'All mapping items must start at the same column';
	function resolveBlockMap$1({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
	    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
	    const map = new NodeClass(ctx.schema);
	    if (ctx.atRoot)
	        ctx.atRoot = false;
	    let offset = bm.offset;
	    let commentEnd = null;
	    for (const collItem of bm.items) {
	        const { start, key, sep, value } = collItem;
	        // key properties
	        const keyProps = resolveProps.resolveProps(start, {
	            indicator: 'explicit-key-ind',
	            next: key ?? sep?.[0],
	            offset,
	            onError,
	            parentIndent: bm.indent,
	            startOnNewline: true
	        });
	        const implicitKey = !keyProps.found;
	        if (implicitKey) {
	            if (key) {
	                if (key.type === 'block-seq')
	                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
	                else if ('indent' in key && key.indent !== bm.indent)
	                    onError(offset, 'BAD_INDENT', startColMsg);
	            }
	            if (!keyProps.anchor && !keyProps.tag && !sep) {
	                commentEnd = keyProps.end;
	                if (keyProps.comment) {
	                    if (map.comment)
	                        map.comment += '\n' + keyProps.comment;
	                    else
	                        map.comment = keyProps.comment;
	                }
	                continue;
	            }
	            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
	                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
	            }
	        }
	        else if (keyProps.found?.indent !== bm.indent) {
	            onError(offset, 'BAD_INDENT', startColMsg);
	        }
	        // key value
	        ctx.atKey = true;
	        const keyStart = keyProps.end;
	        const keyNode = key
	            ? composeNode(ctx, key, keyProps, onError)
	            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
	        if (ctx.schema.compat)
	            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
	        ctx.atKey = false;
	        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
	            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
	        // value properties
	        const valueProps = resolveProps.resolveProps(sep ?? [], {
	            indicator: 'map-value-ind',
	            next: value,
	            offset: keyNode.range[2],
	            onError,
	            parentIndent: bm.indent,
	            startOnNewline: !key || key.type === 'block-scalar'
	        });
	        offset = valueProps.end;
	        if (valueProps.found) {
	            if (implicitKey) {
	                if (value?.type === 'block-map' && !valueProps.hasNewline)
	                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
	                if (ctx.options.strict &&
	                    keyProps.start < valueProps.found.offset - 1024)
	                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
	            }
	            // value value
	            const valueNode = value
	                ? composeNode(ctx, value, valueProps, onError)
	                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
	            if (ctx.schema.compat)
	                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
	            offset = valueNode.range[2];
	            const pair = new Pair.Pair(keyNode, valueNode);
	            if (ctx.options.keepSourceTokens)
	                pair.srcToken = collItem;
	            map.items.push(pair);
	        }
	        else {
	            // key with no value
	            if (implicitKey)
	                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
	            if (valueProps.comment) {
	                if (keyNode.comment)
	                    keyNode.comment += '\n' + valueProps.comment;
	                else
	                    keyNode.comment = valueProps.comment;
	            }
	            const pair = new Pair.Pair(keyNode);
	            if (ctx.options.keepSourceTokens)
	                pair.srcToken = collItem;
	            map.items.push(pair);
	        }
	    }
	    if (commentEnd && commentEnd < offset)
	        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
	    map.range = [bm.offset, offset, commentEnd ?? offset];
	    return map;
	}

	resolveBlockMap.resolveBlockMap = resolveBlockMap$1;
	return resolveBlockMap;
}

var resolveBlockSeq = {};

var hasRequiredResolveBlockSeq;

function requireResolveBlockSeq () {
	if (hasRequiredResolveBlockSeq) return resolveBlockSeq;
	hasRequiredResolveBlockSeq = 1;

	var YAMLSeq = requireYAMLSeq();
	var resolveProps = requireResolveProps();
	var utilFlowIndentCheck = requireUtilFlowIndentCheck();

	function resolveBlockSeq$1({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
	    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
	    const seq = new NodeClass(ctx.schema);
	    if (ctx.atRoot)
	        ctx.atRoot = false;
	    if (ctx.atKey)
	        ctx.atKey = false;
	    let offset = bs.offset;
	    let commentEnd = null;
	    for (const { start, value } of bs.items) {
	        const props = resolveProps.resolveProps(start, {
	            indicator: 'seq-item-ind',
	            next: value,
	            offset,
	            onError,
	            parentIndent: bs.indent,
	            startOnNewline: true
	        });
	        if (!props.found) {
	            if (props.anchor || props.tag || value) {
	                if (value?.type === 'block-seq')
	                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
	                else
	                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
	            }
	            else {
	                commentEnd = props.end;
	                if (props.comment)
	                    seq.comment = props.comment;
	                continue;
	            }
	        }
	        const node = value
	            ? composeNode(ctx, value, props, onError)
	            : composeEmptyNode(ctx, props.end, start, null, props, onError);
	        if (ctx.schema.compat)
	            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
	        offset = node.range[2];
	        seq.items.push(node);
	    }
	    seq.range = [bs.offset, offset, commentEnd ?? offset];
	    return seq;
	}

	resolveBlockSeq.resolveBlockSeq = resolveBlockSeq$1;
	return resolveBlockSeq;
}

var resolveFlowCollection = {};

var resolveEnd = {};

var hasRequiredResolveEnd;

function requireResolveEnd () {
	if (hasRequiredResolveEnd) return resolveEnd;
	hasRequiredResolveEnd = 1;

	function resolveEnd$1(end, offset, reqSpace, onError) {
	    let comment = '';
	    if (end) {
	        let hasSpace = false;
	        let sep = '';
	        for (const token of end) {
	            const { source, type } = token;
	            switch (type) {
	                case 'space':
	                    hasSpace = true;
	                    break;
	                case 'comment': {
	                    if (reqSpace && !hasSpace)
	                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
	                    const cb = source.substring(1) || ' ';
	                    if (!comment)
	                        comment = cb;
	                    else
	                        comment += sep + cb;
	                    sep = '';
	                    break;
	                }
	                case 'newline':
	                    if (comment)
	                        sep += source;
	                    hasSpace = true;
	                    break;
	                default:
	                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
	            }
	            offset += source.length;
	        }
	    }
	    return { comment, offset };
	}

	resolveEnd.resolveEnd = resolveEnd$1;
	return resolveEnd;
}

var hasRequiredResolveFlowCollection;

function requireResolveFlowCollection () {
	if (hasRequiredResolveFlowCollection) return resolveFlowCollection;
	hasRequiredResolveFlowCollection = 1;

	var identity = requireIdentity();
	var Pair = requirePair();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var resolveEnd = requireResolveEnd();
	var resolveProps = requireResolveProps();
	var utilContainsNewline = requireUtilContainsNewline();
	var utilMapIncludes = requireUtilMapIncludes();

	const blockMsg = 'Block collections are not allowed within flow collections';
	const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
	function resolveFlowCollection$1({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
	    const isMap = fc.start.source === '{';
	    const fcName = isMap ? 'flow map' : 'flow sequence';
	    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
	    const coll = new NodeClass(ctx.schema);
	    coll.flow = true;
	    const atRoot = ctx.atRoot;
	    if (atRoot)
	        ctx.atRoot = false;
	    if (ctx.atKey)
	        ctx.atKey = false;
	    let offset = fc.offset + fc.start.source.length;
	    for (let i = 0; i < fc.items.length; ++i) {
	        const collItem = fc.items[i];
	        const { start, key, sep, value } = collItem;
	        const props = resolveProps.resolveProps(start, {
	            flow: fcName,
	            indicator: 'explicit-key-ind',
	            next: key ?? sep?.[0],
	            offset,
	            onError,
	            parentIndent: fc.indent,
	            startOnNewline: false
	        });
	        if (!props.found) {
	            if (!props.anchor && !props.tag && !sep && !value) {
	                if (i === 0 && props.comma)
	                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
	                else if (i < fc.items.length - 1)
	                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
	                if (props.comment) {
	                    if (coll.comment)
	                        coll.comment += '\n' + props.comment;
	                    else
	                        coll.comment = props.comment;
	                }
	                offset = props.end;
	                continue;
	            }
	            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
	                onError(key, // checked by containsNewline()
	                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
	        }
	        if (i === 0) {
	            if (props.comma)
	                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
	        }
	        else {
	            if (!props.comma)
	                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
	            if (props.comment) {
	                let prevItemComment = '';
	                loop: for (const st of start) {
	                    switch (st.type) {
	                        case 'comma':
	                        case 'space':
	                            break;
	                        case 'comment':
	                            prevItemComment = st.source.substring(1);
	                            break loop;
	                        default:
	                            break loop;
	                    }
	                }
	                if (prevItemComment) {
	                    let prev = coll.items[coll.items.length - 1];
	                    if (identity.isPair(prev))
	                        prev = prev.value ?? prev.key;
	                    if (prev.comment)
	                        prev.comment += '\n' + prevItemComment;
	                    else
	                        prev.comment = prevItemComment;
	                    props.comment = props.comment.substring(prevItemComment.length + 1);
	                }
	            }
	        }
	        if (!isMap && !sep && !props.found) {
	            // item is a value in a seq
	            // → key & sep are empty, start does not include ? or :
	            const valueNode = value
	                ? composeNode(ctx, value, props, onError)
	                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
	            coll.items.push(valueNode);
	            offset = valueNode.range[2];
	            if (isBlock(value))
	                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
	        }
	        else {
	            // item is a key+value pair
	            // key value
	            ctx.atKey = true;
	            const keyStart = props.end;
	            const keyNode = key
	                ? composeNode(ctx, key, props, onError)
	                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
	            if (isBlock(key))
	                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
	            ctx.atKey = false;
	            // value properties
	            const valueProps = resolveProps.resolveProps(sep ?? [], {
	                flow: fcName,
	                indicator: 'map-value-ind',
	                next: value,
	                offset: keyNode.range[2],
	                onError,
	                parentIndent: fc.indent,
	                startOnNewline: false
	            });
	            if (valueProps.found) {
	                if (!isMap && !props.found && ctx.options.strict) {
	                    if (sep)
	                        for (const st of sep) {
	                            if (st === valueProps.found)
	                                break;
	                            if (st.type === 'newline') {
	                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
	                                break;
	                            }
	                        }
	                    if (props.start < valueProps.found.offset - 1024)
	                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
	                }
	            }
	            else if (value) {
	                if ('source' in value && value.source?.[0] === ':')
	                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
	                else
	                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
	            }
	            // value value
	            const valueNode = value
	                ? composeNode(ctx, value, valueProps, onError)
	                : valueProps.found
	                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
	                    : null;
	            if (valueNode) {
	                if (isBlock(value))
	                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
	            }
	            else if (valueProps.comment) {
	                if (keyNode.comment)
	                    keyNode.comment += '\n' + valueProps.comment;
	                else
	                    keyNode.comment = valueProps.comment;
	            }
	            const pair = new Pair.Pair(keyNode, valueNode);
	            if (ctx.options.keepSourceTokens)
	                pair.srcToken = collItem;
	            if (isMap) {
	                const map = coll;
	                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
	                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
	                map.items.push(pair);
	            }
	            else {
	                const map = new YAMLMap.YAMLMap(ctx.schema);
	                map.flow = true;
	                map.items.push(pair);
	                const endRange = (valueNode ?? keyNode).range;
	                map.range = [keyNode.range[0], endRange[1], endRange[2]];
	                coll.items.push(map);
	            }
	            offset = valueNode ? valueNode.range[2] : valueProps.end;
	        }
	    }
	    const expectedEnd = isMap ? '}' : ']';
	    const [ce, ...ee] = fc.end;
	    let cePos = offset;
	    if (ce?.source === expectedEnd)
	        cePos = ce.offset + ce.source.length;
	    else {
	        const name = fcName[0].toUpperCase() + fcName.substring(1);
	        const msg = atRoot
	            ? `${name} must end with a ${expectedEnd}`
	            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
	        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
	        if (ce && ce.source.length !== 1)
	            ee.unshift(ce);
	    }
	    if (ee.length > 0) {
	        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
	        if (end.comment) {
	            if (coll.comment)
	                coll.comment += '\n' + end.comment;
	            else
	                coll.comment = end.comment;
	        }
	        coll.range = [fc.offset, cePos, end.offset];
	    }
	    else {
	        coll.range = [fc.offset, cePos, cePos];
	    }
	    return coll;
	}

	resolveFlowCollection.resolveFlowCollection = resolveFlowCollection$1;
	return resolveFlowCollection;
}

var hasRequiredComposeCollection;

function requireComposeCollection () {
	if (hasRequiredComposeCollection) return composeCollection;
	hasRequiredComposeCollection = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var resolveBlockMap = requireResolveBlockMap();
	var resolveBlockSeq = requireResolveBlockSeq();
	var resolveFlowCollection = requireResolveFlowCollection();

	function resolveCollection(CN, ctx, token, onError, tagName, tag) {
	    const coll = token.type === 'block-map'
	        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
	        : token.type === 'block-seq'
	            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
	            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
	    const Coll = coll.constructor;
	    // If we got a tagName matching the class, or the tag name is '!',
	    // then use the tagName from the node class used to create it.
	    if (tagName === '!' || tagName === Coll.tagName) {
	        coll.tag = Coll.tagName;
	        return coll;
	    }
	    if (tagName)
	        coll.tag = tagName;
	    return coll;
	}
	function composeCollection$1(CN, ctx, token, props, onError) {
	    const tagToken = props.tag;
	    const tagName = !tagToken
	        ? null
	        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
	    if (token.type === 'block-seq') {
	        const { anchor, newlineAfterProp: nl } = props;
	        const lastProp = anchor && tagToken
	            ? anchor.offset > tagToken.offset
	                ? anchor
	                : tagToken
	            : (anchor ?? tagToken);
	        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
	            const message = 'Missing newline after block sequence props';
	            onError(lastProp, 'MISSING_CHAR', message);
	        }
	    }
	    const expType = token.type === 'block-map'
	        ? 'map'
	        : token.type === 'block-seq'
	            ? 'seq'
	            : token.start.source === '{'
	                ? 'map'
	                : 'seq';
	    // shortcut: check if it's a generic YAMLMap or YAMLSeq
	    // before jumping into the custom tag logic.
	    if (!tagToken ||
	        !tagName ||
	        tagName === '!' ||
	        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
	        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
	        return resolveCollection(CN, ctx, token, onError, tagName);
	    }
	    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
	    if (!tag) {
	        const kt = ctx.schema.knownTags[tagName];
	        if (kt?.collection === expType) {
	            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
	            tag = kt;
	        }
	        else {
	            if (kt) {
	                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
	            }
	            else {
	                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
	            }
	            return resolveCollection(CN, ctx, token, onError, tagName);
	        }
	    }
	    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
	    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
	    const node = identity.isNode(res)
	        ? res
	        : new Scalar.Scalar(res);
	    node.range = coll.range;
	    node.tag = tagName;
	    if (tag?.format)
	        node.format = tag.format;
	    return node;
	}

	composeCollection.composeCollection = composeCollection$1;
	return composeCollection;
}

var composeScalar = {};

var resolveBlockScalar = {};

var hasRequiredResolveBlockScalar;

function requireResolveBlockScalar () {
	if (hasRequiredResolveBlockScalar) return resolveBlockScalar;
	hasRequiredResolveBlockScalar = 1;

	var Scalar = requireScalar();

	function resolveBlockScalar$1(ctx, scalar, onError) {
	    const start = scalar.offset;
	    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
	    if (!header)
	        return { value: '', type: null, comment: '', range: [start, start, start] };
	    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
	    const lines = scalar.source ? splitLines(scalar.source) : [];
	    // determine the end of content & start of chomping
	    let chompStart = lines.length;
	    for (let i = lines.length - 1; i >= 0; --i) {
	        const content = lines[i][1];
	        if (content === '' || content === '\r')
	            chompStart = i;
	        else
	            break;
	    }
	    // shortcut for empty contents
	    if (chompStart === 0) {
	        const value = header.chomp === '+' && lines.length > 0
	            ? '\n'.repeat(Math.max(1, lines.length - 1))
	            : '';
	        let end = start + header.length;
	        if (scalar.source)
	            end += scalar.source.length;
	        return { value, type, comment: header.comment, range: [start, end, end] };
	    }
	    // find the indentation level to trim from start
	    let trimIndent = scalar.indent + header.indent;
	    let offset = scalar.offset + header.length;
	    let contentStart = 0;
	    for (let i = 0; i < chompStart; ++i) {
	        const [indent, content] = lines[i];
	        if (content === '' || content === '\r') {
	            if (header.indent === 0 && indent.length > trimIndent)
	                trimIndent = indent.length;
	        }
	        else {
	            if (indent.length < trimIndent) {
	                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
	                onError(offset + indent.length, 'MISSING_CHAR', message);
	            }
	            if (header.indent === 0)
	                trimIndent = indent.length;
	            contentStart = i;
	            if (trimIndent === 0 && !ctx.atRoot) {
	                const message = 'Block scalar values in collections must be indented';
	                onError(offset, 'BAD_INDENT', message);
	            }
	            break;
	        }
	        offset += indent.length + content.length + 1;
	    }
	    // include trailing more-indented empty lines in content
	    for (let i = lines.length - 1; i >= chompStart; --i) {
	        if (lines[i][0].length > trimIndent)
	            chompStart = i + 1;
	    }
	    let value = '';
	    let sep = '';
	    let prevMoreIndented = false;
	    // leading whitespace is kept intact
	    for (let i = 0; i < contentStart; ++i)
	        value += lines[i][0].slice(trimIndent) + '\n';
	    for (let i = contentStart; i < chompStart; ++i) {
	        let [indent, content] = lines[i];
	        offset += indent.length + content.length + 1;
	        const crlf = content[content.length - 1] === '\r';
	        if (crlf)
	            content = content.slice(0, -1);
	        /* istanbul ignore if already caught in lexer */
	        if (content && indent.length < trimIndent) {
	            const src = header.indent
	                ? 'explicit indentation indicator'
	                : 'first line';
	            const message = `Block scalar lines must not be less indented than their ${src}`;
	            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
	            indent = '';
	        }
	        if (type === Scalar.Scalar.BLOCK_LITERAL) {
	            value += sep + indent.slice(trimIndent) + content;
	            sep = '\n';
	        }
	        else if (indent.length > trimIndent || content[0] === '\t') {
	            // more-indented content within a folded block
	            if (sep === ' ')
	                sep = '\n';
	            else if (!prevMoreIndented && sep === '\n')
	                sep = '\n\n';
	            value += sep + indent.slice(trimIndent) + content;
	            sep = '\n';
	            prevMoreIndented = true;
	        }
	        else if (content === '') {
	            // empty line
	            if (sep === '\n')
	                value += '\n';
	            else
	                sep = '\n';
	        }
	        else {
	            value += sep + content;
	            sep = ' ';
	            prevMoreIndented = false;
	        }
	    }
	    switch (header.chomp) {
	        case '-':
	            break;
	        case '+':
	            for (let i = chompStart; i < lines.length; ++i)
	                value += '\n' + lines[i][0].slice(trimIndent);
	            if (value[value.length - 1] !== '\n')
	                value += '\n';
	            break;
	        default:
	            value += '\n';
	    }
	    const end = start + header.length + scalar.source.length;
	    return { value, type, comment: header.comment, range: [start, end, end] };
	}
	function parseBlockScalarHeader({ offset, props }, strict, onError) {
	    /* istanbul ignore if should not happen */
	    if (props[0].type !== 'block-scalar-header') {
	        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
	        return null;
	    }
	    const { source } = props[0];
	    const mode = source[0];
	    let indent = 0;
	    let chomp = '';
	    let error = -1;
	    for (let i = 1; i < source.length; ++i) {
	        const ch = source[i];
	        if (!chomp && (ch === '-' || ch === '+'))
	            chomp = ch;
	        else {
	            const n = Number(ch);
	            if (!indent && n)
	                indent = n;
	            else if (error === -1)
	                error = offset + i;
	        }
	    }
	    if (error !== -1)
	        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
	    let hasSpace = false;
	    let comment = '';
	    let length = source.length;
	    for (let i = 1; i < props.length; ++i) {
	        const token = props[i];
	        switch (token.type) {
	            case 'space':
	                hasSpace = true;
	            // fallthrough
	            case 'newline':
	                length += token.source.length;
	                break;
	            case 'comment':
	                if (strict && !hasSpace) {
	                    const message = 'Comments must be separated from other tokens by white space characters';
	                    onError(token, 'MISSING_CHAR', message);
	                }
	                length += token.source.length;
	                comment = token.source.substring(1);
	                break;
	            case 'error':
	                onError(token, 'UNEXPECTED_TOKEN', token.message);
	                length += token.source.length;
	                break;
	            /* istanbul ignore next should not happen */
	            default: {
	                const message = `Unexpected token in block scalar header: ${token.type}`;
	                onError(token, 'UNEXPECTED_TOKEN', message);
	                const ts = token.source;
	                if (ts && typeof ts === 'string')
	                    length += ts.length;
	            }
	        }
	    }
	    return { mode, indent, chomp, comment, length };
	}
	/** @returns Array of lines split up as `[indent, content]` */
	function splitLines(source) {
	    const split = source.split(/\n( *)/);
	    const first = split[0];
	    const m = first.match(/^( *)/);
	    const line0 = m?.[1]
	        ? [m[1], first.slice(m[1].length)]
	        : ['', first];
	    const lines = [line0];
	    for (let i = 1; i < split.length; i += 2)
	        lines.push([split[i], split[i + 1]]);
	    return lines;
	}

	resolveBlockScalar.resolveBlockScalar = resolveBlockScalar$1;
	return resolveBlockScalar;
}

var resolveFlowScalar = {};

var hasRequiredResolveFlowScalar;

function requireResolveFlowScalar () {
	if (hasRequiredResolveFlowScalar) return resolveFlowScalar;
	hasRequiredResolveFlowScalar = 1;

	var Scalar = requireScalar();
	var resolveEnd = requireResolveEnd();

	function resolveFlowScalar$1(scalar, strict, onError) {
	    const { offset, type, source, end } = scalar;
	    let _type;
	    let value;
	    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
	    switch (type) {
	        case 'scalar':
	            _type = Scalar.Scalar.PLAIN;
	            value = plainValue(source, _onError);
	            break;
	        case 'single-quoted-scalar':
	            _type = Scalar.Scalar.QUOTE_SINGLE;
	            value = singleQuotedValue(source, _onError);
	            break;
	        case 'double-quoted-scalar':
	            _type = Scalar.Scalar.QUOTE_DOUBLE;
	            value = doubleQuotedValue(source, _onError);
	            break;
	        /* istanbul ignore next should not happen */
	        default:
	            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
	            return {
	                value: '',
	                type: null,
	                comment: '',
	                range: [offset, offset + source.length, offset + source.length]
	            };
	    }
	    const valueEnd = offset + source.length;
	    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
	    return {
	        value,
	        type: _type,
	        comment: re.comment,
	        range: [offset, valueEnd, re.offset]
	    };
	}
	function plainValue(source, onError) {
	    let badChar = '';
	    switch (source[0]) {
	        /* istanbul ignore next should not happen */
	        case '\t':
	            badChar = 'a tab character';
	            break;
	        case ',':
	            badChar = 'flow indicator character ,';
	            break;
	        case '%':
	            badChar = 'directive indicator character %';
	            break;
	        case '|':
	        case '>': {
	            badChar = `block scalar indicator ${source[0]}`;
	            break;
	        }
	        case '@':
	        case '`': {
	            badChar = `reserved character ${source[0]}`;
	            break;
	        }
	    }
	    if (badChar)
	        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
	    return unfoldLines(source);
	}
	function singleQuotedValue(source, onError) {
	    if (source[source.length - 1] !== "'" || source.length === 1)
	        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
	    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
	}
	function unfoldLines(source) {
	    const line = /(.*?)\r?\n/sy;
	    let match = line.exec(source);
	    if (!match)
	        return source;
	    /**
	     * The negative lookbehinds in these RegExps are to
	     * prevent causing a polynomial search time in certain cases.
	     *
	     * The try-catch is for Safari < 16.4 and other old browsers:
	     * https://caniuse.com/js-regexp-lookbehind
	     */
	    let trimEnd, trimBoth;
	    try {
	        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
	        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
	    }
	    catch {
	        trimEnd = /[ \t]+$/;
	        trimBoth = /^[ \t]+|[ \t]+$/g;
	    }
	    let res = match[1].replace(trimEnd, '');
	    let sep = ' ';
	    let pos = line.lastIndex;
	    while ((match = line.exec(source))) {
	        const lm = match[1].replace(trimBoth, '');
	        if (lm === '') {
	            if (sep === '\n')
	                res += sep;
	            else
	                sep = '\n';
	        }
	        else {
	            res += sep + lm;
	            sep = ' ';
	        }
	        pos = line.lastIndex;
	    }
	    const last = /[ \t]*(.*)/sy;
	    last.lastIndex = pos;
	    match = last.exec(source);
	    return res + sep + (match?.[1] ?? '');
	}
	function doubleQuotedValue(source, onError) {
	    let res = '';
	    for (let i = 1; i < source.length - 1; ++i) {
	        const ch = source[i];
	        if (ch === '\r' && source[i + 1] === '\n')
	            continue;
	        if (ch === '\n') {
	            const { fold, offset } = foldNewline(source, i);
	            res += fold;
	            i = offset;
	        }
	        else if (ch === '\\') {
	            let next = source[++i];
	            const cc = escapeCodes[next];
	            if (cc)
	                res += cc;
	            else if (next === '\n') {
	                // skip escaped newlines, but still trim the following line
	                next = source[i + 1];
	                while (next === ' ' || next === '\t')
	                    next = source[++i + 1];
	            }
	            else if (next === '\r' && source[i + 1] === '\n') {
	                // skip escaped CRLF newlines, but still trim the following line
	                next = source[++i + 1];
	                while (next === ' ' || next === '\t')
	                    next = source[++i + 1];
	            }
	            else if (next === 'x' || next === 'u' || next === 'U') {
	                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
	                res += parseCharCode(source, i + 1, length, onError);
	                i += length;
	            }
	            else {
	                const raw = source.substr(i - 1, 2);
	                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
	                res += raw;
	            }
	        }
	        else if (ch === ' ' || ch === '\t') {
	            // trim trailing whitespace
	            const wsStart = i;
	            let next = source[i + 1];
	            while (next === ' ' || next === '\t')
	                next = source[++i + 1];
	            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
	                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
	        }
	        else {
	            res += ch;
	        }
	    }
	    if (source[source.length - 1] !== '"' || source.length === 1)
	        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
	    return res;
	}
	/**
	 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
	 * Presumes `source[offset] === '\n'`
	 */
	function foldNewline(source, offset) {
	    let fold = '';
	    let ch = source[offset + 1];
	    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
	        if (ch === '\r' && source[offset + 2] !== '\n')
	            break;
	        if (ch === '\n')
	            fold += '\n';
	        offset += 1;
	        ch = source[offset + 1];
	    }
	    if (!fold)
	        fold = ' ';
	    return { fold, offset };
	}
	const escapeCodes = {
	    '0': '\0', // null character
	    a: '\x07', // bell character
	    b: '\b', // backspace
	    e: '\x1b', // escape character
	    f: '\f', // form feed
	    n: '\n', // line feed
	    r: '\r', // carriage return
	    t: '\t', // horizontal tab
	    v: '\v', // vertical tab
	    N: '\u0085', // Unicode next line
	    _: '\u00a0', // Unicode non-breaking space
	    L: '\u2028', // Unicode line separator
	    P: '\u2029', // Unicode paragraph separator
	    ' ': ' ',
	    '"': '"',
	    '/': '/',
	    '\\': '\\',
	    '\t': '\t'
	};
	function parseCharCode(source, offset, length, onError) {
	    const cc = source.substr(offset, length);
	    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
	    const code = ok ? parseInt(cc, 16) : NaN;
	    try {
	        return String.fromCodePoint(code);
	    }
	    catch {
	        const raw = source.substr(offset - 2, length + 2);
	        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
	        return raw;
	    }
	}

	resolveFlowScalar.resolveFlowScalar = resolveFlowScalar$1;
	return resolveFlowScalar;
}

var hasRequiredComposeScalar;

function requireComposeScalar () {
	if (hasRequiredComposeScalar) return composeScalar;
	hasRequiredComposeScalar = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();
	var resolveBlockScalar = requireResolveBlockScalar();
	var resolveFlowScalar = requireResolveFlowScalar();

	function composeScalar$1(ctx, token, tagToken, onError) {
	    const { value, type, comment, range } = token.type === 'block-scalar'
	        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
	        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
	    const tagName = tagToken
	        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
	        : null;
	    let tag;
	    if (ctx.options.stringKeys && ctx.atKey) {
	        tag = ctx.schema[identity.SCALAR];
	    }
	    else if (tagName)
	        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
	    else if (token.type === 'scalar')
	        tag = findScalarTagByTest(ctx, value, token, onError);
	    else
	        tag = ctx.schema[identity.SCALAR];
	    let scalar;
	    try {
	        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
	        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
	    }
	    catch (error) {
	        const msg = error instanceof Error ? error.message : String(error);
	        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
	        scalar = new Scalar.Scalar(value);
	    }
	    scalar.range = range;
	    scalar.source = value;
	    if (type)
	        scalar.type = type;
	    if (tagName)
	        scalar.tag = tagName;
	    if (tag.format)
	        scalar.format = tag.format;
	    if (comment)
	        scalar.comment = comment;
	    return scalar;
	}
	function findScalarTagByName(schema, value, tagName, tagToken, onError) {
	    if (tagName === '!')
	        return schema[identity.SCALAR]; // non-specific tag
	    const matchWithTest = [];
	    for (const tag of schema.tags) {
	        if (!tag.collection && tag.tag === tagName) {
	            if (tag.default && tag.test)
	                matchWithTest.push(tag);
	            else
	                return tag;
	        }
	    }
	    for (const tag of matchWithTest)
	        if (tag.test?.test(value))
	            return tag;
	    const kt = schema.knownTags[tagName];
	    if (kt && !kt.collection) {
	        // Ensure that the known tag is available for stringifying,
	        // but does not get used by default.
	        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
	        return kt;
	    }
	    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
	    return schema[identity.SCALAR];
	}
	function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
	    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
	        tag.test?.test(value)) || schema[identity.SCALAR];
	    if (schema.compat) {
	        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
	            schema[identity.SCALAR];
	        if (tag.tag !== compat.tag) {
	            const ts = directives.tagString(tag.tag);
	            const cs = directives.tagString(compat.tag);
	            const msg = `Value may be parsed as either ${ts} or ${cs}`;
	            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
	        }
	    }
	    return tag;
	}

	composeScalar.composeScalar = composeScalar$1;
	return composeScalar;
}

var utilEmptyScalarPosition = {};

var hasRequiredUtilEmptyScalarPosition;

function requireUtilEmptyScalarPosition () {
	if (hasRequiredUtilEmptyScalarPosition) return utilEmptyScalarPosition;
	hasRequiredUtilEmptyScalarPosition = 1;

	function emptyScalarPosition(offset, before, pos) {
	    if (before) {
	        pos ?? (pos = before.length);
	        for (let i = pos - 1; i >= 0; --i) {
	            let st = before[i];
	            switch (st.type) {
	                case 'space':
	                case 'comment':
	                case 'newline':
	                    offset -= st.source.length;
	                    continue;
	            }
	            // Technically, an empty scalar is immediately after the last non-empty
	            // node, but it's more useful to place it after any whitespace.
	            st = before[++i];
	            while (st?.type === 'space') {
	                offset += st.source.length;
	                st = before[++i];
	            }
	            break;
	        }
	    }
	    return offset;
	}

	utilEmptyScalarPosition.emptyScalarPosition = emptyScalarPosition;
	return utilEmptyScalarPosition;
}

var hasRequiredComposeNode;

function requireComposeNode () {
	if (hasRequiredComposeNode) return composeNode;
	hasRequiredComposeNode = 1;

	var Alias = requireAlias();
	var identity = requireIdentity();
	var composeCollection = requireComposeCollection();
	var composeScalar = requireComposeScalar();
	var resolveEnd = requireResolveEnd();
	var utilEmptyScalarPosition = requireUtilEmptyScalarPosition();

	const CN = { composeNode: composeNode$1, composeEmptyNode };
	function composeNode$1(ctx, token, props, onError) {
	    const atKey = ctx.atKey;
	    const { spaceBefore, comment, anchor, tag } = props;
	    let node;
	    let isSrcToken = true;
	    switch (token.type) {
	        case 'alias':
	            node = composeAlias(ctx, token, onError);
	            if (anchor || tag)
	                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
	            break;
	        case 'scalar':
	        case 'single-quoted-scalar':
	        case 'double-quoted-scalar':
	        case 'block-scalar':
	            node = composeScalar.composeScalar(ctx, token, tag, onError);
	            if (anchor)
	                node.anchor = anchor.source.substring(1);
	            break;
	        case 'block-map':
	        case 'block-seq':
	        case 'flow-collection':
	            try {
	                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
	                if (anchor)
	                    node.anchor = anchor.source.substring(1);
	            }
	            catch (error) {
	                // Almost certainly here due to a stack overflow
	                const message = error instanceof Error ? error.message : String(error);
	                onError(token, 'RESOURCE_EXHAUSTION', message);
	            }
	            break;
	        default: {
	            const message = token.type === 'error'
	                ? token.message
	                : `Unsupported token (type: ${token.type})`;
	            onError(token, 'UNEXPECTED_TOKEN', message);
	            isSrcToken = false;
	        }
	    }
	    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
	    if (anchor && node.anchor === '')
	        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
	    if (atKey &&
	        ctx.options.stringKeys &&
	        (!identity.isScalar(node) ||
	            typeof node.value !== 'string' ||
	            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
	        const msg = 'With stringKeys, all keys must be strings';
	        onError(tag ?? token, 'NON_STRING_KEY', msg);
	    }
	    if (spaceBefore)
	        node.spaceBefore = true;
	    if (comment) {
	        if (token.type === 'scalar' && token.source === '')
	            node.comment = comment;
	        else
	            node.commentBefore = comment;
	    }
	    // @ts-expect-error Type checking misses meaning of isSrcToken
	    if (ctx.options.keepSourceTokens && isSrcToken)
	        node.srcToken = token;
	    return node;
	}
	function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
	    const token = {
	        type: 'scalar',
	        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
	        indent: -1,
	        source: ''
	    };
	    const node = composeScalar.composeScalar(ctx, token, tag, onError);
	    if (anchor) {
	        node.anchor = anchor.source.substring(1);
	        if (node.anchor === '')
	            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
	    }
	    if (spaceBefore)
	        node.spaceBefore = true;
	    if (comment) {
	        node.comment = comment;
	        node.range[2] = end;
	    }
	    return node;
	}
	function composeAlias({ options }, { offset, source, end }, onError) {
	    const alias = new Alias.Alias(source.substring(1));
	    if (alias.source === '')
	        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
	    if (alias.source.endsWith(':'))
	        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
	    const valueEnd = offset + source.length;
	    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
	    alias.range = [offset, valueEnd, re.offset];
	    if (re.comment)
	        alias.comment = re.comment;
	    return alias;
	}

	composeNode.composeEmptyNode = composeEmptyNode;
	composeNode.composeNode = composeNode$1;
	return composeNode;
}

var hasRequiredComposeDoc;

function requireComposeDoc () {
	if (hasRequiredComposeDoc) return composeDoc;
	hasRequiredComposeDoc = 1;

	var Document = requireDocument();
	var composeNode = requireComposeNode();
	var resolveEnd = requireResolveEnd();
	var resolveProps = requireResolveProps();

	function composeDoc$1(options, directives, { offset, start, value, end }, onError) {
	    const opts = Object.assign({ _directives: directives }, options);
	    const doc = new Document.Document(undefined, opts);
	    const ctx = {
	        atKey: false,
	        atRoot: true,
	        directives: doc.directives,
	        options: doc.options,
	        schema: doc.schema
	    };
	    const props = resolveProps.resolveProps(start, {
	        indicator: 'doc-start',
	        next: value ?? end?.[0],
	        offset,
	        onError,
	        parentIndent: 0,
	        startOnNewline: true
	    });
	    if (props.found) {
	        doc.directives.docStart = true;
	        if (value &&
	            (value.type === 'block-map' || value.type === 'block-seq') &&
	            !props.hasNewline)
	            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
	    }
	    // @ts-expect-error If Contents is set, let's trust the user
	    doc.contents = value
	        ? composeNode.composeNode(ctx, value, props, onError)
	        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
	    const contentEnd = doc.contents.range[2];
	    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
	    if (re.comment)
	        doc.comment = re.comment;
	    doc.range = [offset, contentEnd, re.offset];
	    return doc;
	}

	composeDoc.composeDoc = composeDoc$1;
	return composeDoc;
}

var hasRequiredComposer;

function requireComposer () {
	if (hasRequiredComposer) return composer;
	hasRequiredComposer = 1;

	var node_process = __builtin$1;
	var directives = requireDirectives();
	var Document = requireDocument();
	var errors = requireErrors();
	var identity = requireIdentity();
	var composeDoc = requireComposeDoc();
	var resolveEnd = requireResolveEnd();

	function getErrorPos(src) {
	    if (typeof src === 'number')
	        return [src, src + 1];
	    if (Array.isArray(src))
	        return src.length === 2 ? src : [src[0], src[1]];
	    const { offset, source } = src;
	    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
	}
	function parsePrelude(prelude) {
	    let comment = '';
	    let atComment = false;
	    let afterEmptyLine = false;
	    for (let i = 0; i < prelude.length; ++i) {
	        const source = prelude[i];
	        switch (source[0]) {
	            case '#':
	                comment +=
	                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
	                        (source.substring(1) || ' ');
	                atComment = true;
	                afterEmptyLine = false;
	                break;
	            case '%':
	                if (prelude[i + 1]?.[0] !== '#')
	                    i += 1;
	                atComment = false;
	                break;
	            default:
	                // This may be wrong after doc-end, but in that case it doesn't matter
	                if (!atComment)
	                    afterEmptyLine = true;
	                atComment = false;
	        }
	    }
	    return { comment, afterEmptyLine };
	}
	/**
	 * Compose a stream of CST nodes into a stream of YAML Documents.
	 *
	 * ```ts
	 * import { Composer, Parser } from 'yaml'
	 *
	 * const src: string = ...
	 * const tokens = new Parser().parse(src)
	 * const docs = new Composer().compose(tokens)
	 * ```
	 */
	class Composer {
	    constructor(options = {}) {
	        this.doc = null;
	        this.atDirectives = false;
	        this.prelude = [];
	        this.errors = [];
	        this.warnings = [];
	        this.onError = (source, code, message, warning) => {
	            const pos = getErrorPos(source);
	            if (warning)
	                this.warnings.push(new errors.YAMLWarning(pos, code, message));
	            else
	                this.errors.push(new errors.YAMLParseError(pos, code, message));
	        };
	        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
	        this.directives = new directives.Directives({ version: options.version || '1.2' });
	        this.options = options;
	    }
	    decorate(doc, afterDoc) {
	        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
	        //console.log({ dc: doc.comment, prelude, comment })
	        if (comment) {
	            const dc = doc.contents;
	            if (afterDoc) {
	                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
	            }
	            else if (afterEmptyLine || doc.directives.docStart || !dc) {
	                doc.commentBefore = comment;
	            }
	            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
	                let it = dc.items[0];
	                if (identity.isPair(it))
	                    it = it.key;
	                const cb = it.commentBefore;
	                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
	            }
	            else {
	                const cb = dc.commentBefore;
	                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
	            }
	        }
	        if (afterDoc) {
	            for (let i = 0; i < this.errors.length; ++i)
	                doc.errors.push(this.errors[i]);
	            for (let i = 0; i < this.warnings.length; ++i)
	                doc.warnings.push(this.warnings[i]);
	        }
	        else {
	            doc.errors = this.errors;
	            doc.warnings = this.warnings;
	        }
	        this.prelude = [];
	        this.errors = [];
	        this.warnings = [];
	    }
	    /**
	     * Current stream status information.
	     *
	     * Mostly useful at the end of input for an empty stream.
	     */
	    streamInfo() {
	        return {
	            comment: parsePrelude(this.prelude).comment,
	            directives: this.directives,
	            errors: this.errors,
	            warnings: this.warnings
	        };
	    }
	    /**
	     * Compose tokens into documents.
	     *
	     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
	     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
	     */
	    *compose(tokens, forceDoc = false, endOffset = -1) {
	        for (const token of tokens)
	            yield* this.next(token);
	        yield* this.end(forceDoc, endOffset);
	    }
	    /** Advance the composer by one CST token. */
	    *next(token) {
	        if (node_process.env.LOG_STREAM)
	            console.dir(token, { depth: null });
	        switch (token.type) {
	            case 'directive':
	                this.directives.add(token.source, (offset, message, warning) => {
	                    const pos = getErrorPos(token);
	                    pos[0] += offset;
	                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
	                });
	                this.prelude.push(token.source);
	                this.atDirectives = true;
	                break;
	            case 'document': {
	                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
	                if (this.atDirectives && !doc.directives.docStart)
	                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
	                this.decorate(doc, false);
	                if (this.doc)
	                    yield this.doc;
	                this.doc = doc;
	                this.atDirectives = false;
	                break;
	            }
	            case 'byte-order-mark':
	            case 'space':
	                break;
	            case 'comment':
	            case 'newline':
	                this.prelude.push(token.source);
	                break;
	            case 'error': {
	                const msg = token.source
	                    ? `${token.message}: ${JSON.stringify(token.source)}`
	                    : token.message;
	                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
	                if (this.atDirectives || !this.doc)
	                    this.errors.push(error);
	                else
	                    this.doc.errors.push(error);
	                break;
	            }
	            case 'doc-end': {
	                if (!this.doc) {
	                    const msg = 'Unexpected doc-end without preceding document';
	                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
	                    break;
	                }
	                this.doc.directives.docEnd = true;
	                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
	                this.decorate(this.doc, true);
	                if (end.comment) {
	                    const dc = this.doc.comment;
	                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
	                }
	                this.doc.range[2] = end.offset;
	                break;
	            }
	            default:
	                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
	        }
	    }
	    /**
	     * Call at end of input to yield any remaining document.
	     *
	     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
	     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
	     */
	    *end(forceDoc = false, endOffset = -1) {
	        if (this.doc) {
	            this.decorate(this.doc, true);
	            yield this.doc;
	            this.doc = null;
	        }
	        else if (forceDoc) {
	            const opts = Object.assign({ _directives: this.directives }, this.options);
	            const doc = new Document.Document(undefined, opts);
	            if (this.atDirectives)
	                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
	            doc.range = [0, endOffset, endOffset];
	            this.decorate(doc, false);
	            yield doc;
	        }
	    }
	}

	composer.Composer = Composer;
	return composer;
}

var cst = {};

var cstScalar = {};

var hasRequiredCstScalar;

function requireCstScalar () {
	if (hasRequiredCstScalar) return cstScalar;
	hasRequiredCstScalar = 1;

	var resolveBlockScalar = requireResolveBlockScalar();
	var resolveFlowScalar = requireResolveFlowScalar();
	var errors = requireErrors();
	var stringifyString = requireStringifyString();

	function resolveAsScalar(token, strict = true, onError) {
	    if (token) {
	        const _onError = (pos, code, message) => {
	            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
	            if (onError)
	                onError(offset, code, message);
	            else
	                throw new errors.YAMLParseError([offset, offset + 1], code, message);
	        };
	        switch (token.type) {
	            case 'scalar':
	            case 'single-quoted-scalar':
	            case 'double-quoted-scalar':
	                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
	            case 'block-scalar':
	                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
	        }
	    }
	    return null;
	}
	/**
	 * Create a new scalar token with `value`
	 *
	 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
	 * as this function does not support any schema operations and won't check for such conflicts.
	 *
	 * @param value The string representation of the value, which will have its content properly indented.
	 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
	 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
	 * @param context.indent The indent level of the token.
	 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
	 * @param context.offset The offset position of the token.
	 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
	 */
	function createScalarToken(value, context) {
	    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
	    const source = stringifyString.stringifyString({ type, value }, {
	        implicitKey,
	        indent: indent > 0 ? ' '.repeat(indent) : '',
	        inFlow,
	        options: { blockQuote: true, lineWidth: -1 }
	    });
	    const end = context.end ?? [
	        { type: 'newline', offset: -1, indent, source: '\n' }
	    ];
	    switch (source[0]) {
	        case '|':
	        case '>': {
	            const he = source.indexOf('\n');
	            const head = source.substring(0, he);
	            const body = source.substring(he + 1) + '\n';
	            const props = [
	                { type: 'block-scalar-header', offset, indent, source: head }
	            ];
	            if (!addEndtoBlockProps(props, end))
	                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
	            return { type: 'block-scalar', offset, indent, props, source: body };
	        }
	        case '"':
	            return { type: 'double-quoted-scalar', offset, indent, source, end };
	        case "'":
	            return { type: 'single-quoted-scalar', offset, indent, source, end };
	        default:
	            return { type: 'scalar', offset, indent, source, end };
	    }
	}
	/**
	 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
	 *
	 * Best efforts are made to retain any comments previously associated with the `token`,
	 * though all contents within a collection's `items` will be overwritten.
	 *
	 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
	 * as this function does not support any schema operations and won't check for such conflicts.
	 *
	 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
	 * @param value The string representation of the value, which will have its content properly indented.
	 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
	 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
	 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
	 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
	 */
	function setScalarValue(token, value, context = {}) {
	    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
	    let indent = 'indent' in token ? token.indent : null;
	    if (afterKey && typeof indent === 'number')
	        indent += 2;
	    if (!type)
	        switch (token.type) {
	            case 'single-quoted-scalar':
	                type = 'QUOTE_SINGLE';
	                break;
	            case 'double-quoted-scalar':
	                type = 'QUOTE_DOUBLE';
	                break;
	            case 'block-scalar': {
	                const header = token.props[0];
	                if (header.type !== 'block-scalar-header')
	                    throw new Error('Invalid block scalar header');
	                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
	                break;
	            }
	            default:
	                type = 'PLAIN';
	        }
	    const source = stringifyString.stringifyString({ type, value }, {
	        implicitKey: implicitKey || indent === null,
	        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
	        inFlow,
	        options: { blockQuote: true, lineWidth: -1 }
	    });
	    switch (source[0]) {
	        case '|':
	        case '>':
	            setBlockScalarValue(token, source);
	            break;
	        case '"':
	            setFlowScalarValue(token, source, 'double-quoted-scalar');
	            break;
	        case "'":
	            setFlowScalarValue(token, source, 'single-quoted-scalar');
	            break;
	        default:
	            setFlowScalarValue(token, source, 'scalar');
	    }
	}
	function setBlockScalarValue(token, source) {
	    const he = source.indexOf('\n');
	    const head = source.substring(0, he);
	    const body = source.substring(he + 1) + '\n';
	    if (token.type === 'block-scalar') {
	        const header = token.props[0];
	        if (header.type !== 'block-scalar-header')
	            throw new Error('Invalid block scalar header');
	        header.source = head;
	        token.source = body;
	    }
	    else {
	        const { offset } = token;
	        const indent = 'indent' in token ? token.indent : -1;
	        const props = [
	            { type: 'block-scalar-header', offset, indent, source: head }
	        ];
	        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
	            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
	        for (const key of Object.keys(token))
	            if (key !== 'type' && key !== 'offset')
	                delete token[key];
	        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
	    }
	}
	/** @returns `true` if last token is a newline */
	function addEndtoBlockProps(props, end) {
	    if (end)
	        for (const st of end)
	            switch (st.type) {
	                case 'space':
	                case 'comment':
	                    props.push(st);
	                    break;
	                case 'newline':
	                    props.push(st);
	                    return true;
	            }
	    return false;
	}
	function setFlowScalarValue(token, source, type) {
	    switch (token.type) {
	        case 'scalar':
	        case 'double-quoted-scalar':
	        case 'single-quoted-scalar':
	            token.type = type;
	            token.source = source;
	            break;
	        case 'block-scalar': {
	            const end = token.props.slice(1);
	            let oa = source.length;
	            if (token.props[0].type === 'block-scalar-header')
	                oa -= token.props[0].source.length;
	            for (const tok of end)
	                tok.offset += oa;
	            delete token.props;
	            Object.assign(token, { type, source, end });
	            break;
	        }
	        case 'block-map':
	        case 'block-seq': {
	            const offset = token.offset + source.length;
	            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
	            delete token.items;
	            Object.assign(token, { type, source, end: [nl] });
	            break;
	        }
	        default: {
	            const indent = 'indent' in token ? token.indent : -1;
	            const end = 'end' in token && Array.isArray(token.end)
	                ? token.end.filter(st => st.type === 'space' ||
	                    st.type === 'comment' ||
	                    st.type === 'newline')
	                : [];
	            for (const key of Object.keys(token))
	                if (key !== 'type' && key !== 'offset')
	                    delete token[key];
	            Object.assign(token, { type, indent, source, end });
	        }
	    }
	}

	cstScalar.createScalarToken = createScalarToken;
	cstScalar.resolveAsScalar = resolveAsScalar;
	cstScalar.setScalarValue = setScalarValue;
	return cstScalar;
}

var cstStringify = {};

var hasRequiredCstStringify;

function requireCstStringify () {
	if (hasRequiredCstStringify) return cstStringify;
	hasRequiredCstStringify = 1;

	/**
	 * Stringify a CST document, token, or collection item
	 *
	 * Fair warning: This applies no validation whatsoever, and
	 * simply concatenates the sources in their logical order.
	 */
	const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
	function stringifyToken(token) {
	    switch (token.type) {
	        case 'block-scalar': {
	            let res = '';
	            for (const tok of token.props)
	                res += stringifyToken(tok);
	            return res + token.source;
	        }
	        case 'block-map':
	        case 'block-seq': {
	            let res = '';
	            for (const item of token.items)
	                res += stringifyItem(item);
	            return res;
	        }
	        case 'flow-collection': {
	            let res = token.start.source;
	            for (const item of token.items)
	                res += stringifyItem(item);
	            for (const st of token.end)
	                res += st.source;
	            return res;
	        }
	        case 'document': {
	            let res = stringifyItem(token);
	            if (token.end)
	                for (const st of token.end)
	                    res += st.source;
	            return res;
	        }
	        default: {
	            let res = token.source;
	            if ('end' in token && token.end)
	                for (const st of token.end)
	                    res += st.source;
	            return res;
	        }
	    }
	}
	function stringifyItem({ start, key, sep, value }) {
	    let res = '';
	    for (const st of start)
	        res += st.source;
	    if (key)
	        res += stringifyToken(key);
	    if (sep)
	        for (const st of sep)
	            res += st.source;
	    if (value)
	        res += stringifyToken(value);
	    return res;
	}

	cstStringify.stringify = stringify;
	return cstStringify;
}

var cstVisit = {};

var hasRequiredCstVisit;

function requireCstVisit () {
	if (hasRequiredCstVisit) return cstVisit;
	hasRequiredCstVisit = 1;

	const BREAK = Symbol('break visit');
	const SKIP = Symbol('skip children');
	const REMOVE = Symbol('remove item');
	/**
	 * Apply a visitor to a CST document or item.
	 *
	 * Walks through the tree (depth-first) starting from the root, calling a
	 * `visitor` function with two arguments when entering each item:
	 *   - `item`: The current item, which included the following members:
	 *     - `start: SourceToken[]` – Source tokens before the key or value,
	 *       possibly including its anchor or tag.
	 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
	 *       the key before the `:` separator is empty.
	 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
	 *       which should include the `:` map value indicator if `value` is set.
	 *     - `value?: Token` – The value of a sequence item, or of a map pair.
	 *   - `path`: The steps from the root to the current node, as an array of
	 *     `['key' | 'value', number]` tuples.
	 *
	 * The return value of the visitor may be used to control the traversal:
	 *   - `undefined` (default): Do nothing and continue
	 *   - `visit.SKIP`: Do not visit the children of this token, continue with
	 *      next sibling
	 *   - `visit.BREAK`: Terminate traversal completely
	 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
	 *   - `number`: Set the index of the next step. This is useful especially if
	 *     the index of the current token has changed.
	 *   - `function`: Define the next visitor for this item. After the original
	 *     visitor is called on item entry, next visitors are called after handling
	 *     a non-empty `key` and when exiting the item.
	 */
	function visit(cst, visitor) {
	    if ('type' in cst && cst.type === 'document')
	        cst = { start: cst.start, value: cst.value };
	    _visit(Object.freeze([]), cst, visitor);
	}
	// Without the `as symbol` casts, TS declares these in the `visit`
	// namespace using `var`, but then complains about that because
	// `unique symbol` must be `const`.
	/** Terminate visit traversal completely */
	visit.BREAK = BREAK;
	/** Do not visit the children of the current item */
	visit.SKIP = SKIP;
	/** Remove the current item */
	visit.REMOVE = REMOVE;
	/** Find the item at `path` from `cst` as the root */
	visit.itemAtPath = (cst, path) => {
	    let item = cst;
	    for (const [field, index] of path) {
	        const tok = item?.[field];
	        if (tok && 'items' in tok) {
	            item = tok.items[index];
	        }
	        else
	            return undefined;
	    }
	    return item;
	};
	/**
	 * Get the immediate parent collection of the item at `path` from `cst` as the root.
	 *
	 * Throws an error if the collection is not found, which should never happen if the item itself exists.
	 */
	visit.parentCollection = (cst, path) => {
	    const parent = visit.itemAtPath(cst, path.slice(0, -1));
	    const field = path[path.length - 1][0];
	    const coll = parent?.[field];
	    if (coll && 'items' in coll)
	        return coll;
	    throw new Error('Parent collection not found');
	};
	function _visit(path, item, visitor) {
	    let ctrl = visitor(item, path);
	    if (typeof ctrl === 'symbol')
	        return ctrl;
	    for (const field of ['key', 'value']) {
	        const token = item[field];
	        if (token && 'items' in token) {
	            for (let i = 0; i < token.items.length; ++i) {
	                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
	                if (typeof ci === 'number')
	                    i = ci - 1;
	                else if (ci === BREAK)
	                    return BREAK;
	                else if (ci === REMOVE) {
	                    token.items.splice(i, 1);
	                    i -= 1;
	                }
	            }
	            if (typeof ctrl === 'function' && field === 'key')
	                ctrl = ctrl(item, path);
	        }
	    }
	    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
	}

	cstVisit.visit = visit;
	return cstVisit;
}

var hasRequiredCst;

function requireCst () {
	if (hasRequiredCst) return cst;
	hasRequiredCst = 1;

	var cstScalar = requireCstScalar();
	var cstStringify = requireCstStringify();
	var cstVisit = requireCstVisit();

	/** The byte order mark */
	const BOM = '\u{FEFF}';
	/** Start of doc-mode */
	const DOCUMENT = '\x02'; // C0: Start of Text
	/** Unexpected end of flow-mode */
	const FLOW_END = '\x18'; // C0: Cancel
	/** Next token is a scalar value */
	const SCALAR = '\x1f'; // C0: Unit Separator
	/** @returns `true` if `token` is a flow or block collection */
	const isCollection = (token) => !!token && 'items' in token;
	/** @returns `true` if `token` is a flow or block scalar; not an alias */
	const isScalar = (token) => !!token &&
	    (token.type === 'scalar' ||
	        token.type === 'single-quoted-scalar' ||
	        token.type === 'double-quoted-scalar' ||
	        token.type === 'block-scalar');
	/* istanbul ignore next */
	/** Get a printable representation of a lexer token */
	function prettyToken(token) {
	    switch (token) {
	        case BOM:
	            return '<BOM>';
	        case DOCUMENT:
	            return '<DOC>';
	        case FLOW_END:
	            return '<FLOW_END>';
	        case SCALAR:
	            return '<SCALAR>';
	        default:
	            return JSON.stringify(token);
	    }
	}
	/** Identify the type of a lexer token. May return `null` for unknown tokens. */
	function tokenType(source) {
	    switch (source) {
	        case BOM:
	            return 'byte-order-mark';
	        case DOCUMENT:
	            return 'doc-mode';
	        case FLOW_END:
	            return 'flow-error-end';
	        case SCALAR:
	            return 'scalar';
	        case '---':
	            return 'doc-start';
	        case '...':
	            return 'doc-end';
	        case '':
	        case '\n':
	        case '\r\n':
	            return 'newline';
	        case '-':
	            return 'seq-item-ind';
	        case '?':
	            return 'explicit-key-ind';
	        case ':':
	            return 'map-value-ind';
	        case '{':
	            return 'flow-map-start';
	        case '}':
	            return 'flow-map-end';
	        case '[':
	            return 'flow-seq-start';
	        case ']':
	            return 'flow-seq-end';
	        case ',':
	            return 'comma';
	    }
	    switch (source[0]) {
	        case ' ':
	        case '\t':
	            return 'space';
	        case '#':
	            return 'comment';
	        case '%':
	            return 'directive-line';
	        case '*':
	            return 'alias';
	        case '&':
	            return 'anchor';
	        case '!':
	            return 'tag';
	        case "'":
	            return 'single-quoted-scalar';
	        case '"':
	            return 'double-quoted-scalar';
	        case '|':
	        case '>':
	            return 'block-scalar-header';
	    }
	    return null;
	}

	cst.createScalarToken = cstScalar.createScalarToken;
	cst.resolveAsScalar = cstScalar.resolveAsScalar;
	cst.setScalarValue = cstScalar.setScalarValue;
	cst.stringify = cstStringify.stringify;
	cst.visit = cstVisit.visit;
	cst.BOM = BOM;
	cst.DOCUMENT = DOCUMENT;
	cst.FLOW_END = FLOW_END;
	cst.SCALAR = SCALAR;
	cst.isCollection = isCollection;
	cst.isScalar = isScalar;
	cst.prettyToken = prettyToken;
	cst.tokenType = tokenType;
	return cst;
}

var lexer = {};

var hasRequiredLexer;

function requireLexer () {
	if (hasRequiredLexer) return lexer;
	hasRequiredLexer = 1;

	var cst = requireCst();

	/*
	START -> stream

	stream
	  directive -> line-end -> stream
	  indent + line-end -> stream
	  [else] -> line-start

	line-end
	  comment -> line-end
	  newline -> .
	  input-end -> END

	line-start
	  doc-start -> doc
	  doc-end -> stream
	  [else] -> indent -> block-start

	block-start
	  seq-item-start -> block-start
	  explicit-key-start -> block-start
	  map-value-start -> block-start
	  [else] -> doc

	doc
	  line-end -> line-start
	  spaces -> doc
	  anchor -> doc
	  tag -> doc
	  flow-start -> flow -> doc
	  flow-end -> error -> doc
	  seq-item-start -> error -> doc
	  explicit-key-start -> error -> doc
	  map-value-start -> doc
	  alias -> doc
	  quote-start -> quoted-scalar -> doc
	  block-scalar-header -> line-end -> block-scalar(min) -> line-start
	  [else] -> plain-scalar(false, min) -> doc

	flow
	  line-end -> flow
	  spaces -> flow
	  anchor -> flow
	  tag -> flow
	  flow-start -> flow -> flow
	  flow-end -> .
	  seq-item-start -> error -> flow
	  explicit-key-start -> flow
	  map-value-start -> flow
	  alias -> flow
	  quote-start -> quoted-scalar -> flow
	  comma -> flow
	  [else] -> plain-scalar(true, 0) -> flow

	quoted-scalar
	  quote-end -> .
	  [else] -> quoted-scalar

	block-scalar(min)
	  newline + peek(indent < min) -> .
	  [else] -> block-scalar(min)

	plain-scalar(is-flow, min)
	  scalar-end(is-flow) -> .
	  peek(newline + (indent < min)) -> .
	  [else] -> plain-scalar(min)
	*/
	function isEmpty(ch) {
	    switch (ch) {
	        case undefined:
	        case ' ':
	        case '\n':
	        case '\r':
	        case '\t':
	            return true;
	        default:
	            return false;
	    }
	}
	const hexDigits = new Set('0123456789ABCDEFabcdef');
	const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
	const flowIndicatorChars = new Set(',[]{}');
	const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
	const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
	/**
	 * Splits an input string into lexical tokens, i.e. smaller strings that are
	 * easily identifiable by `tokens.tokenType()`.
	 *
	 * Lexing starts always in a "stream" context. Incomplete input may be buffered
	 * until a complete token can be emitted.
	 *
	 * In addition to slices of the original input, the following control characters
	 * may also be emitted:
	 *
	 * - `\x02` (Start of Text): A document starts with the next token
	 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
	 * - `\x1f` (Unit Separator): Next token is a scalar value
	 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
	 */
	class Lexer {
	    constructor() {
	        /**
	         * Flag indicating whether the end of the current buffer marks the end of
	         * all input
	         */
	        this.atEnd = false;
	        /**
	         * Explicit indent set in block scalar header, as an offset from the current
	         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
	         * explicitly set.
	         */
	        this.blockScalarIndent = -1;
	        /**
	         * Block scalars that include a + (keep) chomping indicator in their header
	         * include trailing empty lines, which are otherwise excluded from the
	         * scalar's contents.
	         */
	        this.blockScalarKeep = false;
	        /** Current input */
	        this.buffer = '';
	        /**
	         * Flag noting whether the map value indicator : can immediately follow this
	         * node within a flow context.
	         */
	        this.flowKey = false;
	        /** Count of surrounding flow collection levels. */
	        this.flowLevel = 0;
	        /**
	         * Minimum level of indentation required for next lines to be parsed as a
	         * part of the current scalar value.
	         */
	        this.indentNext = 0;
	        /** Indentation level of the current line. */
	        this.indentValue = 0;
	        /** Position of the next \n character. */
	        this.lineEndPos = null;
	        /** Stores the state of the lexer if reaching the end of incpomplete input */
	        this.next = null;
	        /** A pointer to `buffer`; the current position of the lexer. */
	        this.pos = 0;
	    }
	    /**
	     * Generate YAML tokens from the `source` string. If `incomplete`,
	     * a part of the last line may be left as a buffer for the next call.
	     *
	     * @returns A generator of lexical tokens
	     */
	    *lex(source, incomplete = false) {
	        if (source) {
	            if (typeof source !== 'string')
	                throw TypeError('source is not a string');
	            this.buffer = this.buffer ? this.buffer + source : source;
	            this.lineEndPos = null;
	        }
	        this.atEnd = !incomplete;
	        let next = this.next ?? 'stream';
	        while (next && (incomplete || this.hasChars(1)))
	            next = yield* this.parseNext(next);
	    }
	    atLineEnd() {
	        let i = this.pos;
	        let ch = this.buffer[i];
	        while (ch === ' ' || ch === '\t')
	            ch = this.buffer[++i];
	        if (!ch || ch === '#' || ch === '\n')
	            return true;
	        if (ch === '\r')
	            return this.buffer[i + 1] === '\n';
	        return false;
	    }
	    charAt(n) {
	        return this.buffer[this.pos + n];
	    }
	    continueScalar(offset) {
	        let ch = this.buffer[offset];
	        if (this.indentNext > 0) {
	            let indent = 0;
	            while (ch === ' ')
	                ch = this.buffer[++indent + offset];
	            if (ch === '\r') {
	                const next = this.buffer[indent + offset + 1];
	                if (next === '\n' || (!next && !this.atEnd))
	                    return offset + indent + 1;
	            }
	            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
	                ? offset + indent
	                : -1;
	        }
	        if (ch === '-' || ch === '.') {
	            const dt = this.buffer.substr(offset, 3);
	            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
	                return -1;
	        }
	        return offset;
	    }
	    getLine() {
	        let end = this.lineEndPos;
	        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
	            end = this.buffer.indexOf('\n', this.pos);
	            this.lineEndPos = end;
	        }
	        if (end === -1)
	            return this.atEnd ? this.buffer.substring(this.pos) : null;
	        if (this.buffer[end - 1] === '\r')
	            end -= 1;
	        return this.buffer.substring(this.pos, end);
	    }
	    hasChars(n) {
	        return this.pos + n <= this.buffer.length;
	    }
	    setNext(state) {
	        this.buffer = this.buffer.substring(this.pos);
	        this.pos = 0;
	        this.lineEndPos = null;
	        this.next = state;
	        return null;
	    }
	    peek(n) {
	        return this.buffer.substr(this.pos, n);
	    }
	    *parseNext(next) {
	        switch (next) {
	            case 'stream':
	                return yield* this.parseStream();
	            case 'line-start':
	                return yield* this.parseLineStart();
	            case 'block-start':
	                return yield* this.parseBlockStart();
	            case 'doc':
	                return yield* this.parseDocument();
	            case 'flow':
	                return yield* this.parseFlowCollection();
	            case 'quoted-scalar':
	                return yield* this.parseQuotedScalar();
	            case 'block-scalar':
	                return yield* this.parseBlockScalar();
	            case 'plain-scalar':
	                return yield* this.parsePlainScalar();
	        }
	    }
	    *parseStream() {
	        let line = this.getLine();
	        if (line === null)
	            return this.setNext('stream');
	        if (line[0] === cst.BOM) {
	            yield* this.pushCount(1);
	            line = line.substring(1);
	        }
	        if (line[0] === '%') {
	            let dirEnd = line.length;
	            let cs = line.indexOf('#');
	            while (cs !== -1) {
	                const ch = line[cs - 1];
	                if (ch === ' ' || ch === '\t') {
	                    dirEnd = cs - 1;
	                    break;
	                }
	                else {
	                    cs = line.indexOf('#', cs + 1);
	                }
	            }
	            while (true) {
	                const ch = line[dirEnd - 1];
	                if (ch === ' ' || ch === '\t')
	                    dirEnd -= 1;
	                else
	                    break;
	            }
	            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
	            yield* this.pushCount(line.length - n); // possible comment
	            this.pushNewline();
	            return 'stream';
	        }
	        if (this.atLineEnd()) {
	            const sp = yield* this.pushSpaces(true);
	            yield* this.pushCount(line.length - sp);
	            yield* this.pushNewline();
	            return 'stream';
	        }
	        yield cst.DOCUMENT;
	        return yield* this.parseLineStart();
	    }
	    *parseLineStart() {
	        const ch = this.charAt(0);
	        if (!ch && !this.atEnd)
	            return this.setNext('line-start');
	        if (ch === '-' || ch === '.') {
	            if (!this.atEnd && !this.hasChars(4))
	                return this.setNext('line-start');
	            const s = this.peek(3);
	            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
	                yield* this.pushCount(3);
	                this.indentValue = 0;
	                this.indentNext = 0;
	                return s === '---' ? 'doc' : 'stream';
	            }
	        }
	        this.indentValue = yield* this.pushSpaces(false);
	        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
	            this.indentNext = this.indentValue;
	        return yield* this.parseBlockStart();
	    }
	    *parseBlockStart() {
	        const [ch0, ch1] = this.peek(2);
	        if (!ch1 && !this.atEnd)
	            return this.setNext('block-start');
	        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
	            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
	            this.indentNext = this.indentValue + 1;
	            this.indentValue += n;
	            return 'block-start';
	        }
	        return 'doc';
	    }
	    *parseDocument() {
	        yield* this.pushSpaces(true);
	        const line = this.getLine();
	        if (line === null)
	            return this.setNext('doc');
	        let n = yield* this.pushIndicators();
	        switch (line[n]) {
	            case '#':
	                yield* this.pushCount(line.length - n);
	            // fallthrough
	            case undefined:
	                yield* this.pushNewline();
	                return yield* this.parseLineStart();
	            case '{':
	            case '[':
	                yield* this.pushCount(1);
	                this.flowKey = false;
	                this.flowLevel = 1;
	                return 'flow';
	            case '}':
	            case ']':
	                // this is an error
	                yield* this.pushCount(1);
	                return 'doc';
	            case '*':
	                yield* this.pushUntil(isNotAnchorChar);
	                return 'doc';
	            case '"':
	            case "'":
	                return yield* this.parseQuotedScalar();
	            case '|':
	            case '>':
	                n += yield* this.parseBlockScalarHeader();
	                n += yield* this.pushSpaces(true);
	                yield* this.pushCount(line.length - n);
	                yield* this.pushNewline();
	                return yield* this.parseBlockScalar();
	            default:
	                return yield* this.parsePlainScalar();
	        }
	    }
	    *parseFlowCollection() {
	        let nl, sp;
	        let indent = -1;
	        do {
	            nl = yield* this.pushNewline();
	            if (nl > 0) {
	                sp = yield* this.pushSpaces(false);
	                this.indentValue = indent = sp;
	            }
	            else {
	                sp = 0;
	            }
	            sp += yield* this.pushSpaces(true);
	        } while (nl + sp > 0);
	        const line = this.getLine();
	        if (line === null)
	            return this.setNext('flow');
	        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
	            (indent === 0 &&
	                (line.startsWith('---') || line.startsWith('...')) &&
	                isEmpty(line[3]))) {
	            // Allowing for the terminal ] or } at the same (rather than greater)
	            // indent level as the initial [ or { is technically invalid, but
	            // failing here would be surprising to users.
	            const atFlowEndMarker = indent === this.indentNext - 1 &&
	                this.flowLevel === 1 &&
	                (line[0] === ']' || line[0] === '}');
	            if (!atFlowEndMarker) {
	                // this is an error
	                this.flowLevel = 0;
	                yield cst.FLOW_END;
	                return yield* this.parseLineStart();
	            }
	        }
	        let n = 0;
	        while (line[n] === ',') {
	            n += yield* this.pushCount(1);
	            n += yield* this.pushSpaces(true);
	            this.flowKey = false;
	        }
	        n += yield* this.pushIndicators();
	        switch (line[n]) {
	            case undefined:
	                return 'flow';
	            case '#':
	                yield* this.pushCount(line.length - n);
	                return 'flow';
	            case '{':
	            case '[':
	                yield* this.pushCount(1);
	                this.flowKey = false;
	                this.flowLevel += 1;
	                return 'flow';
	            case '}':
	            case ']':
	                yield* this.pushCount(1);
	                this.flowKey = true;
	                this.flowLevel -= 1;
	                return this.flowLevel ? 'flow' : 'doc';
	            case '*':
	                yield* this.pushUntil(isNotAnchorChar);
	                return 'flow';
	            case '"':
	            case "'":
	                this.flowKey = true;
	                return yield* this.parseQuotedScalar();
	            case ':': {
	                const next = this.charAt(1);
	                if (this.flowKey || isEmpty(next) || next === ',') {
	                    this.flowKey = false;
	                    yield* this.pushCount(1);
	                    yield* this.pushSpaces(true);
	                    return 'flow';
	                }
	            }
	            // fallthrough
	            default:
	                this.flowKey = false;
	                return yield* this.parsePlainScalar();
	        }
	    }
	    *parseQuotedScalar() {
	        const quote = this.charAt(0);
	        let end = this.buffer.indexOf(quote, this.pos + 1);
	        if (quote === "'") {
	            while (end !== -1 && this.buffer[end + 1] === "'")
	                end = this.buffer.indexOf("'", end + 2);
	        }
	        else {
	            // double-quote
	            while (end !== -1) {
	                let n = 0;
	                while (this.buffer[end - 1 - n] === '\\')
	                    n += 1;
	                if (n % 2 === 0)
	                    break;
	                end = this.buffer.indexOf('"', end + 1);
	            }
	        }
	        // Only looking for newlines within the quotes
	        const qb = this.buffer.substring(0, end);
	        let nl = qb.indexOf('\n', this.pos);
	        if (nl !== -1) {
	            while (nl !== -1) {
	                const cs = this.continueScalar(nl + 1);
	                if (cs === -1)
	                    break;
	                nl = qb.indexOf('\n', cs);
	            }
	            if (nl !== -1) {
	                // this is an error caused by an unexpected unindent
	                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
	            }
	        }
	        if (end === -1) {
	            if (!this.atEnd)
	                return this.setNext('quoted-scalar');
	            end = this.buffer.length;
	        }
	        yield* this.pushToIndex(end + 1, false);
	        return this.flowLevel ? 'flow' : 'doc';
	    }
	    *parseBlockScalarHeader() {
	        this.blockScalarIndent = -1;
	        this.blockScalarKeep = false;
	        let i = this.pos;
	        while (true) {
	            const ch = this.buffer[++i];
	            if (ch === '+')
	                this.blockScalarKeep = true;
	            else if (ch > '0' && ch <= '9')
	                this.blockScalarIndent = Number(ch) - 1;
	            else if (ch !== '-')
	                break;
	        }
	        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
	    }
	    *parseBlockScalar() {
	        let nl = this.pos - 1; // may be -1 if this.pos === 0
	        let indent = 0;
	        let ch;
	        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
	            switch (ch) {
	                case ' ':
	                    indent += 1;
	                    break;
	                case '\n':
	                    nl = i;
	                    indent = 0;
	                    break;
	                case '\r': {
	                    const next = this.buffer[i + 1];
	                    if (!next && !this.atEnd)
	                        return this.setNext('block-scalar');
	                    if (next === '\n')
	                        break;
	                } // fallthrough
	                default:
	                    break loop;
	            }
	        }
	        if (!ch && !this.atEnd)
	            return this.setNext('block-scalar');
	        if (indent >= this.indentNext) {
	            if (this.blockScalarIndent === -1)
	                this.indentNext = indent;
	            else {
	                this.indentNext =
	                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
	            }
	            do {
	                const cs = this.continueScalar(nl + 1);
	                if (cs === -1)
	                    break;
	                nl = this.buffer.indexOf('\n', cs);
	            } while (nl !== -1);
	            if (nl === -1) {
	                if (!this.atEnd)
	                    return this.setNext('block-scalar');
	                nl = this.buffer.length;
	            }
	        }
	        // Trailing insufficiently indented tabs are invalid.
	        // To catch that during parsing, we include them in the block scalar value.
	        let i = nl + 1;
	        ch = this.buffer[i];
	        while (ch === ' ')
	            ch = this.buffer[++i];
	        if (ch === '\t') {
	            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
	                ch = this.buffer[++i];
	            nl = i - 1;
	        }
	        else if (!this.blockScalarKeep) {
	            do {
	                let i = nl - 1;
	                let ch = this.buffer[i];
	                if (ch === '\r')
	                    ch = this.buffer[--i];
	                const lastChar = i; // Drop the line if last char not more indented
	                while (ch === ' ')
	                    ch = this.buffer[--i];
	                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
	                    nl = i;
	                else
	                    break;
	            } while (true);
	        }
	        yield cst.SCALAR;
	        yield* this.pushToIndex(nl + 1, true);
	        return yield* this.parseLineStart();
	    }
	    *parsePlainScalar() {
	        const inFlow = this.flowLevel > 0;
	        let end = this.pos - 1;
	        let i = this.pos - 1;
	        let ch;
	        while ((ch = this.buffer[++i])) {
	            if (ch === ':') {
	                const next = this.buffer[i + 1];
	                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
	                    break;
	                end = i;
	            }
	            else if (isEmpty(ch)) {
	                let next = this.buffer[i + 1];
	                if (ch === '\r') {
	                    if (next === '\n') {
	                        i += 1;
	                        ch = '\n';
	                        next = this.buffer[i + 1];
	                    }
	                    else
	                        end = i;
	                }
	                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
	                    break;
	                if (ch === '\n') {
	                    const cs = this.continueScalar(i + 1);
	                    if (cs === -1)
	                        break;
	                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
	                }
	            }
	            else {
	                if (inFlow && flowIndicatorChars.has(ch))
	                    break;
	                end = i;
	            }
	        }
	        if (!ch && !this.atEnd)
	            return this.setNext('plain-scalar');
	        yield cst.SCALAR;
	        yield* this.pushToIndex(end + 1, true);
	        return inFlow ? 'flow' : 'doc';
	    }
	    *pushCount(n) {
	        if (n > 0) {
	            yield this.buffer.substr(this.pos, n);
	            this.pos += n;
	            return n;
	        }
	        return 0;
	    }
	    *pushToIndex(i, allowEmpty) {
	        const s = this.buffer.slice(this.pos, i);
	        if (s) {
	            yield s;
	            this.pos += s.length;
	            return s.length;
	        }
	        else if (allowEmpty)
	            yield '';
	        return 0;
	    }
	    *pushIndicators() {
	        let n = 0;
	        loop: while (true) {
	            switch (this.charAt(0)) {
	                case '!':
	                    n += yield* this.pushTag();
	                    n += yield* this.pushSpaces(true);
	                    continue loop;
	                case '&':
	                    n += yield* this.pushUntil(isNotAnchorChar);
	                    n += yield* this.pushSpaces(true);
	                    continue loop;
	                case '-': // this is an error
	                case '?': // this is an error outside flow collections
	                case ':': {
	                    const inFlow = this.flowLevel > 0;
	                    const ch1 = this.charAt(1);
	                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
	                        if (!inFlow)
	                            this.indentNext = this.indentValue + 1;
	                        else if (this.flowKey)
	                            this.flowKey = false;
	                        n += yield* this.pushCount(1);
	                        n += yield* this.pushSpaces(true);
	                        continue loop;
	                    }
	                }
	            }
	            break loop;
	        }
	        return n;
	    }
	    *pushTag() {
	        if (this.charAt(1) === '<') {
	            let i = this.pos + 2;
	            let ch = this.buffer[i];
	            while (!isEmpty(ch) && ch !== '>')
	                ch = this.buffer[++i];
	            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
	        }
	        else {
	            let i = this.pos + 1;
	            let ch = this.buffer[i];
	            while (ch) {
	                if (tagChars.has(ch))
	                    ch = this.buffer[++i];
	                else if (ch === '%' &&
	                    hexDigits.has(this.buffer[i + 1]) &&
	                    hexDigits.has(this.buffer[i + 2])) {
	                    ch = this.buffer[(i += 3)];
	                }
	                else
	                    break;
	            }
	            return yield* this.pushToIndex(i, false);
	        }
	    }
	    *pushNewline() {
	        const ch = this.buffer[this.pos];
	        if (ch === '\n')
	            return yield* this.pushCount(1);
	        else if (ch === '\r' && this.charAt(1) === '\n')
	            return yield* this.pushCount(2);
	        else
	            return 0;
	    }
	    *pushSpaces(allowTabs) {
	        let i = this.pos - 1;
	        let ch;
	        do {
	            ch = this.buffer[++i];
	        } while (ch === ' ' || (allowTabs && ch === '\t'));
	        const n = i - this.pos;
	        if (n > 0) {
	            yield this.buffer.substr(this.pos, n);
	            this.pos = i;
	        }
	        return n;
	    }
	    *pushUntil(test) {
	        let i = this.pos;
	        let ch = this.buffer[i];
	        while (!test(ch))
	            ch = this.buffer[++i];
	        return yield* this.pushToIndex(i, false);
	    }
	}

	lexer.Lexer = Lexer;
	return lexer;
}

var lineCounter = {};

var hasRequiredLineCounter;

function requireLineCounter () {
	if (hasRequiredLineCounter) return lineCounter;
	hasRequiredLineCounter = 1;

	/**
	 * Tracks newlines during parsing in order to provide an efficient API for
	 * determining the one-indexed `{ line, col }` position for any offset
	 * within the input.
	 */
	class LineCounter {
	    constructor() {
	        this.lineStarts = [];
	        /**
	         * Should be called in ascending order. Otherwise, call
	         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
	         */
	        this.addNewLine = (offset) => this.lineStarts.push(offset);
	        /**
	         * Performs a binary search and returns the 1-indexed { line, col }
	         * position of `offset`. If `line === 0`, `addNewLine` has never been
	         * called or `offset` is before the first known newline.
	         */
	        this.linePos = (offset) => {
	            let low = 0;
	            let high = this.lineStarts.length;
	            while (low < high) {
	                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
	                if (this.lineStarts[mid] < offset)
	                    low = mid + 1;
	                else
	                    high = mid;
	            }
	            if (this.lineStarts[low] === offset)
	                return { line: low + 1, col: 1 };
	            if (low === 0)
	                return { line: 0, col: offset };
	            const start = this.lineStarts[low - 1];
	            return { line: low, col: offset - start + 1 };
	        };
	    }
	}

	lineCounter.LineCounter = LineCounter;
	return lineCounter;
}

var parser = {};

var hasRequiredParser;

function requireParser () {
	if (hasRequiredParser) return parser;
	hasRequiredParser = 1;

	var node_process = __builtin$1;
	var cst = requireCst();
	var lexer = requireLexer();

	function includesToken(list, type) {
	    for (let i = 0; i < list.length; ++i)
	        if (list[i].type === type)
	            return true;
	    return false;
	}
	function findNonEmptyIndex(list) {
	    for (let i = 0; i < list.length; ++i) {
	        switch (list[i].type) {
	            case 'space':
	            case 'comment':
	            case 'newline':
	                break;
	            default:
	                return i;
	        }
	    }
	    return -1;
	}
	function isFlowToken(token) {
	    switch (token?.type) {
	        case 'alias':
	        case 'scalar':
	        case 'single-quoted-scalar':
	        case 'double-quoted-scalar':
	        case 'flow-collection':
	            return true;
	        default:
	            return false;
	    }
	}
	function getPrevProps(parent) {
	    switch (parent.type) {
	        case 'document':
	            return parent.start;
	        case 'block-map': {
	            const it = parent.items[parent.items.length - 1];
	            return it.sep ?? it.start;
	        }
	        case 'block-seq':
	            return parent.items[parent.items.length - 1].start;
	        /* istanbul ignore next should not happen */
	        default:
	            return [];
	    }
	}
	/** Note: May modify input array */
	function getFirstKeyStartProps(prev) {
	    if (prev.length === 0)
	        return [];
	    let i = prev.length;
	    loop: while (--i >= 0) {
	        switch (prev[i].type) {
	            case 'doc-start':
	            case 'explicit-key-ind':
	            case 'map-value-ind':
	            case 'seq-item-ind':
	            case 'newline':
	                break loop;
	        }
	    }
	    while (prev[++i]?.type === 'space') {
	        /* loop */
	    }
	    return prev.splice(i, prev.length);
	}
	function arrayPushArray(target, source) {
	    // May exhaust call stack with large `source` array
	    if (source.length < 1e5)
	        Array.prototype.push.apply(target, source);
	    else
	        for (let i = 0; i < source.length; ++i)
	            target.push(source[i]);
	}
	function fixFlowSeqItems(fc) {
	    if (fc.start.type === 'flow-seq-start') {
	        for (const it of fc.items) {
	            if (it.sep &&
	                !it.value &&
	                !includesToken(it.start, 'explicit-key-ind') &&
	                !includesToken(it.sep, 'map-value-ind')) {
	                if (it.key)
	                    it.value = it.key;
	                delete it.key;
	                if (isFlowToken(it.value)) {
	                    if (it.value.end)
	                        arrayPushArray(it.value.end, it.sep);
	                    else
	                        it.value.end = it.sep;
	                }
	                else
	                    arrayPushArray(it.start, it.sep);
	                delete it.sep;
	            }
	        }
	    }
	}
	/**
	 * A YAML concrete syntax tree (CST) parser
	 *
	 * ```ts
	 * const src: string = ...
	 * for (const token of new Parser().parse(src)) {
	 *   // token: Token
	 * }
	 * ```
	 *
	 * To use the parser with a user-provided lexer:
	 *
	 * ```ts
	 * function* parse(source: string, lexer: Lexer) {
	 *   const parser = new Parser()
	 *   for (const lexeme of lexer.lex(source))
	 *     yield* parser.next(lexeme)
	 *   yield* parser.end()
	 * }
	 *
	 * const src: string = ...
	 * const lexer = new Lexer()
	 * for (const token of parse(src, lexer)) {
	 *   // token: Token
	 * }
	 * ```
	 */
	class Parser {
	    /**
	     * @param onNewLine - If defined, called separately with the start position of
	     *   each new line (in `parse()`, including the start of input).
	     */
	    constructor(onNewLine) {
	        /** If true, space and sequence indicators count as indentation */
	        this.atNewLine = true;
	        /** If true, next token is a scalar value */
	        this.atScalar = false;
	        /** Current indentation level */
	        this.indent = 0;
	        /** Current offset since the start of parsing */
	        this.offset = 0;
	        /** On the same line with a block map key */
	        this.onKeyLine = false;
	        /** Top indicates the node that's currently being built */
	        this.stack = [];
	        /** The source of the current token, set in parse() */
	        this.source = '';
	        /** The type of the current token, set in parse() */
	        this.type = '';
	        // Must be defined after `next()`
	        this.lexer = new lexer.Lexer();
	        this.onNewLine = onNewLine;
	    }
	    /**
	     * Parse `source` as a YAML stream.
	     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
	     *
	     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
	     *
	     * @returns A generator of tokens representing each directive, document, and other structure.
	     */
	    *parse(source, incomplete = false) {
	        if (this.onNewLine && this.offset === 0)
	            this.onNewLine(0);
	        for (const lexeme of this.lexer.lex(source, incomplete))
	            yield* this.next(lexeme);
	        if (!incomplete)
	            yield* this.end();
	    }
	    /**
	     * Advance the parser by the `source` of one lexical token.
	     */
	    *next(source) {
	        this.source = source;
	        if (node_process.env.LOG_TOKENS)
	            console.log('|', cst.prettyToken(source));
	        if (this.atScalar) {
	            this.atScalar = false;
	            yield* this.step();
	            this.offset += source.length;
	            return;
	        }
	        const type = cst.tokenType(source);
	        if (!type) {
	            const message = `Not a YAML token: ${source}`;
	            yield* this.pop({ type: 'error', offset: this.offset, message, source });
	            this.offset += source.length;
	        }
	        else if (type === 'scalar') {
	            this.atNewLine = false;
	            this.atScalar = true;
	            this.type = 'scalar';
	        }
	        else {
	            this.type = type;
	            yield* this.step();
	            switch (type) {
	                case 'newline':
	                    this.atNewLine = true;
	                    this.indent = 0;
	                    if (this.onNewLine)
	                        this.onNewLine(this.offset + source.length);
	                    break;
	                case 'space':
	                    if (this.atNewLine && source[0] === ' ')
	                        this.indent += source.length;
	                    break;
	                case 'explicit-key-ind':
	                case 'map-value-ind':
	                case 'seq-item-ind':
	                    if (this.atNewLine)
	                        this.indent += source.length;
	                    break;
	                case 'doc-mode':
	                case 'flow-error-end':
	                    return;
	                default:
	                    this.atNewLine = false;
	            }
	            this.offset += source.length;
	        }
	    }
	    /** Call at end of input to push out any remaining constructions */
	    *end() {
	        while (this.stack.length > 0)
	            yield* this.pop();
	    }
	    get sourceToken() {
	        const st = {
	            type: this.type,
	            offset: this.offset,
	            indent: this.indent,
	            source: this.source
	        };
	        return st;
	    }
	    *step() {
	        const top = this.peek(1);
	        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
	            while (this.stack.length > 0)
	                yield* this.pop();
	            this.stack.push({
	                type: 'doc-end',
	                offset: this.offset,
	                source: this.source
	            });
	            return;
	        }
	        if (!top)
	            return yield* this.stream();
	        switch (top.type) {
	            case 'document':
	                return yield* this.document(top);
	            case 'alias':
	            case 'scalar':
	            case 'single-quoted-scalar':
	            case 'double-quoted-scalar':
	                return yield* this.scalar(top);
	            case 'block-scalar':
	                return yield* this.blockScalar(top);
	            case 'block-map':
	                return yield* this.blockMap(top);
	            case 'block-seq':
	                return yield* this.blockSequence(top);
	            case 'flow-collection':
	                return yield* this.flowCollection(top);
	            case 'doc-end':
	                return yield* this.documentEnd(top);
	        }
	        /* istanbul ignore next should not happen */
	        yield* this.pop();
	    }
	    peek(n) {
	        return this.stack[this.stack.length - n];
	    }
	    *pop(error) {
	        const token = error ?? this.stack.pop();
	        /* istanbul ignore if should not happen */
	        if (!token) {
	            const message = 'Tried to pop an empty stack';
	            yield { type: 'error', offset: this.offset, source: '', message };
	        }
	        else if (this.stack.length === 0) {
	            yield token;
	        }
	        else {
	            const top = this.peek(1);
	            if (token.type === 'block-scalar') {
	                // Block scalars use their parent rather than header indent
	                token.indent = 'indent' in top ? top.indent : 0;
	            }
	            else if (token.type === 'flow-collection' && top.type === 'document') {
	                // Ignore all indent for top-level flow collections
	                token.indent = 0;
	            }
	            if (token.type === 'flow-collection')
	                fixFlowSeqItems(token);
	            switch (top.type) {
	                case 'document':
	                    top.value = token;
	                    break;
	                case 'block-scalar':
	                    top.props.push(token); // error
	                    break;
	                case 'block-map': {
	                    const it = top.items[top.items.length - 1];
	                    if (it.value) {
	                        top.items.push({ start: [], key: token, sep: [] });
	                        this.onKeyLine = true;
	                        return;
	                    }
	                    else if (it.sep) {
	                        it.value = token;
	                    }
	                    else {
	                        Object.assign(it, { key: token, sep: [] });
	                        this.onKeyLine = !it.explicitKey;
	                        return;
	                    }
	                    break;
	                }
	                case 'block-seq': {
	                    const it = top.items[top.items.length - 1];
	                    if (it.value)
	                        top.items.push({ start: [], value: token });
	                    else
	                        it.value = token;
	                    break;
	                }
	                case 'flow-collection': {
	                    const it = top.items[top.items.length - 1];
	                    if (!it || it.value)
	                        top.items.push({ start: [], key: token, sep: [] });
	                    else if (it.sep)
	                        it.value = token;
	                    else
	                        Object.assign(it, { key: token, sep: [] });
	                    return;
	                }
	                /* istanbul ignore next should not happen */
	                default:
	                    yield* this.pop();
	                    yield* this.pop(token);
	            }
	            if ((top.type === 'document' ||
	                top.type === 'block-map' ||
	                top.type === 'block-seq') &&
	                (token.type === 'block-map' || token.type === 'block-seq')) {
	                const last = token.items[token.items.length - 1];
	                if (last &&
	                    !last.sep &&
	                    !last.value &&
	                    last.start.length > 0 &&
	                    findNonEmptyIndex(last.start) === -1 &&
	                    (token.indent === 0 ||
	                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
	                    if (top.type === 'document')
	                        top.end = last.start;
	                    else
	                        top.items.push({ start: last.start });
	                    token.items.splice(-1, 1);
	                }
	            }
	        }
	    }
	    *stream() {
	        switch (this.type) {
	            case 'directive-line':
	                yield { type: 'directive', offset: this.offset, source: this.source };
	                return;
	            case 'byte-order-mark':
	            case 'space':
	            case 'comment':
	            case 'newline':
	                yield this.sourceToken;
	                return;
	            case 'doc-mode':
	            case 'doc-start': {
	                const doc = {
	                    type: 'document',
	                    offset: this.offset,
	                    start: []
	                };
	                if (this.type === 'doc-start')
	                    doc.start.push(this.sourceToken);
	                this.stack.push(doc);
	                return;
	            }
	        }
	        yield {
	            type: 'error',
	            offset: this.offset,
	            message: `Unexpected ${this.type} token in YAML stream`,
	            source: this.source
	        };
	    }
	    *document(doc) {
	        if (doc.value)
	            return yield* this.lineEnd(doc);
	        switch (this.type) {
	            case 'doc-start': {
	                if (findNonEmptyIndex(doc.start) !== -1) {
	                    yield* this.pop();
	                    yield* this.step();
	                }
	                else
	                    doc.start.push(this.sourceToken);
	                return;
	            }
	            case 'anchor':
	            case 'tag':
	            case 'space':
	            case 'comment':
	            case 'newline':
	                doc.start.push(this.sourceToken);
	                return;
	        }
	        const bv = this.startBlockValue(doc);
	        if (bv)
	            this.stack.push(bv);
	        else {
	            yield {
	                type: 'error',
	                offset: this.offset,
	                message: `Unexpected ${this.type} token in YAML document`,
	                source: this.source
	            };
	        }
	    }
	    *scalar(scalar) {
	        if (this.type === 'map-value-ind') {
	            const prev = getPrevProps(this.peek(2));
	            const start = getFirstKeyStartProps(prev);
	            let sep;
	            if (scalar.end) {
	                sep = scalar.end;
	                sep.push(this.sourceToken);
	                delete scalar.end;
	            }
	            else
	                sep = [this.sourceToken];
	            const map = {
	                type: 'block-map',
	                offset: scalar.offset,
	                indent: scalar.indent,
	                items: [{ start, key: scalar, sep }]
	            };
	            this.onKeyLine = true;
	            this.stack[this.stack.length - 1] = map;
	        }
	        else
	            yield* this.lineEnd(scalar);
	    }
	    *blockScalar(scalar) {
	        switch (this.type) {
	            case 'space':
	            case 'comment':
	            case 'newline':
	                scalar.props.push(this.sourceToken);
	                return;
	            case 'scalar':
	                scalar.source = this.source;
	                // block-scalar source includes trailing newline
	                this.atNewLine = true;
	                this.indent = 0;
	                if (this.onNewLine) {
	                    let nl = this.source.indexOf('\n') + 1;
	                    while (nl !== 0) {
	                        this.onNewLine(this.offset + nl);
	                        nl = this.source.indexOf('\n', nl) + 1;
	                    }
	                }
	                yield* this.pop();
	                break;
	            /* istanbul ignore next should not happen */
	            default:
	                yield* this.pop();
	                yield* this.step();
	        }
	    }
	    *blockMap(map) {
	        const it = map.items[map.items.length - 1];
	        // it.sep is true-ish if pair already has key or : separator
	        switch (this.type) {
	            case 'newline':
	                this.onKeyLine = false;
	                if (it.value) {
	                    const end = 'end' in it.value ? it.value.end : undefined;
	                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
	                    if (last?.type === 'comment')
	                        end?.push(this.sourceToken);
	                    else
	                        map.items.push({ start: [this.sourceToken] });
	                }
	                else if (it.sep) {
	                    it.sep.push(this.sourceToken);
	                }
	                else {
	                    it.start.push(this.sourceToken);
	                }
	                return;
	            case 'space':
	            case 'comment':
	                if (it.value) {
	                    map.items.push({ start: [this.sourceToken] });
	                }
	                else if (it.sep) {
	                    it.sep.push(this.sourceToken);
	                }
	                else {
	                    if (this.atIndentedComment(it.start, map.indent)) {
	                        const prev = map.items[map.items.length - 2];
	                        const end = prev?.value?.end;
	                        if (Array.isArray(end)) {
	                            arrayPushArray(end, it.start);
	                            end.push(this.sourceToken);
	                            map.items.pop();
	                            return;
	                        }
	                    }
	                    it.start.push(this.sourceToken);
	                }
	                return;
	        }
	        if (this.indent >= map.indent) {
	            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
	            const atNextItem = atMapIndent &&
	                (it.sep || it.explicitKey) &&
	                this.type !== 'seq-item-ind';
	            // For empty nodes, assign newline-separated not indented empty tokens to following node
	            let start = [];
	            if (atNextItem && it.sep && !it.value) {
	                const nl = [];
	                for (let i = 0; i < it.sep.length; ++i) {
	                    const st = it.sep[i];
	                    switch (st.type) {
	                        case 'newline':
	                            nl.push(i);
	                            break;
	                        case 'space':
	                            break;
	                        case 'comment':
	                            if (st.indent > map.indent)
	                                nl.length = 0;
	                            break;
	                        default:
	                            nl.length = 0;
	                    }
	                }
	                if (nl.length >= 2)
	                    start = it.sep.splice(nl[1]);
	            }
	            switch (this.type) {
	                case 'anchor':
	                case 'tag':
	                    if (atNextItem || it.value) {
	                        start.push(this.sourceToken);
	                        map.items.push({ start });
	                        this.onKeyLine = true;
	                    }
	                    else if (it.sep) {
	                        it.sep.push(this.sourceToken);
	                    }
	                    else {
	                        it.start.push(this.sourceToken);
	                    }
	                    return;
	                case 'explicit-key-ind':
	                    if (!it.sep && !it.explicitKey) {
	                        it.start.push(this.sourceToken);
	                        it.explicitKey = true;
	                    }
	                    else if (atNextItem || it.value) {
	                        start.push(this.sourceToken);
	                        map.items.push({ start, explicitKey: true });
	                    }
	                    else {
	                        this.stack.push({
	                            type: 'block-map',
	                            offset: this.offset,
	                            indent: this.indent,
	                            items: [{ start: [this.sourceToken], explicitKey: true }]
	                        });
	                    }
	                    this.onKeyLine = true;
	                    return;
	                case 'map-value-ind':
	                    if (it.explicitKey) {
	                        if (!it.sep) {
	                            if (includesToken(it.start, 'newline')) {
	                                Object.assign(it, { key: null, sep: [this.sourceToken] });
	                            }
	                            else {
	                                const start = getFirstKeyStartProps(it.start);
	                                this.stack.push({
	                                    type: 'block-map',
	                                    offset: this.offset,
	                                    indent: this.indent,
	                                    items: [{ start, key: null, sep: [this.sourceToken] }]
	                                });
	                            }
	                        }
	                        else if (it.value) {
	                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
	                        }
	                        else if (includesToken(it.sep, 'map-value-ind')) {
	                            this.stack.push({
	                                type: 'block-map',
	                                offset: this.offset,
	                                indent: this.indent,
	                                items: [{ start, key: null, sep: [this.sourceToken] }]
	                            });
	                        }
	                        else if (isFlowToken(it.key) &&
	                            !includesToken(it.sep, 'newline')) {
	                            const start = getFirstKeyStartProps(it.start);
	                            const key = it.key;
	                            const sep = it.sep;
	                            sep.push(this.sourceToken);
	                            // @ts-expect-error type guard is wrong here
	                            delete it.key;
	                            // @ts-expect-error type guard is wrong here
	                            delete it.sep;
	                            this.stack.push({
	                                type: 'block-map',
	                                offset: this.offset,
	                                indent: this.indent,
	                                items: [{ start, key, sep }]
	                            });
	                        }
	                        else if (start.length > 0) {
	                            // Not actually at next item
	                            it.sep = it.sep.concat(start, this.sourceToken);
	                        }
	                        else {
	                            it.sep.push(this.sourceToken);
	                        }
	                    }
	                    else {
	                        if (!it.sep) {
	                            Object.assign(it, { key: null, sep: [this.sourceToken] });
	                        }
	                        else if (it.value || atNextItem) {
	                            map.items.push({ start, key: null, sep: [this.sourceToken] });
	                        }
	                        else if (includesToken(it.sep, 'map-value-ind')) {
	                            this.stack.push({
	                                type: 'block-map',
	                                offset: this.offset,
	                                indent: this.indent,
	                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
	                            });
	                        }
	                        else {
	                            it.sep.push(this.sourceToken);
	                        }
	                    }
	                    this.onKeyLine = true;
	                    return;
	                case 'alias':
	                case 'scalar':
	                case 'single-quoted-scalar':
	                case 'double-quoted-scalar': {
	                    const fs = this.flowScalar(this.type);
	                    if (atNextItem || it.value) {
	                        map.items.push({ start, key: fs, sep: [] });
	                        this.onKeyLine = true;
	                    }
	                    else if (it.sep) {
	                        this.stack.push(fs);
	                    }
	                    else {
	                        Object.assign(it, { key: fs, sep: [] });
	                        this.onKeyLine = true;
	                    }
	                    return;
	                }
	                default: {
	                    const bv = this.startBlockValue(map);
	                    if (bv) {
	                        if (bv.type === 'block-seq') {
	                            if (!it.explicitKey &&
	                                it.sep &&
	                                !includesToken(it.sep, 'newline')) {
	                                yield* this.pop({
	                                    type: 'error',
	                                    offset: this.offset,
	                                    message: 'Unexpected block-seq-ind on same line with key',
	                                    source: this.source
	                                });
	                                return;
	                            }
	                        }
	                        else if (atMapIndent) {
	                            map.items.push({ start });
	                        }
	                        this.stack.push(bv);
	                        return;
	                    }
	                }
	            }
	        }
	        yield* this.pop();
	        yield* this.step();
	    }
	    *blockSequence(seq) {
	        const it = seq.items[seq.items.length - 1];
	        switch (this.type) {
	            case 'newline':
	                if (it.value) {
	                    const end = 'end' in it.value ? it.value.end : undefined;
	                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
	                    if (last?.type === 'comment')
	                        end?.push(this.sourceToken);
	                    else
	                        seq.items.push({ start: [this.sourceToken] });
	                }
	                else
	                    it.start.push(this.sourceToken);
	                return;
	            case 'space':
	            case 'comment':
	                if (it.value)
	                    seq.items.push({ start: [this.sourceToken] });
	                else {
	                    if (this.atIndentedComment(it.start, seq.indent)) {
	                        const prev = seq.items[seq.items.length - 2];
	                        const end = prev?.value?.end;
	                        if (Array.isArray(end)) {
	                            arrayPushArray(end, it.start);
	                            end.push(this.sourceToken);
	                            seq.items.pop();
	                            return;
	                        }
	                    }
	                    it.start.push(this.sourceToken);
	                }
	                return;
	            case 'anchor':
	            case 'tag':
	                if (it.value || this.indent <= seq.indent)
	                    break;
	                it.start.push(this.sourceToken);
	                return;
	            case 'seq-item-ind':
	                if (this.indent !== seq.indent)
	                    break;
	                if (it.value || includesToken(it.start, 'seq-item-ind'))
	                    seq.items.push({ start: [this.sourceToken] });
	                else
	                    it.start.push(this.sourceToken);
	                return;
	        }
	        if (this.indent > seq.indent) {
	            const bv = this.startBlockValue(seq);
	            if (bv) {
	                this.stack.push(bv);
	                return;
	            }
	        }
	        yield* this.pop();
	        yield* this.step();
	    }
	    *flowCollection(fc) {
	        const it = fc.items[fc.items.length - 1];
	        if (this.type === 'flow-error-end') {
	            let top;
	            do {
	                yield* this.pop();
	                top = this.peek(1);
	            } while (top?.type === 'flow-collection');
	        }
	        else if (fc.end.length === 0) {
	            switch (this.type) {
	                case 'comma':
	                case 'explicit-key-ind':
	                    if (!it || it.sep)
	                        fc.items.push({ start: [this.sourceToken] });
	                    else
	                        it.start.push(this.sourceToken);
	                    return;
	                case 'map-value-ind':
	                    if (!it || it.value)
	                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
	                    else if (it.sep)
	                        it.sep.push(this.sourceToken);
	                    else
	                        Object.assign(it, { key: null, sep: [this.sourceToken] });
	                    return;
	                case 'space':
	                case 'comment':
	                case 'newline':
	                case 'anchor':
	                case 'tag':
	                    if (!it || it.value)
	                        fc.items.push({ start: [this.sourceToken] });
	                    else if (it.sep)
	                        it.sep.push(this.sourceToken);
	                    else
	                        it.start.push(this.sourceToken);
	                    return;
	                case 'alias':
	                case 'scalar':
	                case 'single-quoted-scalar':
	                case 'double-quoted-scalar': {
	                    const fs = this.flowScalar(this.type);
	                    if (!it || it.value)
	                        fc.items.push({ start: [], key: fs, sep: [] });
	                    else if (it.sep)
	                        this.stack.push(fs);
	                    else
	                        Object.assign(it, { key: fs, sep: [] });
	                    return;
	                }
	                case 'flow-map-end':
	                case 'flow-seq-end':
	                    fc.end.push(this.sourceToken);
	                    return;
	            }
	            const bv = this.startBlockValue(fc);
	            /* istanbul ignore else should not happen */
	            if (bv)
	                this.stack.push(bv);
	            else {
	                yield* this.pop();
	                yield* this.step();
	            }
	        }
	        else {
	            const parent = this.peek(2);
	            if (parent.type === 'block-map' &&
	                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
	                    (this.type === 'newline' &&
	                        !parent.items[parent.items.length - 1].sep))) {
	                yield* this.pop();
	                yield* this.step();
	            }
	            else if (this.type === 'map-value-ind' &&
	                parent.type !== 'flow-collection') {
	                const prev = getPrevProps(parent);
	                const start = getFirstKeyStartProps(prev);
	                fixFlowSeqItems(fc);
	                const sep = fc.end.splice(1, fc.end.length);
	                sep.push(this.sourceToken);
	                const map = {
	                    type: 'block-map',
	                    offset: fc.offset,
	                    indent: fc.indent,
	                    items: [{ start, key: fc, sep }]
	                };
	                this.onKeyLine = true;
	                this.stack[this.stack.length - 1] = map;
	            }
	            else {
	                yield* this.lineEnd(fc);
	            }
	        }
	    }
	    flowScalar(type) {
	        if (this.onNewLine) {
	            let nl = this.source.indexOf('\n') + 1;
	            while (nl !== 0) {
	                this.onNewLine(this.offset + nl);
	                nl = this.source.indexOf('\n', nl) + 1;
	            }
	        }
	        return {
	            type,
	            offset: this.offset,
	            indent: this.indent,
	            source: this.source
	        };
	    }
	    startBlockValue(parent) {
	        switch (this.type) {
	            case 'alias':
	            case 'scalar':
	            case 'single-quoted-scalar':
	            case 'double-quoted-scalar':
	                return this.flowScalar(this.type);
	            case 'block-scalar-header':
	                return {
	                    type: 'block-scalar',
	                    offset: this.offset,
	                    indent: this.indent,
	                    props: [this.sourceToken],
	                    source: ''
	                };
	            case 'flow-map-start':
	            case 'flow-seq-start':
	                return {
	                    type: 'flow-collection',
	                    offset: this.offset,
	                    indent: this.indent,
	                    start: this.sourceToken,
	                    items: [],
	                    end: []
	                };
	            case 'seq-item-ind':
	                return {
	                    type: 'block-seq',
	                    offset: this.offset,
	                    indent: this.indent,
	                    items: [{ start: [this.sourceToken] }]
	                };
	            case 'explicit-key-ind': {
	                this.onKeyLine = true;
	                const prev = getPrevProps(parent);
	                const start = getFirstKeyStartProps(prev);
	                start.push(this.sourceToken);
	                return {
	                    type: 'block-map',
	                    offset: this.offset,
	                    indent: this.indent,
	                    items: [{ start, explicitKey: true }]
	                };
	            }
	            case 'map-value-ind': {
	                this.onKeyLine = true;
	                const prev = getPrevProps(parent);
	                const start = getFirstKeyStartProps(prev);
	                return {
	                    type: 'block-map',
	                    offset: this.offset,
	                    indent: this.indent,
	                    items: [{ start, key: null, sep: [this.sourceToken] }]
	                };
	            }
	        }
	        return null;
	    }
	    atIndentedComment(start, indent) {
	        if (this.type !== 'comment')
	            return false;
	        if (this.indent <= indent)
	            return false;
	        return start.every(st => st.type === 'newline' || st.type === 'space');
	    }
	    *documentEnd(docEnd) {
	        if (this.type !== 'doc-mode') {
	            if (docEnd.end)
	                docEnd.end.push(this.sourceToken);
	            else
	                docEnd.end = [this.sourceToken];
	            if (this.type === 'newline')
	                yield* this.pop();
	        }
	    }
	    *lineEnd(token) {
	        switch (this.type) {
	            case 'comma':
	            case 'doc-start':
	            case 'doc-end':
	            case 'flow-seq-end':
	            case 'flow-map-end':
	            case 'map-value-ind':
	                yield* this.pop();
	                yield* this.step();
	                break;
	            case 'newline':
	                this.onKeyLine = false;
	            // fallthrough
	            case 'space':
	            case 'comment':
	            default:
	                // all other values are errors
	                if (token.end)
	                    token.end.push(this.sourceToken);
	                else
	                    token.end = [this.sourceToken];
	                if (this.type === 'newline')
	                    yield* this.pop();
	        }
	    }
	}

	parser.Parser = Parser;
	return parser;
}

var publicApi = {};

var hasRequiredPublicApi;

function requirePublicApi () {
	if (hasRequiredPublicApi) return publicApi;
	hasRequiredPublicApi = 1;

	var composer = requireComposer();
	var Document = requireDocument();
	var errors = requireErrors();
	var log = requireLog();
	var identity = requireIdentity();
	var lineCounter = requireLineCounter();
	var parser = requireParser();

	function parseOptions(options) {
	    const prettyErrors = options.prettyErrors !== false;
	    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
	    return { lineCounter: lineCounter$1, prettyErrors };
	}
	/**
	 * Parse the input as a stream of YAML documents.
	 *
	 * Documents should be separated from each other by `...` or `---` marker lines.
	 *
	 * @returns If an empty `docs` array is returned, it will be of type
	 *   EmptyStream and contain additional stream information. In
	 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
	 */
	function parseAllDocuments(source, options = {}) {
	    const { lineCounter, prettyErrors } = parseOptions(options);
	    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
	    const composer$1 = new composer.Composer(options);
	    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
	    if (prettyErrors && lineCounter)
	        for (const doc of docs) {
	            doc.errors.forEach(errors.prettifyError(source, lineCounter));
	            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
	        }
	    if (docs.length > 0)
	        return docs;
	    return Object.assign([], { empty: true }, composer$1.streamInfo());
	}
	/** Parse an input string into a single YAML.Document */
	function parseDocument(source, options = {}) {
	    const { lineCounter, prettyErrors } = parseOptions(options);
	    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
	    const composer$1 = new composer.Composer(options);
	    // `doc` is always set by compose.end(true) at the very latest
	    let doc = null;
	    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
	        if (!doc)
	            doc = _doc;
	        else if (doc.options.logLevel !== 'silent') {
	            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
	            break;
	        }
	    }
	    if (prettyErrors && lineCounter) {
	        doc.errors.forEach(errors.prettifyError(source, lineCounter));
	        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
	    }
	    return doc;
	}
	function parse(src, reviver, options) {
	    let _reviver = undefined;
	    if (typeof reviver === 'function') {
	        _reviver = reviver;
	    }
	    else if (options === undefined && reviver && typeof reviver === 'object') {
	        options = reviver;
	    }
	    const doc = parseDocument(src, options);
	    if (!doc)
	        return null;
	    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
	    if (doc.errors.length > 0) {
	        if (doc.options.logLevel !== 'silent')
	            throw doc.errors[0];
	        else
	            doc.errors = [];
	    }
	    return doc.toJS(Object.assign({ reviver: _reviver }, options));
	}
	function stringify(value, replacer, options) {
	    let _replacer = null;
	    if (typeof replacer === 'function' || Array.isArray(replacer)) {
	        _replacer = replacer;
	    }
	    else if (options === undefined && replacer) {
	        options = replacer;
	    }
	    if (typeof options === 'string')
	        options = options.length;
	    if (typeof options === 'number') {
	        const indent = Math.round(options);
	        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
	    }
	    if (value === undefined) {
	        const { keepUndefined } = options ?? replacer ?? {};
	        if (!keepUndefined)
	            return undefined;
	    }
	    if (identity.isDocument(value) && !_replacer)
	        return value.toString(options);
	    return new Document.Document(value, _replacer, options).toString(options);
	}

	publicApi.parse = parse;
	publicApi.parseAllDocuments = parseAllDocuments;
	publicApi.parseDocument = parseDocument;
	publicApi.stringify = stringify;
	return publicApi;
}

var hasRequiredDist;

function requireDist () {
	if (hasRequiredDist) return dist;
	hasRequiredDist = 1;

	var composer = requireComposer();
	var Document = requireDocument();
	var Schema = requireSchema();
	var errors = requireErrors();
	var Alias = requireAlias();
	var identity = requireIdentity();
	var Pair = requirePair();
	var Scalar = requireScalar();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var cst = requireCst();
	var lexer = requireLexer();
	var lineCounter = requireLineCounter();
	var parser = requireParser();
	var publicApi = requirePublicApi();
	var visit = requireVisit();



	dist.Composer = composer.Composer;
	dist.Document = Document.Document;
	dist.Schema = Schema.Schema;
	dist.YAMLError = errors.YAMLError;
	dist.YAMLParseError = errors.YAMLParseError;
	dist.YAMLWarning = errors.YAMLWarning;
	dist.Alias = Alias.Alias;
	dist.isAlias = identity.isAlias;
	dist.isCollection = identity.isCollection;
	dist.isDocument = identity.isDocument;
	dist.isMap = identity.isMap;
	dist.isNode = identity.isNode;
	dist.isPair = identity.isPair;
	dist.isScalar = identity.isScalar;
	dist.isSeq = identity.isSeq;
	dist.Pair = Pair.Pair;
	dist.Scalar = Scalar.Scalar;
	dist.YAMLMap = YAMLMap.YAMLMap;
	dist.YAMLSeq = YAMLSeq.YAMLSeq;
	dist.CST = cst;
	dist.Lexer = lexer.Lexer;
	dist.LineCounter = lineCounter.LineCounter;
	dist.Parser = parser.Parser;
	dist.parse = publicApi.parse;
	dist.parseAllDocuments = publicApi.parseAllDocuments;
	dist.parseDocument = publicApi.parseDocument;
	dist.stringify = publicApi.stringify;
	dist.visit = visit.visit;
	dist.visitAsync = visit.visitAsync;
	return dist;
}

var distExports = requireDist();

// Anchors and aliases, bounded before the `yaml` package expands them: its toJS() resolves each
// alias by scanning the anchors and aliases before it (quadratic: 20,000 aliases of one scalar,
// 140 KB, take 17 s), throws on an alias that names no anchor, and returns a cycle for an alias
// inside its own anchor. Checked here in one pass, each becomes a problem at that alias.

/** Aliases a document may hold (a card uses a few; toJS() costs their square). */
const MAX_ALIASES = 1_000;
/** Nodes a document may stand for once every alias is expanded: readers and zod walk them all. */
const MAX_EXPANDED_NODES = 100_000;

/**
 * Anchors and aliases are legitimate YAML, and stay so in any number a card would use; an alias
 * that names no anchor before it, one inside its own anchor (a cycle), too many aliases, or
 * aliases that expand past MAX_EXPANDED_NODES (an alias bomb, said at the first alias) is a problem at that alias.
 */
function checkAliases(doc) {
  const anchors = new Map();
  let aliases = 0;
  let expanded = 0;
  let firstAlias;
  let found;
  const size = (node) => {
    if (found || node === null || node === undefined) return 0;
    if (distExports.isAlias(node)) {
      const target = anchors.get(node.source);
      const offset = node.range?.[0] ?? 0;
      firstAlias ??= offset;
      expanded += target?.size ?? 0;
      if (++aliases > MAX_ALIASES) found = { message: `more than ${MAX_ALIASES} aliases: not read`, offset };
      else if (!target) found = { message: `alias *${node.source} names no anchor before it`, offset };
      else if (target.size === undefined) found = { message: `alias *${node.source} is inside its own anchor (a cycle)`, offset };
      // A bomb is a chain of anchors: it is said where the chain starts, at the first alias.
      else if (expanded > MAX_EXPANDED_NODES) found = { message: `aliases expand to more than ${MAX_EXPANDED_NODES} nodes (an alias bomb): not read`, offset: firstAlias };
      return target?.size ?? 0;
    }
    // An anchor names its node from where it stands: an alias inside the node finds it unfinished.
    const entry = { size: undefined };
    const anchor = (node ).anchor;
    if (anchor) anchors.set(anchor, entry);
    let n = 1;
    if (distExports.isMap(node) || distExports.isSeq(node)) for (const item of node.items) n += distExports.isPair(item) ? size(item.key) + size(item.value) : size(item);
    entry.size = n;
    return n;
  };
  size(doc.contents);
  return found;
}

// PyYAML (the Hub's parser) reads a quoted value or a flow collection (`[a, b]`, `{a: 1}`) whose
// continuation lines start at column 1:
//
//   widget:
//   - text: "Mi Európa második
//   leghosszabb folyója?"
//
// The YAML spec and the `yaml` package require those lines to be indented past the enclosing
// block. Inside quotes and flow collections a line's leading space is folded away, so indenting
// the continuation lines gives the value PyYAML reads, with every line number kept.












/** The text with continuation lines indented, or undefined when no line needed it. */
function padFlowContinuations(text) {
  const lines = text.split("\n");
  const state = { quote: null, depth: 0, padTo: 0, blockScalar: null };
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const indent = line.length - line.trimStart().length;
    const blank = line.trim() === "";
    if (state.blockScalar !== null) {
      if (blank || indent > state.blockScalar) continue;
      state.blockScalar = null;
    }
    const continuing = state.quote !== null || state.depth > 0;
    if (continuing && !blank && indent < state.padTo) {
      lines[i] = " ".repeat(state.padTo - indent) + line;
      changed = true;
    }
    scanLine(lines[i], continuing, state);
  }
  return changed ? lines.join("\n") : undefined;
}

/** Moves `state` over one line: quotes and flow brackets opened or closed, comments skipped. */
function scanLine(line, continuing, state) {
  const indent = line.length - line.trimStart().length;
  // Where a value may begin: a quote or bracket there opens one; elsewhere it is part of plain text.
  let tokenStart = true;
  for (let c = continuing ? 0 : indent; c < line.length; c++) {
    const ch = line[c];
    if (state.quote === '"') {
      if (ch === "\\") c++;
      else if (ch === '"') state.quote = null;
      continue;
    }
    if (state.quote === "'") {
      if (ch === "'" && line[c + 1] === "'") c++;
      else if (ch === "'") state.quote = null;
      continue;
    }
    if (ch === " " || ch === "\t") continue;
    if (ch === "#" && (c === 0 || /\s/.test(line[c - 1]))) return;
    const opensAt = state.depth === 0 && !continuing;
    if (tokenStart && (ch === '"' || ch === "'")) {
      state.quote = ch;
      if (state.depth === 0) state.padTo = c + 1;
      tokenStart = false;
    } else if ((tokenStart || state.depth > 0) && (ch === "[" || ch === "{")) {
      if (state.depth === 0) state.padTo = c + 1;
      state.depth++;
      tokenStart = true;
    } else if (state.depth > 0 && (ch === "]" || ch === "}")) {
      state.depth--;
      tokenStart = false;
    } else if (state.depth > 0 && ch === ",") tokenStart = true;
    else if (ch === ":" && (c + 1 === line.length || /\s/.test(line[c + 1]) || state.depth > 0)) tokenStart = true;
    else if ((ch === "-" || ch === "?") && tokenStart && (c + 1 === line.length || line[c + 1] === " ")) tokenStart = true;
    else if (tokenStart && opensAt && (ch === "|" || ch === ">")) {
      state.blockScalar = indent;
      return;
    } else tokenStart = false;
  }
}

// YAML with source positions. We use the `yaml` package, not js-yaml: js-yaml reports no positions
// for keys and values, and every finding must name the line it is about.

 
























/** What each parser error code expected, said the way a card author would fix it. */
const EXPECTED = {
  BAD_INDENT: "expected the keys of one mapping to start at the same column",
  MULTILINE_IMPLICIT_KEY: "expected `key: value` on one line; quote a value that spans lines",
  BLOCK_AS_IMPLICIT_KEY: "expected one `key: value` per line; quote a value that contains ': '",
  BAD_SCALAR_START: "expected a value that does not start with a reserved character; quote it",
  TAB_AS_INDENT: "expected spaces for indentation, not tabs",
  DUPLICATE_KEY: "expected each key once",
  UNEXPECTED_TOKEN: "expected `key: value` lines",
};

/**
 * Parses YAML text. `lineOffset` shifts reported lines when the YAML is embedded (front matter),
 * so positions are always those of the containing file.
 */
function parseYaml(text, lineOffset = 0, opts = {}) {
  let lineCounter = new distExports.LineCounter();
  const parse = (t) => distExports.parseDocument(t, { lineCounter, prettyErrors: false, uniqueKeys: !opts.hub, merge: opts.hub === true, strict: true });
  let doc = parse(text);
  if (doc.errors.length > 0 && opts.hub) {
    // PyYAML ignores indentation inside quoted values and flow collections; the `yaml` package does
    // not. Indenting those continuation lines changes no value (their leading space is folded away).
    const repaired = padFlowContinuations(text);
    if (repaired !== undefined) {
      const previous = lineCounter;
      lineCounter = new distExports.LineCounter();
      const retry = parse(repaired);
      if (retry.errors.length === 0) doc = retry;
      else lineCounter = previous;
    }
  }
  const pos = (offset) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + lineOffset, column: p.col };
  };
  const problems = [...doc.errors, ...doc.warnings].map((e) => {
    const first = e.message.split("\n")[0] ?? e.message;
    const expected = EXPECTED[e.code];
    return { message: expected ? `${first.replace(/ at line \d+, column \d+:?$/, "")} (${expected})` : first, ...pos(e.pos[0]) };
  });
  // Aliases are bounded before toJS() expands them (yaml-aliases.ts says why not by its maxAliasCount).
  const aliasProblem = doc.errors.length === 0 ? checkAliases(doc) : undefined;
  if (aliasProblem) problems.push({ message: aliasProblem.message, ...pos(aliasProblem.offset) });
  let value;
  if (doc.errors.length === 0 && !aliasProblem) {
    try {
      value = doc.toJS({ maxAliasCount: -1 });
    } catch (e) {
      // toJS() still throws on what parsing accepts (`<<:` merging a scalar): a problem, never a crash.
      problems.push({ message: e instanceof Error ? e.message : String(e), ...pos(mergeKeyOffset(doc) ?? 0) });
    }
  }
  return {
    value,
    problems,
    locate(path, preferKey = false) {
      let node = doc.contents;
      let best = node ;
      let keyNode = null;
      for (const step of path) {
        if (distExports.isMap(node)) {
          // A key given twice keeps its last value (PyYAML): point at that one.
          const pair = node.items.findLast((it) => distExports.isScalar(it.key) && String(it.key.value) === String(step));
          if (!pair) break;
          keyNode = pair.key ;
          node = pair.value;
        } else if (distExports.isSeq(node) && typeof step === "number") {
          keyNode = null;
          node = node.items[step];
        } else break;
        if (node && (node ).range) best = node ;
        else if (keyNode) best = keyNode;
      }
      const target = preferKey && keyNode?.range ? keyNode : best;
      return target?.range ? pos(target.range[0]) : { line: 1 + lineOffset, column: 1 };
    },
  };
}

/** Where the first `<<` merge key stands, if any. */
function mergeKeyOffset(doc) {
  let at;
  distExports.visit(doc, {
    Pair(_, pair) {
      if (distExports.isScalar(pair.key) && pair.key.value === "<<" && pair.key.range) {
        at = pair.key.range[0];
        return distExports.visit.BREAK;
      }
      return undefined;
    },
  });
  return at;
}

// The provenance policy (.github/model-provenance.yml): one zod schema holds its shape, its
// defaults and its cross-field rules. The JSON Schema for editors is generated from it.

/** A real calendar date (zod's ISO date knows month lengths and leap years: 2027-02-31 fails). */
const isoDate = /*#__PURE__*/ date({ error: "a real calendar date written YYYY-MM-DD" });

const DatasetDeclarationSchema = /*#__PURE__*/ strictObject({
  /** Id used in cards (`datasets:`) or the name used in prose. */
  id: /*#__PURE__*/ string$1().min(1),
  name: /*#__PURE__*/ string$1().optional(),
  aliases: /*#__PURE__*/ array(/*#__PURE__*/ string$1()).default([]),
  /** License of the dataset as a Hub license id, or `other`. */
  license: /*#__PURE__*/ string$1().optional(),
  content_status: /*#__PURE__*/ _enum(["copyrighted", "public-domain", "open-licensed", "licensed", "opt-in", "synthetic", "mixed", "unlawful"])
    .default("licensed"),
  use_restriction: /*#__PURE__*/ _enum(["none", "research-only", "non-commercial", "recommended-research", "unknown"]).default("none"),
  /** A legal basis id from rules/legal-bases, e.g. `licensed`, `opt-in`, `public-domain`. */
  legal_basis: /*#__PURE__*/ string$1().default("licensed"),
  note: /*#__PURE__*/ string$1().min(1, "say where the terms are recorded"),
});

const WaiverSchema = /*#__PURE__*/ strictObject({
  check: /*#__PURE__*/ string$1().min(1),
  /** Model folder or file the waiver covers; `*` covers every model. */
  path: /*#__PURE__*/ string$1().min(1),
  reason: /*#__PURE__*/ string$1().min(10, "give a reason a reviewer can check (10+ characters)"),
  expires: /*#__PURE__*/ isoDate.optional(),
});

const severity = /*#__PURE__*/ _enum(SEVERITIES);

/** How the README badge looks; what it says is decided by the verdict. Used by the CLI and the Action. */
const BadgeSettingsSchema = /*#__PURE__*/ strictObject({
  label: /*#__PURE__*/ string$1().min(1).optional(),
  /** Messages per state; `{n}` is replaced by the count. */
  texts: /*#__PURE__*/ strictObject({
      verified: /*#__PURE__*/ string$1().min(1).optional(),
      unknown: /*#__PURE__*/ string$1().min(1).optional(),
      warning: /*#__PURE__*/ string$1().min(1).optional(),
      warnings: /*#__PURE__*/ string$1().min(1).optional(),
      conflict: /*#__PURE__*/ string$1().min(1).optional(),
      conflicts: /*#__PURE__*/ string$1().min(1).optional(),
    })
    .optional(),
  /** shields.io colour names or hex, per state. */
  colors: /*#__PURE__*/ strictObject({
      verified: /*#__PURE__*/ string$1().min(1).optional(),
      warnings: /*#__PURE__*/ string$1().min(1).optional(),
      conflicts: /*#__PURE__*/ string$1().min(1).optional(),
      unknown: /*#__PURE__*/ string$1().min(1).optional(),
    })
    .optional(),
  label_color: /*#__PURE__*/ string$1().min(1).optional(),
  style: /*#__PURE__*/ _enum(["plastic", "flat", "flat-square", "for-the-badge", "social"]).optional(),
});
 

/** Bounds on what one model reports, so that one hostile card cannot flood a report, a comment or a SARIF upload. */
const LimitsSchema = /*#__PURE__*/ strictObject({
  findings_per_check: /*#__PURE__*/ number()
    .int()
    .min(1)
    .max(1000)
    .default(25)
    .describe("Findings of one check listed per model (and for the run); the rest are counted in one more finding of that check, with the most severe kept."),
  places_per_finding: /*#__PURE__*/ number()
    .int()
    .min(0)
    .max(1000)
    .default(20)
    .describe("Other places listed for a finding that occurs at several (the same dataset named on many lines); the rest are counted."),
});
 

const PolicySchema = /*#__PURE__*/ strictObject({
    /** Jurisdictions whose law applies; omitted = every jurisdiction in rules/ (a model online reaches them all). */
    jurisdictions: /*#__PURE__*/ array(/*#__PURE__*/ string$1().min(1)).min(1).optional(),
    /** Whether a model counts as a derivative of its training data, which decides if item licenses bind it. */
    derivative: /*#__PURE__*/ _enum(["yes", "no", "unknown"]).default("unknown"),
    /** Findings at or above this severity fail the run. */
    fail_on: /*#__PURE__*/ _enum(["error", "warning", "never"]).default("error"),
    /** Severity of findings the facts leave open (US fair use, Art. 4 without a machine-readable opt-out ...). */
    open_questions: /*#__PURE__*/ severity.default("warning"),
    /** Severity per check id; `off` disables a check. */
    checks: /*#__PURE__*/ record(/*#__PURE__*/ string$1(), severity).default({}),
    datasets: /*#__PURE__*/ strictObject({
        allow: /*#__PURE__*/ array(/*#__PURE__*/ string$1()).default([]),
        deny: /*#__PURE__*/ array(/*#__PURE__*/ string$1()).default([]),
      })
      .default({ allow: [], deny: [] }),
    licenses: /*#__PURE__*/ strictObject({
        allow: /*#__PURE__*/ array(/*#__PURE__*/ string$1()).default([]),
        deny: /*#__PURE__*/ array(/*#__PURE__*/ string$1()).default([]),
      })
      .default({ allow: [], deny: [] }),
    /** In-house or unlisted datasets with their terms. */
    declarations: /*#__PURE__*/ array(DatasetDeclarationSchema).default([]),
    waivers: /*#__PURE__*/ array(WaiverSchema).default([]),
    badge: /*#__PURE__*/ BadgeSettingsSchema.optional(),
    limits: /*#__PURE__*/ LimitsSchema.default({ findings_per_check: 25, places_per_finding: 20 }),
    /** Paths (gitignore-style globs, from the repository root) that hold no model of the repository's own. */
    exclude: /*#__PURE__*/ array(/*#__PURE__*/ string$1().min(1)).default([]),
    /** When given, only paths matching one of these globs are read. */
    include: /*#__PURE__*/ array(/*#__PURE__*/ string$1().min(1)).default([]),
  })
  .superRefine((p, ctx) => {
    for (const [key, list] of [
      ["datasets", p.datasets],
      ["licenses", p.licenses],
    ] ) {
      for (const id of list.allow) {
        if (list.deny.includes(id)) {
          ctx.addIssue({ code: "custom", path: [key, "allow", list.allow.indexOf(id)], message: `'${id}' is both allowed and denied` });
        }
      }
    }
    const declared = new Set();
    p.declarations.forEach((d, i) => {
      if (declared.has(d.id)) ctx.addIssue({ code: "custom", path: ["declarations", i, "id"], message: `dataset '${d.id}' is declared twice` });
      declared.add(d.id);
    });
  });

 



const DEFAULT_POLICY_PATH = ".github/model-provenance.yml";

function defaultPolicy() {
  return PolicySchema.parse({});
}

/** JSON Schema for editors (yaml-language-server), generated from the zod schema. */
function policyJsonSchema() {
  return toJSONSchema(PolicySchema, { io: "input", unrepresentable: "any" }) ;
}

const schema = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  BadgeSettingsSchema,
  DEFAULT_POLICY_PATH,
  DatasetDeclarationSchema,
  LimitsSchema,
  PolicySchema,
  WaiverSchema,
  defaultPolicy,
  policyJsonSchema
}, Symbol.toStringTag, { value: 'Module' }));

function loadPolicy(file, content, known = {}) {
  const top = () => ({ file, line: 1, column: 1 });
  const decoded = decodeText(content);
  if (!decoded.ok) return { policy: defaultPolicy(), file, locate: top, problems: [{ location: top(), path: "", message: decoded.reason }] };
  const parsed = parseYaml(decoded.text);
  const locate = (path) => ({ file, ...parsed.locate(path) });
  if (parsed.problems.length > 0) {
    return {
      policy: defaultPolicy(),
      file,
      locate,
      problems: parsed.problems.map((p) => ({ location: { file, line: p.line, column: p.column }, path: "", message: `invalid YAML: ${p.message}` })),
    };
  }
  // An empty file is a policy that keeps every default.
  const result = PolicySchema.safeParse(parsed.value ?? {});
  if (!result.success) return { policy: defaultPolicy(), file, locate, problems: zodProblems(result.error, parsed, file) };
  const { kb, checkIds } = known;

  const problems = [];
  const at = (path, message) => problems.push({ location: locate(path), path: formatPath(path), message });
  if (checkIds) {
    const expected = `expected one of ${checkIds.join(", ")}`;
    for (const id of Object.keys(result.data.checks)) if (!checkIds.includes(id)) at(["checks", id], `unknown check '${id}'; ${expected}`);
    result.data.waivers.forEach((w, i) => {
      if (!checkIds.includes(w.check)) at(["waivers", i, "check"], `unknown check '${w.check}'; ${expected}`);
    });
  }
  if (kb) {
    const known = new Set([...kb.legalBases.values()].map((b) => b.jurisdiction));
    result.data.jurisdictions?.forEach((j, i) => {
      if (!known.has(j)) at(["jurisdictions", i], `unknown jurisdiction '${j}'; expected one of ${[...known].filter((k) => k !== "*").sort().join(", ")}`);
    });
    result.data.declarations.forEach((d, i) => {
      if (!kb.legalBasis(d.legal_basis)) at(["declarations", i, "legal_basis"], `unknown legal basis '${d.legal_basis}'; expected one of ${[...kb.legalBases.keys()].join(", ")}`);
      if (d.license && !kb.license(d.license)) at(["declarations", i, "license"], `unknown license '${d.license}'; use a Hugging Face Hub license id`);
    });
  }
  return { policy: result.data, file, locate, problems };
}

const OPEN = /^(?:[ \t]*\n)*[ \t]*---[ \t]*\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;
/** A first line that reads as metadata (`license: mit`, `- x`), not prose after a thematic break. */
const LOOKS_LIKE_YAML = /^\s*(?:[\w"'][^:\n]*:(?:\s|$)|- |#)/;

/**
 * Splits the front matter from the body. An opening `---` that is never closed is a problem when
 * what follows reads as metadata; before prose it is a Markdown rule, and the card has no metadata.
 */
function splitFrontMatter(text, file, problems) {
  const open = OPEN.exec(text);
  if (!open) return { openLine: 0, bodyStart: 0 };
  const openLine = lineCount(open[0]);
  const rest = text.slice(open[0].length);
  const close = closingFence(rest);
  if (!close) {
    if (LOOKS_LIKE_YAML.test(rest.split("\n").find((l) => l.trim() !== "") ?? "")) {
      problems.push({
        messageId: "unterminated",
        message: `front matter opened with '---' on line ${openLine} is never closed; expected a '---' line after the metadata`,
        location: { file, line: openLine, column: 1 },
      });
    }
    return { openLine: 0, bodyStart: 0 };
  }
  return { yaml: rest.slice(0, close.index), openLine, bodyStart: open[0].length + close.index + close[0].length };
}

/**
 * The closing fence. The Hub's pattern needs a line break of its own before it, so a `---` right
 * after the opening one is a YAML document marker inside the front matter (`---\n---\nlicense: mit\n---`)
 * when a later fence closes the block.
 */
function closingFence(rest) {
  const close = CLOSE.exec(rest);
  if (!close || close.index !== 0) return close ?? undefined;
  const next = rest.indexOf("\n") + 1;
  const later = next > 0 ? CLOSE.exec(rest.slice(next)) : null;
  return later ? { index: next + later.index, 0: later[0] } : close;
}

function lineCount(s) {
  let n = 0;
  for (let i = s.indexOf("\n"); i !== -1; i = s.indexOf("\n", i + 1)) n++;
  return n;
}

// Reads a dataset card in the tree (Hub dataset-card front matter), so an in-house dataset can
// declare its own terms without touching the policy.

function readDatasetCard(file, content) {
  const facts = { file, name: __builtin$2.basename(__builtin$2.dirname(file)), sourceDatasets: [], problems: [] };
  const decoded = decodeText(content);
  if (!decoded.ok) {
    facts.problems.push({ messageId: "unreadable", message: decoded.reason, location: { file, line: 1, column: 1 } });
    return facts;
  }
  const { yaml, openLine } = splitFrontMatter(decoded.text, file, facts.problems);
  if (yaml === undefined) return facts;
  const parsed = parseYaml(yaml, openLine, { hub: true });
  for (const p of parsed.problems) facts.problems.push({ messageId: "yaml", message: p.message, location: { file, line: p.line, column: p.column } });
  const meta = parsed.value ;
  if (!meta || typeof meta !== "object") return facts;
  const at = (key, i) => ({ file, ...parsed.locate(i === undefined ? [key] : [key, i]) });
  // Dataset cards may list several licenses; the most restrictive is the one that binds.
  const lic = meta.license;
  if (typeof lic === "string") facts.license = { value: lic, location: at("license") };
  else if (Array.isArray(lic) && typeof lic[0] === "string") facts.license = { value: lic[0], location: at("license", 0) };
  const src = meta.source_datasets;
  const list = Array.isArray(src) ? src : typeof src === "string" ? [src] : [];
  list.forEach((v, i) => {
    if (typeof v === "string" && !["original", "extended"].includes(v)) {
      facts.sourceDatasets.push({ value: v.replace(/^extended\|/, ""), location: at("source_datasets", Array.isArray(src) ? i : undefined) } );
    }
  });
  return facts;
}

// Classifies paths of a tree: model cards, license files, dataset cards. Works on paths only,
// so the same code serves a workspace on disk and a PR's files fetched through the API.

 

const MODEL_CARD = /^(readme|model[-_]?card|[a-z0-9._-]+_model_card)\.md$/i;
/**
 * A license file by name: LICENSE, LICENCE or COPYING with a prefix or suffix naming what it covers
 * (MODEL_LICENSE, WEIGHT_DIFF_LICENSE, LICENSE-MODEL, LICENSE.Apache-2.0, COPYING.LESSER, DATA_LICENSE)
 * or a REUSE `*.license` file, but never source code or data (`utils/license_check.py`,
 * `license.json`): its content decides the rest (see looksLikeLicenseText).
 */
const LICENSE = /^(?:[a-z0-9]+[-_.])*(?:licen[cs]es?|copying)(?:[-_.][a-z0-9][\w.-]*)?$|\.license$/i;
const NOT_TEXT = /\.(?:py|pyc|ipynb|js|mjs|cjs|ts|tsx|jsx|json|jsonl|ya?ml|toml|cfg|ini|sh|bash|ps1|bat|c|cc|cpp|h|hpp|java|kt|go|rs|rb|pl|php|swift|scala|r|lua|css|scss|xml|csv|tsv|lock|png|jpe?g|gif|svg|pdf|zip|gz|tar|whl|bin|safetensors|pt|pth|onnx|gguf|h5)$/i;
/** A license file about data (DATA_LICENSE, LICENSE-DATA): the terms of data shipped with the model, never the weights'. */
const DATA_LICENSE = /^(?:data(?:set)?s?[-_. ]?licen[cs]e|licen[cs]e[-_. ]?data(?:set)?s?)(?:\.\w+)?$/i;

/** True when a license file's name says it covers data, not the model. */
function isDataLicense(file) {
  return DATA_LICENSE.test(__builtin$2.basename(toPosix(file)));
}

/** True for text that reads as a license or a notice of one: any other file named like one is not read as a license. */
function looksLikeLicenseText(text) {
  return /licen[cs]|copyright|permission|warrant|all rights reserved|terms (of|and) (use|conditions)|public domain|\bgrant/i.test(text.slice(0, 8192));
}
/** Cards under a data folder describe data, not a model (e.g. a code repo's data/README.md). */
const DATASET_CARD_DIR = /(^|\/)(datasets?|data)(\/|$)/i;
/** Folders that never hold a model of the repo's own. */
const IGNORED_DIR = /(^|\/)(node_modules|\.git|dist|\.github|__pycache__|\.venv|venv)(\/|$)/;

/**
 * Weights and model configs: a README beside them is a model card. Listed, never read. (Hub
 * layouts: Transformers, Diffusers, PEFT adapters, GGUF/GGML, ONNX, Keras, TF, Flax, NeMo, sklearn.)
 */
const MODEL_FILE =
  /^(?:config|model_index|adapter_config|generation_config|params)\.json$|\.(?:safetensors|gguf|ggml|bin|pt|pth|ckpt|onnx|h5|msgpack|tflite|mlmodel|pb|keras|nemo|joblib|llamafile)$|\.(?:safetensors|bin)\.index\.json$/i;

/** A weights or model config file: listed so a card beside it is known to be a model card. */
function isModelFile(file) {
  const p = toPosix(file);
  return !IGNORED_DIR.test(p) && MODEL_FILE.test(__builtin$2.basename(p));
}

/** Files a walk lists besides those the tool reads: model files (never read) and .gitignore. */
function isContextFile(file) {
  return isModelFile(file) || __builtin$2.basename(file) === ".gitignore";
}

/** Role of one path, or undefined when the tool does not read it. */
function classify(file) {
  const p = toPosix(file);
  if (IGNORED_DIR.test(p)) return undefined;
  const base = __builtin$2.basename(p);
  if (LICENSE.test(base) && !NOT_TEXT.test(base)) return "license";
  if (MODEL_CARD.test(base)) return DATASET_CARD_DIR.test(__builtin$2.dirname(p)) ? "dataset-card" : "model-card";
  return undefined;
}

function toPosix(p) {
  return p.split("\\").join("/").replace(/^\.\//, "");
}















/**
 * Groups files into models: a folder with a card is one model, and license files belong to the
 * nearest enclosing model folder. A tree with license files but no card is one model at its root.
 */
function discover(paths) {
  const cardsByDir = new Map();
  const licenses = [];
  const datasetCards = [];
  const modelFileDirs = new Set();
  for (const raw of paths) {
    const p = toPosix(raw);
    if (isModelFile(p)) modelFileDirs.add(__builtin$2.dirname(p));
    const role = classify(p);
    if (role === "model-card") {
      const dir = __builtin$2.dirname(p);
      cardsByDir.set(dir, [...(cardsByDir.get(dir) ?? []), p]);
    } else if (role === "license") licenses.push(p);
    else if (role === "dataset-card") datasetCards.push(p);
  }
  const models = new Map();
  for (const [dir, cards] of cardsByDir) models.set(dir, { dir, card: preferredCard(cards), licenses: [] });
  for (const dir of modelFileDirs) {
    // The folder's own card, else its parent's (Diffusers keep configs in text_encoder/, unet/ ...).
    const owner = models.get(dir) ?? (cardsByDir.has(dir) ? undefined : models.get(__builtin$2.dirname(dir)));
    if (owner) owner.besideModelFiles = true;
  }
  for (const lic of licenses.sort()) {
    const owner = nearestModel(__builtin$2.dirname(lic), models);
    if (owner) owner.licenses.push(lic);
    else {
      const root = models.get(".") ?? { dir: ".", licenses: [] };
      root.licenses.push(lic);
      models.set(".", root);
    }
  }
  return {
    models: [...models.values()].sort((a, b) => localeOrder(a.dir, b.dir)),
    datasetCards: datasetCards.sort(),
  };
}

/** README.md is the Hub's card; a dedicated model-card file wins over a README that may be about code. */
function preferredCard(cards) {
  const rank = (c) => (/readme\.md$/i.test(c) ? 1 : 0);
  return [...cards].sort((a, b) => rank(a) - rank(b) || localeOrder(a, b))[0];
}

function nearestModel(dir, models) {
  for (let d = dir; ; d = __builtin$2.dirname(d)) {
    const m = models.get(d);
    if (m) return m;
    if (d === "." || d === "/" || d === "") return undefined;
  }
}

/** A heading of the Hub's model card template or of cards written without it. "Usage" alone is any README's. */
const MODEL_SECTION =
  /^\s{0,3}#{1,6}[ \t]+.*\b(?:model (?:details|description|card|summary|architecture|sources?|overview|type)|intended uses?|out-of-scope|training|fine-?tun\w*|evaluation|limitations|bias\w*|risks|how to (?:use|get started)|uses|datasets?|pre-?training|base model)\b/i;
/** A project's documentation folder. */
const DOCS_DIR = /(^|\/)(docs?|documentation|wiki)(\/|$)/i;

/** True when the body has a heading of a model card's sections (outside code fences). */
function cardShaped(body) {
  let fence;
  for (const line of body.split("\n")) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === undefined || marker.startsWith(fence))) fence = fence === undefined ? marker : undefined;
    else if (fence === undefined && MODEL_SECTION.test(line)) return true;
  }
  return false;
}

/**
 * Why a card file is not a model card, or undefined when it is one: Hub model metadata, weights or
 * a model config beside it, or a dedicated card file name make one. Otherwise a README must have
 * model-card sections, and the repository's own README or a docs/ page must also be the tree's
 * only card (a model's GitHub repository describing it in its README).
 */
function notAModelCard(card, folder, otherCards, bodyStart) {
  if (folder.besideModelFiles || card.hubMetadata || card.problems.length > 0 || !/(^|\/)readme\.md$/i.test(card.file)) return undefined;
  const shaped = cardShaped(card.body.slice(bodyStart));
  const project = folder.dir === "." ? "the repository's README" : DOCS_DIR.test(folder.dir) ? "documentation" : undefined;
  if (!project) return shaped ? undefined : "not a model card: no Hub model metadata, no weights or model config beside it, no model-card sections";
  if (shaped && !otherCards) return undefined;
  return `${project}, not a model card: no Hub model metadata and no weights or model config beside it${shaped ? "; the tree's model cards are elsewhere" : ""}`;
}

var ignore$1 = {exports: {}};

var hasRequiredIgnore;

function requireIgnore () {
	if (hasRequiredIgnore) return ignore$1.exports;
	hasRequiredIgnore = 1;
	(function (module) {
		// A simple implementation of make-array
		function makeArray (subject) {
		  return Array.isArray(subject)
		    ? subject
		    : [subject]
		}

		const UNDEFINED = undefined;
		const EMPTY = '';
		const SPACE = ' ';
		const ESCAPE = '\\';

		// The characters that carry a meaning of their own inside a regular
		//   expression, so a literal one has to be escaped before it is emitted.
		const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
		const BOM = '\uFEFF';
		// A run of two or more asterisks is a globstar (#175)
		const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
		const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
		const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
		const REGEX_SPLITALL_CRLF = /\r?\n/g;

		// Invalid:
		// - /foo,
		// - ./foo,
		// - ../foo,
		// - .
		// - ..
		// Valid:
		// - .foo
		const DOUBLE_SLASH = '//';
		const SLASH_CODE = 47;
		const DOT_CODE = 46;


		const SLASH = '/';

		// Do not use ternary expression here, since "istanbul ignore next" is buggy
		let TMP_KEY_IGNORE = 'node-ignore';
		/* istanbul ignore else */
		if (typeof Symbol !== 'undefined') {
		  TMP_KEY_IGNORE = Symbol.for('node-ignore');
		}
		const KEY_IGNORE = TMP_KEY_IGNORE;

		const define = (object, key, value) => {
		  Object.defineProperty(object, key, {value});
		  return value
		};

		const RETURN_FALSE = () => false;

		// > The range notation, e.g. [a-zA-Z],
		// > can be used to match one of the characters in a range.
		//
		// gitignore(5) defers to fnmatch(3) for this, and git implements it in
		//   `wildmatch.c`.  A bracket expression has a sub-grammar of its own, which
		//   is neither the surrounding pattern grammar nor the JavaScript one:
		//
		//   - a `]` right after `[` or `[!` is a literal member, not the terminator
		//   - `[:alpha:]` names one of twelve POSIX classes
		//   - `\` escapes the next member, `]` included
		//   - `*`, `?` and `.` are plain literal members
		//   - an unterminated expression makes the whole pattern match nothing
		//
		// which means the expression can not be located -- let alone translated -- by
		//   a regular expression.  It is scanned out of the pattern before the
		//   replacers below run, and put back once they are done, so that neither the
		//   metacharacter escaper nor the `?` / `*` replacers ever see its body.

		// git classifies with its own ASCII-only ctype macros (`wildmatch.c`), never
		//   with the C library ones, so these must not be mapped onto `\d` / `\w` /
		//   `\s`, which are wider.  `/` is left out of every expansion, because a
		//   bracket expression never matches a path separator.
		const POSIX_CLASSES = {
		  alnum: '0-9A-Za-z',
		  alpha: 'A-Za-z',
		  blank: ' \\t',
		  cntrl: '\\x00-\\x1f\\x7f',
		  digit: '0-9',
		  graph: '!-.0-~',
		  lower: 'a-z',
		  print: ' -.0-~',
		  punct: '!-.:-@\\[-`{-~',
		  // git's `sane-ctype.h` classifies \v and \f as control, not space,
		  //   unlike C's `isspace`
		  space: ' \\t\\n\\r',
		  upper: 'A-Z',
		  xdigit: '0-9A-Fa-f'
		};

		const CLASS_MEMBERS_TO_ESCAPE = '\\]^-[';

		const escapeMember = char => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0
		  ? char
		  : ESCAPE + char;

		// > if (matched == negated || ((flags & WM_PATHNAME) && text_ch == '/'))
		// >   return WM_ABORT_TO_STARSTAR;                     (git, `wildmatch.c`)
		// A bracket expression never matches a path separator, whatever its members
		//   say, so a negated class gets `/` as one more excluded character, while a
		//   plain one -- where a literal member or a range could still let `/` in --
		//   is guarded with a lookahead, `/` being impossible to subtract from a
		//   JavaScript character class.
		const NON_SLASH = '(?!\\/)';

		const classSource = (negated, body) => {
		  if (negated) {
		    return `[^\\/${body}]`
		  }

		  const source = `[${body}]`;

		  return new RegExp(source).test('/')
		    ? NON_SLASH + source
		    : source
		};

		// Scan the bracket expression that starts at `pattern[start] === '['`,
		//   mirroring the member loop of git's `wildmatch.c`.
		// @returns {{end: number, source: string} | null} `null` if the expression is
		//   never terminated, which makes the whole pattern match nothing.
		const scanBracket = (pattern, start) => {
		  const {length} = pattern;
		  let index = start + 1;
		  let negated = EMPTY;

		  const lead = pattern[index];
		  if (lead === '!' || lead === '^') {
		    negated = '^';
		    index ++;
		  }

		  let body = EMPTY;

		  // The member a `-` could start a range from, or EMPTY when the previous
		  //   member can not open one (start of the body, or a range / POSIX class
		  //   that has just closed)
		  let prev = EMPTY;

		  // git scans the members with a do-while, so the first one is consumed
		  //   unconditionally.  That is the whole reason a leading `]` is a member
		  //   and not the terminator.
		  for (;;) {
		    const char = pattern[index];

		    if (char === UNDEFINED) {
		      return null
		    }

		    if (char === ESCAPE) {
		      // A pattern can not end on a lone backslash -- `createRule` has
		      //   already thrown it away -- so there is a character to read.
		      const escaped = pattern[++ index];
		      body += escapeMember(escaped);
		      prev = escaped;
		    } else if (
		      char === '-'
		      && prev
		      && index + 1 < length
		      && pattern[index + 1] !== ']'
		    ) {
		      index ++;
		      let to = pattern[index];
		      if (to === ESCAPE) {
		        to = pattern[index += 1];
		      }
		      // An out-of-order range matches nothing in git but is a syntax error in
		      //   JavaScript, so it is dropped.  Its lower bound stays: git tests it
		      //   as a plain member before it ever looks at the `-`, so `[c-a]` does
		      //   match `c`.
		      if (prev <= to) {
		        body += `-${escapeMember(to)}`;
		      }
		      prev = EMPTY;
		    } else if (char === '[' && pattern[index + 1] === ':') {
		      const nameStart = index + 2;
		      let end = nameStart;
		      while (end < length && pattern[end] !== ']') {
		        end ++;
		      }

		      if (end === length) {
		        return null
		      }

		      if (end > nameStart && pattern[end - 1] === ':') {
		        const name = pattern.slice(nameStart, end - 1);

		        // An unknown class name makes the whole pattern match nothing
		        if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
		          return null
		        }

		        body += POSIX_CLASSES[name];
		        prev = EMPTY;
		        index = end;
		      } else {
		        // No `:]` to close it, so the `[` is a plain member and scanning
		        //   resumes right after it.
		        body += escapeMember('[');
		        prev = '[';
		        index = nameStart - 2;
		      }
		    } else {
		      body += escapeMember(char);
		      prev = char;
		    }

		    index ++;

		    if (pattern[index] === ']') {
		      return {
		        end: index,
		        source: classSource(negated, body)
		      }
		    }
		  }
		};

		// An empty JavaScript class can never match, which is how a pattern that git
		//   gives up on (`WM_ABORT_ALL`) is expressed here.
		const NEVER_MATCH = '[]';

		// A NUL can appear in neither a `.gitignore` line nor a path, which makes it
		//   the one safe placeholder character.  A literal one in the pattern is
		//   held aside all the same, so a collision is impossible by construction.
		const PLACEHOLDER = '\u0000';
		const REGEX_RESTORE_PLACEHOLDER = new RegExp(
		  `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'
		);

		// The one wildcard the chain does not expand for itself is a trailing `*`. How
		//   it expands depends on the mode (`regex` vs `checkRegex`), so `_make` is
		//   left to do it, and until then the pending wildcard travels as this marker.
		//   That is what keeps it apart from a user-escaped literal `\*`: the unescape
		//   steps collapse the escaped one to the exact `\*` a wildcard would leave
		//   behind, so by the time `_make` runs the two are otherwise the same string
		//   and a literal star gets wrongly rewritten into a wildcard. The marker is a
		//   private-use character, and `extractBrackets` keeps one that came out of the
		//   pattern apart from it, so the only marker `_make` ever turns back into a
		//   real wildcard is the one this chain put there itself.
		const TRAILING_WILDCARD = '\uE000';

		// A trailing "/**" is deferred the same way, because `checkRegex` has to tell
		//   it apart from a trailing "/*" (see `checkSourceOf`). For `.ignores()` it
		//   still never matches the folder itself (#21).
		const TRAILING_DOUBLESTAR = '\uE001';

		// The three characters above mean something to the chain that builds the
		//   source rather than to the path, so one that came out of the pattern is
		//   held aside like a bracket expression instead of going straight out. Being
		//   held is what makes it safe: the restore runs after the step that anchors
		//   the source, so the character comes back in the middle of the source and
		//   not at its end, which is the one place `_make` and `checkSourceOf` look
		//   for a marker. Without it a pattern's own character lands where a pending
		//   marker sits, and `_make` turns it into a real trailing wildcard.
		//
		// It is held as a one-member class rather than bare, in both of the branches
		//   a reserved character can reach, so that the property can be
		//   read off this function alone -- a reserved character never goes out on
		//   its own -- rather than depending on where in the chain the restore
		//   happens to run. In the expression built here `[x]` matches exactly what
		//   `x` matches, none of the three being special to a regular expression or
		//   inside a class, so no test can tell the two apart: the class is insurance,
		//   and the paragraph above is the reason it is not needed.
		const isReserved = char =>
		  char === PLACEHOLDER
		  || char === TRAILING_WILDCARD
		  || char === TRAILING_DOUBLESTAR;

		// Replace every bracket expression with a placeholder the replacers below
		//   leave alone, and translate it separately.
		const extractBrackets = pattern => {
		  const sources = [];
		  const hold = source =>
		    `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;

		  const {length} = pattern;
		  let out = EMPTY;
		  let index = 0;

		  while (index < length) {
		    const char = pattern[index];

		    if (char === ESCAPE) {
		      // > Put a backslash ("\") in front of ... a character to make it literal.
		      //                                            (gitignore(5) -> fnmatch(3))
		      // A backslash quotes the next character, whatever it is, so `\d` is a
		      //   literal `d`, not the regex digit class, and `\?` is a literal `?`,
		      //   not a wildcard. Held aside as its literal here, the escape never
		      //   reaches the replacers below, which would otherwise let `\d`, `\b`,
		      //   `\1`, `\/` keep their regular-expression meaning, and would turn a
		      //   `\?` into `[^\/]`.
		      //
		      // Three escapes are still left for the chain: `\*` (a literal star,
		      //   told apart from a wildcard by `TRAILING_WILDCARD` and the wildcard
		      //   replacers), `\[` (a literal bracket, the one `[` the bracket
		      //   replacer still expects), and `\ ` (a quoted space, which one pass
		      //   below rewrites in bulk -- holding each one aside instead costs more
		      //   on a pattern built out of them).
		      //
		      // A quoted backslash is not among them. The chain doubles every
		      //   backslash, then takes the doubling back out again, and a quoted one
		      //   standing next to a character the chain also escapes left the two
		      //   counts sharing a run, so one of the escapes was lost. Held here as
		      //   the literal it means, it never joins that run.
		      const escaped = pattern[index + 1];

		      if (escaped === SLASH && index + 2 === length) {
		        // Git removes a final directory slash before matching. An escape
		        //   without a character after that removal makes the pattern invalid.
		        out += hold(NEVER_MATCH);
		      } else if (
		        escaped === '*'
		        || escaped === '['
		        || escaped === SPACE
		      ) {
		        out += pattern.slice(index, index + 2);
		      } else {
		        out += hold(
		          REGEX_LITERAL_SPECIAL.test(escaped)
		            ? ESCAPE + escaped
		            : isReserved(escaped)
		              ? `[${escaped}]`
		              : escaped
		        );
		      }

		      index += 2;
		    } else if (isReserved(char)) {
		      out += hold(`[${char}]`);
		      index ++;
		    } else if (char === '[') {
		      const scanned = scanBracket(pattern, index);

		      if (scanned === null) {
		        // git gives up on the whole pattern (`WM_ABORT_ALL`), so whatever
		        //   follows can not make it match either.
		        out += hold(NEVER_MATCH);
		        index = length;
		      } else {
		        out += hold(scanned.source);
		        index = scanned.end + 1;
		      }
		    } else {
		      out += char;
		      index ++;
		    }
		  }

		  return {
		    source: out,
		    sources
		  }
		};

		// A step of the chain below is normally a `[matcher, replacer]` pair handed
		//   to `String.replace`. `DIRECT` marks the ones that are plain string work
		//   instead, and take `(source, pattern)`.
		//
		// Anchoring the two ends is exactly that -- a test of one character and a
		//   concatenation -- and putting it through the regular expression engine
		//   cost a third of this chain for nothing: 167ns where 10ns does the same
		//   job. The two are still steps in the same list, in the same places,
		//   because their position in the order is part of what they mean.
		const DIRECT = null;

		// A separator at the beginning or in the middle of a pattern, as opposed to
		//   one at the very end.
		const REGEX_INNER_SLASH = /\/(?!$)/;
		const WILDCARD = '[^\\/]*';

		// > If the pattern ends with a slash,
		// > it is removed for the purpose of the following description,
		// > but it would only find a match with a directory.
		// > In other words, foo/ will match a directory foo and paths underneath it,
		// > but will not match a regular file or a symbolic link foo
		// >  (this is consistent with the way how pathspec works in general in Git).
		// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
		// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
		//      you could use option `mark: true` with `glob`

		// '`foo/`' should not continue with the '`..`'
		// The chain that turns one gitignore pattern into a regular expression
		//   source, in order. A step is either
		//
		//   [matcher, replacer]            handed to `String.replace`
		//   [matcher, replacer, required]  the same, but skipped outright unless
		//                                    `required` appears in the string, which
		//                                    the matcher cannot match without
		//   [DIRECT, transform]            plain string work, taking (source, pattern)
		//
		// The `required` character is only ever a shortcut: finding it does not mean
		//   the matcher will match, and not finding it means it cannot. It is there
		//   because scanning for one character costs a fraction of running a matcher
		//   that then finds nothing -- for the wildcard step, whose `[^\\]+`
		//   backtracks its way through the whole string before giving up, 11ns
		//   against 400ns.
		const REPLACERS = [

		  // Replace (\ ) with ' '
		  // Only a space: an escaped tab or other whitespace is already a literal by
		  //   the time it reaches here, and a bare tab must be left as one, not turned
		  //   into a space.
		  // (\ ) -> ' '
		  // (\\ ) -> '\\ '
		  // (\\\ ) -> '\\ '
		  [
		    // A run of backslashes is taken whole, from its first one, so no match
		    //   ever starts again inside it -- `(\\+?) ` did, which made a long run
		    //   quadratic.
		    /(\\+)( ?)/g,
		    (_, run, space) => space
		      ? run.slice(0, run.length - run.length % 2) + SPACE
		      : run,
		    ESCAPE + SPACE
		  ],

		  // git's wildmatch() reads a run of two or more asterisks as one globstar
		  //   whenever the run fills a path segment: it starts the pattern or follows
		  //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
		  //   already `**`; a longer one is folded into `**` here, so the steps
		  //   below only ever have to know `**`.
		  // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
		  // git also takes a run beside a literal prefix (`a***/b`) or beside an
		  //   escaped slash (`***\/b`) as a globstar, and this does not; the README
		  //   lists both, under "A run of asterisks".
		  [
		    /(^|\/)\*{3,}(?=\/|$)/g,
		    (_, start) => `${start}**`,
		    '*'
		  ],

		  // Escape metacharacters
		  // which is written down by users but means special for regular expressions.

		  // > There are 12 characters with special meanings:
		  // > - the backslash \,
		  // > - the caret ^,
		  // > - the dollar sign $,
		  // > - the period or dot .,
		  // > - the vertical bar or pipe symbol |,
		  // > - the question mark ?,
		  // > - the asterisk or star *,
		  // > - the plus sign +,
		  // > - the opening parenthesis (,
		  // > - the closing parenthesis ),
		  // > - and the opening square bracket [,
		  // > - the opening curly brace {,
		  // > These special characters are often called "metacharacters".
		  [
		    /[\\$.|*+(){^]/g,
		    match => `\\${match}`
		  ],

		  [
		    // > a question mark (?) matches a single character
		    /(?!\\)\?/g,
		    () => '[^/]',
		    '?'
		  ],

		  // leading slash
		  [

		    // > A leading slash matches the beginning of the pathname.
		    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
		    // A leading slash matches the beginning of the pathname
		    /^\//,
		    () => '^',
		    SLASH
		  ],

		  // replace special metacharacter slash after the leading slash
		  [
		    /\//g,
		    () => '\\/',
		    SLASH
		  ],

		  [
		    // > A leading "**" followed by a slash means match in all directories.
		    // > For example, "**/foo" matches file or directory "foo" anywhere,
		    // > the same as pattern "foo".
		    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
		    // >   under directory "foo".
		    // Notice that the '*'s have been replaced as '\\*'
		    /^\^*(?:\\\*\\\*\\\/)+/,

		    // '**/foo' <-> 'foo'
		    () => '(?:^|\\/)',
		    '*'
		  ],

		  // starting
		  [
		    // there will be no leading '/'
		    //   (which has been replaced by section "leading slash")
		    // If starts with '**', adding a '^' to the regular expression also works
		    DIRECT,
		    (source, pattern) => {
		      // Nothing to anchor to, or already anchored (`^` or `(?:^|\/)`)
		      if (!source || source[0] === '^' || source[0] === '(') {
		        return source
		      }

		      // If has a slash `/` at the beginning or middle
		      const anchor = !REGEX_INNER_SLASH.test(pattern)
		        // > Prior to 2.22.1
		        // > If the pattern does not contain a slash /,
		        // >   Git treats it as a shell glob pattern
		        // Actually, if there is only a trailing slash,
		        //   git also treats it as a shell glob pattern

		        // After 2.22.1 (compatible but clearer)
		        // > If there is a separator at the beginning or middle (or both)
		        // > of the pattern, then the pattern is relative to the directory
		        // > level of the particular .gitignore file itself.
		        // > Otherwise the pattern may also match at any level below
		        // > the .gitignore level.
		        ? '(?:^|\\/)'

		        // > Otherwise, Git treats the pattern as a shell glob suitable for
		        // >   consumption by fnmatch(3)
		        : '^';

		      return anchor + source
		    }
		  ],

		  // two globstars
		  [
		    // Use lookahead assertions so that we could match more than one `'/**'`
		    /\\\/\\\*\\\*(?=\\\/|$)/g,

		    // Zero, one or several directories
		    // should not use '*', or it will be replaced by the next replacer

		    // Check if it is not the last `'/**'`
		    (_, index, str) => index + 6 < str.length

		      // case: /**/ at the end of the pattern, i.e. a trailing `'/**/'`
		      // > A trailing `"/**/"` (a trailing `"/**"` restricted to directories)
		      // >   matches everything inside, but it should not match the current
		      // >   folder itself, so it requires at least one directory segment.
		      // 'a/**/' matches 'a/b/', 'a/x/y/' but not 'a/'
		      ? str.slice(index + 6) === '\\/'
		        ? '(?:\\/[^\\/]+)+'

		        // case: /**/
		        // > A slash followed by two consecutive asterisks then a slash matches
		        // >   zero or more directories.
		        // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
		        // '/**/'
		        : '(?:\\/[^\\/]+)*'

		      // case: /**
		      // > A trailing `"/**"` matches everything inside.

		      // #21: everything inside but it should not include the current folder,
		      //   resolved by `_make`
		      : `\\/${TRAILING_DOUBLESTAR}`,
		    '*'
		  ],

		  // normal intermediate wildcards
		  [
		    // Never replace escaped '*'
		    // ignore rule '\*' will match the path '*'

		    // 'abc.*/' -> go
		    // 'abc.*'  -> skip this rule,
		    //    coz trailing single wildcard will be handed by [trailing wildcard]
		    /(^|[^\\])(?:\\\*)+(?!$)/g,

		    // '*.js' matches '.js'
		    // '*.js' doesn't match 'abc'
		    // 1. An asterisk "*" matches anything except a slash.
		    // 2. Other consecutive asterisks are considered regular asterisks
		    //    and collapse into one non-slash wildcard run.
		    (_, p1) => p1 + WILDCARD,
		    '*'
		  ],

		  // trailing wildcard, held apart from a literal star
		  [
		    // The step above leaves a trailing `*` alone, so a single `\*` is all that
		    //   can be left at the end here, and what stands in front of it says which
		    //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
		    //   nothing before it; a literal arrives as the user's own escape, which
		    //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
		    //   There is no third case: every backslash still reaching the chain is
		    //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
		    //   own character, so a longer run can never form. This runs while the
		    //   two are still distinct, before the unescape steps below collapse the
		    //   literal onto the very `\*` a wildcard leaves behind.
		    /(^|[^\\])((?:\\\\)*)\\\*$/,

		    (match, p1, p2) =>
		      p2 === EMPTY
		        // A real wildcard: carry it to `_make` as the marker, so the unescape
		        //   steps and the trailing-wildcard rewrite can never mistake it for a
		        //   literal `\*` (nor the reverse).
		        ? p1 + TRAILING_WILDCARD
		        // A literal star: leave it exactly as it stands for the unescape steps.
		        : match,
		    '*'
		  ],

		  [
		    // unescape, revert step 3 except for back slash
		    // For example, if a user escape a '\\*',
		    // after step 3, the result will be '\\\\\\*'
		    /\\\\\\(?=[$.|*+(){^])/g,
		    () => ESCAPE,
		    ESCAPE + ESCAPE
		  ],

		  [
		    // '\\\\' -> '\\'
		    /\\\\/g,
		    () => ESCAPE,
		    ESCAPE + ESCAPE
		  ],

		  [
		    // Every real bracket expression -- POSIX classes included -- has already
		    //   been held aside by `extractBrackets`, so the only `[` left in the
		    //   pattern is an escaped, literal one.

		    // A backslash could only stand at the end of the range if it quoted the
		    //   `]`, and `\]` is held aside long before this.
		    /\\\[([^\]/]*?)($|\])/g,

		    // '\\[bar]' -> '\\\\[bar]'
		    (match, range, close) => `\\[${range}${close}`,
		    '['
		  ],

		  // ending
		  [
		    // 'js' will not match 'js.'
		    // 'ab' will not match 'abc'
		    DIRECT,

		    // WTF!
		    // https://git-scm.com/docs/gitignore
		    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
		    // which re-fixes #24, #38

		    // > If there is a separator at the end of the pattern then the pattern
		    // > will only match directories, otherwise the pattern can match both
		    // > files and directories.

		    // 'js*' will not match 'a.js'
		    // 'js/' will not match 'a.js'
		    // 'js' will match 'a.js' and 'a.js/'
		    source => {
		      const last = source[source.length - 1];

		      // The pattern is empty, or ends in a pending marker `_make` owns --
		      //   the trailing wildcard, or a trailing "/**". A trailing `*` that is
		      //   not the marker is a literal star, which anchors like any other
		      //   final character.
		      if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
		        return source
		      }

		      return last === SLASH
		        // foo/ will not match 'foo'
		        ? `${source}$`
		        // foo matches 'foo' and 'foo/'
		        : `${source}(?=$|\\/$)`
		    }
		  ]
		];

		const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
		const MODE_IGNORE = 'regex';
		const MODE_CHECK_IGNORE = 'checkRegex';
		const UNDERSCORE = '_';

		const replaceTrailingWildcard = (_, p1) => {
		  const prefix = p1
		    // '\^':
		    // '/*' does not match EMPTY
		    // '/*' does not match everything

		    // '\\\/':
		    // 'abc/*' does not match 'abc/'
		    ? `${p1}[^/]+`

		    // 'a*' matches 'a'
		    // 'a*' matches 'aa'
		    : '[^/]*';

		  return `${prefix}(?=$|\\/$)`
		};

		const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;

		// 'abc/**' matches everything under 'abc', but not 'abc/' itself (#21):
		//   requiring one arbitrary character (line terminators included, #176)
		//   after 'abc/' is necessary and sufficient for `.test(path)`.
		const replaceTrailingDoublestar = () => '[\\s\\S]';

		// The fixed piece between the wildcard at `at` and the next wildcard of the
		//   run: the tokens that separate them, joined as they appear in the source.
		//   A run never holds two wildcards in a row, so there is always at least one
		//   token.
		const separatorAfter = (run, at) => {
		  let separator = EMPTY;

		  for (let index = at + 1; index < run.length && !run[index].wildcard; index ++) {
		    separator += run[index].single;
		  }

		  return separator
		};

		// Where a run of non-slash wildcards is split by fixed pieces --
		//   `[^/]*ab[^/]*cd...` -- the engine has many equivalent ways to lay the
		//   input across the wildcards, and on input that does not match it works
		//   through all of them, so the time grows with the number of wildcards
		//   rather than the length of the path. Every wildcard but the last in such a
		//   run can be pinned to stop where the piece after it begins, which leaves
		//   one way to lay out the input and no rewinding, without changing which
		//   paths match: the fixed pieces still bound the count, and the last
		//   wildcard still absorbs the rest.
		//
		// A wildcard is pinned to the whole piece, never to the piece's first
		//   character. The pin leaves no way back, so a wildcard that stopped at that
		//   first character would hand over wherever the character happens to turn
		//   up, including the places the rest of the piece cannot follow -- which is
		//   how `f*o/*/*` came to miss `foo/b/c`, the first `o` of `foo` not being
		//   the one the `o/` after it needs. Every token of a piece matches exactly
		//   one character, so the first place the whole piece fits is the leftmost
		//   place it can sit, and whatever is left over goes to the wildcards that
		//   follow.
		//
		// The source is read one token at a time -- a wildcard, a single-character
		//   piece (a literal, an escape, a class), or a parenthesised group or anchor
		//   that ends the run -- so only a genuine wildcard is touched.
		const pinWildcards = source => {
		  if (source.indexOf(WILDCARD) < 0) {
		    return source
		  }

		  const tokens = [];
		  const {length} = source;
		  let index = 0;

		  while (index < length) {
		    const char = source[index];

		    if (source.startsWith(WILDCARD, index)) {
		      tokens.push({wildcard: true});
		      index += WILDCARD.length;
		    } else if (char === '[') {
		      let end = index + 1;

		      if (source[end] === '^') {
		        end ++;
		      }

		      if (source[end] === ']') {
		        end ++;
		      }

		      while (end < length && source[end] !== ']') {
		        end += source[end] === ESCAPE
		          ? 2
		          : 1;
		      }

		      end ++;
		      tokens.push({single: source.slice(index, end)});
		      index = end;
		    } else if (char === ESCAPE) {
		      tokens.push({single: source.slice(index, index + 2)});
		      index += 2;
		    } else if (char === '(') {
		      let depth = 0;
		      let end = index;

		      do {
		        if (source[end] === ESCAPE) {
		          end ++;
		        } else if (source[end] === '(') {
		          depth ++;
		        } else if (source[end] === ')') {
		          depth --;
		        }

		        end ++;
		      } while (end < length && depth > 0)

		      if ('*+?'.indexOf(source[end]) >= 0) {
		        end ++;
		      }

		      tokens.push({boundary: source.slice(index, end)});
		      index = end;
		    } else if (char === '^' || char === '$') {
		      tokens.push({boundary: char});
		      index ++;
		    } else {
		      tokens.push({single: char});
		      index ++;
		    }
		  }

		  let out = EMPTY;
		  let run = [];

		  const flush = () => {
		    let lastWildcard;

		    run.forEach((token, at) => {
		      if (token.wildcard) {
		        lastWildcard = at;
		      }
		    });

		    run.forEach((token, at) => {
		      if (!token.wildcard) {
		        out += token.single;
		        return
		      }

		      // Every wildcard but the last is pinned to the whole piece that
		      //   follows it, for the reason set out above this function. The last
		      //   one stays as it is and takes up the rest.
		      out += at === lastWildcard
		        ? WILDCARD
		        : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
		    });

		    run = [];
		  };

		  tokens.forEach(token => {
		    if (token.boundary === undefined) {
		      run.push(token);
		      return
		    }

		    flush();
		    out += token.boundary;
		  });

		  flush();

		  return out
		};

		// @param {pattern}
		const makeRegexPrefix = pattern => {
		  // `/**` matches every path, as `**` does. The translation below only finds
		  //   a globstar beside a slash it keeps, and the leading one is turned into
		  //   an anchor, so `/**` would come out as `/*` and match one level only.
		  //   Here rather than in `createRule`, so that `checkSourceOf`, which
		  //   compiles `/**/` again without its trailing slash, gets it too.
		  if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
		    pattern = '**';
		  }

		  const {source, sources} = extractBrackets(pattern);

		  const replaced = REPLACERS.reduce(
		    // A pass whose matcher finds nothing hands back the very string it was
		    //   given, so asking first costs a search and saves a rewrite. Ten of the
		    //   fifteen passes never fire for a typical .gitignore line, and between
		    //   them they were 45% of this chain.
		    (prev, [matcher, replacer, required]) => {
		      if (matcher === DIRECT) {
		        return replacer(prev, pattern)
		      }

		      if (required !== UNDEFINED && prev.indexOf(required) < 0) {
		        return prev
		      }

		      // A pass whose matcher finds nothing hands back the very string it was
		      //   given, so asking first costs a search and saves a rewrite.
		      return matcher.test(prev)
		        ? prev.replace(matcher, replacer.bind(pattern))
		        : prev
		    },
		    source
		  );

		  // Most patterns hold no bracket expression at all, and then there is
		  //   nothing to put back.
		  return sources.length
		    ? replaced.replace(
		      REGEX_RESTORE_PLACEHOLDER,
		      (match, index) => sources[index]
		    )
		    : replaced
		};

		// `checkRegex` tests a path with a trailing slash, 'abc/', the way
		//   `git check-ignore` matches that literal string once the directory itself
		//   is known not to be excluded (see `checkIgnore`): a trailing '/' of the
		//   pattern is dropped, a basename pattern sees an empty basename, and only a
		//   pattern whose last segment is a pending wildcard can match what is left
		//   after the final slash -- 'abc/*' and 'abc/**' match 'abc/', and 'abc/**'
		//   also matches 'abc/d/' (#77, #169).
		const checkSourceOf = (body, prefix) => {
		  if (body[body.length - 1] === SLASH) {
		    prefix = makeRegexPrefix(body.slice(0, -1));
		  }

		  const head = prefix.slice(0, -1);
		  const last = prefix[prefix.length - 1];

		  return last === TRAILING_WILDCARD
		    ? `${head}$`
		    : last === TRAILING_DOUBLESTAR
		      ? head
		      : NEVER_MATCH
		};

		// A trailing slash does not stop a pattern being basename-only: it restricts
		//   the match to a directory, it does not let the pattern reach across one.
		//   Everything else a pattern can hold -- a wildcard, a character class, an
		//   escape -- stays inside a single path segment too, so a pattern with no
		//   separator in it can only ever describe the last one.
		const matchesBasename = body => {
		  const index = body.indexOf(SLASH);

		  return index < 0 || index === body.length - 1
		};

		// The last segment of a path, keeping a trailing slash, because a pattern that
		//   ends in one matches only a directory.
		// 'a/b/c.js' -> 'c.js';  'a/b/' -> 'b/';  'c.js' -> 'c.js' (no copy made)
		const basenameOf = path => {
		  const end = path.length - 1;

		  const index = path.lastIndexOf(
		    SLASH,
		    path[end] === SLASH
		      ? end - 1
		      : end
		  );

		  return index < 0
		    ? path
		    : path.slice(index + 1)
		};

		// The parent directory of a path, with its trailing separator, or EMPTY when
		//   the path has none.
		// 'a/b/c' -> 'a/b/';  'a/b/' -> 'a/';  'a' -> EMPTY;  'a/' -> EMPTY
		//
		// A path holding an empty segment has to be taken apart, because its
		//   ancestors are not prefixes of it: the parent of 'a//b' is 'a/', not
		//   'a//', and the parent of '/a/' is nothing at all. Both shapes reach here
		//   -- 'a//b' is accepted outright, and `checkIgnore` does not put the path
		//   it is given through the relative-path check.
		//
		// Every other path is a prefix of itself, and cutting one costs a fraction of
		//   splitting it into an array and joining that back at every level: 73ns
		//   against 207ns.
		const parentOf = path => {
		  if (
		    path.charCodeAt(0) === SLASH_CODE
		    || path.indexOf(DOUBLE_SLASH) >= 0
		  ) {
		    const slices = path.split(SLASH).filter(Boolean);

		    slices.pop();

		    return slices.length
		      ? slices.join(SLASH) + SLASH
		      : EMPTY
		  }

		  const end = path.length - 1;

		  // Look back from before a trailing separator, since that one belongs to the
		  //   path itself.
		  //
		  // A negative place to start would be a trap here: `lastIndexOf` clamps one
		  //   to 0 and searches there rather than reporting no match, so '/' would
		  //   come back as its own parent and the walk would never end. It cannot
		  //   happen -- that is the only path short enough to produce one, and the
		  //   test above has already sent it the other way.
		  const cut = path.lastIndexOf(
		    SLASH,
		    path.charCodeAt(end) === SLASH_CODE
		      ? end - 1
		      : end
		  );

		  return cut < 0
		    ? EMPTY
		    : path.slice(0, cut + 1)
		};

		const isString = subject => typeof subject === 'string';

		// Blank lines, comments and trailing lone backslashes are told by
		//   `createRule`, once the pattern is normalized.
		const checkPattern = pattern => pattern
		  && isString(pattern);

		// Git drops one CR before each LF, and one at the end of a final line that
		//   has no LF after it.
		const splitPattern = pattern => (
		  pattern[pattern.length - 1] === '\r'
		    ? pattern.slice(0, -1)
		    : pattern
		)
		.split(REGEX_SPLITALL_CRLF)
		.filter(Boolean);

		class IgnoreRule {
		  constructor (
		    pattern,
		    mark,
		    body,
		    ignoreCase,
		    negative,
		    prefix
		  ) {
		    this.pattern = pattern;
		    this.mark = mark;
		    this.negative = negative;

		    define(this, 'body', body);
		    define(this, 'ignoreCase', ignoreCase);
		    define(this, 'regexPrefix', prefix);
		  }

		  // Worked out on first use and kept behind an own property, the way `regex`
		  //   caches itself in `_regex`. Deciding it in the constructor instead would
		  //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
		  //   every compile -- including the compiles of rules that are never matched
		  //   against anything.
		  get _basenameOnly () {
		    return define(this, '_basenameOnly', matchesBasename(this.body))
		  }

		  get regex () {
		    const key = UNDERSCORE + MODE_IGNORE;

		    if (this[key]) {
		      return this[key]
		    }

		    return this._make(MODE_IGNORE, key)
		  }

		  get checkRegex () {
		    const key = UNDERSCORE + MODE_CHECK_IGNORE;

		    if (this[key]) {
		      return this[key]
		    }

		    return this._make(MODE_CHECK_IGNORE, key)
		  }

		  _make (mode, key) {
		    const str = pinWildcards(
		      mode === MODE_IGNORE
		        ? this.regexPrefix
		        .replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard)
		        .replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar)
		        : checkSourceOf(this.body, this.regexPrefix)
		    );

		    const regex = this.ignoreCase
		      ? new RegExp(str, 'i')
		      : new RegExp(str);

		    return define(this, key, regex)
		  }
		}

		const hasTrailingBackslash = str => {
		  let count = 0;

		  while (str[str.length - count - 1] === ESCAPE) {
		    count ++;
		  }

		  return count % 2 === 1
		};

		// Read a line the way git does: when `stripLineEnd` is set (an unsplit array
		//   or object pattern), drop any trailing blank lines along with the LF
		//   before each and at most one CR at the end of the line; then trim trailing
		//   spaces in the same backward pass. Git trims spaces only, and a space
		//   escaped by an odd run of backslashes stays, unescaped, as the last one.
		// Scanned from the end: a regular expression can only try each start in
		//   turn, which is quadratic over a long run of spaces or backslashes.
		// 'a  ' -> 'a';  'a\ ' -> 'a ';  'a\\ ' -> 'a\\';  'a\t' -> 'a\t'
		// 'a\r\n' -> 'a';  'a\r\r' -> 'a\r';  'a\n\r' -> 'a'
		const trimEnd = (body, stripLineEnd) => {
		  let lineEnd = body.length;
		  let end;

		  for (;;) {
		    if (stripLineEnd && body[lineEnd - 1] === '\r') {
		      lineEnd --;
		    }

		    end = lineEnd;

		    while (body[end - 1] === SPACE) {
		      end --;
		    }

		    if (!stripLineEnd || body[end - 1] !== '\n') {
		      break
		    }

		    lineEnd = end - 1;
		  }

		  if (end === lineEnd) {
		    return body.slice(0, lineEnd)
		  }

		  let backslashes = 0;

		  while (body[end - backslashes - 1] === ESCAPE) {
		    backslashes ++;
		  }

		  return backslashes % 2
		    ? body.slice(0, end - 1) + SPACE
		    : body.slice(0, end)
		};

		const createRule = (
		  pattern,
		  mark,
		  ignoreCase,
		  stripLineEnd,
		  stripBOM
		) => {
		  // Git drops a BOM before it reads the first line, so before anything else.
		  let body = stripBOM && pattern[0] === BOM
		    ? pattern.slice(1)
		    : pattern;

		  // > A line starting with # serves as a comment.
		  if (body[0] === '#') {
		    return
		  }

		  let negative = false;

		  // > An optional prefix "!" which negates the pattern;
		  if (body[0] === '!') {
		    negative = true;
		    body = body.slice(1);
		  }

		  // Normalize the body before checking which slashes anchor the pattern.
		  //   Otherwise `bar/ ` is mistaken for a pattern containing an inner slash.
		  //   A line from `splitPattern` has already lost its line ending, so only a
		  //   trailing space remains to trim there.
		  const last = body[body.length - 1];

		  if (
		    last === SPACE
		    || stripLineEnd && (last === '\r' || last === '\n')
		  ) {
		    body = trimEnd(body, stripLineEnd);
		  }

		  // > A blank line matches no files, so it can serve as a separator for
		  // >   readability.
		  // Nor does a lone "!", a pattern ending on an unpaired backslash, or
		  //   anything else left empty here: an empty pattern would compile to a
		  //   regex matching every path.
		  if (!body || hasTrailingBackslash(body)) {
		    return
		  }

		  body = body
		  // > Put a backslash ("\") in front of the first "!" for patterns that
		  // >   begin with a literal "!", for example, `"\!important!.txt"`.
		  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
		  // > Put a backslash ("\") in front of the first hash for patterns that
		  // >   begin with a hash.
		  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#');

		  const regexPrefix = makeRegexPrefix(body);

		  return new IgnoreRule(
		    pattern,
		    mark,
		    body,
		    ignoreCase,
		    negative,
		    regexPrefix
		  )
		};

		class RuleManager {
		  constructor (ignoreCase) {
		    this._ignoreCase = ignoreCase;
		    this._rules = [];

		    // How many of the rules git would tag `EXC_FLAG_NODIR`.
		    //
		    // The scan uses it to decide, once for the whole set, whether handing
		    //   those rules the basename is worth what it costs the others. The
		    //   shortcut saves a full-path scan on every rule it applies to and costs
		    //   a check on every rule it does not, so a set where almost nothing is
		    //   basename-only comes out behind -- a 955 pattern set with 44 of them
		    //   measured 19% slower with the shortcut always on.
		    //
		    // Deciding this by measurement rather than by meaning is safe: a
		    //   basename-only pattern gives the very same answer against the whole
		    //   path, it just takes longer to say so. The choice can only change how
		    //   fast the scan runs, never what it returns.
		    this._basenameCount = 0;
		  }

		  _add (pattern, index) {
		    // #32
		    if (pattern && pattern[KEY_IGNORE]) {
		      this._rules = this._rules.concat(pattern._rules._rules);
		      this._basenameCount += pattern._rules._basenameCount;
		      this._added = true;
		      return
		    }

		    const isStr = isString(pattern);
		    const raw = isStr
		      ? pattern
		      : pattern.pattern;

		    const rule = checkPattern(raw)
		      && createRule(
		        raw,
		        isStr ? UNDEFINED : pattern.mark,
		        this._ignoreCase,
		        !this._split,
		        this._stripBOM && !index
		      );

		    if (rule) {
		      this._added = true;
		      this._rules.push(rule);

		      // Deliberately not `rule._basenameOnly`: reading that would materialise
		      //   the rule's own copy, and the whole point of leaving it lazy is that
		      //   a rule which is compiled and never matched never pays for it.
		      if (matchesBasename(rule.body)) {
		        this._basenameCount ++;
		      }
		    }
		  }

		  // @param {Array<string> | string | Ignore} pattern
		  add (pattern) {
		    this._added = false;
		    this._split = isString(pattern);
		    this._stripBOM = !this._split || pattern[0] === BOM;

		    makeArray(
		      this._split
		        ? splitPattern(pattern)
		        : pattern
		    ).forEach(this._add, this);

		    if (this._added) {
		      this._literalRules = UNDEFINED;
		    }

		    return this._added
		  }

		  // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
		  //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
		  //   are left out once, rather than tested or compiled for every path.
		  testLiteral (path) {
		    const rules = this._literalRules || (
		      this._literalRules = this._rules.filter(
		        ({body}) => body[body.length - (
		          body[body.length - 1] === SLASH ? 2 : 1
		        )] === '*'
		      )
		    );

		    let ignored = false;
		    let unignored = false;
		    let matchedRule;

		    for (let index = rules.length - 1; index >= 0; index --) {
		      const rule = rules[index];

		      if (rule.checkRegex.test(path)) {
		        ignored = !rule.negative;
		        unignored = rule.negative;
		        matchedRule = rule.negative
		          ? UNDEFINED
		          : rule;
		        break
		      }
		    }

		    const ret = {
		      ignored,
		      unignored
		    };

		    if (matchedRule) {
		      ret.rule = matchedRule;
		    }

		    return ret
		  }

		  // Test one single path without recursively checking parent directories
		  //
		  // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`

		  // @returns {TestResult}
		  test (path, mode) {
		    // Most of a .gitignore is patterns with no slash in them, and running
		    //   those against the whole path makes the regular expression engine walk
		    //   every directory name on the way to the only segment that could match.
		    //   Handing them the basename instead is what git does, and it is where
		    //   the time in a directory walk goes: the rule scan was two thirds of it.
		    const rules = this._rules;
		    const {length} = rules;

		    const shortcut = this._basenameCount * 2 >= length;

		    const basename = shortcut
		      ? basenameOf(path)
		      : path;

		    // The last rule to match decides, as in git, and it is the rule
		    //   `git check-ignore -v` reports, so the scan runs from the end and stops
		    //   at the first match.
		    // A plain loop rather than `forEach`, so that `path`, `basename` and
		    //   `shortcut` are locals. As a callback they became closure variables,
		    //   and reaching for one of those once per rule cost 10% of a scan over a
		    //   large rule set -- more than the shortcut they were there to serve.
		    for (let index = length - 1; index >= 0; index --) {
		      const rule = rules[index];

		      if (rule[mode].test(
		        shortcut && rule._basenameOnly
		          ? basename
		          : path
		      )) {
		        const {negative} = rule;

		        const ret = {
		          ignored: !negative,
		          unignored: negative
		        };

		        if (!negative) {
		          ret.rule = rule;
		        }

		        return ret
		      }
		    }

		    return {
		      ignored: false,
		      unignored: false
		    }
		  }
		}

		const throwError = (message, Ctor) => {
		  throw new Ctor(message)
		};

		const checkPath = (path, originalPath, doThrow) => {
		  if (!isString(path)) {
		    return doThrow(
		      `path must be a string, but got \`${originalPath}\``,
		      TypeError
		    )
		  }

		  // We don't know if we should ignore EMPTY, so throw
		  if (!path) {
		    return doThrow(`path must not be empty`, TypeError)
		  }

		  // Check if it is a relative path
		  if (checkPath.isNotRelative(path)) {
		    const r = '`path.relative()`d';
		    return doThrow(
		      `path should be a ${r} string, but got "${originalPath}"`,
		      RangeError
		    )
		  }

		  return true
		};

		// > pathname should be a `path.relative()`d one
		//
		// The same thing `REGEX_TEST_INVALID_PATH` says, spelled out: a path is not
		//   relative if it begins with a separator, or with `./` or `../`, or is
		//   nothing but `.` or `..`. Every match is decided by the first three
		//   characters, and this runs on every path handed to the library -- where it
		//   was 55% of a cached lookup, more than the cache lookup itself.
		const isNotRelative = path => {
		  const first = path.charCodeAt(0);

		  if (first === SLASH_CODE) {
		    return true
		  }

		  if (first !== DOT_CODE) {
		    return false
		  }

		  // '.'
		  if (path.length === 1) {
		    return true
		  }

		  const second = path.charCodeAt(1);

		  // './'
		  if (second === SLASH_CODE) {
		    return true
		  }

		  if (second !== DOT_CODE) {
		    return false
		  }

		  // '..' or '../'
		  return path.length === 2 || path.charCodeAt(2) === SLASH_CODE
		};

		checkPath.isNotRelative = isNotRelative;

		// On windows, the following function will be replaced
		/* istanbul ignore next */
		checkPath.convert = p => p;


		const convertPath = target =>
		  isString(target) && checkPath.convert(target);


		class Ignore {
		  constructor ({
		    ignorecase = true,
		    ignoreCase = ignorecase,
		    allowRelativePaths = false
		  } = {}) {
		    define(this, KEY_IGNORE, true);

		    this._rules = new RuleManager(ignoreCase);
		    this._strictPathCheck = !allowRelativePaths;
		    this._initCache();
		  }

		  _initCache () {
		    // A cache for the result of `.ignores()`
		    this._ignoreCache = Object.create(null);

		    // A cache for the result of `.test()`
		    this._testCache = Object.create(null);
		  }

		  add (pattern) {
		    if (this._rules.add(pattern)) {
		      // Some rules have just added to the ignore,
		      //   making the behavior changed,
		      //   so we need to re-initialize the result cache
		      this._initCache();
		    }

		    return this
		  }

		  // legacy
		  addPattern (pattern) {
		    return this.add(pattern)
		  }

		  // @returns {TestResult}
		  _test (originalPath, cache, path) {
		    checkPath(
		      path,
		      originalPath,
		      this._strictPathCheck
		        ? throwError
		        : RETURN_FALSE
		    );

		    return path
		      ? this._t(path, cache)
		      : {
		        ignored: false,
		        unignored: false
		      }
		  }

		  checkIgnore (target) {
		    // A Windows path is converted first, so that a directory given with a
		    //   trailing separator, `\` or `/`, is told the same way
		    const path = convertPath(target);

		    // If the path does not end with a slash, `.ignores()` is much equivalent
		    //   to `git check-ignore`
		    if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
		      return this._test(target, this._testCache, path)
		    }

		    // Like `git check-ignore`: a directory excluded by itself or by an
		    //   ancestor settles it, and only then is the literal 'abc/' matched
		    //   against the rules (see `checkSourceOf`).
		    const dir = this._t(path, this._testCache);

		    if (dir.ignored) {
		      return dir
		    }

		    const literal = this._rules.testLiteral(path);

		    return literal.ignored || literal.unignored
		      ? literal
		      : dir
		  }

		  _t (
		    // The path to be tested
		    path,

		    // The cache for the result of a certain checking
		    cache
		  ) {
		    // Every cached result is an object, so one read both tells a hit and
		    //   fetches it, where `in` and then a read hashed the path twice.
		    const cached = cache[path];

		    if (cached) {
		      return cached
		    }

		    const parentPath = parentOf(path);

		    // If the path contains a parent directory, check the parent first
		    const parent = parentPath
		      ? this._t(parentPath, cache)
		      : UNDEFINED;

		    return cache[path] = parent && parent.ignored
		      // > It is not possible to re-include a file if a parent directory of
		      // >   that file is excluded.
		      ? parent
		      : this._rules.test(path, MODE_IGNORE)
		  }

		  ignores (path) {
		    return this._test(path, this._ignoreCache, convertPath(path)).ignored
		  }

		  createFilter () {
		    return path => !this.ignores(path)
		  }

		  filter (paths) {
		    return makeArray(paths).filter(this.createFilter())
		  }

		  // @returns {TestResult}
		  test (path) {
		    return this._test(path, this._testCache, convertPath(path))
		  }
		}

		const factory = options => new Ignore(options);

		const isPathValid = path =>
		  checkPath(convertPath(path), path, RETURN_FALSE);

		/* istanbul ignore next */
		const setupWindows = () => {
		  /* eslint no-control-regex: "off" */
		  const makePosix = str => /^\\\\\?\\/.test(str)
		  || /["<>|\u0000-\u001F]+/u.test(str)
		    ? str
		    : str.replace(/\\/g, '/');

		  checkPath.convert = makePosix;

		  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
		  // 'd:\\foo'
		  const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
		  checkPath.isNotRelative = path =>
		    REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)
		    || isNotRelative(path);
		};


		// Windows
		// --------------------------------------------------------------
		/* istanbul ignore next */
		if (
		  // Detect `process` so that it can run in browsers.
		  typeof process !== 'undefined'
		  && process.platform === 'win32'
		) {
		  setupWindows();
		}

		// COMMONJS_EXPORTS ////////////////////////////////////////////////////////////

		module.exports = factory;

		// Although it is an anti-pattern,
		//   it is still widely misused by a lot of libraries in github
		// Ref: https://github.com/search?q=ignore.default%28%29&type=code
		factory.default = factory;

		module.exports.isPathValid = isPathValid;

		// For testing purposes
		define(module.exports, Symbol.for('setupWindows'), setupWindows); 
	} (ignore$1));
	return ignore$1.exports;
}

var ignoreExports = requireIgnore();
const ignore = /*@__PURE__*/getDefaultExportFromCjs(ignoreExports);

// Which paths of a tree a run reads: not vendored or build folders, not what .gitignore ignores
// (the workspace walker applies both below each scan root), not what `exclude:` globs remove, and
// only what `include:` globs keep when given. Every path left out is listed with why.












/** Folders that hold others' copies, build output or test fixtures, never a model of the repository's own. */
const VENDORED = {
  node_modules: "a vendored packages folder",
  vendor: "a vendored folder",
  vendored: "a vendored folder",
  third_party: "a vendored folder",
  "third-party": "a vendored folder",
  "site-packages": "an installed packages folder",
  ".venv": "a Python virtual environment",
  venv: "a Python virtual environment",
  ".tox": "a Python test environment",
  __pycache__: "a Python cache folder",
  ".cache": "a cache folder (Hugging Face's cache holds copies of others' models)",
  ".ipynb_checkpoints": "a notebook checkpoint folder",
  dist: "a build output folder",
  build: "a build output folder",
  fixtures: "a test fixtures folder",
  __fixtures__: "a test fixtures folder",
  testdata: "a test fixtures folder",
  ".git": "git's own folder",
  ".github": "GitHub settings, not a model",
};

/** Why a folder (its base name) is never scanned, or undefined. */
function vendoredReason(name) {
  return Object.hasOwn(VENDORED, name) ? VENDORED[name] : undefined;
}

/** Why a path below a scan root lies in a vendored folder, or undefined. `rel` is relative to the root. */
function vendoredPathReason(rel) {
  const parts = rel.split("/");
  for (let i = 0; i < parts.length - 1; i++) {
    const reason = vendoredReason(parts[i]);
    if (reason) return { folder: `${parts.slice(0, i + 1).join("/")}/`, reason };
  }
  return undefined;
}

/** Tests paths against the exclude and include globs; undefined when neither is given. */
function globFilter(scope) {
  const exclude = scope?.exclude?.filter((g) => g.trim() !== "") ?? [];
  const include = scope?.include?.filter((g) => g.trim() !== "") ?? [];
  if (exclude.length === 0 && include.length === 0) return undefined;
  const out = exclude.length > 0 ? ignore().add([...exclude]) : undefined;
  const keep = include.length > 0 ? ignore().add([...include]) : undefined;
  return (p) => {
    const rel = p.replace(/^\.\//, "");
    if (out?.ignores(rel)) return `matches an exclude glob (${matching(exclude, rel)})`;
    if (keep && !keep.ignores(rel)) return "matches no include glob";
    return undefined;
  };
}

function matching(globs, rel) {
  return globs.find((g) => ignore().add(g).ignores(rel)) ?? globs.join(", ");
}

/**
 * The .gitignore rules in force in a folder: its parent's, then its own file's, each tested on the
 * path relative to the folder that holds the file (as git does).
 */
class GitIgnores {
   constructor(  layers) {this.layers = layers;}

  static empty() {
    return new GitIgnores([]);
  }

  /** The rules for folder `dir` (relative to the root) given its .gitignore text. */
  enter(dir, text) {
    if (text === undefined || text.trim() === "") return this;
    return new GitIgnores([...this.layers, { base: dir, rules: ignore().add(text) }]);
  }

  /** True when `rel` (relative to the root; folders end with `/`) is ignored. */
  ignores(rel) {
    let ignored = false;
    for (const { base, rules } of this.layers) {
      const inner = base === "" ? rel : rel.startsWith(`${base}/`) ? rel.slice(base.length + 1) : undefined;
      if (inner === undefined || inner === "") continue;
      const r = rules.test(inner);
      if (r.ignored) ignored = true;
      else if (r.unignored) ignored = false;
    }
    return ignored;
  }
}

// One pass over a text for every known name at once: a character trie of the names (each
// separator `-`, `_` or space optional, as cards write "LAION-2B-en", "LAION2B en", "laion_2b_en"),
// walked from each word start. Most word starts fail on their first character, so the cost is one
// map lookup per word, whatever the number of names; the per-name regular expressions this
// replaces cost one scan of the card per name (2,700 dataset names).


























const SEPARATOR = /[-_ ]/;
const WORD = /[\p{L}\p{N}_]/u;

/** Short all-capital names (C4, WIT, SAM) match only as written: in lower case they are words. */
function caseSensitive(name) {
  return name.length <= 4 && name === name.toUpperCase();
}

class NameMatcher {
    root = { next: new Map() };

  constructor(entries) {
    for (const e of entries) if (e.name.length >= 2) this.add(e);
  }

   add(e) {
    let node = this.root;
    const name = caseSensitive(e.name) ? e.name : e.name.toLowerCase();
    for (const ch of name) {
      if (SEPARATOR.test(ch)) {
        node.sep ??= { next: new Map() };
        node = node.sep;
        continue;
      }
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map() }));
      node = child;
    }
    (node.ends ??= []).push(e);
  }

  /**
   * Every known name in `text` standing as whole words, longest first at each place, never one
   * inside a longer one ("The Stack v2" is not also "The Stack"). In text order.
   */
  find(text) {
    const lower = text.toLowerCase();
    // Lower-casing changes the length of a few characters (İ); then positions are found on the text itself.
    const folded = lower.length === text.length ? lower : text;
    const hits = [];
    let coveredTo = 0;
    for (let i = 0; i < text.length; i++) {
      if (!startsWord(text, i)) continue;
      const hit = this.longestAt(text, folded, i);
      if (!hit || hit.start < coveredTo) continue;
      hits.push(hit);
      coveredTo = hit.end;
      i = hit.end - 1;
    }
    return hits;
  }

   longestAt(text, folded, start) {
    const best = { end: -1, entry: undefined };
    this.walk(this.root, text, folded, start, start, best);
    if (!best.entry) return undefined;
    return { text: text.slice(start, best.end), name: best.entry.name, id: best.entry.id, kind: best.entry.kind, start, end: best.end };
  }

  /** Follows the trie from `node` at text position `i`, keeping the longest name that ends on a word boundary. */
   walk(node, text, folded, start, i, best) {
    if (node.ends && i > best.end && endsWord(text, i)) {
      const entry = node.ends.find((e) => !caseSensitive(e.name) || sameCase(text, start, i, e.name));
      if (entry) {
        best.end = i;
        best.entry = entry;
      }
    }
    if (i >= text.length) return;
    const c = folded[i];
    const exact = text[i];
    // Case-sensitive names are stored as written: the exact character is tried as well as the folded one.
    const child = node.next.get(c);
    if (child) this.walk(child, text, folded, start, i + 1, best);
    if (exact !== c) {
      const upper = node.next.get(exact);
      if (upper) this.walk(upper, text, folded, start, i + 1, best);
    }
    if (node.sep) this.walk(node.sep, text, folded, start, SEPARATOR.test(exact) ? i + 1 : i, best);
  }
}






function sameCase(text, start, end, name) {
  return text.slice(start, end).replace(/[-_ ]/g, "") === name.replace(/[-_ ]/g, "");
}

/** A name starts where no word character, `/` or `-` comes before (not inside "org/name" or "pre-name"). */
function startsWord(text, i) {
  if (i === 0) return true;
  const before = text.charCodeAt(i - 1);
  return !(isWordCode(text, i - 1, before) || before === 0x2f || before === 0x2d);
}

/** A letter, digit or `_`, ASCII tested without a regular expression (this runs on every character). */
function isWordCode(text, i, c) {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
  return WORD.test(text[i]);
}

/** A name ends before a non-word character, but not before `-` or a dotted suffix ("c4.en" is not "C4"). */
function endsWord(text, i) {
  if (i >= text.length) return true;
  const after = text.charCodeAt(i);
  if (isWordCode(text, i, after) || after === 0x2d) return false;
  return !(after === 0x2e && i + 1 < text.length && isWordCode(text, i + 1, text.charCodeAt(i + 1)));
}

// The class of a card's heading, from a table of the wordings cards use (the Hub's card template,
// the Trainer's generated cards, sentence-transformers, timm, RL zoo, Meta's and Google's cards).
// A heading is matched whole, never by a word it contains: "Training results" is a results table,
// "Resume the training" is usage, "Trained using AutoTrain" says nothing about data.

 










const DATA = "(data|dataset|datasets|data ?sets?|corpus|corpora|data sources?|data mixture|data collection|data sets used)";

/** Wordings per class, each matched against the whole normalised heading; the first class that matches wins. */
const WORDINGS = [
  [
    "fine-tuning",
    [
      new RegExp(`^(fine-?tuning|finetuning|instruction tuning|sft|rlhf|alignment)( ${DATA}| details| procedure| setup)?$`),
      new RegExp(`^${DATA} (for|used for) fine-?tuning$`),
    ],
  ],
  [
    "training",
    [
      new RegExp(`^(model )?(pre-?training|training|train)( and evaluation| & evaluation| and validation)? ${DATA}( and preprocessing| & preprocessing| details)?$`),
      /^(pre-?training|training|train)( details| procedure| setup| process| data and procedure| information| methodology| recipe)?$/,
      /^(architecture|model architecture) (and|&) training$/,
      new RegExp(`^${DATA}( used| description| details| and preprocessing| & preprocessing)?$`),
      /^(the )?(training )?data (and|&) (preprocessing|training)$/,
      /^training (hyperparameters|hyper-parameters|configuration|config)$/,
      /^preprocessing( the datasets)?$/,
    ],
  ],
  [
    "evaluation",
    [
      /^(model )?(evaluation|eval|test|testing|validation)( results?| data| datasets?| metrics| commands| details| and results| on test set.*)?$/,
      /^(results?|benchmarks?|performance|metrics|accuracy|scores?|leaderboard|downstream (results|performance|tasks)|test results?|training results|validation metrics)$/,
      /^testing data, factors (&|and) metrics$/,
      /^(evaluation|eval) results? on .+$/,
    ],
  ],
  [
    "limitations",
    [
      /^(intended uses?|intended use cases?)( (&|and) limitations)?$/,
      /^(limitations?|bias|biases|risks|ethical considerations|out-of-scope uses?|misuse.*|safety)( (&|and|,) .*)?$/,
      /^(bias|risks)(, | and | & ).*limitations.*$/,
    ],
  ],
  [
    "usage",
    [
      /^(usage|use|uses|how to use|how to use it|how to get started( with the model)?|getting started|quick ?start|example|examples|inference|direct use|downstream use|installation|requirements|code|demo)( .*)?$/,
      /^(load|run|use|watch|resume|download|upload|tokeni[sz]e|compute|perform) .*$/,
      /^(using|running) (the|this) model.*$/,
    ],
  ],
  ["other-models", [/^(related|other|similar|more|see also|compared?|comparison( with| to| against)?|model (family|variants|zoo))( models?| work| checkpoints?| variants)?$/, /^(model variants|comparison (with|to|against)) .+$/]],
  ["license", [/^(licen[cs]e|licen[cs]ing|terms of use|terms and conditions|legal)( information| and (usage|attribution|citation)| agreement)?$/]],
  ["citation", [/^(citation|citations|cite|citing|how to cite|bibtex|references?|citation information|bibtex entry( and citation info)?|citing (&|and) authors|paper)( .*)?$/]],
];

/** Lower case, no numbering ("2.1"), emoji or punctuation at the ends, single spaces, "&" kept. */
function normaliseHeading(heading) {
  return heading
    .toLowerCase()
    .replace(/[\u{1F000}-\u{1FFFF}\u{2600}-\u{27BF}]|\u{FE0F}/gu, " ")
    .replace(/^\s*(?:\d+(?:\.\d+)*|[ivx]+)[.)]?(?=\s|$)/, "")
    .replace(/[?!.:()[\]"'“”]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function classifyHeading(heading) {
  const h = normaliseHeading(heading);
  const cls = classOf$1(h);
  if (cls !== "other") return cls;
  // Bilingual headings ("引用 Citation", "训练数据 Training data"): the Latin part alone.
  const latin = h.replace(/^[^a-z]+/, "");
  return latin !== h && latin !== "" ? classOf$1(latin) : "other";
}

function classOf$1(h) {
  for (const [cls, patterns] of WORDINGS) if (patterns.some((p) => p.test(h))) return cls;
  return "other";
}

/** Whether a heading is about data ("Training data", "Datasets", "Pretraining corpus"), not procedure or hyperparameters. */
function headingNamesData(heading) {
  return /\b(data|dataset|datasets|data ?sets?|corpus|corpora)\b/.test(normaliseHeading(heading));
}

// The body of a model card as a document: nested sections with a class, blocks, inline links and
// code, every piece with its offset (and so its file:line:column). A small block scanner of our
// own, not a full Markdown parser: it only needs headings, fences, lists, tables, quotes, HTML and
// links, and it must keep the corpus scan within 2x of reading plus front matter (see README,
// "How cards are read"). Code, images and asset URLs are marked so that nothing reads them as data.

 


























































const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const BOLD_LINE = /^ {0,3}(?:\*\*|__)([^*_\n]{2,80}?)(?:\*\*|__)[ \t]*:?[ \t]*$/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const QUOTE = /^ {0,3}>/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const HTML_START = /^ {0,3}<(\/?[a-zA-Z][\w-]*|!--)/;
const MAY_OPEN = /^ {0,3}[#>*+\-_`~<0-9]/;
const THEMATIC_BREAK = /^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/;

/**
 * A URL that points at a file or a page of a repository rather than naming what it is about: the
 * Hub's `/resolve/`, `/blob/`, `/raw/`, `/tree/` and `/viewer/` paths, image files, badges, and the
 * `documentation-images` repositories that hold the pictures of cards.
 */
function isAssetUrl(url) {
  return /\/(resolve|blob|raw|tree|viewer|commits?|discussions)\/|documentation-images|shields\.io|\/badges?\/|badge\.(svg|png)|\.(png|jpe?g|gif|svg|webp|bmp|mp4|webm|ico)([?#]|$)/i.test(url);
}

/** Reads the card body that starts at `bodyStart` (after front matter). */
function readDocument(text, bodyStart = 0) {
  const lineStarts = lineStartsOf(text);
  const root = { heading: "", level: 0, class: "other", ownClass: "other", aboutData: false, start: bodyStart, end: text.length, children: [], blocks: [] };
  const doc = { text, root, sections: [root], blocks: [], position: (o) => positionIn(lineStarts, o) };
  new Scanner(text, lineStarts, doc).run(bodyStart);
  return doc;
}

function lineStartsOf(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function positionIn(lineStarts, offset) {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
}

/** One pass over the lines: each line opens, continues or closes a block. */
class Scanner {
   current;
   line = 0;
    lines;

  constructor(
      text,
      starts,
      doc,
  ) {this.text = text;this.starts = starts;this.doc = doc;
    this.current = doc.root;
    this.lines = text.split("\n");
  }

  run(bodyStart) {
    this.line = this.lineAt(bodyStart);
    while (this.line < this.starts.length) this.step();
    for (let s = this.current; s; s = s.parent) s.end = this.text.length;
  }

   lineAt(offset) {
    return positionIn(this.starts, offset).line - 1;
  }

   get(i) {
    return this.lines[i] ?? "";
  }

   endOf(i) {
    const next = this.starts[i + 1];
    return next === undefined ? this.text.length : next - 1;
  }

   step() {
    const i = this.line;
    const line = this.get(i);
    if (line.trim() === "") {
      this.line++;
      return;
    }
    const fence = FENCE.exec(line);
    if (fence) return this.fenced(i, fence[1]);
    const atx = ATX.exec(line);
    if (atx) return this.heading(i, atx[1].length, atx[2] ?? "");
    const bold = BOLD_LINE.exec(line);
    if (bold) return this.heading(i, 7, bold[1]);
    if (/^ {0,3}<!--/.test(line)) return this.comment(i);
    if (HTML_START.test(line)) return this.until(i, "html", (l) => l.trim() === "");
    if (/^( {4}|\t)/.test(line)) return this.until(i, "code", (l) => l.trim() !== "" && !/^( {4}|\t)/.test(l));
    if (THEMATIC_BREAK.test(line)) {
      this.line++;
      return;
    }
    if (QUOTE.test(line)) return this.until(i, "quote", (l) => l.trim() === "");
    if (LIST_ITEM.test(line)) return this.listItem(i);
    if (line.includes("|") && TABLE_DELIMITER.test(this.get(i + 1) ?? "") && i + 1 < this.starts.length) {
      return this.until(i, "table", (l) => l.trim() === "" || !l.includes("|"));
    }
    const setext = i + 1 < this.starts.length ? SETEXT.exec(this.get(i + 1)) : null;
    if (setext && !LIST_ITEM.test(line)) {
      this.heading(i, setext[1][0] === "=" ? 1 : 2, line.trim());
      this.line = i + 2;
      return;
    }
    this.until(i, "paragraph", (l, j) => j > i && (l.trim() === "" || this.opensBlock(l) || SETEXT.test(l)));
  }

  /** A list item runs to the next item or block; past blank lines only into an indented line. */
   listItem(i) {
    let j = i + 1;
    let last = i;
    while (j < this.starts.length) {
      const l = this.get(j);
      if (l.trim() === "") {
        let k = j + 1;
        while (k < this.starts.length && this.get(k).trim() === "") k++;
        const next = this.get(k);
        if (k >= this.starts.length || !/^( {2,}|\t)\S/.test(next) || FENCE.test(next)) break;
        j = k;
        continue;
      }
      if (LIST_ITEM.test(l) || this.opensBlock(l)) break;
      last = j++;
    }
    this.block("list-item", this.starts[i], this.endOf(last));
    this.line = last + 1;
  }

   opensBlock(l) {
    // Only these first characters can open a block: most paragraph lines are ruled out at once.
    if (!MAY_OPEN.test(l)) return false;
    return FENCE.test(l) || ATX.test(l) || QUOTE.test(l) || LIST_ITEM.test(l) || HTML_START.test(l) || THEMATIC_BREAK.test(l);
  }

   fenced(i, marker) {
    const close = new RegExp(`^ {0,3}${marker[0] === "`" ? "`" : "~"}{${marker.length},}[ \\t]*$`);
    let j = i + 1;
    while (j < this.starts.length && !close.test(this.get(j))) j++;
    this.block("code", this.starts[i], this.endOf(Math.min(j, this.starts.length - 1)));
    this.line = j + 1;
  }

   comment(i) {
    let j = i;
    while (j < this.starts.length && !this.get(j).includes("-->")) j++;
    this.block("comment", this.starts[i], this.endOf(Math.min(j, this.starts.length - 1)));
    this.line = j + 1;
  }

  /** A block from line i up to (not including) the first later line for which `stop` holds. */
   until(i, kind, stop) {
    let j = i + 1;
    while (j < this.starts.length && !stop(this.get(j), j)) j++;
    this.block(kind, this.starts[i], this.endOf(j - 1));
    this.line = j;
  }

   heading(i, level, raw) {
    const heading = plainHeading(raw);
    while (this.current.level >= level && this.current.parent) {
      this.current.end = this.starts[i];
      this.current = this.current.parent;
    }
    const ownClass = classifyHeading(heading);
    const parent = this.current;
    const inherits = ownClass === "other" && parent.level > 0;
    const section = {
      heading,
      level,
      ownClass,
      class: inherits ? parent.class : ownClass,
      aboutData: headingNamesData(heading) || (inherits && parent.aboutData),
      start: this.starts[i],
      end: this.text.length,
      parent,
      children: [],
      blocks: [],
    };
    parent.children.push(section);
    this.doc.sections.push(section);
    this.current = section;
    this.line = i + 1;
  }

   block(kind, start, end) {
    const raw = this.text.slice(start, end);
    const quiet = kind === "code" || kind === "comment";
    const links = quiet ? [] : linksIn(raw, start);
    const block = { kind, start, end, section: this.current, links, prose: quiet ? "" : proseOf(raw, start, links, kind) };
    this.current.blocks.push(block);
    this.doc.blocks.push(block);
  }
}

/** Heading text as read: no emphasis, code ticks, trailing colon, links or emoji. */
function plainHeading(raw) {
  return raw
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/[*_`]/g, "")
    .replace(/[:：]\s*$/, "")
    .trim();
}

// Every part stops at the next bracket, so a card of unclosed links is read in linear time.
const INLINE_LINK = /(!?)\[((?:[^\][\n]|\[[^\][\n]*\])*)\]\([ \t]*<?([^\s()<>[\]]+)>?(?:[ \t]+["'(][^()\n]*\)?)?[ \t]*\)/g;
const AUTO_OR_BARE = /<(https?:\/\/[^\s>]+)>|(?<![("'=\w])https?:\/\/[^\s<>()"'`\]]+/g;
const REFERENCE_DEF = /^ {0,3}\[[^\]\n]+\]:\s*<?(\S+?)>?(?:\s|$)/gm;
const HTML_URL = /<(img|a|source|video)\b[^<>]*?\b(src|href)\s*=\s*["']([^"'<>]+)["'][^<>]*>/gi;

/** Inline links, images, autolinks, bare URLs, reference definitions and HTML links of one block. */
function linksIn(raw, offset) {
  const links = [];
  // What earlier patterns took, by character: a lookup per link, not a scan of the links so far.
  const taken = new Uint8Array(raw.length + 1);
  const overlaps = (a, b) => taken[a] === 1 || taken[b - 1] === 1;
  const add = (text, url, image, start, end) => {
    taken.fill(1, start, end);
    const clean = url.replace(/[.,;:]+$/, "");
    links.push({ text, url: clean, image, asset: image || isAssetUrl(clean), start: offset + start, end: offset + end });
  };
  if (raw.includes("](")) for (const m of raw.matchAll(INLINE_LINK)) {
    const text = m[2];
    // `[![badge](img)](link)`: a link whose whole text is an image is a badge, not a mention.
    const badge = /^\s*!\[[^\]]*\]\([^)]*\)\s*$/.test(text);
    add(text, m[3], m[1] === "!" || badge, m.index, m.index + m[0].length);
  }
  if (raw.includes("<")) for (const m of raw.matchAll(HTML_URL)) {
    if (!overlaps(m.index, m.index + m[0].length)) add("", m[3], m[1].toLowerCase() !== "a", m.index, m.index + m[0].length);
  }
  if (raw.includes("]:")) for (const m of raw.matchAll(REFERENCE_DEF)) {
    if (!overlaps(m.index, m.index + m[0].length)) add("", m[1], false, m.index, m.index + m[0].length);
  }
  if (raw.includes("://")) for (const m of raw.matchAll(AUTO_OR_BARE)) {
    if (!overlaps(m.index, m.index + m[0].length)) add("", m[1] ?? m[0], false, m.index, m.index + m[0].length);
  }
  return links.sort((a, b) => a.start - b.start);
}

/** Blanks out what is never prose, keeping every other character where it was. */
function proseOf(raw, offset, links, kind) {
  const ranges = [];
  for (const l of links) {
    const a = l.start - offset;
    const b = l.end - offset;
    // Keep a link's text (it names something); blank its URL, which mentions read separately.
    const close = l.asset ? -1 : raw.indexOf("](", a);
    ranges.push(raw[a] === "[" && close > a && close < b ? [close + 1, b] : [a, b]);
  }
  if (raw.includes("`")) ranges.push(...codeSpans(raw));
  if (kind === "html" || raw.includes("<")) for (const m of raw.matchAll(/<\/?[a-zA-Z][^<>\n]*>|<!--(?:[^-]|-(?!->))*-->/g)) ranges.push([m.index, m.index + m[0].length]);
  if (ranges.length === 0) return raw;
  ranges.sort((x, y) => x[0] - y[0]);
  let out = "";
  let at = 0;
  for (const [a, b] of ranges) {
    if (b <= at) continue;
    const from = Math.max(a, at);
    const gone = raw.slice(from, b);
    out += raw.slice(at, from) + (gone.includes("\n") ? gone.replace(/[^\n]/g, " ") : " ".repeat(gone.length));
    at = b;
  }
  return out + raw.slice(at);
}

/**
 * Inline code: a run of backticks up to the next run of the same length (CommonMark's rule),
 * found by pairing the runs, so unmatched backticks cost nothing more than finding them.
 */
function codeSpans(raw) {
  const runs = [...raw.matchAll(/`+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const nextSame = new Array(runs.length).fill(-1);
  const lastOfLength = new Map();
  for (let k = runs.length - 1; k >= 0; k--) {
    const len = runs[k].end - runs[k].start;
    nextSame[k] = lastOfLength.get(len) ?? -1;
    lastOfLength.set(len, k);
  }
  const spans = [];
  for (let k = 0; k < runs.length; k++) {
    const close = nextSame[k];
    if (close < 0) continue;
    spans.push([runs[k].start, runs[close].end]);
    k = close;
  }
  return spans;
}

const TRAINING = new Set(["trained-on", "pretrained-on", "fine-tuned-on", "distilled-from"]);
const LINEAGE = new Set(["fine-tuned-from", "merged-from", "quantized-from", "adapter-of"]);
































/** Cue wordings; in a sentence, the nearest one before a mention decides its relation. */
const CUES = [
  ["lineage", /\b(fine-?tuned (version|checkpoint|variant) of|(fine-?tuned|finetuned|trained|initiali[sz]ed|derived|continued|adapted|converted) from|based on|built (up)?on( top of)?|on top of|starting from|(base|parent|original|foundation) model( is| was|:)|finetuned from model( \[optional\])?:|version of)\b|\bfrom the (pre-?trained )?(checkpoint|weights) of\b|\b(base( model)?|parent( model)?|original model|foundation model|starting checkpoint)[\s*]*[|:]/gi],
  ["quantize", /\b(quanti[sz]ed (version|model|weights) of|quanti[sz]ation of|quanti[sz]ed from|(gguf|ggml|gptq|awq|exl2)( format)?( model)? (files|quants|version|conversion|quantizations?) (of|for))\b/gi],
  ["merge", /\b(merge of|merged from|merging|mergekit|slerp|models? merged)\b/gi],
  ["adapter", /\b((lora|qlora|peft|adapter)( adapter| adaptation| weights| model)*( weights)? (for|of|on top of|trained on top of))\b/gi],
  ["distill", /\b(distill(ed|ation)( version)?( of| from)?|knowledge distillation)\b|\boutputs of\b|\bgenerated (by|with|using)\b/gi],
  ["pretrain", /\b(pre-?train(ed|ing)?|self-supervised)( (on|using|with|over|corpus|data))?\b/gi],
  ["finetune", /\b(fine-?tun(ed|ing|e)|finetun(ed|ing|e)|further trained|instruction-tuned|sft)( (on|using|with))?\b/gi],
  ["train", /\b(trained and (evaluated|tested)( on)?|train(ed|ing)? (on|using|with|over)|training (data|set|corpus|dataset)s?|trained|learned from|collected from|consists? of|comprises?|composed of|sourced from|crawled|scraped)\b/gi],
  ["evaluate", /\b(evaluat(ed|ion|e)|benchmark(ed|s)?|tested|test set|validation set|dev set|eval|results? (on|for)|scores?|achieves?|accuracy|f1|bleu|wer|perplexity|zero-shot|leaderboard)\b/gi],
  ["compare", /\b(compared (to|with)|comparison|outperform(s|ed)?|better than|worse than|vs\.?|versus|unlike|similar to|same as|competitive with|on par with|surpass(es|ed)?)\b/gi],
  ["inspire", /\b(inspired by|in the style of|modeled after|modelled after)\b/gi],
  ["calibrate", /\b(calibrat(ed|ion|e)|imatrix|importance matrix)\b/gi],
  ["tokenizer", /\b(tokeni[sz]er|vocab(ulary)?|sentencepiece)\b/gi],
];

const NEGATION$1 = /\b(not|never|without|no|nor|excluding|except|neither)\b|n't\b/i;

/**
 * Words with a slash that are not Hub ids: pairs of words ("train/test", "function/method"),
 * units ("g/kg"), a model and its patch size ("ViT-L/14"), frameworks ("Jax/Flax"), subreddits.
 */
const NOT_HUB_ID = /^(and\/or|or\/and|he\/she|w\/o|input\/output|[\d.]+\/[\d.]+|\w+\/(s|es|sec|h|hour|day|gpu|step|epoch)s?|[\w.-]+\/\d+|\w\/\w+|jax\/flax|pytorch\/\w+|\w+\/(pytorch|tensorflow|jax|flax|keras)|(train|training|test|testing|validation|valid|dev|eval|word|words|phrase|phrases|function|functions|method|methods|class|classes|multiclass|multilabel|binary|text|image|images|audio|video|question|questions|answer|answers|source|target|input|output|positive|negative|male|female|true|false|min|max|mol|mmol|kg|km|m)\/(train|training|test|testing|validation|valid|dev|eval|word|words|phrase|phrases|function|functions|method|methods|class|classes|multiclass|multilabel|binary|text|image|images|audio|video|question|questions|answer|answers|source|target|input|output|positive|negative|male|female|true|false|min|max|mol|mmol|kg|km|m|s))$/i;

/** The name part of a Hub id that is a model's ("facebook/bart-base", "hfl/chinese-bert-wwm-ext"): a model is lineage or a component, never data. */
const MODEL_ID = /(^|[-_.])(bert|roberta|deberta(v\d)?|electra|albert|xlm|xlnet|gpt\w*|t5|mt5|bart|mbart|pegasus|llama\w*|mistral\w*|falcon|bloom\w*|whisper|wav2vec2?|hubert|vit|deit|convnext|resnet\d*|swin|clip|stable-diffusion|distil\w+|marian|opus-mt|cased|uncased)([-_.]|$)/i;

/** Hub paths that are not model ids. */
const HUB_NOT_MODEL = /^(datasets|spaces|docs|blog|papers|models|join|login|settings|organizations|tasks|learn|course|pricing|api|collections|new|posts|chat|enterprise|huggingface)$/i;









/** Mentions in every block of the document, in text order, one per place. */
function findMentions(doc, names, selfNames = []) {
  const matcher = matcherFor(names);
  const self = new Set(selfNames.map((n) => n.toLowerCase()));
  const out = [];
  let leadIn;
  for (const block of doc.blocks) {
    if (block.prose === "") continue;
    const sentences = sentencesOf$1(block);
    // One pass of the name matcher per block; each sentence takes the hits that fall in it.
    const hits = matcher.find(block.prose).map((h) => ({ ...h, start: block.start + h.start, end: block.start + h.end }));
    // "Trained on the following datasets:" followed by a list: the items carry the lead-in's cue.
    const inherited = block.kind === "list-item" && leadIn && leadIn.sentence.block.section === block.section ? leadIn.cue : undefined;
    // Sentences and hits are both in text order: one sweep hands each sentence its hits.
    let h = 0;
    let l = 0;
    for (const s of sentences) {
      const from = h;
      while (h < hits.length && hits[h].start < s.end) h++;
      const linksFrom = l;
      while (l < block.links.length && block.links[l].start < s.end) l++;
      readSentence(s, block, hits.slice(from, h), block.links.slice(linksFrom, l), names, self, inherited, out);
    }
    if (block.kind !== "list-item") {
      const last = sentences.at(-1);
      leadIn = last?.text.trimEnd().endsWith(":") ? { sentence: last, cue: cuesOf(last.text).at(-1) } : undefined;
    }
  }
  return out;
}

const matchers = new WeakMap();

/** One matcher for datasets and models together, built once per name list. */
function matcherFor(names) {
  let m = matchers.get(names.datasets);
  if (!m) {
    m = new NameMatcher([...names.datasets.map((d) => ({ ...d, kind: "dataset" })), ...names.models.map((d) => ({ ...d, kind: "model" }))]);
    matchers.set(names.datasets, m);
  }
  return m;
}

/** Sentences end at . ! ? followed by a space, and at line ends in tables and lists. */
function sentencesOf$1(block) {
  const text = block.prose;
  const out = [];
  const boundary = block.kind === "table" || block.kind === "list-item" ? /[.!?](?=\s)|\n/g : /[.!?](?=\s)|\n\s*\n/g;
  let at = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    // "e.g.", "v1.5", "No. 3": a period after one or two letters or between digits ends nothing.
    if (m[0] === "." && /(^|\W)(e\.g|i\.e|etc|vs|no|approx|al|\w)$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    if (end - at > 0) out.push({ start: block.start + at, end: block.start + end, text: text.slice(at, end), block });
    at = end;
  }
  if (at < text.length) out.push({ start: block.start + at, end: block.end, text: text.slice(at), block });
  return out;
}















function readSentence(s, block, hits, links, names, self, lead, out) {
  const candidates = [...linkCandidates(s, links, names), ...nameCandidates(s, hits), ...templateCandidates(s), ...unnamedCandidates(s, block.section, links)];
  if (candidates.length === 0) return;
  const cues = cuesOf(s.text);
  for (const c of dedupe(candidates, s)) {
    const at = c.start - s.start;
    const own = nearestCue(s.text, cues, at, c.end - s.start, c.kind === "model");
    const cue = own ?? lead;
    const kind = c.kind === "hub-id" ? kindOf$1(cue?.cue, block.section) : c.kind;
    if (kind === "model" && isSelf(c.ref, self)) continue;
    const negated = own !== undefined && NEGATION$1.test(s.text.slice(Math.max(0, own.start - 25), at));
    const relation = negated ? "unknown" : relationOf(kind, cue, block.section, own ? s.text.slice(own.end, at) : "");
    // A written-out `org/name` counts only where it is data or a base: elsewhere it may be anything.
    if (c.kind === "hub-id" && !TRAINING.has(relation) && !LINEAGE.has(relation)) continue;
    const { weak: _weak, ...mention } = c;
    out.push({ ...mention, kind, relation, negated, sentence: { start: s.start, end: s.end, text: s.text }, section: block.section });
  }
}

function isSelf(ref, self) {
  const last = ref.toLowerCase().split("/").pop() ?? "";
  return self.has(ref.toLowerCase()) || self.has(last);
}

/** Hub dataset and model URLs and known dataset home pages among the sentence's links. */
function linkCandidates(s, links, names) {
  const out = [];
  for (const l of links) {
    if (l.asset || l.start < s.start || l.start >= s.end) continue;
    const hub = /^https?:\/\/(?:www\.)?huggingface\.co\/(datasets\/)?([\w.-]+(?:\/[\w.-]+)?)\/?(?:[?#].*)?$/i.exec(l.url);
    if (hub) {
      const [, dataset, id] = hub;
      const ref = id.replace(/\.$/, "");
      // "[lenu](https://huggingface.co/datasets/Sociovestix)": a link to the organisation, its text the dataset's name there.
      const named = !ref.includes("/") && /^[\w.-]+$/.test(l.text) ? { name: `${ref}/${l.text}` } : {};
      if (dataset) out.push({ kind: "dataset", ref, ...named, start: l.start, end: l.end });
      else if (!HUB_NOT_MODEL.test(id.split("/")[0])) out.push({ kind: "model", ref: id.replace(/\.$/, ""), start: l.start, end: l.end });
      continue;
    }
    const key = l.url.toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/[?#].*$/, "").replace(/\/+$/, "");
    const known = names.datasetUrls?.filter((u) => u.url === key) ?? [];
    // A page shared by several datasets (LAION-5B's also describes LAION-2B-en) names none of them.
    if (known.length === 1) out.push({ kind: "dataset", ref: l.url, id: known[0].id, start: l.start, end: l.end });
  }
  return out;
}

function nameCandidates(s, hits) {
  const out = [];
  for (const h of hits) out.push(h.kind === "model" ? { kind: "model", ref: h.id, id: h.id, start: h.start, end: h.end } : { kind: "dataset", ref: h.text, id: h.id, start: h.start, end: h.end });
  // Hub ids written out ("fine-tuned from openai/whisper-small", "trained on allenai/c4").
  if (s.text.includes("/")) for (const m of s.text.matchAll(/(?<![\w./-])([A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*[A-Za-z0-9])(?![\w/-])/g)) {
    // "photos from r/dogs and r/cats": subreddits, data described by where it was posted.
    if (/^r\/\w+$/.test(m[1])) out.push({ kind: "share", ref: m[1], start: s.start + m.index, end: s.start + m.index + m[0].length });
    if (NOT_HUB_ID.test(m[1])) continue;
    const [org, name] = m[1].split("/") ;
    // ESPnet's "trained using su_openslr36/asr1 recipe": the recipe's folder is the dataset's name.
    const recipe = /^(asr|tts|enh|st|diar|slu|s2t|s2st|mt|lm|enh_asr|asr_lm)\d*$/.test(name) ? { name: org } : {};
    out.push({ kind: MODEL_ID.test(name) ? "model" : "hub-id", ref: m[1], ...recipe, start: s.start + m.index, end: s.start + m.index + m[0].length });
  }
  return out;
}

/** "This model is a fine-tuned version of [base](...) on the squad dataset": the Trainer's own words for its data. */
function templateCandidates(s) {
  // "... on the following datasets: Common Voice 11, VoxPopuli and FLEURS": the list names them.
  const list = /fine-tuned version of \[[^\]\n]{0,200}\]\s{0,300} on the following datasets?:\s*([^\n]{2,200})/.exec(s.text);
  if (list) {
    const out = [];
    readPhrase(s, list[1].replace(/\.\s*$/, ""), list.index + list[0].length - list[1].length, undefined, 0, out);
    return out.filter((c) => c.kind === "dataset");
  }
  const m = /fine-tuned version of \[[^\]\n]{0,200}\]\s{0,300} on the ([\w./-]+) dataset\b/.exec(s.text);
  if (!m || /^(none|unknown|generator|custom|default|my|own|[a-z]+_?dataset)$/i.test(m[1])) return [];
  const start = s.start + m.index + m[0].lastIndexOf(m[1]);
  return [{ kind: "dataset", ref: m[1], start, end: start + m[1].length }];
}

/**
 * Data the card names without a catalogue knowing it ("[ANERcorp](...)", "Data: opusTCv20210807",
 * "the RACE dataset", "from jrc-acquis, europarl and dcep"), and data it only describes, kept as an
 * unnamed share ("Books 7%", "our own crawl", "a dataset of Indonesian journals") with any terms
 * the card states. What names no source at all ("those datasets", "the combination of six
 * datasets:", "recordings sampled at 16kHz") is dropped.
 */
function unnamedCandidates(s, section, links) {
  const inTraining = section.class === "training" || section.class === "fine-tuning";
  // Cheap test first: outside a training section these phrases always say data, corpus, crawl or a training verb.
  if (!inTraining && !/\b(data|corp|crawl|collection|train|fine-?tun)/i.test(s.text)) return [];
  const terms = TERMS.exec(s.text)?.[0];
  const out = [];
  if (inTraining) {
    const row = SHARE_ROW.exec(s.text);
    if (row && isShareLabel(row[1])) out.push(shareOf(s, `${row[1].trim()} ${row[2]}%`, row.index, row[0].length, terms));
    // "- **Data**: opusTCv20210807 (source)": a field that names the data.
    const field = DATA_FIELD.exec(s.text);
    if (field && !PLACEHOLDER$1.test(field[1])) readPhrase(s, field[1], field.index + field[0].indexOf(field[1]), terms, 0, out);
    // A link in a section about data names the data ("[ANERcorp](https://...)"); a link to a file
    // host is the publisher's own files. A bare URL elsewhere is a reference ("see https://...").
    if (section.aboutData) for (const l of links) if (l.start >= s.start && l.start < s.end) linkSource(s, l, terms, out);
  }
  const own = OWN_DATA.exec(s.text);
  if (own) out.push(shareOf(s, own[0], own.index, own[0].length, terms ?? own[0]));
  for (const m of s.text.matchAll(CAPITALISED)) {
    const name = m[1].trim();
    if (!/^(the|this|our|a|an|each|every|training|pre-?training|evaluation|test|our own)$/i.test(name)) readPhrase(s, m[0], m.index, terms, 0, out);
  }
  // "trained on a dataset of Indonesian journals", "consists of clinical notes from medical records".
  const described = DESCRIBED.exec(s.text);
  if (described && (inTraining || /train|fine-?tun/i.test(described[1]))) {
    // Data that built the vocabulary ("a unigram model trained with 88M lines of text ... to get the vocabulary") is the tokenizer's.
    if (!/\b(tokeni[sz]er|vocabulary|sentencepiece)\b/i.test(s.text)) readPhrase(s, described[2], described.index + described[0].length - described[2].length, terms, 1, out);
  }
  return out;
}

/**
 * A phrase that stands where data is named: cut at the end of its clause, then read as a list of
 * names ("jrc-acquis, europarl and dcep", "TeaBReaC"), else as a description, else as nothing.
 */
function readPhrase(s, raw, at, terms, weak, out) {
  const cut = CLAUSE_END.exec(raw);
  let text = (cut ? raw.slice(0, cut.index) : raw).replace(/[\s,;:]+$/, "");
  // "Coptic Scriptorium Corpora for POS-tagging": a name before what it is for; "a dataset for wildfire classification" stays whole.
  const purpose = FOR_PURPOSE.exec(text);
  if (purpose && isName(text.slice(0, purpose.index))) text = text.slice(0, purpose.index);
  const names = namesIn(text);
  if (names) {
    for (const n of names) out.push(namedOf(s, n.text, at + n.at));
    return;
  }
  if (isName(text)) out.push(namedOf(s, text, at));
  else if (describes(text)) out.push(shareOf(s, text, at, text.length, terms, weak));
}

/** The items of a list of two or more names, after its lead-in ("three corpora from", "six datasets:"). */
function namesIn(text) {
  const lead = [...text.matchAll(LIST_LEAD)].at(-1);
  const from = lead ? lead.index + lead[0].length : 0;
  // Single lower-case words are names only after a lead-in that says they are data: "corpora from dcep and europarl".
  const before = text.slice(0, from);
  // "downstream tasks such as Question Answering, Text Classification": tasks, not data.
  if (/\b(tasks?|languages?|domains?|signals)\b/i.test(before) && lead) return undefined;
  const dataLead = lead !== undefined && /\b(datasets|corpus|corpora|corpuses|sources|collections|benchmarks)\b/i.test(before);
  for (const start of lead ? [from, 0] : [0]) {
    const items = [];
    let at = start;
    for (const sep of [...text.slice(start).matchAll(LIST_SEPARATOR), undefined]) {
      const end = sep ? start + sep.index : text.length;
      const item = text.slice(at, end);
      const lead = item.length - item.trimStart().length;
      items.push({ text: item.trim(), at: at + lead });
      if (sep) at = end + sep[0].length;
    }
    const lowerName = (t) => dataLead && start === from && /^[a-z][a-z0-9-]{2,}$/.test(t) && !GENERIC.test(t) && !DATA_WORD.test(t) && !FUNCTION_WORD.test(t);
    // One item is a list only after a lead-in that says data ("three corpora from jrc-acquis").
    if ((items.length >= 2 || (dataLead && start === from)) && items.every((i) => isName(i.text) || lowerName(i.text))) return items;
  }
  return undefined;
}

/**
 * Words that read as a name: a few words, each capitalised or with a digit, `-` or `_` ("RACE",
 * "TeaBReaC", "jrc-acquis", "Yle Finnish News Archive 2011-2018"), not a description ("a large
 * corpus of parallel text", "Spanish corpus") nor a word for data ("those datasets").
 */
function isName(raw) {
  const text = bareName(raw);
  // A model's name ("bart-large-chinese") is lineage or a component, never data.
  if (text === "" || text.length > 80 || NOT_A_SOURCE.test(text) || MODEL_ID.test(text) || /^[\d.,\s%]+$|-$/.test(text)) return false;
  const words = text.split(/\s+/);
  // "AS" (Assamese) and "IN" are names in capitals, words otherwise.
  if (words.length > 6 || (FUNCTION_WORD.test(words[0]) && words[0] !== words[0].toUpperCase())) return false;
  if (words.every((w) => LANGUAGE.test(w) || GENERIC.test(w) || DATA_WORD.test(w))) return false;
  // A lower-case word with a hyphen is a name alone ("jrc-acquis"), not inside a phrase ("self-supervised fashion").
  return words.every((w, i) => /^[("]?[A-Z0-9]|[_\d]|[a-z][A-Z]/.test(w) || (words.length === 1 && w.includes("-")) || (i > 0 && CONNECTOR.test(w)));
}

/** The name to look a named source up by: the card's words without an article or a trailing word for data. */
function bareName(text) {
  return tidy(text)
    .replace(/^(the|a|an)\s+/i, "")
    .replace(/\s+(dataset|datasets|data ?set|data|corpus|corpora|benchmark)$/i, "")
    .replace(/^["']|["']$/g, "")
    .trim();
}

/** A description says what the data is: a word for data and something more than generic words ("various public data sets" says nothing). */
function describes(text) {
  if (!DATA_NOUN.test(text) || NOT_A_SOURCE.test(text) || /\bsampled at\b|\b\d+(\.\d+)? ?k?hz\b/i.test(text) || BACK_REFERENCE.test(tidy(text))) return false;
  const words = tidy(text).toLowerCase().split(/[\s,;:]+/).filter((w) => w !== "" && !FUNCTION_WORD.test(w) && !/^\d+$/.test(w));
  return words.some((w) => !GENERIC.test(w) && !/^(data|datasets?|corpus|corpora|set|sets)$/.test(w));
}

function namedOf(s, text, at) {
  const lead = text.length - text.replace(/^(the|a|an)\s+/i, "").length;
  const ref = tidy(text.slice(lead));
  const name = bareName(ref);
  return { kind: "dataset", ref, ...(name !== ref ? { name } : {}), start: s.start + at + lead, end: s.start + at + text.length };
}

function shareOf(s, text, at, length, terms, weak = 0) {
  return { kind: "share", ref: tidy(text), start: s.start + at, end: s.start + at + length, terms, weak };
}

function linkSource(s, l, terms, out) {
  if (l.asset || /arxiv\.org|doi\.org|aclanthology|paperswithcode/i.test(l.url)) return;
  const host = FILE_HOST.exec(l.url)?.[1]?.toLowerCase();
  const at = l.start - s.start;
  if (host) out.push({ ...shareOf(s, l.url, at, l.end - l.start, terms), ref: l.url, host });
  // "created by [EleutherAI](...)": an author, not data.
  else if (l.text !== "" && !/\bby\s*$/i.test(s.text.slice(Math.max(0, at - 12), at))) {
    const name = linkName(l);
    // A link's text is a name when it reads as one, or is a few words starting with a capital ("Stanford NLP group").
    const words = name.split(/\s+/);
    // A quoted title ("A promised land", an audiobook) names its source too.
    if (name === l.url || isName(name) || /^["“']/.test(name) || (/^[A-Z0-9]/.test(name) && words.length <= 5 && !FUNCTION_WORD.test(words[0]) && !MODEL_ID.test(name))) out.push({ ...namedOf(s, name, at), end: l.end, start: l.start });
    else if (describes(name)) out.push(shareOf(s, name, at, l.end - l.start, terms));
  }
}

/** Card markup out of a phrase: emphasis, brackets, backticks, runs of spaces. */
function tidy(text) {
  return text.replace(/[[\]*`]|(?<!\w)_|_(?!\w)/g, "").replace(/\s+/g, " ").trim();
}

/** A link's text, or its URL when the text says nothing ("here", "Reference"). */
function linkName(l) {
  const text = l.text.replace(/[*_`]/g, "").trim();
  return text === "" || /^(here|link|this|source|reference|website|page|download|repo(sitory)?|github|(the |this )?(data|dataset|datasets|corpus|data set))$/i.test(text) ? l.url : text;
}

const PLACEHOLDER$1 = /^\s*\[?(more information needed|unknown|n\/?a|none|tbd|todo|-)\]?\s*$/i;
const DESCRIBED = /\b((?:pre-?|re-?)?train(?:ed|ing)? (?:on|from|with|using)|fine-?tuned (?:on|with|using)|consists? of|contains?|comprises?|collected from|sourced from|built from|scraped from|crawled from)\s+([^.;()\n]{3,90})/i;
const DATA_NOUN = /\b(data|dataset|datasets|corpus|corpora|corpuses|images|photos|pictures|texts|articles|reviews|notes|records|tweets|posts|comments|recordings|speech|audio|documents|pairs|sentences|conversations|dialogues|books|ebooks|papers|assignments|abstracts|pages|samples|examples|news|transcripts|questions|web)\b/i;
/** One word that is a word for data. */
const DATA_WORD = new RegExp(`^${DATA_NOUN.source}$`, "i");
/** "| Books | 7% |", "- Web crawl: 60%": a share of the data mix. */
const SHARE_ROW = /^[\s|*-]*([A-Z][\w ()&/,.-]{1,60}?)[\s|:*-]+(\d{1,3}(?:\.\d+)?) ?%/;
const DATA_FIELD = /^[\s|*-]*(?:training |pre-?training |fine-?tuning )?(?:data|dataset|datasets|corpus|corpora)\W{0,4}:\W{0,4}([^\s(][^(\n]{1,80})/i;
const OWN_DATA = /\b(our own|an? (internal|in-house|proprietary|private|licensed)|in-house|proprietary|internal|privately collected|self-collected|custom)( [\w-]+){0,3}? (data|dataset|datasets|corpus|crawl|collection)\b/i;
const CAPITALISED = /\b((?:[A-Z][\w.]{0,40}[A-Za-z0-9](?: |-))(?:[A-Z0-9][\w.]{0,40}[A-Za-z0-9](?: |-)){0,3})(dataset|corpus|data ?set|corpora)\b/g;
/** Where the clause that names the data ends: "..., the performance of this model might degrade", "... and then finetuned on". */
const CLAUSE_END = /,\s+(?:this|the|it|which|with|so|but|leveraging|is|was|are|were)\b|\s+(?:and (?:then|later|finally|further|also)\b|and (?:fine-?tun|train|evaluat|test)|so (?:this|that|it)\b|which\b|that (?:may|might|can|could|is|are|was|were|have|has|contain)\b|to (?:get|obtain|learn|build|improve|train|make|create|generate)\b|for (?:a total of|\d[\d,]* (?:epochs|steps|iterations))\b|by using\b|using (?:the|a|an)\b)|\s*:\s*$|\s+(?:on|in|with|from|of|by|at)\s*$/i;
const FOR_PURPOSE = /\s+for\s+(?:[a-z]|POS\b|NER\b)/;
/** The words that lead into a list of names: "three parallel corpora from", "the combination of six datasets:". */
const LIST_LEAD = /\s(?:from|of|including|namely|such as|like)\s|:\s*/gi;
const LIST_SEPARATOR = /\s*(?:,\s+(?:and\s+|or\s+|&\s+)?|;\s*|\s+(?:and|or|&)\s+)/g;
const FUNCTION_WORD = /^(in|on|at|by|for|of|with|to|from|into|as|the|a|an|this|that|these|those|such|its|their|our|all|some|any|each|every|both|other|only|about|around|over|under|more|most|several|various|many|few|multiple|when|where|while|since|after|before|it|we|they|is|was|are|were|be|been|has|have|had|can|may|will|use|used|using)$/i;
const CONNECTOR = /^(of|for|the|de|del|la|le|des|di|and|&|on|in|v\d[\w.]*|\(.*\)?)$/i;
/** Words that say data in general, not which: "various public data sets", "target datasets", "unsupervised task". */
const GENERIC = /^(large|larger|largest|small|big|huge|massive|public|publicly|available|open|various|several|multiple|different|diverse|many|additional|other|same|following|new|original|raw|clean|cleaned|full|whole|entire|combination|mixture|mix|collection|composite|large-scale|medium-size|target|source|downstream|supervised|unsupervised|self-supervised|labeled|labelled|unlabeled|unlabelled|training|pre-?training|fine-?tuning|evaluation|test|validation|train|task|tasks|set|sets|datasets?|data|corpus|corpora|text|texts|examples|samples|one|two|three|four|five|six|seven|eight|nine|ten|total)$/i;
/** Words that point back at data named elsewhere ("the same corpus", "the training data") or at a method ("data augmentation"). */
const BACK_REFERENCE = /^(the (exact )?same|the original|these|those|this|more|longer|an order of|a more detailed|data augmentation|the data available)\b|\bthe training (data|set)\b/i;
/** Languages alone are no name: "Spanish corpus" describes. */
const LANGUAGE = /^(english|spanish|french|german|italian|portuguese|dutch|finnish|swedish|danish|norwegian|polish|russian|ukrainian|czech|greek|turkish|arabic|persian|hebrew|hindi|bengali|urdu|tamil|indic|chinese|japanese|korean|vietnamese|thai|indonesian|malay|swahili|catalan|basque|galician|romanian|hungarian|multilingual|monolingual|bilingual|parallel)$/i;
/** Frameworks, software and hardware, which a training sentence names next to its data. */
const NOT_A_SOURCE = /^(jax|flax|jax\/flax|pytorch|tensorflow|tf|keras|onnx|transformers|diffusers|accelerate|deepspeed|peft|trl|fairseq|espnet|nemo|speechbrain|spacy|sklearn|scikit-learn|t5x|fasttext|word2vec|gensim|dreambooth|textual inversion|lora|mergekit|autotrain|sample[- ]factory( [\d.]+)?|stable[- ]baselines\d?|rl[- ]zoo|ml-agents|unity ml-agents|tpu[\w-]*|gpus?|a100s?|v100s?|h100s?)$|^(multiple |\d+ )?(tpu|gpu)/i;
/** File hosts: a link to one is the publisher's own files, whose terms the card has to state. */
const FILE_HOST = /^https?:\/\/(?:[\w-]+\.)*?((?:dropbox|mega|wetransfer|box|mediafire)\.(?:com|nz)|drive\.google\.com|docs\.google\.com|onedrive\.live\.com|1drv\.ms|pan\.baidu\.com)(?:[/?#]|$)/i;

const TERMS = /\b(licensed data|public domain|CC[- ]BY(?:[- ](?:SA|NC|ND))*(?: \d\.\d)?|CC0|permissively licensed|openly licensed|copyrighted|proprietary|not (?:been )?(?:made )?publicly available|cannot be (?:released|shared)|private)\b/i;

/** A share's label is a few words naming a kind of data ("Books", "Web crawl"), not a sentence ("In 10% of the cases"). */
function isShareLabel(label) {
  const words = label.trim().split(/\s+/);
  return words.length <= 4 && !FUNCTION_WORD.test(words[0]);
}

/** One candidate per place: a URL or known name over a bare Hub id or an unnamed phrase. */
function dedupe(candidates, s) {
  const rank = (c) => (c.kind === "share" ? 3 + (c.weak ?? 0) : c.kind === "hub-id" ? 2 : c.id ? 0 : 1);
  const byStrength = [...candidates].sort((a, b) => rank(a) - rank(b) || a.start - b.start || b.end - a.end);
  // Characters already taken, so that each candidate costs its own length, not a scan of the others.
  const taken = new Uint8Array(s.end - s.start + 1);
  const out = [];
  for (const c of byStrength) {
    const a = c.start - s.start;
    const b = c.end - s.start;
    if (taken.subarray(a, b).includes(1)) continue;
    taken.fill(1, a, b);
    out.push(c);
  }
  return out.sort((a, b) => a.start - b.start);
}







function cuesOf(text) {
  const out = [];
  for (const [cue, re] of CUES) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) out.push({ cue, start: m.index, end: m.index + m[0].length });
  }
  // By end, and at one end the longest last: the nearest cue before a mention is the last that fits.
  return out.sort((a, b) => a.end - b.end || a.end - a.start - (b.end - b.start));
}

/**
 * The cue nearest before the mention; failing that, one right after it ("X was used for
 * evaluation", "X tokenizer"). A tokenizer cue next to the mention wins: "the Bloom tokenizer".
 * For a model, "pretrained" only qualifies it ("fine-tuned from the pretrained X").
 */
function nearestCue(text, cues, start, end, model) {
  // Cues are sorted by end: the last one ending at or before the mention is found by bisection.
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const usable = (c) => !(model && c.cue === "pretrain");
  for (let k = lo; k < cues.length && cues[k].start < end + 4; k++) if (cues[k].cue === "tokenizer" && cues[k].start >= end) return cues[k];
  const previous = cues[lo - 1];
  if (previous?.cue === "tokenizer" && start - previous.end <= 12) return previous;
  for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (usable(cues[k])) return cues[k];
  // After the mention, only where the mention is what the cue is about: "X was used for evaluation", "the X training set".
  for (let k = lo; k < cues.length && cues[k].start <= end + 60; k++) {
    const c = cues[k];
    if (c.start >= end && usable(c) && AFTER.test(text.slice(end, c.start))) return c;
  }
  return undefined;
}

const AFTER = /^[\s,]{0,3}$|^[\s,]*(?:(?:is|was|were|are|has been|have been)\s+)?(?:used|employed|utili[sz]ed|serves?|served)\s+(?:for|as|in|during)\s+(?:the\s+)?$/i;

/**
 * What a cue means for a dataset and for a model; without a cue, what the section is about.
 * `between` is the text from the cue to the mention: "fine-tuned version of [base] on the X dataset".
 */
function relationOf(kind, cue, section, between) {
  if (!cue) return fromSection(kind, section);
  if (kind === "model") return MODEL_RELATION[cue.cue];
  if (cue.cue === "lineage") return /\bon\b/i.test(between) ? "fine-tuned-on" : fromSection(kind, section);
  return DATA_RELATION[cue.cue] ?? fromSection(kind, section);
}

function kindOf$1(cue, section) {
  if (cue === "lineage" || cue === "merge" || cue === "quantize" || cue === "adapter" || cue === "tokenizer") return "model";
  return section.class === "other-models" ? "model" : "dataset";
}

const MODEL_RELATION = {
  lineage: "fine-tuned-from",
  finetune: "fine-tuned-from",
  quantize: "quantized-from",
  merge: "merged-from",
  adapter: "adapter-of",
  distill: "distilled-from",
  train: "distilled-from",
  pretrain: "unknown",
  evaluate: "compared-with",
  compare: "compared-with",
  inspire: "inspired-by",
  calibrate: "unknown",
  tokenizer: "tokenizer",
};

const DATA_RELATION = {
  train: "trained-on",
  pretrain: "pretrained-on",
  finetune: "fine-tuned-on",
  distill: "distilled-from",
  evaluate: "evaluated-on",
  compare: "compared-with",
  inspire: "inspired-by",
  calibrate: "calibration-set",
  quantize: "calibration-set",
  tokenizer: "unknown",
};

function fromSection(kind, section) {
  if (kind === "model") return section.class === "other-models" ? "compared-with" : "unknown";
  switch (section.class) {
    case "training":
      return "trained-on";
    case "fine-tuning":
      return "fine-tuned-on";
    case "evaluation":
      return "evaluated-on";
    case "other-models":
      return "compared-with";
    default:
      return "unknown";
  }
}

// The facts a card's body gives about data and lineage: its document model read for mentions,
// of which only training relations become training sources and only lineage relations bases.

/** How a prose relation reads as the Hub's `base_model_relation`. */
const HUB_RELATION = {
  "fine-tuned-from": "finetune",
  "merged-from": "merge",
  "quantized-from": "quantized",
  "adapter-of": "adapter",
};

/** Reads the body into `facts`: training sources (proseDatasets), bases (proseBaseModels) and their relation. */
function readCardBody(file, text, bodyStart, names, facts) {
  const doc = readDocument(text, bodyStart);
  const mentions = findMentions(doc, names, selfNames(file, doc));
  const loc = (offset) => ({ file, ...doc.position(offset) });
  const seen = new Set();
  for (const m of mentions) {
    if (m.kind === "model" || !TRAINING.has(m.relation)) continue;
    const key = m.id ?? m.ref.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const value = { ref: m.ref, id: m.id, relation: m.relation, ...(m.kind === "share" ? { kind: "share"  } : {}), ...(m.name ? { name: m.name } : {}), ...(m.terms ? { terms: m.terms } : {}), ...(m.host ? { host: m.host } : {}) };
    facts.proseDatasets.push({ value, location: loc(m.start) });
  }
  const components = new Set();
  for (const m of mentions) {
    if (m.kind !== "model" || !m.id || !isShippedComponent(m) || components.has(m.id)) continue;
    components.add(m.id);
    facts.proseComponents.push({ value: m.id, location: loc(m.start) });
  }
  const bases = mentions.filter((m) => m.kind === "model" && LINEAGE.has(m.relation));
  const named = new Set();
  for (const m of strongestFirst(bases)) {
    if (named.has(m.ref.toLowerCase())) continue;
    named.add(m.ref.toLowerCase());
    facts.proseBaseModels.push({ value: m.ref, location: loc(m.start) });
    facts.proseBaseRelation ??= HUB_RELATION[m.relation];
  }
  return doc;
}

const COMPONENT = /\b(text[- ]encoders?|vae|autoencoder|image encoder|vision encoder|audio encoder)\b/i;
/** Wordings that say the weights reuse the component as it was trained elsewhere. */
const REUSED = /\b(pre-?trained|frozen|freezes?|fixed|kept fixed|off-the-shelf|ships?|shipped|reuses?|borrowed)\b/i;

/**
 * A known model named as a component the weights ship or freeze ("conditions on a fixed pretrained
 * OpenCLIP ViT-H/14 text encoder"), not one trained from scratch after its design, nor a tokenizer.
 */
function isShippedComponent(m) {
  if (m.relation === "tokenizer" || m.relation === "compared-with" || m.relation === "inspired-by" || LINEAGE.has(m.relation)) return false;
  const s = m.sentence.text;
  return COMPONENT.test(s) && REUSED.test(s);
}

/**
 * Lineage in order of strength: a Hub URL or id the card writes out, then a known model's name;
 * a name the card gives only after a URL of the same lineage sentence adds nothing.
 */
function strongestFirst(bases) {
  const written = bases.filter((b) => b.ref.includes("/") || !b.id);
  return written.length > 0 ? written : bases;
}

/** Names the card's model goes by (its folder, its first heading): never its own base. */
function selfNames(file, doc) {
  const dir = __builtin$2.basename(__builtin$2.dirname(file));
  const names = [dir, dir.split("__").pop() ?? dir];
  const title = doc.sections.find((s) => s.level === 1)?.heading;
  if (title) names.push(title);
  return names.filter((n) => n !== "" && n !== ".");
}

/** The parts of a card's document the statements are read from (src/readers/document.ts's blocks fit). */













/** A cue that a sentence states a license. */
const CUE = /\blicen[cs](?:e|ed|es|ing)\b|\b(?:released|distributed|published|made available|available|provided|shared|governed|covered) (?:under|by)\b/i;
/** A "License:" line: `**License:** X`, `- License: X`, `Model license: X`, a `| License | X |` table row. */
const LINE = /^(?:[-*+]\s|\|)?[\s*_]*((?:model|weights?|code|data(?:set)?|card)\s+)?licen[cs]e(?:\s*\((model|weights?|code|data(?:set)?)\))?[\s*_]*[:|][\s*_]*(.+)$/i;
/** What the Hub's template leaves when nothing is filled in. */
const PLACEHOLDER = /^\[?(more information needed|needs more information|tbd|todo|n\/a|none|-+)\]?\.?$/i;
/** Words that state terms without naming a license. */
const FREE_TEXT = /\b(?:proprietary|all rights reserved|non-?commercial|research (?:purposes? )?only|custom license|own license|bespoke)\b/i;
const NEGATION = /\b(?:not|never|no longer|isn't|aren't|is not|are not)\b/i;

/** The subject of a sentence, from its words: the card, the code, data or the weights. */
function subjectOf(sentence, fallback) {
  const s = sentence.toLowerCase();
  if (/\b(?:model card|this card|the card|documentation)\b/.test(s)) return "card";
  if (/\b(?:weights?|checkpoints?|parameters)\b/.test(s) || /\b(?:this|the|our) models?\b(?!['’]s code| code)/.test(s)) return "weights";
  if (/\b(?:code|codebase|repository|repo|scripts?|software|implementation)\b/.test(s)) return "code";
  if (/\b(?:data|datasets?|corpus|corpora|annotations|images)\b/.test(s)) return "data";
  return fallback;
}

/** The class of a license written in free text, when no known license is named. */
function classOf(text) {
  if (/\bproprietary\b|all rights reserved|\bconfidential\b/i.test(text)) return "proprietary";
  if (/non-?commercial|research (?:purposes? )?only|not for commercial|academic use only/i.test(text)) return "non-commercial";
  return "custom";
}

/** Known license names in `text`, longest first at each place, in the order the text gives them. */
function licensesIn(text, names) {
  const lower = text.toLowerCase();
  const hits = [];
  for (const { name, id } of withIds(names)) {
    if (name.length < 3) continue;
    const n = name.toLowerCase();
    for (let at = lower.indexOf(n); at !== -1; at = lower.indexOf(n, at + 1)) {
      const before = lower[at - 1] ?? " ";
      const after = lower[at + n.length] ?? " ";
      if (/[\w-]/.test(before) || /\w/.test(after) || (after === "-" && /\w/.test(lower[at + n.length + 1] ?? ""))) continue;
      hits.push({ id, index: at, length: n.length });
      break;
    }
  }
  // A name inside a longer one (CC BY 4.0 in CC BY-NC 4.0... written as a prefix) is that one.
  const kept = hits.filter((h) => !hits.some((o) => o !== h && o.index <= h.index && o.index + o.length >= h.index + h.length && o.length > h.length));
  const seen = new Set();
  return kept.sort((a, b) => a.index - b.index).filter((h) => (seen.has(h.id) ? false : (seen.add(h.id), true)));
}

/** The names and, once each, the ids themselves ("MIT", "apache-2.0": a "License:" line often writes the id). */
const namesWithIds = new WeakMap();

function withIds(names) {
  let all = namesWithIds.get(names);
  if (!all) {
    const ids = [...new Set(names.licenses.map((l) => l.id))].map((id) => ({ name: id, id }));
    all = [...names.licenses, ...ids];
    namesWithIds.set(names, all);
  }
  return all;
}

/** Statements in the body's blocks, in text order. `at` turns an offset into a location. */
function bodyStatements(blocks, names, at) {
  const out = [];
  for (const b of blocks) {
    if (b.kind === "code" || b.kind === "comment" || b.prose.trim() === "") continue;
    const inLicenseSection = b.section.class === "license";
    for (const line of linesOf(b)) {
      const trimmed = line.text.trimStart();
      // Most lines name no license: the cheap test first, and the pattern never meets leading blanks.
      const m = /licen[cs]e/i.test(trimmed) ? LINE.exec(trimmed) : null;
      if (m) {
        const value = m[3].replace(/[|*_`]+\s*$/, "").replace(/[*_`]/g, "").trim();
        if (PLACEHOLDER.test(value) || value === "") continue;
        const subject = subjectOf(`${m[1] ?? ""} ${m[2] ?? ""}`, "weights");
        const valueAt = line.start + (line.text.length - trimmed.length) + m[0].length - m[3].length;
        out.push(...statementsOf(value, valueAt, subject, "line", names, at));
        continue;
      }
      for (const s of sentencesOf(line.text, line.start)) {
        if (!inLicenseSection && !CUE.test(s.text)) continue;
        if (inLicenseSection && !CUE.test(s.text) && !FREE_TEXT.test(s.text) && licensesIn(s.text, names).length === 0) continue;
        out.push(...statementsOf(s.text, s.start, subjectOf(s.text, inLicenseSection ? "weights" : "unknown"), inLicenseSection ? "section" : "sentence", names, at));
      }
    }
  }
  return out;
}

function statementsOf(text, start, subject, via, names, at) {
  const found = licensesIn(text, names);
  if (found.length === 0) {
    // A sentence that only points elsewhere ("see the LICENSE file") states no license of its own.
    if (via !== "line" && !FREE_TEXT.test(text)) return [];
    return [{ subject, negated: false, class: classOf(text), text: text.trim(), via, location: at(start + (text.length - text.trimStart().length)) }];
  }
  return found.map((f) => ({
    subject,
    negated: NEGATION.test(text.slice(Math.max(0, f.index - 40), f.index)),
    license: f.id,
    text: text.trim(),
    via,
    location: at(start + f.index),
  }));
}

function linesOf(b) {
  const out = [];
  let offset = 0;
  for (const text of b.prose.split("\n")) {
    out.push({ text, start: b.start + offset });
    offset += text.length + 1;
  }
  return out;
}

/** Sentences of one line, split after . ! ? followed by a space (not in "v1.5" or "e.g. "). */
function sentencesOf(text, start) {
  const out = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if ((c === "." || c === "!" || c === "?") && (text[i + 1] === " " || i + 1 === text.length) && !/\b(?:e\.g|i\.e|etc|vs|cf)$/i.test(text.slice(Math.max(0, i - 4), i))) {
      out.push({ text: text.slice(from, i + 1), start: start + from });
      from = i + 1;
    }
  }
  if (from < text.length && text.slice(from).trim() !== "") out.push({ text: text.slice(from), start: start + from });
  return out;
}

/** Names the card's prose is searched for; built from rules/ by the caller. */








/** A URL without scheme, `www.`, query, fragment or trailing slash, lower-cased: how links are compared. */
function urlKey(url) {
  return url.toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/[?#].*$/, "").replace(/\/+$/, "");
}

const BASE_MODEL_RELATIONS = ["adapter", "merge", "quantized", "finetune"];
const LICENSE_HEADING = /licen[cs]e|terms of use/i;

function readModelCard(file, content, names) {
  const facts = {
    file,
    frontMatter: false,
    datasets: [],
    baseModels: [],
    proseDatasets: [],
    proseLicenses: [],
    proseBaseModels: [],
    proseComponents: [],
    mentionsUseRestrictions: false,
    hasAttributionSection: false,
    body: "",
    problems: [],
  };
  const decoded = decodeText(content);
  if (!decoded.ok) {
    facts.problems.push({ messageId: "unreadable", message: decoded.reason, location: { file, line: 1, column: 1 } });
    return facts;
  }
  const text = decoded.text;
  const { yaml, openLine, bodyStart } = splitFrontMatter(text, file, facts.problems);
  if (yaml !== undefined) {
    facts.frontMatter = true;
    readMetadata(file, parseYaml(yaml, openLine, { hub: true }), facts);
  }
  facts.body = text;
  readProse(file, text, bodyStart, names, facts);
  return facts;
}

function readMetadata(file, parsed, facts) {
  // The first YAML error is the one to fix; those after it are mostly its consequences.
  const [first, ...more] = parsed.problems;
  if (first) {
    const after = more.length > 0 ? ` (${more.length} more after it)` : "";
    facts.problems.push({ messageId: "yaml", message: `invalid YAML in front matter: ${first.message}${after}`, location: { file, line: first.line, column: first.column } });
  }
  const meta = parsed.value;
  if (meta === undefined || meta === null) return;
  if (typeof meta !== "object" || Array.isArray(meta)) {
    facts.problems.push({ messageId: "type", message: "front matter must be a mapping of keys to values", location: { file, ...parsed.locate([]) } });
    return;
  }
  const record = meta ;
  facts.hubMetadata = Object.keys(record).some((k) => HUB_MODEL_KEYS.has(k));
  const at = (key, index) => ({ file, ...parsed.locate(index === undefined ? [key] : [key, index]) });
  const typeProblem = (key, expected) =>
    facts.problems.push({ messageId: "type", message: `'${key}' must be ${expected}, got ${describe(record[key])}`, location: at(key) });

  const str = (key) => {
    const v = record[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === "string" && v.trim() !== "") return { value: v.trim(), location: at(key) };
    // A model card carries one license; a list (allowed in dataset cards) is read as its first entry.
    if (key === "license" && Array.isArray(v) && typeof v[0] === "string") return { value: v[0], location: at(key, 0) };
    typeProblem(key, "a non-empty string");
    return undefined;
  };
  const list = (key) => {
    const v = record[key];
    if (v === undefined || v === null) return [];
    if (typeof v === "string") return [{ value: v.trim(), location: at(key) }];
    if (Array.isArray(v)) {
      const out = [];
      v.forEach((item, i) => {
        if (typeof item === "string" && item.trim() !== "") out.push({ value: item.trim(), location: at(key, i) });
        // The Trainer writes `datasets: [null]` when it was given no dataset name: nothing named.
        else if (item === null) return;
        else facts.problems.push({ messageId: "type", message: `'${key}[${i}]' must be a string, got ${describe(item)}`, location: at(key, i) });
      });
      return out;
    }
    typeProblem(key, "a string or a list of strings");
    return [];
  };

  facts.license = str("license");
  facts.licenseName = str("license_name");
  facts.licenseLink = str("license_link");
  facts.datasets = list("datasets").flatMap(splitIds);
  facts.baseModels = list("base_model");
  facts.baseModelRelation = str("base_model_relation");
  if (facts.baseModelRelation && !BASE_MODEL_RELATIONS.includes(facts.baseModelRelation.value)) {
    facts.problems.push({
      messageId: "unknown-value",
      message: `'base_model_relation' must be one of ${BASE_MODEL_RELATIONS.join(", ")}, got '${facts.baseModelRelation.value}'`,
      location: facts.baseModelRelation.location,
    });
  }
}

/**
 * `datasets: [dcep europarl jrc-acquis]`: several ids in one value, separated by spaces (23 corpus
 * cards of one publisher). Split when every word is id-shaped and one has an id's `-`, `_` or
 * digit, so that a name of words ("legal entity recognition", "Common Voice") stays one.
 */
function splitIds(d) {
  const words = d.value.split(/\s+/);
  if (words.length < 3 || !words.every((w) => /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/.test(w)) || !words.some((w) => /[-_\d]/.test(w))) return [d];
  return words.map((value) => ({ value, location: d.location }));
}

/** Keys of the Hub's model card metadata (huggingface.co/docs/hub/model-cards#model-card-metadata). */
const HUB_MODEL_KEYS = new Set([
  "license", "license_name", "license_link", "base_model", "base_model_relation", "datasets", "library_name", "pipeline_tag",
  "tags", "model-index", "language", "languages", "metrics", "widget", "inference", "co2_eq_emissions", "thumbnail",
  "new_version", "extra_gated_prompt", "extra_gated_fields", "quantized_by", "model_creator", "model_name", "model_type",
]);

/** The metadata's statements: `license:` (unless `other`, which names none) and `license_name`. */
function metadataStatements(facts) {
  const out = [];
  const { license, licenseName } = facts;
  if (license && license.value.toLowerCase() !== "other") out.push({ subject: "weights", negated: false, license: license.value, text: `license: ${license.value}`, via: "metadata", location: license.location });
  if (licenseName) out.push({ subject: "weights", negated: false, license: licenseName.value, text: `license_name: ${licenseName.value}`, via: "license_name", location: licenseName.location });
  return out;
}

function describe(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  return typeof v === "object" ? "a mapping" : `${typeof v} ${JSON.stringify(v)}`;
}

function readProse(file, text, bodyStart, names, facts) {
  const loc = (offset) => ({ file, ...positionAt(text, offset) });
  const doc = readCardBody(file, text, bodyStart, names, facts);
  facts.licenseStatements = [...metadataStatements(facts), ...bodyStatements(doc.blocks, names, loc)];

  // License names under a License heading, with the one name matcher the mentions use.
  const matcher = licenseMatcher(names.licenses);
  for (const s of doc.sections.filter((x) => x.level > 0 && LICENSE_HEADING.test(x.heading))) {
    for (const hit of matcher.find(text.slice(s.start, s.end))) {
      if (!facts.proseLicenses.some((l) => l.value.id === hit.id)) facts.proseLicenses.push({ value: { text: hit.name, id: hit.id }, location: loc(s.start + hit.start) });
    }
  }
  // Names that contain another (CC BY-NC-SA 4.0 contains CC BY 4.0... by prefix) : keep the longest.
  facts.proseLicenses = facts.proseLicenses.filter(
    (l) => !facts.proseLicenses.some((o) => o !== l && o.value.text.length > l.value.text.length && o.value.text.toLowerCase().includes(l.value.text.toLowerCase())),
  );

  const body = text.slice(bodyStart);
  facts.mentionsUseRestrictions = /use[- ]based restrictions|use restrictions|attachment a|acceptable use policy|prohibited use/i.test(body);
  facts.hasAttributionSection = doc.sections.some((s) => s.level > 0 && /attribution|acknowledg|credits?|citation|datasets? used/i.test(s.heading));
}

const licenseMatchers = new WeakMap();

/** One matcher per list of license names (the caller builds the list once, from rules/). */
function licenseMatcher(licenses) {
  let m = licenseMatchers.get(licenses);
  if (!m) licenseMatchers.set(licenses, (m = new NameMatcher(licenses)));
  return m;
}

// The one report object every renderer (text, JSON, Markdown, SARIF, badge, BOM) reads, and its
// JSON form, a published contract. The zod schemas below are the single definition: the types are
// inferred from them and schema/report.schema.json is generated from ReportJsonSchema. Bump
// REPORT_SCHEMA_VERSION on any incompatible change.
//
// In memory every evidence carries its citations (Source objects, shared with rules/). In JSON
// (2.0) each distinct citation is written once, in the report's `sources`, and an evidence's
// `sources` are indices into it: a few dozen citations stand behind tens of thousands of findings.

const REPORT_SCHEMA_VERSION = "2.0";

const verdict = /*#__PURE__*/ _enum(["pass", "warn", "fail"]);
const CountsSchema = /*#__PURE__*/ object({ error: /*#__PURE__*/ number().int(), warning: /*#__PURE__*/ number().int(), note: /*#__PURE__*/ number().int() });
 

const LicenseIdentificationSchema = /*#__PURE__*/ object({
  file: /*#__PURE__*/ string$1(),
  id: /*#__PURE__*/ string$1().nullable(),
  confidence: /*#__PURE__*/ number(),
  matcher: /*#__PURE__*/ string$1(),
});

const ModelLicenseSchema = /*#__PURE__*/ object({
  /** License id from rules/licenses (Hub id), or null when none could be established. */
  id: /*#__PURE__*/ string$1().nullable(),
  name: /*#__PURE__*/ string$1().optional(),
  /** Where the governing license came from. */
  source: /*#__PURE__*/ _enum(["metadata", "license-file", "prose", "none"]),
  location: /*#__PURE__*/ LocationSchema.optional(),
  /** The license file judged to govern the weights, with how it was identified. */
  file: /*#__PURE__*/ LicenseIdentificationSchema.optional(),
});

const TrainingSourceSchema = /*#__PURE__*/ object({
  /** As written in the card (Hub id, URL or name). */
  ref: /*#__PURE__*/ string$1(),
  /** rules/datasets id (or policy/dataset-card id) when known. */
  id: /*#__PURE__*/ string$1().optional(),
  name: /*#__PURE__*/ string$1().optional(),
  via: /*#__PURE__*/ _enum(["metadata", "prose", "base-model", "dataset-card", "policy"]),
  /** The chain for inherited sources, e.g. ["model", "runwayml/stable-diffusion-v1-5", "laion-2b-en"]. */
  chain: /*#__PURE__*/ array(/*#__PURE__*/ string$1()).optional(),
  location: /*#__PURE__*/ LocationSchema.optional(),
  license: /*#__PURE__*/ string$1().nullable().optional(),
  useRestriction: /*#__PURE__*/ string$1().optional(),
  legalBasis: /*#__PURE__*/ string$1().nullable().optional(),
});
 

const BaseModelRefSchema = /*#__PURE__*/ object({
  ref: /*#__PURE__*/ string$1(),
  /** Where the base's facts come from: a rules/models file or a card in the tree. */
  id: /*#__PURE__*/ string$1().optional(),
  relation: /*#__PURE__*/ string$1(),
  location: /*#__PURE__*/ LocationSchema.optional(),
  license: /*#__PURE__*/ string$1().optional(),
});
 

const ModelReportSchema = /*#__PURE__*/ object({
  /** Folder of the model relative to the scan root ("." for the root). */
  path: /*#__PURE__*/ string$1(),
  name: /*#__PURE__*/ string$1(),
  card: /*#__PURE__*/ object({ file: /*#__PURE__*/ string$1(), frontMatter: /*#__PURE__*/ boolean() }).optional(),
  license: ModelLicenseSchema,
  trainingSources: /*#__PURE__*/ array(TrainingSourceSchema),
  baseModels: /*#__PURE__*/ array(BaseModelRefSchema),
  /** In-tree cards (dataset cards, local bases' cards) whose facts the verdict relies on. */
  reliedOn: /*#__PURE__*/ array(/*#__PURE__*/ string$1()).optional(),
  findings: /*#__PURE__*/ array(FindingSchema),
  counts: CountsSchema,
  verdict,
});
 

const ReportSchema = /*#__PURE__*/ object({
  schemaVersion: /*#__PURE__*/ literal(REPORT_SCHEMA_VERSION),
  tool: /*#__PURE__*/ object({ name: /*#__PURE__*/ string$1(), version: /*#__PURE__*/ string$1() }),
  /** A shard's report (check --shard K/N): job `index` of `count`, holding only its share of the models. */
  shard: /*#__PURE__*/ object({ index: /*#__PURE__*/ number().int().min(1), count: /*#__PURE__*/ number().int().min(1) }).optional(),
  policy: /*#__PURE__*/ object({
    file: /*#__PURE__*/ string$1().optional(),
    source: /*#__PURE__*/ _enum(["file", "default"]),
    jurisdictions: /*#__PURE__*/ array(/*#__PURE__*/ string$1()),
    derivative: /*#__PURE__*/ _enum(["yes", "no", "unknown"]),
    failOn: /*#__PURE__*/ _enum(["error", "warning", "never"]),
    /** The policy's badge appearance, carried so every badge renderer uses it. */
    badge: /*#__PURE__*/ BadgeSettingsSchema.optional(),
  }),
  models: /*#__PURE__*/ array(ModelReportSchema),
  /** Findings about the run rather than one model (policy errors, expired waivers). */
  findings: /*#__PURE__*/ array(FindingSchema),
  counts: CountsSchema,
  verdict,
  /** Context that is not a finding on any model (e.g. the unsettled state of US fair use). */
  notes: /*#__PURE__*/ array(/*#__PURE__*/ string$1()),
  /** Paths the run did not read, or read and found not to be model cards, with why. */
  skipped: /*#__PURE__*/ array(/*#__PURE__*/ object({ path: /*#__PURE__*/ string$1(), reason: /*#__PURE__*/ string$1() })).optional(),
});
 





const EvidenceJsonSchema = /*#__PURE__*/ EvidenceSchema.extend({
  /** Indices into the report's `sources`. */
  sources: /*#__PURE__*/ array(/*#__PURE__*/ number().int().min(0)).optional(),
});
const FindingJsonSchema = /*#__PURE__*/ FindingSchema.extend({ evidence: /*#__PURE__*/ array(EvidenceJsonSchema) });

/** The report as `--format json` writes it: citations stored once in `sources`, referenced by index. */
const ReportJsonSchema = /*#__PURE__*/ ReportSchema.extend({
  findings: /*#__PURE__*/ array(FindingJsonSchema),
  models: /*#__PURE__*/ array(/*#__PURE__*/ ModelReportSchema.extend({ findings: /*#__PURE__*/ array(FindingJsonSchema) })),
  /** Every citation the findings' evidence refers to, each once; evidence `sources` are indices into it. */
  sources: /*#__PURE__*/ array(SourceSchema),
});
 


/** Interns citations while a report is written: the same citation always gets the same index. */
class SourceTable {
   sources = [];
    index = new Map();

  finding(f) {
    return { ...f, evidence: f.evidence.map((e) => (e.sources ? { ...e, sources: e.sources.map((s) => this.ref(s)) } : (e ))) };
  }

   ref(s) {
    const key = `${s.url}\u0000${s.section ?? ""}\u0000${s.retrieved ?? ""}`;
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.sources.push(s) - 1;
      this.index.set(key, i);
    }
    return i;
  }
}

class ReportFormatError extends Error {}

/**
 * A JSON report (as written by `--format json`, e.g. a shard's) back into a Report, its citations
 * restored on every evidence. Throws ReportFormatError naming what is wrong.
 */
function readReport(text, what = "report") {
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ReportFormatError(`${what} is not JSON: ${(e ).message}`);
  }
  const version = (value )?.schemaVersion;
  if (version !== REPORT_SCHEMA_VERSION) throw new ReportFormatError(`${what} has schemaVersion ${JSON.stringify(version)}; this version reads ${REPORT_SCHEMA_VERSION}`);
  const parsed = ReportJsonSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ReportFormatError(`${what} does not match the report schema at ${issue.path.join(".") || "(top)"}: ${issue.message}`);
  }
  const { sources, ...report } = parsed.data;
  const expand = (f) => ({
    ...f,
    evidence: f.evidence.map((e) => {
      if (!e.sources) return e ;
      const cited = e.sources.map((i) => sources[i]);
      if (cited.some((s) => s === undefined)) throw new ReportFormatError(`${what}: a finding cites source ${e.sources.find((i) => !sources[i])}, which its sources list lacks`);
      return { ...e, sources: cited  };
    }),
  });
  return { ...report, findings: report.findings.map(expand), models: report.models.map((m) => ({ ...m, findings: m.findings.map(expand) })) };
}

/** All findings of a report, run-level first. */
function allFindings(report) {
  return [...report.findings, ...report.models.flatMap((m) => m.findings)];
}

// The straight path: files → facts → resolved models → checks → findings → one Report.
// Pure: no file system, no network. The CLI and the Action hand it the files they read.


















































































function analyze(input) {
  return collect(startAnalysis(input));
}

/** The whole report of an analysis, every model held in memory. */
function collect(analysis) {
  const models = [...analysis.models()];
  const { schemaVersion, tool, policy, findings, shard, skipped } = analysis.head;
  return { schemaVersion, tool, ...(shard ? { shard } : {}), policy, models, findings, ...analysis.tail(), ...(skipped ? { skipped } : {}) };
}

/** Reads the tree (unless input.tree is what was read already) and sets up the judgement of its models. */
function startAnalysis(input) {
  const { kb } = input;
  const loaded = input.policy
    ? loadPolicy(input.policy.path, input.policy.content, { kb, checkIds: CHECK_IDS })
    : { policy: defaultPolicy(), problems: [], locate: () => ({ file: DEFAULT_POLICY_PATH, line: 1, column: 1 }) };
  const policy = input.failOn ? { ...loaded.policy, fail_on: input.failOn } : loaded.policy;
  const policyFile = input.policy?.path ?? DEFAULT_POLICY_PATH;
  const read = input.tree ?? readTree(sourceOf(input.files), kb, { scope: pathScopeOf(policy, input), preread: input.preread });
  const facts = input.hub ? withFetched(read, readTree(sourceOf(input.hub), kb, { fetched: true })) : read;
  const resolvable = {
    ...facts,
    policyFile,
    pullRequest: input.pullRequest ? pullRequestFacts(input.pullRequest, facts, sourceOf(input.files), kb) : undefined,
  };
  const resolve = (m) => resolveModel(m, resolvable, kb, policy);
  const selected = inShard(selectModels(facts.models, input, resolve), facts.models, input.shard, resolve);
  const scope = { kb, policy, jurisdictions: jurisdictionsInForce(kb, policy) };
  const evaluation = {
    kb,
    policy,
    policyFile,
    policyProblems: loaded.problems,
    locatePolicy: loaded.locate,
    scope,
    today: input.today ?? new Date().toISOString().slice(0, 10),
  };
  const run = evaluateRun(evaluation);
  const counts = count(run);
  let webContent = false;
  return {
    head: {
      schemaVersion: REPORT_SCHEMA_VERSION,
      tool: TOOL,
      policy: {
        file: input.policy?.path,
        source: input.policy ? "file" : "default",
        jurisdictions: scope.jurisdictions,
        derivative: policy.derivative,
        failOn: policy.fail_on,
        ...(policy.badge ? { badge: policy.badge } : {}),
      },
      findings: run,
      ...(input.shard ? { shard: input.shard } : {}),
      ...(read.skipped && read.skipped.length > 0 ? { skipped: read.skipped } : {}),
    },
    *models() {
      for (const m of selected) {
        const resolved = resolveModel(m, resolvable, kb, policy);
        webContent ||= resolved.sources.some((s) => s.dataset?.contentStatus === "copyrighted");
        const report = modelReport(resolved, evaluateModel(evaluation, resolved));
        for (const k of ["error", "warning", "note"] ) counts[k] += report.counts[k];
        yield report;
      }
    },
    tail: () => ({ counts: { ...counts }, verdict: verdictOf(counts), notes: runNotes(webContent, kb) }),
  };
}

/** The policy's `exclude:`/`include:` globs with those the CLI or Action adds. */
function pathScopeOf(policy, input) {
  return { exclude: [...policy.exclude, ...(input.exclude ?? [])], include: policy.include };
}

/** pathScopeOf for a caller that reads the tree before the analysis (--hub, the Action's Hub step). */
function treeScope(policy, exclude) {
  return pathScopeOf(policy ? loadPolicy(policy.path, policy.content).policy : defaultPolicy(), { exclude });
}

/** In-memory files as a source. */
function sourceOf(files) {
  if (!Array.isArray(files)) return files ;
  const byPath = new Map((files ).map((f) => [f.path, f.content]));
  return { paths: [...byPath.keys()], read: (p) => byPath.get(p) };
}

/**
 * Reads every model folder (card and license files) and dataset card of the source. Whose word
 * counts: a `.hub/` folder in a repository is not the Hub's word, so it is read only from what the
 * Hub client fetched (`fetched: true`). `scope` removes paths by glob; a README that is not a model
 * card (see notAModelCard) is left out, and every path left out is listed in `skipped`.
 */
/**
 * What reading a card or a license file gives, by path: each file's facts depend on that file
 * alone, so they can be read anywhere (worker threads) and handed to readTree, which reads the rest.
 */






/** The facts of one card or license file, as readTree reads them; undefined for other files. */
function prereadFile(file, content, names) {
  const role = classify(file);
  if (role === "model-card") return { card: readModelCard(file, content, names) };
  if (role === "license") return { license: licenseFileFacts(file, content) };
  return undefined;
}

const NOT_A_LICENSE = "named like a license file, but its text is no license";

/** A license file's facts, or null when its text is no license (it is then skipped, and said to be). */
function licenseFileFacts(file, content) {
  const decoded = decodeText(content);
  if (!decoded.ok) return { file, problems: [{ messageId: "unreadable", message: decoded.reason, location: { file, line: 1, column: 1 } }] };
  const identification = identifyLicense(decoded.text);
  if (identification.status !== "identified" && !looksLikeLicenseText(decoded.text)) return null;
  return { file, identification, problems: [], ...(isDataLicense(file) ? { subject: "data"  } : {}) };
}

function readTree(source, kb, opts = {}) {
  const names = nameIndex(kb);
  if (opts.fetched) {
    const found = discover(source.paths.filter(isHubPath));
    return {
      models: found.models.map((folder) => readModel(folder.dir, folder.card, folder.licenses, source, names)),
      datasetCards: found.datasetCards.map((f) => readDatasetCard(f, source.read(f) ?? "")),
    };
  }
  const skipped = [...(source.skipped ?? [])];
  const outOfScope = globFilter(opts.scope);
  const paths = source.paths.filter((p) => {
    if (isHubPath(p)) return false;
    const why = outOfScope?.(p);
    if (why && (classify(p) !== undefined || p.endsWith("/"))) skipped.push({ path: p, reason: why });
    return why === undefined;
  });
  const found = discover(paths);
  const { models, cards } = modelCardsOf(found.models, source, names, skipped, opts.preread);
  return {
    models: models.map((folder) => readModel(folder.dir, folder.card, folder.licenses, source, names, cards.get(folder.dir), { preread: opts.preread, skipped })),
    datasetCards: found.datasetCards.map((f) => readDatasetCard(f, source.read(f) ?? "")),
    skipped,
  };
}

/**
 * The folders whose card is a model card, each card read once. A folder whose README is not one
 * gives its license files to the nearest model folder above it, or they are skipped with it; a tree
 * with no card at all stays one model at its root (a folder of license files checked on its own).
 */
function modelCardsOf(folders, source, names, skipped, preread) {
  const cards = new Map();
  for (const f of folders) if (f.card) cards.set(f.dir, preread?.cards.get(f.card) ?? readModelCard(f.card, source.read(f.card) ?? "", names));
  const verdicts = new Map();
  const judge = (f, others) => {
    const card = cards.get(f.dir);
    verdicts.set(f.dir, notAModelCard(card, f, others, splitFrontMatter(card.body, card.file, []).bodyStart));
  };
  const project = (f) => f.dir === "." || /(^|\/)(docs?|documentation|wiki)(\/|$)/i.test(f.dir);
  for (const f of folders) if (f.card && !project(f)) judge(f, true);
  const othersAccepted = [...verdicts.values()].some((v) => v === undefined);
  for (const f of folders) if (f.card && project(f)) judge(f, othersAccepted);
  const kept = new Map(folders.filter((f) => !f.card || verdicts.get(f.dir) === undefined).map((f) => [f.dir, { ...f, licenses: [...f.licenses] }]));
  for (const f of folders) {
    const why = verdicts.get(f.dir);
    if (why === undefined) continue;
    skipped.push({ path: f.card, reason: why });
    cards.delete(f.dir);
    const owner = enclosingModel(f.dir, kept);
    if (owner) owner.licenses.push(...f.licenses);
    else for (const l of f.licenses) skipped.push({ path: l, reason: `beside ${f.card}, which is not a model card, and in no model folder` });
  }
  return { models: [...kept.values()], cards };
}

function enclosingModel(dir, models) {
  for (let d = dir; d !== "." && d !== "/" && d !== ""; ) {
    d = __builtin$2.dirname(d);
    const m = models.get(d);
    if (m) return m;
  }
  return undefined;
}

/**
 * The models to evaluate. Cards fetched from the Hub (--hub) are lineage material, reported only
 * when asked for by name. A fine-tune of a chosen model is found by resolving the others (no check
 * runs for them), so a PR's scope costs one analysis, not two.
 */
function selectModels(models, input, resolve) {
  if (!input.onlyModels) return models.filter((m) => !m.dir.startsWith(`${HUB_DIR}/`));
  const chosen = new Set(input.onlyModels);
  const picked = models.filter((m) => chosen.has(m.dir));
  if (!input.withFineTunes) return picked;
  const chosenCards = new Set(picked.flatMap((m) => (m.card ? [m.card.file] : [])));
  const throughChosen = (m) => !m.dir.startsWith(`${HUB_DIR}/`) && resolve(m).bases.some((b) => b.file !== undefined && chosenCards.has(b.file));
  return models.filter((m) => chosen.has(m.dir) || throughChosen(m));
}

/** A shard's share of the selected models: those of the lineage groups (over the whole tree) that fall to it. */
function inShard(selected, all, shard, resolve) {
  if (!shard) return selected;
  const own = all.filter((m) => !m.dir.startsWith(`${HUB_DIR}/`));
  const byDir = new Map(own.map((m) => [m.dir, m]));
  const basesOf = (dir) => resolve(byDir.get(dir)).bases.flatMap((b) => (b.dir !== undefined && byDir.has(b.dir) ? [b.dir] : []));
  const members = shardMembers([...byDir.keys()], basesOf, shard);
  return selected.filter((m) => members.has(m.dir));
}

function isHubPath(p) {
  return p === HUB_DIR || p.startsWith(`${HUB_DIR}/`) || p.startsWith(`./${HUB_DIR}/`);
}

function withFetched(tree, fetched) {
  return { models: [...tree.models, ...fetched.models], datasetCards: [...tree.datasetCards, ...fetched.datasetCards] };
}

/** The base branch's reading of the model folders and dataset cards a pull request changed. */
function pullRequestFacts(pr, tree, head, kb) {
  const changed = new Set(pr.changed);
  const baseFiles = new Map(pr.base.map((f) => [f.path, f.content]));
  const names = nameIndex(kb);
  const baseModels = new Map();
  for (const m of tree.models) {
    const card = m.card?.file;
    const licenses = m.licenseFiles.map((f) => f.file);
    if (!card || ![card, ...licenses].some((f) => changed.has(f)) || !baseFiles.has(card)) continue;
    // The folder as the base branch has it: its changed files at their base version, the rest as they are.
    const at = (f) => (changed.has(f) ? baseFiles.get(f) : head.read(f));
    const view = { paths: [card, ...licenses].filter((f) => at(f) !== undefined), read: at };
    baseModels.set(m.dir, readModel(m.dir, card, licenses.filter((l) => at(l) !== undefined), view, names));
  }
  const baseDatasetCards = new Map(tree.datasetCards.filter((c) => changed.has(c.file) && baseFiles.has(c.file)).map((c) => [c.file, readDatasetCard(c.file, baseFiles.get(c.file))] ));
  return { changed, baseModels, baseDatasetCards };
}

/** The names a card's prose is searched for, built from the knowledge base. */
function nameIndex(kb) {
  return {
    // Ordinary words that name imported datasets ("emotion") are matched only as Hub ids and URLs.
    datasets: kb.datasetNames().filter((n) => n.distinctive),
    datasetUrls: kb.datasetUrls().map((u) => ({ url: urlKey(u.url), id: u.id })),
    licenses: [...kb.licenses.values()]
      .filter((l) => l.kind !== "placeholder" && !l.family)
      .flatMap((l) => [l.name, ...l.aliases].filter((n) => n.length >= 3).map((name) => ({ name, id: l.id }))),
    models: [...kb.models.values()].flatMap((m) => [m.name, ...m.aliases].filter((n) => n.length >= 4).map((name) => ({ name, id: m.id }))),
  };
}

function readModel(dir, cardPath, licensePaths, files, names, read, opts = {}) {
  const card = read ?? (cardPath ? readModelCard(cardPath, files.read(cardPath) ?? "", names) : undefined);
  const licenseFiles = licensePaths.flatMap((file) => readLicenseFile(file, files, opts));
  // A data license (DATA_LICENSE) states the terms of data shipped beside the model, never the weights'.
  const candidates = licenseFiles.filter((f) => f.identification && f.subject !== "data").map((f) => ({ path: f.file, identification: f.identification }));
  const pick = candidates.length > 0 ? pickGoverningLicense(candidates) : undefined;
  return {
    dir,
    name: modelName(dir, card?.body),
    card,
    licenseFiles,
    governingLicense: pick ? licenseFiles.find((f) => f.file === pick.governing.path) : undefined,
    governingReason: pick?.reason,
  };
}

/**
 * One license file, identified; none when a file named like one holds no license text (a
 * `LICENSE_CHECK` script's notes): it is listed in `skipped` instead.
 */
function readLicenseFile(file, files, opts) {
  const facts = opts.preread?.licenses.has(file) ? opts.preread.licenses.get(file) : licenseFileFacts(file, files.read(file) ?? "");
  if (facts !== null) return [facts];
  opts.skipped?.push({ path: file, reason: NOT_A_LICENSE });
  return [];
}

/** H1s that title a section, not the model ("# Model Details" in Meta's cards). */
const GENERIC_TITLE = /^(model (details|card|description|overview)|overview|introduction|readme)$/i;

/** The card's first H1 unless it is a generic section title, else the folder's name. */
function modelName(dir, body) {
  // A YAML comment in the front matter ("# Training config") is not the card's title.
  const h1 = body ? /^#[ \t]+(.+?)[ \t#]*$/m.exec(body.slice(splitFrontMatter(body, "", []).bodyStart)) : null;
  const title = h1?.[1]?.replace(/[*_`]/g, "").trim();
  if (title && !GENERIC_TITLE.test(title)) return title;
  return dir === "." ? "(repository root)" : __builtin$2.basename(dir);
}

function modelReport(r, findings) {
  const counts = count(findings);
  const gov = r.facts.governingLicense;
  const sources = onceEach(r.sources).map((s) => ({
    ref: s.ref,
    id: s.dataset?.id,
    name: s.dataset?.name,
    via: s.via,
    chain: s.chain.length > 2 ? s.chain : undefined,
    location: s.location,
    license: s.dataset?.license,
    useRestriction: s.dataset?.useRestriction,
    legalBasis: s.dataset?.legalBasis,
  }));
  return {
    path: r.facts.dir,
    name: r.facts.name,
    card: r.facts.card ? { file: r.facts.card.file, frontMatter: r.facts.card.frontMatter } : undefined,
    license: {
      id: r.license.entry?.id ?? null,
      name: r.license.entry?.name ?? r.license.raw,
      source: r.license.source,
      location: r.license.location,
      file: gov?.identification
        ? { file: gov.file, id: gov.identification.id, confidence: gov.identification.confidence, matcher: gov.identification.matcher }
        : undefined,
    },
    trainingSources: sources,
    baseModels: r.bases.map((b) => ({ ref: b.ref, id: b.file, relation: b.relation, location: b.location, license: b.license?.id ?? b.licenseRef })),
    ...(r.reliedOn.length > 0 ? { reliedOn: r.reliedOn } : {}),
    findings,
    counts,
    verdict: verdictOf(counts),
  };
}

/** A source named again (the same dataset on many lines of a card) is listed once, where first named; its findings list every place. */
function onceEach(sources) {
  const seen = new Set();
  return sources.filter((s) => {
    const key = [s.ref, s.via, s.dataset?.id ?? "", ...s.chain].join("\0");
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** Context that is not a finding on any model: the general uncertainty of training on web content. */
function runNotes(webContent, kb) {
  const fairUse = kb.legalBasis("us-fair-use");
  return webContent && fairUse
    ? [`Some training sources are copyrighted web content. ${fairUse.name}: ${fairUse.summary} This is context, not a finding on any model.`]
    : [];
}

const __builtin = process.getBuiltinModule?.("node:path") ?? createRequire(import.meta.url)("node:path");

// Reads the files the analysis needs from disk. Only cards, license files and dataset cards are
// read, and never more than the size limit of each: weights next to them are never opened.

/**
 * Every path under `roots` (relative to `cwd`, forward slashes) but those in vendored or build
 * folders and those .gitignore ignores (the rules of the folders from `cwd` down), and what was
 * left out with why: each such folder once, and each ignored file the run would have read.
 * A checked-out pull request controls every symbolic link in it, so a link to a folder is never
 * followed (its target, when inside the root, is walked where it is: no loop, no walk of the
 * machine), and a link to a file is read only when its target is inside the root (never
 * `README.md -> /etc/passwd`); each link not followed is listed with why.
 */
function listTree(roots, cwd = process.cwd()) {
  const out = [];
  const skipped = [];
  // Directory entries carry their type, so only symbolic links cost a stat (walks of 10k models).
  const walk = (abs, rel, rules, boundary) => {
    let entries;
    try {
      entries = __builtin$3.readdirSync(abs, { withFileTypes: true });
    } catch (e) {
      // A folder that cannot be listed (no permission, a path over the system's length limit) is said, not skipped silently.
      skipped.push({ path: `${rel || "."}/`, reason: `folder could not be read (${(e ).code ?? "error"})` });
      return;
    }
    const here = entries.some((e) => e.name === ".gitignore") ? rules.enter(rel, readGitIgnore(__builtin.join(abs, ".gitignore"))) : rules;
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const childAbs = __builtin.join(abs, e.name);
      const childRel = rel === "" ? e.name : `${rel}/${e.name}`;
      const link = e.isSymbolicLink() ? followable(childAbs, boundary) : undefined;
      if (link !== undefined && link !== "file") {
        if (!here.ignores(childRel)) skipped.push({ path: childRel, reason: link });
        continue;
      }
      const kind = link ?? (e.isFile() ? "file" : e.isDirectory() ? "dir" : undefined);
      if (kind === "dir") {
        const vendored = vendoredReason(e.name);
        if (vendored) skipped.push({ path: `${childRel}/`, reason: vendored });
        else if (here.ignores(`${childRel}/`)) skipped.push({ path: `${childRel}/`, reason: "ignored by .gitignore" });
        else walk(childAbs, childRel, here, boundary);
      } else if (kind === "file") {
        if (!here.ignores(childRel)) out.push(childRel);
        else if (classify(childRel) !== undefined) skipped.push({ path: childRel, reason: "ignored by .gitignore" });
      }
    }
  };
  const realCwd = realOf(__builtin.resolve(cwd));
  for (const r of roots) {
    const abs = __builtin.resolve(cwd, r);
    const rel = toPosix(__builtin.relative(cwd, abs));
    const real = realOf(abs);
    // A root inside the working directory (the checkout) must stay inside it once its links are resolved.
    if (real && realCwd && within(realCwd, abs) && !within(realCwd, real)) {
      skipped.push({ path: rel || ".", reason: OUTSIDE });
      continue;
    }
    const kind = real ? kindOf(real) : undefined;
    if (kind === "file") out.push(rel);
    else if (kind === "dir") walk(abs, rel, ancestorRules(cwd, rel), real);
  }
  return { paths: out, skipped };
}

const OUTSIDE = "symbolic link out of the scan root (not followed)";

/** Whether a symbolic link is read: "file" when it names a file inside `boundary`, else why not. */
function followable(abs, boundary) {
  const real = realOf(abs);
  if (!real) return "broken symbolic link or a loop of links (not followed)";
  if (!within(boundary, real)) return OUTSIDE;
  const kind = kindOf(real);
  if (kind === "dir") return "symbolic link to a folder (not followed; the folder is checked where it is)";
  return kind === "file" ? "file" : "symbolic link to something other than a file (not read)";
}

function within(dir, p) {
  return p === dir || p.startsWith(dir.endsWith(__builtin.sep) ? dir : dir + __builtin.sep);
}

function realOf(abs) {
  try {
    return __builtin$3.realpathSync(abs);
  } catch {
    return undefined;
  }
}

/** The .gitignore rules of the folders from `cwd` down to (not including) `rel`. */
function ancestorRules(cwd, rel) {
  let rules = GitIgnores.empty();
  if (rel === "" || rel.startsWith("..")) return rules;
  const parts = rel.split("/");
  for (let i = 0; i < parts.length; i++) {
    const dir = parts.slice(0, i).join("/");
    rules = rules.enter(dir, readGitIgnore(__builtin.join(cwd, dir, ".gitignore")));
  }
  return rules;
}

function readGitIgnore(file) {
  try {
    return __builtin$3.statSync(file).size <= MAX_TEXT_BYTES ? __builtin$3.readFileSync(file, "utf8") : undefined;
  } catch {
    return undefined;
  }
}

function kindOf(abs) {
  try {
    const st = __builtin$3.statSync(abs);
    return st.isFile() ? "file" : st.isDirectory() ? "dir" : undefined;
  } catch {
    return undefined;
  }
}

/** Reads at most MAX_TEXT_BYTES + 1 bytes, enough for the reader to report an oversized file. */
function readCapped(file) {
  const fd = __builtin$3.openSync(file, "r");
  try {
    const size = Math.min(__builtin$3.statSync(file).size, MAX_TEXT_BYTES + 1);
    const buf = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = __builtin$3.readSync(fd, buf, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buf.subarray(0, read);
  } finally {
    __builtin$3.closeSync(fd);
  }
}

/** The files the analysis reads under `roots`, listed now and read when their model is read. */
function workspaceSource(roots, cwd = process.cwd()) {
  const tree = listTree(roots, cwd);
  return {
    // Weights and configs are listed (a card beside them is a model card), never read.
    paths: tree.paths.filter((p) => classify(p) !== undefined || isContextFile(p)),
    skipped: tree.skipped,
    read: (p) => {
      try {
        return readCapped(__builtin.resolve(cwd, p));
      } catch {
        return undefined;
      }
    },
  };
}

function readWorkspace(roots, cwd = process.cwd()) {
  return readWorkspaceTree(roots, cwd).files;
}

/** The files the analysis reads under `roots` (weights and configs listed with no content), and what was left out. */
function readWorkspaceTree(roots, cwd = process.cwd()) {
  const tree = listTree(roots, cwd);
  const files = tree.paths.flatMap((p) =>
    classify(p) !== undefined ? [{ path: p, content: readCapped(__builtin.resolve(cwd, p)) }] : isContextFile(p) ? [{ path: p, content: "" }] : [],
  );
  return { files, skipped: tree.skipped };
}

function missingRoots(roots, cwd = process.cwd()) {
  return roots.filter((r) => {
    try {
      __builtin$3.statSync(__builtin.resolve(cwd, r));
      return false;
    } catch {
      return true;
    }
  });
}

export { MAX_TEXT_BYTES as $, string$1 as A, boolean as B, CHECKS as C, DEFAULT_POLICY_PATH as D, array as E, _enum as F, GRANTS as G, SUPPORT as H, parseYaml as I, zodProblems as J, HUB_DIR as K, discover as L, __builtin$2 as M, NAME_RANKS as N, OBLIGATIONS as O, POLICY_SCHEMA_URL as P, ownData as Q, REPORT_SCHEMA_VERSION as R, SourceTable as S, TOOL as T, failsAt as U, toPosix as V, parseShard as W, treeScope as X, startAnalysis as Y, nameIndex as Z, __builtin$3 as _, analyze as a, vendoredPathReason as a0, LINEAGE_LIMITS as a1, isModelFile as a2, readModelCard as a3, readDatasetCard as a4, number as a5, NEVER as a6, readWorkspaceTree as a7, sourceOf as a8, __builtin$1 as a9, HUB_DATASETS_DIR as aa, HUB_MODELS_DIR as ab, modelDirIndex as ac, resolvesModel as ad, resolvesDataset as ae, hubIdOf as af, schema as ag, readReport as b, __builtin as c, ReportFormatError as d, decodeText as e, readCapped as f, readTree as g, classify as h, allFindings as i, count as j, identifyLicense as k, localeOrder as l, missingRoots as m, DEFAULT_FINGERPRINTS as n, NORMALISATION_STEPS as o, prereadFile as p, fingerprintIndex as q, readWorkspace as r, normalise as s, pickGoverningLicense as t, releasedFile as u, verdictOf as v, workspaceSource as w, docsUrl as x, REPOSITORY_URL as y, strictObject as z };
