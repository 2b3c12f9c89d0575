import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { _ as __builtin } from './_builtin_path.js';
import { m as missingRoots, g as decodeText, b as readCapped } from './workspace.js';
import { p as parse, o as oneOf, U as UsageError } from './output.js';
import 'node:module';
import './_builtin_path_posix.js';
import './_builtin_crypto.js';
import './_builtin_fs.js';
import './_builtin_url.js';
import './_builtin_process.js';
import './_builtin_buffer.js';
import './_commonjs_helpers.js';
import './_builtin_util.js';

// `model-provenance license FILE`: which license one file holds. Exit 0 when it is identified,
// 1 when it is not (an unknown text, `other` or `none`), 2 when it cannot be read.


async function license(args, io) {
  const { values, positionals } = parse(args, { format: { type: "string", short: "f" } });
  const format = oneOf(values.format, ["text", "json"] , "--format") ?? "text";
  if (positionals.length !== 1) throw new UsageError("license takes exactly one FILE");
  const file = positionals[0];
  if (missingRoots([file], io.cwd).length > 0) throw new UsageError(`no such file: ${file}`);
  const decoded = decodeText(readCapped(__builtin.resolve(io.cwd, file)));
  if (!decoded.ok) {
    io.stderr(`model-provenance: ${file}: ${decoded.reason}\n`);
    return 2;
  }
  const { identifyLicense, renderIdentification } = await import('./identify.js');
  const result = identifyLicense(decoded.text);
  io.stdout(renderIdentification(result, format));
  return result.status === "identified" ? 0 : 1;
}

export { license };
