// The body of a model card as a document: nested sections with a class, blocks, inline links and
// code, every piece with its offset (and so its file:line:column). A small block scanner of our
// own, not a full Markdown parser: it only needs headings, fences, lists, tables, quotes, HTML and
// links, and it must keep the corpus scan within 2x of reading plus front matter (see README,
// "How cards are read"). Code, images and asset URLs are marked so that nothing reads them as data.
import { classifyHeading, headingNamesData, type HeadingClass } from "./headings.js";

export type { HeadingClass } from "./headings.js";

export type BlockKind = "paragraph" | "list-item" | "table" | "code" | "quote" | "html" | "comment";

export interface Link {
  /** The link's text (an image's alt text). */
  text: string;
  url: string;
  /** `![alt](src)`, `<img src>`, or a link whose whole text is an image (a badge). */
  image: boolean;
  /** A file or page of a repository rather than what it names (see isAssetUrl), or an image. */
  asset: boolean;
  start: number;
  end: number;
}

export interface Block {
  kind: BlockKind;
  /** Offsets in the card text: [start, end). */
  start: number;
  end: number;
  section: Section;
  links: Link[];
  /**
   * The block's text with code, images, asset links, HTML tags and link URLs blanked out (spaces of
   * the same length, so offsets still hold). Empty for code blocks and comments.
   */
  prose: string;
}

export interface Section {
  /** Heading text without markup; "" for the text before the first heading. */
  heading: string;
  /** 1-6 for ATX and setext headings, 7 for a line that is all bold; 0 for the root. */
  level: number;
  /** The class of its own heading, or, when that is "other", its parent's: a sub-heading stays in its section. */
  class: HeadingClass;
  /** The class of its own heading only. */
  ownClass: HeadingClass;
  /** The heading (or, for a sub-heading of no class, its parent's) is about data: "Training data", not "Training procedure". */
  aboutData: boolean;
  /** Offset of the heading line; the section runs to the next heading of its level or above. */
  start: number;
  end: number;
  parent?: Section | undefined;
  children: Section[];
  /** Blocks directly under this heading (not those of sub-sections). */
  blocks: Block[];
}

export interface CardDocument {
  text: string;
  root: Section;
  /** Every section in document order, the root first. */
  sections: Section[];
  /** Every block in document order. */
  blocks: Block[];
  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number };
}

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
export function isAssetUrl(url: string): boolean {
  return /\/(resolve|blob|raw|tree|viewer|commits?|discussions)\/|documentation-images|shields\.io|\/badges?\/|badge\.(svg|png)|\.(png|jpe?g|gif|svg|webp|bmp|mp4|webm|ico)([?#]|$)/i.test(url);
}

/** Reads the card body that starts at `bodyStart` (after front matter). */
export function readDocument(text: string, bodyStart = 0): CardDocument {
  const lineStarts = lineStartsOf(text);
  const root: Section = { heading: "", level: 0, class: "other", ownClass: "other", aboutData: false, start: bodyStart, end: text.length, children: [], blocks: [] };
  const doc: CardDocument = { text, root, sections: [root], blocks: [], position: (o) => positionIn(lineStarts, o) };
  new Scanner(text, lineStarts, doc).run(bodyStart);
  return doc;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function positionIn(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}

/** One pass over the lines: each line opens, continues or closes a block. */
class Scanner {
  private current: Section;
  private line = 0;
  private readonly lines: string[];

  constructor(
    private readonly text: string,
    private readonly starts: readonly number[],
    private readonly doc: CardDocument,
  ) {
    this.current = doc.root;
    this.lines = text.split("\n");
  }

  run(bodyStart: number): void {
    this.line = this.lineAt(bodyStart);
    while (this.line < this.starts.length) this.step();
    for (let s: Section | undefined = this.current; s; s = s.parent) s.end = this.text.length;
  }

  private lineAt(offset: number): number {
    return positionIn(this.starts, offset).line - 1;
  }

  private get(i: number): string {
    return this.lines[i] ?? "";
  }

  private endOf(i: number): number {
    const next = this.starts[i + 1];
    return next === undefined ? this.text.length : next - 1;
  }

  private step(): void {
    const i = this.line;
    const line = this.get(i);
    if (line.trim() === "") {
      this.line++;
      return;
    }
    const fence = FENCE.exec(line);
    if (fence) return this.fenced(i, fence[1]!);
    const atx = ATX.exec(line);
    if (atx) return this.heading(i, atx[1]!.length, atx[2] ?? "");
    const bold = BOLD_LINE.exec(line);
    if (bold) return this.heading(i, 7, bold[1]!);
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
      this.heading(i, setext[1]![0] === "=" ? 1 : 2, line.trim());
      this.line = i + 2;
      return;
    }
    this.until(i, "paragraph", (l, j) => j > i && (l.trim() === "" || this.opensBlock(l) || SETEXT.test(l)));
  }

  /** A list item runs to the next item or block; past blank lines only into an indented line. */
  private listItem(i: number): void {
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
    this.block("list-item", this.starts[i]!, this.endOf(last));
    this.line = last + 1;
  }

  private opensBlock(l: string): boolean {
    // Only these first characters can open a block: most paragraph lines are ruled out at once.
    if (!MAY_OPEN.test(l)) return false;
    return FENCE.test(l) || ATX.test(l) || QUOTE.test(l) || LIST_ITEM.test(l) || HTML_START.test(l) || THEMATIC_BREAK.test(l);
  }

  private fenced(i: number, marker: string): void {
    const close = new RegExp(`^ {0,3}${marker[0] === "`" ? "`" : "~"}{${marker.length},}[ \\t]*$`);
    let j = i + 1;
    while (j < this.starts.length && !close.test(this.get(j))) j++;
    this.block("code", this.starts[i]!, this.endOf(Math.min(j, this.starts.length - 1)));
    this.line = j + 1;
  }

  private comment(i: number): void {
    let j = i;
    while (j < this.starts.length && !this.get(j).includes("-->")) j++;
    this.block("comment", this.starts[i]!, this.endOf(Math.min(j, this.starts.length - 1)));
    this.line = j + 1;
  }

  /** A block from line i up to (not including) the first later line for which `stop` holds. */
  private until(i: number, kind: BlockKind, stop: (line: string, j: number) => boolean): void {
    let j = i + 1;
    while (j < this.starts.length && !stop(this.get(j), j)) j++;
    this.block(kind, this.starts[i]!, this.endOf(j - 1));
    this.line = j;
  }

  private heading(i: number, level: number, raw: string): void {
    const heading = plainHeading(raw);
    while (this.current.level >= level && this.current.parent) {
      this.current.end = this.starts[i]!;
      this.current = this.current.parent;
    }
    const ownClass = classifyHeading(heading);
    const parent = this.current;
    const inherits = ownClass === "other" && parent.level > 0;
    const section: Section = {
      heading,
      level,
      ownClass,
      class: inherits ? parent.class : ownClass,
      aboutData: headingNamesData(heading) || (inherits && parent.aboutData),
      start: this.starts[i]!,
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

  private block(kind: BlockKind, start: number, end: number): void {
    const raw = this.text.slice(start, end);
    const quiet = kind === "code" || kind === "comment";
    const links = quiet ? [] : linksIn(raw, start);
    const block: Block = { kind, start, end, section: this.current, links, prose: quiet ? "" : proseOf(raw, start, links, kind) };
    this.current.blocks.push(block);
    this.doc.blocks.push(block);
  }
}

/** Heading text as read: no emphasis, code ticks, trailing colon, links or emoji. */
export function plainHeading(raw: string): string {
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
export function linksIn(raw: string, offset: number): Link[] {
  const links: Link[] = [];
  // What earlier patterns took, by character: a lookup per link, not a scan of the links so far.
  const taken = new Uint8Array(raw.length + 1);
  const overlaps = (a: number, b: number) => taken[a] === 1 || taken[b - 1] === 1;
  const add = (text: string, url: string, image: boolean, start: number, end: number) => {
    taken.fill(1, start, end);
    const clean = url.replace(/[.,;:]+$/, "");
    links.push({ text, url: clean, image, asset: image || isAssetUrl(clean), start: offset + start, end: offset + end });
  };
  if (raw.includes("](")) for (const m of raw.matchAll(INLINE_LINK)) {
    const text = m[2]!;
    // `[![badge](img)](link)`: a link whose whole text is an image is a badge, not a mention.
    const badge = /^\s*!\[[^\]]*\]\([^)]*\)\s*$/.test(text);
    add(text, m[3]!, m[1] === "!" || badge, m.index!, m.index! + m[0].length);
  }
  if (raw.includes("<")) for (const m of raw.matchAll(HTML_URL)) {
    if (!overlaps(m.index!, m.index! + m[0].length)) add("", m[3]!, m[1]!.toLowerCase() !== "a", m.index!, m.index! + m[0].length);
  }
  if (raw.includes("]:")) for (const m of raw.matchAll(REFERENCE_DEF)) {
    if (!overlaps(m.index!, m.index! + m[0].length)) add("", m[1]!, false, m.index!, m.index! + m[0].length);
  }
  if (raw.includes("://")) for (const m of raw.matchAll(AUTO_OR_BARE)) {
    if (!overlaps(m.index!, m.index! + m[0].length)) add("", m[1] ?? m[0], false, m.index!, m.index! + m[0].length);
  }
  return links.sort((a, b) => a.start - b.start);
}

/** Blanks out what is never prose, keeping every other character where it was. */
function proseOf(raw: string, offset: number, links: readonly Link[], kind: BlockKind): string {
  const ranges: [number, number][] = [];
  for (const l of links) {
    const a = l.start - offset;
    const b = l.end - offset;
    // Keep a link's text (it names something); blank its URL, which mentions read separately.
    const close = l.asset ? -1 : raw.indexOf("](", a);
    ranges.push(raw[a] === "[" && close > a && close < b ? [close + 1, b] : [a, b]);
  }
  if (raw.includes("`")) ranges.push(...codeSpans(raw));
  if (kind === "html" || raw.includes("<")) for (const m of raw.matchAll(/<\/?[a-zA-Z][^<>\n]*>|<!--(?:[^-]|-(?!->))*-->/g)) ranges.push([m.index!, m.index! + m[0].length]);
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
function codeSpans(raw: string): [number, number][] {
  const runs = [...raw.matchAll(/`+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const nextSame = new Array<number>(runs.length).fill(-1);
  const lastOfLength = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    const len = runs[k]!.end - runs[k]!.start;
    nextSame[k] = lastOfLength.get(len) ?? -1;
    lastOfLength.set(len, k);
  }
  const spans: [number, number][] = [];
  for (let k = 0; k < runs.length; k++) {
    const close = nextSame[k]!;
    if (close < 0) continue;
    spans.push([runs[k]!.start, runs[close]!.end]);
    k = close;
  }
  return spans;
}

/** The sections of a class (by `class`, so sub-sections of a training section count). */
export function sectionsOf(doc: CardDocument, cls: HeadingClass): Section[] {
  return doc.sections.filter((s) => s.class === cls);
}

/** The section an offset falls in: the deepest whose span holds it. */
export function sectionAt(doc: CardDocument, offset: number): Section {
  // Sections nest and siblings do not overlap, so the last one holding the offset is the deepest.
  let best = doc.root;
  for (const s of doc.sections) {
    if (s.start > offset) break;
    if (offset < s.end) best = s;
  }
  return best;
}
