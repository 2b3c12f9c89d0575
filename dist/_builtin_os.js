import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { createRequire } from 'node:module';

const __builtin = process.getBuiltinModule?.("node:os") ?? createRequire(import.meta.url)("node:os");
const __builtinExport = (key) => __builtin[key];
const homedir = /*#__PURE__*/ __builtinExport("homedir");
const tmpdir = /*#__PURE__*/ __builtinExport("tmpdir");
const EOL = /*#__PURE__*/ __builtinExport("EOL");

export { EOL as E, __builtin as _, homedir as h, tmpdir as t };
