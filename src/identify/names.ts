// License names as comparable keys, for the `reference` matcher ("released under the MIT license")
// and for resolving a declared id. A name key is a token list in which:
//   - versions are canonical (v2, 2.0 and 2 are all "2"; 3.1 stays "3.1"),
//   - long forms are abbreviated (GNU General Public → gpl, Creative Commons → cc, Attribution → by),
//   - a run of letters glued to a version is split (llama3.1 → llama 3.1, gpl3 → gpl 3),
//   - filler words that people add or leave out (the, license, version, international) are dropped.

/** Words a mention may add or omit around a name without changing which license it names. */
export const NAME_FILLERS: ReadonlySet<string> = new Set([
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
const ABBREVIATIONS: readonly (readonly [string[], string])[] = [
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

const SINGLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  attribution: "by",
  sharealike: "sa",
  noncommercial: "nc",
  noderivatives: "nd",
  noderivs: "nd",
};

/** Canonical version: "v2.0" → "2", "3.0" → "3", "3.1" → "3.1", "1.3c" → "1.3c". */
function canonicalVersion(t: string): string {
  const m = /^v?(\d+(?:\.\d+)*)([a-z]?)$/.exec(t);
  if (!m) return t;
  const numbers = (m[1] ?? "").split(".");
  while (numbers.length > 1 && numbers[numbers.length - 1] === "0") numbers.pop();
  return numbers.join(".") + (m[2] ?? "");
}

/** The token without leading and trailing dots (by index: a regex for "dots at the end" is quadratic on a run of dots). */
function trimDots(t: string): string {
  let a = 0;
  let b = t.length;
  while (a < b && t.charCodeAt(a) === 46) a++;
  while (b > a && t.charCodeAt(b - 1) === 46) b--;
  return a === 0 && b === t.length ? t : t.slice(a, b);
}

/** Lower-case word tokens of a name or a mention, versions canonical and glued versions split, fillers kept. */
export function nameTokens(text: string): string[] {
  const raw = text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .split(/[^a-z0-9.+]+/);
  const out: string[] = [];
  for (let t of raw) {
    t = trimDots(t);
    if (t === "") continue;
    // llama3.1 → llama 3.1; gpl3 → gpl 3 (three or more letters, so cc0 and x11 stay whole)
    const glued = /^([a-z]{3,})(v?\d+(?:\.\d+)*[a-z]?)$/.exec(t);
    if (glued && !/^(?:x|cc)$/.test(glued[1] ?? "")) {
      out.push(glued[1]!, canonicalVersion(glued[2]!));
      continue;
    }
    out.push(canonicalVersion(t));
  }
  // Apply multi-word abbreviations.
  const abbreviated: string[] = [];
  for (let i = 0; i < out.length; ) {
    const hit = ABBREVIATIONS.find(([words]) => words.every((w, k) => out[i + k] === w));
    if (hit) {
      abbreviated.push(hit[1]);
      i += hit[0].length;
    } else {
      const t = out[i]!;
      abbreviated.push(SINGLE_ABBREVIATIONS[t] ?? t);
      i++;
    }
  }
  return abbreviated;
}

/** The key of a license name: its name tokens without fillers, joined by spaces ("" when nothing is left). */
export function nameKey(name: string): string {
  return nameTokens(name)
    .filter((t) => !NAME_FILLERS.has(t))
    .join(" ");
}
