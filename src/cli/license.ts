// `model-provenance license FILE`: which license one file holds. Exit 0 when it is identified,
// 1 when it is not (an unknown text, `other` or `none`), 2 when it cannot be read.
import path from "node:path";
import { decodeText } from "../readers/text.js";
import { missingRoots, readCapped } from "../workspace.js";
import { oneOf, parse, UsageError } from "./args.js";
import type { Io } from "./io.js";

export async function license(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { format: { type: "string", short: "f" } });
  const format = oneOf(values.format, ["text", "json"] as const, "--format") ?? "text";
  if (positionals.length !== 1) throw new UsageError("license takes exactly one FILE");
  const file = positionals[0]!;
  if (missingRoots([file], io.cwd).length > 0) throw new UsageError(`no such file: ${file}`);
  const decoded = decodeText(readCapped(path.resolve(io.cwd, file)));
  if (!decoded.ok) {
    io.stderr(`model-provenance: ${file}: ${decoded.reason}\n`);
    return 2;
  }
  const { identifyLicense, renderIdentification } = await import("../identify/index.js");
  const result = identifyLicense(decoded.text);
  io.stdout(renderIdentification(result, format));
  return result.status === "identified" ? 0 : 1;
}
