import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { g as getDefaultExportFromCjs } from './_commonjs_helpers.js';
import { p as plain, d as shorten, o as otherPlaces, t as thousands, h as hintOf, s as summaryOf, b as alsoAtText, e as plainLines, a as plural, c as countsText } from './words.js';

var picocolors = {exports: {}};

var hasRequiredPicocolors;

function requirePicocolors () {
	if (hasRequiredPicocolors) return picocolors.exports;
	hasRequiredPicocolors = 1;
	let p = process || {}, argv = p.argv || [], env = p.env || {};
	let isColorSupported =
		!(!!env.NO_COLOR || argv.includes("--no-color")) &&
		(!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || ((p.stdout || {}).isTTY && env.TERM !== "dumb") || !!env.CI);

	let formatter = (open, close, replace = open) =>
		input => {
			let string = "" + input, index = string.indexOf(close, open.length);
			return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close
		};

	let replaceClose = (string, close, replace, index) => {
		let result = "", cursor = 0;
		do {
			result += string.substring(cursor, index) + replace;
			cursor = index + close.length;
			index = string.indexOf(close, cursor);
		} while (~index)
		return result + string.substring(cursor)
	};

	let createColors = (enabled = isColorSupported) => {
		let f = enabled ? formatter : () => String;
		return {
			isColorSupported: enabled,
			reset: f("\x1b[0m", "\x1b[0m"),
			bold: f("\x1b[1m", "\x1b[22m", "\x1b[22m\x1b[1m"),
			dim: f("\x1b[2m", "\x1b[22m", "\x1b[22m\x1b[2m"),
			italic: f("\x1b[3m", "\x1b[23m"),
			underline: f("\x1b[4m", "\x1b[24m"),
			inverse: f("\x1b[7m", "\x1b[27m"),
			hidden: f("\x1b[8m", "\x1b[28m"),
			strikethrough: f("\x1b[9m", "\x1b[29m"),

			black: f("\x1b[30m", "\x1b[39m"),
			red: f("\x1b[31m", "\x1b[39m"),
			green: f("\x1b[32m", "\x1b[39m"),
			yellow: f("\x1b[33m", "\x1b[39m"),
			blue: f("\x1b[34m", "\x1b[39m"),
			magenta: f("\x1b[35m", "\x1b[39m"),
			cyan: f("\x1b[36m", "\x1b[39m"),
			white: f("\x1b[37m", "\x1b[39m"),
			gray: f("\x1b[90m", "\x1b[39m"),

			bgBlack: f("\x1b[40m", "\x1b[49m"),
			bgRed: f("\x1b[41m", "\x1b[49m"),
			bgGreen: f("\x1b[42m", "\x1b[49m"),
			bgYellow: f("\x1b[43m", "\x1b[49m"),
			bgBlue: f("\x1b[44m", "\x1b[49m"),
			bgMagenta: f("\x1b[45m", "\x1b[49m"),
			bgCyan: f("\x1b[46m", "\x1b[49m"),
			bgWhite: f("\x1b[47m", "\x1b[49m"),

			blackBright: f("\x1b[90m", "\x1b[39m"),
			redBright: f("\x1b[91m", "\x1b[39m"),
			greenBright: f("\x1b[92m", "\x1b[39m"),
			yellowBright: f("\x1b[93m", "\x1b[39m"),
			blueBright: f("\x1b[94m", "\x1b[39m"),
			magentaBright: f("\x1b[95m", "\x1b[39m"),
			cyanBright: f("\x1b[96m", "\x1b[39m"),
			whiteBright: f("\x1b[97m", "\x1b[39m"),

			bgBlackBright: f("\x1b[100m", "\x1b[49m"),
			bgRedBright: f("\x1b[101m", "\x1b[49m"),
			bgGreenBright: f("\x1b[102m", "\x1b[49m"),
			bgYellowBright: f("\x1b[103m", "\x1b[49m"),
			bgBlueBright: f("\x1b[104m", "\x1b[49m"),
			bgMagentaBright: f("\x1b[105m", "\x1b[49m"),
			bgCyanBright: f("\x1b[106m", "\x1b[49m"),
			bgWhiteBright: f("\x1b[107m", "\x1b[49m"),
		}
	};

	picocolors.exports = createColors();
	picocolors.exports.createColors = createColors;
	return picocolors.exports;
}

var picocolorsExports = /*@__PURE__*/ requirePicocolors();
const pc = /*@__PURE__*/getDefaultExportFromCjs(picocolorsExports);

// The text report, shaped like ESLint's: one line a model (path, name, verdict, license), one
// aligned line a finding (severity, check, file:line, the finding in one sentence, the fix in a few
// words), then a tally. --verbose adds each finding's evidence chain and full fix. Every string
// from the repository goes through plain() (src/render/escape/plain.ts); colour is picocolors'.









/** Longest line of the default report, not counting the file paths in it. */
const MAX_LINE = 160;
const WRAP = 100;
const NAME_MAX = 60;

function renderText(report, opts = {}) {
  const c = pc.createColors(Boolean(opts.color));
  const sources = new SourceNumbers();
  const groups = [
    ...(report.findings.length > 0 ? [{ header: runHeader(report, c), dir: undefined, findings: report.findings }] : []),
    ...report.models.map((m) => ({ header: modelHeader(m, c), dir: m.path, findings: m.findings })),
  ];
  const rows = groups.map((g) => g.findings.map((f) => row(f, g.dir)));
  const widths = columnWidths(rows.flat());
  const out = [];
  groups.forEach((g, i) => {
    out.push(g.header);
    g.findings.forEach((f, j) => {
      out.push(rowLine(rows[i][j], widths, f, c));
      if (opts.verbose) out.push(...details(f, g.dir, sources, c));
    });
    out.push("");
  });
  out.push(...tally(report, opts.noModels, c));
  out.push(...notes(report, opts.verbose === true, c));
  if (opts.verbose) out.push(...sources.lines(c));
  return out.join("\n") + "\n";
}















function row(f, dir) {
  const open = f.openQuestion ? " (open question)" : "";
  const waived = f.waived ? ` (waived${f.waived.expires ? ` until ${f.waived.expires}` : ""}: ${f.waived.reason})` : "";
  // A finding at several places: its first, and how many more (--verbose lists them).
  const more = otherPlaces(f) > 0 ? ` +${thousands(otherPlaces(f))}` : "";
  return {
    severity: f.waived ? "waived" : f.severity,
    check: f.checkId,
    where: plain(`${relativeTo(f.location.file, dir)}:${f.location.line}${more}`),
    summary: plain(summaryOf(f) + open + waived),
    hint: plain(hintOf(f)),
  };
}

function columnWidths(rows) {
  const max = (k) => Math.max(0, ...rows.map((r) => r[k].length));
  return { severity: max("severity"), check: max("check"), where: max("where") };
}

function rowLine(r, w, f, c) {
  // A long path may push the line past the limit (paths are exempt); the message and the fix share the rest.
  const room = MAX_LINE - (2 + w.severity + 2 + w.check + 2 + Math.min(w.where, 30) + 2);
  const hintRoom = Math.max(28, Math.min(r.hint.length, room - r.summary.length - 7));
  const hint = r.hint ? shorten(r.hint, hintRoom) : "";
  const fix = hint ? `  fix: ${hint}` : "";
  const summary = shorten(r.summary, Math.max(40, room - fix.length));
  const sev = f.waived ? c.gray : f.severity === "error" ? c.red : f.severity === "warning" ? c.yellow : c.blue;
  return `  ${sev(r.severity.padEnd(w.severity))}  ${c.bold(r.check.padEnd(w.check))}  ${c.dim(r.where.padEnd(w.where))}  ${summary}${c.dim(fix)}`;
}

function modelHeader(m, c) {
  const license = m.license.id ?? (m.license.name ? `${m.license.name} (unrecognised)` : "no license");
  return `${c.underline(plain(m.path))}  ${plain(shorten(m.name, NAME_MAX))}  ${verdictText(m.verdict, c)}  ${plain(license)}`;
}

function runHeader(report, c) {
  return `${c.underline(plain(report.policy.file ?? "default policy"))}  run-wide findings`;
}

function verdictText(v, c) {
  const paint = v === "fail" ? c.red : v === "warn" ? c.yellow : c.green;
  return c.bold(paint(v.toUpperCase()));
}

/** --verbose: the evidence chain, each link with its place and its numbered sources, and the full fix. */
function details(f, dir, sources, c) {
  const out = [];
  if (f.summary || summaryOf(f) !== f.message) out.push(...wrap(`${f.message}`, "      ", "      "));
  const also = alsoAtText(f, (l) => `${relativeTo(l.file, dir)}:${l.line}`);
  if (also) out.push(...wrap(also, "      ", "        ").map((l) => c.dim(l)));
  if (f.evidence.length > 0) out.push(c.dim("      why:"));
  for (const e of f.evidence) out.push(...wrap(evidenceLine(e, dir, sources), "        - ", "          ").map((l) => c.dim(l)));
  const fix = plainLines(f.fix);
  out.push(...wrap(fix[0] ?? "", "      fix: ", "           ", false), ...fix.slice(1).map((l) => `           ${l}`));
  return out;
}

function evidenceLine(e, dir, sources) {
  const at = e.location ? ` (${relativeTo(e.location.file, dir)}:${e.location.line})` : "";
  const cite = (e.sources ?? []).map((s) => ` [${sources.number(s.url)}]`).join("");
  return `${e.about}${e.id ? ` ${e.id}` : ""}: ${e.statement}${at}${cite}`;
}

function tally(report, noModels, c) {
  if (noModels) return [`${c.green("✔")} No model to check: ${plain(noModels)}.`];
  if (report.models.length === 0) {
    return [c.red(c.bold("✖ No model checked: no model card or license file was found under the paths given.")), ...skippedLines(report, c)];
  }
  const byVerdict = (["fail", "warn", "pass"] ).map((v) => [v, report.models.filter((m) => m.verdict === v).length] ).filter(([, n]) => n > 0);
  const verdicts = byVerdict.map(([v, n]) => `${n} ${v}`).join(", ");
  const mark = report.verdict === "fail" ? c.red("✖") : report.verdict === "warn" ? c.yellow("!") : c.green("✔");
  const waived = report.models.flatMap((m) => m.findings).concat(report.findings).filter((f) => f.waived).length;
  const policy = report.policy.file ? `policy ${plain(report.policy.file)}` : "default policy";
  return [
    `${mark} ${verdictText(report.verdict, c)}  ${plural(report.models.length, "model")} checked${verdicts ? ` (${verdicts})` : ""}: ` +
      `${countsText(report.counts)}${waived > 0 ? `, ${waived} waived` : ""}; ${policy}, fail on ${report.policy.failOn}`,
    ...skippedLines(report, c),
  ];
}

function skippedLines(report, c) {
  const skipped = report.skipped ?? [];
  if (skipped.length === 0) return [];
  const shown = skipped.slice(0, 10).map((s) => c.dim(`  skipped ${plain(s.path)}: ${plain(s.reason)}`));
  return [`${plural(skipped.length, "path")} not read:`, ...shown, ...(skipped.length > 10 ? [c.dim(`  … and ${skipped.length - 10} more (see the JSON report)`)] : [])];
}

/** Run-wide notes once: their first sentence by default, the whole text with --verbose. */
function notes(report, verbose, c) {
  return report.notes.flatMap((n) => {
    if (verbose) return wrap(plain(n), "note: ", "      ").map((l) => c.dim(l));
    const first = /^.*?[.!?](\s|$)/.exec(n)?.[0]?.trim() ?? n;
    return [c.dim(`note: ${shorten(plain(first), WRAP)}${first.length < n.length ? " (--verbose for more)" : ""}`)];
  });
}

/** Word-wraps one paragraph at WRAP columns with the given first-line and hanging indents. */
function wrap(s, first, rest, escape = true) {
  const words = (escape ? plain(s) : s).split(" ").filter((w) => w !== "");
  const lines = [];
  let line = first;
  for (const w of words) {
    if (line.length + w.length > WRAP && line.trim() !== first.trim()) {
      lines.push(line.trimEnd());
      line = rest;
    }
    line += `${w} `;
  }
  lines.push(line.trimEnd());
  return lines;
}

function relativeTo(file, dir) {
  if (dir === undefined || dir === ".") return file;
  return file.startsWith(`${dir}/`) ? file.slice(dir.length + 1) : file;
}

/** Each cited URL numbered once per report, listed at its end. */
class SourceNumbers {
    urls = new Map();
  number(url) {
    let n = this.urls.get(url);
    if (n === undefined) this.urls.set(url, (n = this.urls.size + 1));
    return n;
  }
  lines(c) {
    if (this.urls.size === 0) return [];
    return ["", c.dim("sources:"), ...[...this.urls].map(([url, n]) => c.dim(`  [${n}] ${plain(url)}`))];
  }
}

export { renderText as r };
