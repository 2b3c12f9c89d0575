// Named transforms that turn a reference license text into the kinds of copies found in model
// repositories, and the corpus built from them. Shared by __tests__/identify and scripts/bench-licenses.ts.
// Everything is deterministic (a seeded generator), so a failing case can be reproduced by name.

export interface TransformContext {
  key: string;
  name: string;
}

export interface Transform {
  name: string;
  /** The license the result should be identified as: the same one, or none (negative controls). */
  expect: "same" | "none";
  /** Only for texts it applies to; returns null when it does not apply. */
  apply: (text: string, ctx: TransformContext) => string | null;
}

/** A small seeded generator (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Paragraphs (blank-line separated) re-flowed to `width` columns. */
export function rewrap(text: string, width: number): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((para) => {
      const words = para.split(/\s+/).filter(Boolean);
      const lines: string[] = [];
      let line = "";
      for (const w of words) {
        if (line && line.length + 1 + w.length > width) {
          lines.push(line);
          line = w;
        } else line = line ? `${line} ${w}` : w;
      }
      if (line) lines.push(line);
      return lines.join("\n");
    })
    .join("\n\n");
}

function markdown(text: string, ctx: TransformContext): string {
  const rnd = seeded(seedOf(`markdown:${ctx.key}`));
  let titled = false;
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => {
      const t = line.trim();
      if (t === "") return line;
      if (!titled) {
        titled = true;
        return `# ${t}`;
      }
      if (/^(?:\(?[a-z0-9]{1,3}[.)]|\([ivx]+\))\s/i.test(t)) return `- ${t}`;
      if (t.length < 50 && !/[.,;:]$/.test(t) && /^[A-Z0-9]/.test(t)) return `## ${t}`;
      return line.replace(/\b([A-Za-z]{4,})\b/g, (w) => (rnd() < 0.05 ? `**${w}**` : rnd() < 0.03 ? `_${w}_` : w));
    })
    .join("\n");
}

function curlyQuotes(text: string): string {
  let open = true;
  return text
    .replace(/"/g, () => {
      const q = open ? "\u201C" : "\u201D";
      open = !open;
      return q;
    })
    .replace(/(\w)'(\w)/g, "$1\u2019$2")
    .replace(/ - /g, " \u2014 ")
    .replace(/--/g, "\u2014");
}

const CITATION = `

## Citation

If you use these weights, please cite:

\`\`\`bibtex
@article{example2024model,
  title   = {An Example Model for Testing License Detection},
  author  = {Doe, Jane and Roe, Richard},
  journal = {arXiv preprint arXiv:2401.00000},
  year    = {2024}
}
\`\`\`

## Contact

Questions about the model go to the maintainers' issue tracker. Thanks to everyone who helped with
evaluation, data cleaning and compute donations.
`;

function cutAtLastLine(text: string, re: RegExp): string | null {
  let last: RegExpExecArray | null = null;
  const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
  for (let m = g.exec(text); m; m = g.exec(text)) last = m;
  if (!last || last.index < text.length / 2) return null;
  return text.slice(0, last.index).trimEnd() + "\n";
}

/** Words as the matcher sees them: runs of letters and digits, each CJK character on its own. */
const WORDS = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]|[\p{L}\p{N}][\p{L}\p{N}'.-]*/gu;

function scramble(text: string, ctx: TransformContext): string {
  const rnd = seeded(seedOf(`scramble:${ctx.key}`));
  const words = text.match(WORDS) ?? [];
  for (let i = words.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [words[i], words[j]] = [words[j]!, words[i]!];
  }
  return rewrap(words.join(" "), 72);
}

/** Ordinary English and legal words, none a license name, for the random-word control. */
const NOISE_WORDS = (
  "the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were " +
  "her she there been one all we their has would when if so no what up out about into than them can only other time new " +
  "some could these two may first then do any like my now over such our man me even most made after also did many off " +
  "before must well back through years much where your way down should because each just those people how too little " +
  "state good very make world still own see men work long get here between both life being under never day same another " +
  "know while last might us great old year come since against go came right used take three software license rights " +
  "model weights copy use distribute terms conditions grant notice permission warranty liability data user party"
).split(" ");

function randomWords(text: string, ctx: TransformContext): string {
  const rnd = seeded(seedOf(`noise:${ctx.key}`));
  const n = Math.max(50, Math.min(3000, text.split(/\s+/).length));
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(NOISE_WORDS[Math.floor(rnd() * NOISE_WORDS.length)]!);
  return rewrap(out.join(" "), 72);
}

/** Replaces every second word of the text with a random word: half a license is not that license. */
function halfReplaced(text: string, ctx: TransformContext): string {
  const rnd = seeded(seedOf(`half:${ctx.key}`));
  let i = 0;
  return text.replace(WORDS, (w) => (i++ % 2 === 1 ? NOISE_WORDS[Math.floor(rnd() * NOISE_WORDS.length)]! : w));
}

export const TRANSFORMS: readonly Transform[] = [
  { name: "original", expect: "same", apply: (t) => t },
  { name: "rewrap-60", expect: "same", apply: (t) => rewrap(t, 60) },
  {
    name: "copyright-and-preamble",
    expect: "same",
    apply: (t, ctx) => `Copyright (c) 2024 Example Labs, Inc.\n\nThis model is licensed under the ${ctx.name}.\n\n${t}`,
  },
  { name: "markdown", expect: "same", apply: (t, ctx) => markdown(t, ctx) },
  { name: "curly-quotes", expect: "same", apply: (t) => curlyQuotes(t) },
  { name: "notes-appended", expect: "same", apply: (t) => `${t.trimEnd()}\n${CITATION}` },
  {
    name: "without-appendix",
    expect: "same",
    apply: (t, ctx) => (/^apache-2\.0$/i.test(ctx.key) ? cutAtLastLine(t, /^[ \t]*APPENDIX\b/m) : null),
  },
  {
    name: "without-attachment-a",
    expect: "same",
    apply: (t) => (/open rail|openrail|\bRAIL\b/i.test(t.slice(0, 2000)) ? cutAtLastLine(t, /^[ \t]*Attachment A\b/im) : null),
  },
  { name: "scrambled", expect: "none", apply: (t, ctx) => scramble(t, ctx) },
  { name: "random-words", expect: "none", apply: (t, ctx) => randomWords(t, ctx) },
  { name: "half-replaced", expect: "none", apply: (t, ctx) => halfReplaced(t, ctx) },
];

export interface CorpusItem {
  /** "<reference id>/<transform>". */
  label: string;
  /** Key of the license the text must be identified as; null when it must not be identified. */
  expected: string | null;
  transform: string;
  /** True for the model licenses from ../shared/licenses. */
  model: boolean;
  text: string;
}

/**
 * Applies every transform to every reference text. `expectedKey` maps a reference text to its
 * fingerprint key (texts with identical normalisation share a key). Duplicate texts are dropped.
 */
export function buildCorpus(
  refs: readonly { id: string; name: string; text: string; model: boolean }[],
  expectedKey: (text: string) => string | null,
  transforms: readonly Transform[] = TRANSFORMS,
): CorpusItem[] {
  const seen = new Set<string>();
  const out: CorpusItem[] = [];
  for (const ref of refs) {
    const key = expectedKey(ref.text);
    if (!key) continue;
    for (const t of transforms) {
      const text = t.apply(ref.text, { key, name: ref.name });
      if (text === null || seen.has(text)) continue;
      seen.add(text);
      out.push({ label: `${ref.id}/${t.name}`, expected: t.expect === "same" ? key : null, transform: t.name, model: ref.model, text });
    }
  }
  return out;
}
