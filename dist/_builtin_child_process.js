import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { createRequire } from 'node:module';

const __builtin = process.getBuiltinModule?.("node:child_process") ?? createRequire(import.meta.url)("node:child_process");
const __builtinExport = (key) => __builtin[key];
const execFileSync = /*#__PURE__*/ __builtinExport("execFileSync");
const spawn = /*#__PURE__*/ __builtinExport("spawn");

export { execFileSync as e, spawn as s };
