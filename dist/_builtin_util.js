import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { createRequire } from 'node:module';

const __builtin = process.getBuiltinModule?.("node:util") ?? createRequire(import.meta.url)("node:util");
const __builtinExport = (key) => __builtin[key];
const parseArgs = /*#__PURE__*/ __builtinExport("parseArgs");

export { __builtin as _, parseArgs as p };
