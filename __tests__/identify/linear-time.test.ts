// Every pattern in src/identify that reads repository text runs in linear time: for each, the worst
// shape we know (the one that made the old pattern quadratic, or the nearest thing for the others)
// is fed at 256 KB and 1 MB, and each doubling of the input must at most about double the time: the
// ratio over two doublings stays under 10 (linear gives 4, quadratic 16, and minutes at 1 MB). A
// ratio, never a wall-clock limit (issue 12 point 4); two doublings keep it clear of a loaded machine's noise.
import { describe, expect, it } from "vitest";
import { identifyLicense } from "../../src/identify/index.js";
import { nameTokens } from "../../src/identify/names.js";
import { NORMALISATION_STEPS, tokenize } from "../../src/identify/normalise.js";

const SIZE = 256 * 1024;
/** Two doublings: linear time gives 4, quadratic 16; the margin is for the garbage collector's share, which grows with the input. */
const LIMIT = 10;

/** `unit` repeated to about `chars` characters, between `head` and `tail`. */
const repeat = (unit: string, chars: number, head = "", tail = "") => head + unit.repeat(Math.ceil(chars / unit.length)) + tail;

/** Time of one run: runs repeated until 15 ms have passed. */
function timePerRun(run: () => unknown): number {
  let count = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    run();
    count++;
    elapsed = performance.now() - t0;
  } while (elapsed < 15);
  return elapsed / count;
}

/** The two runs' times, each the best of five rounds, taken in turn so that a load spike on the machine hits both. */
function bestTimes(a: () => unknown, b: () => unknown): [number, number] {
  let ta = Infinity;
  let tb = Infinity;
  for (let round = 0; round < 5; round++) {
    ta = Math.min(ta, timePerRun(a));
    tb = Math.min(tb, timePerRun(b));
  }
  return [ta, tb];
}

/** One pass over the text: the cost of merely reading it, which grows a little faster than linear once the text leaves the caches. */
function readAll(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

let reading: number | undefined;
/** How much longer reading 4·SIZE characters takes than reading SIZE (measured once). */
function readingRatio(): number {
  if (reading === undefined) {
    const small = "a".repeat(SIZE);
    const large = "a".repeat(4 * SIZE);
    const [a, b] = bestTimes(() => readAll(small), () => readAll(large));
    reading = b / a;
  }
  return reading;
}

/**
 * Time at 4·SIZE over time at SIZE, after a warm-up (the JIT). A run that costs about as little as reading
 * the text is held to the reading's own ratio (memory effects), never to less than linear's 4.
 */
function doublingRatio(make: (chars: number) => string, run: (text: string) => unknown): number {
  // A busy machine can stretch one measurement past the limit; quadratic time is over it every time.
  let best = Infinity;
  for (let attempt = 0; attempt < 3 && best >= LIMIT; attempt++) best = Math.min(best, measuredRatio(make, run));
  return best;
}

function measuredRatio(make: (chars: number) => string, run: (text: string) => unknown): number {
  const small = make(SIZE);
  const large = make(4 * SIZE);
  for (let i = 0; i < 3; i++) run(small);
  const [tSmall, tLarge] = bestTimes(() => run(small), () => run(large));
  return ((tLarge / tSmall) * 4) / Math.max(4, readingRatio());
}

const step = (name: string) => {
  const s = NORMALISATION_STEPS.find((x) => x.name === name);
  if (!s) throw new Error(`no normalisation step ${name}`);
  return (text: string) => s.apply(text);
};

/** The shapes, each named for the pattern it attacks, with the step that runs that pattern. */
const SHAPES: { name: string; step: string; make: (chars: number) => string }[] = [
  { name: "HTML tags without '>' on one line", step: "html", make: (n) => repeat("<p <b x", n) },
  { name: "HTML tags spanning lines without '>'", step: "html", make: (n) => repeat("<div class=a\n", n) },
  { name: "entities never closed", step: "html", make: (n) => repeat("&#1234&ampx", n) },
  { name: "comments and scripts never closed", step: "html-blocks", make: (n) => repeat("<!-- <script> <style ", n) },
  { name: "unclosed Markdown link texts", step: "markdown-links", make: (n) => repeat("[", n, "", "](") },
  { name: "link text with unclosed targets", step: "markdown-links", make: (n) => repeat("[a](", n) },
  { name: "reference-style links never closed", step: "markdown-links", make: (n) => repeat("[a][", n) },
  { name: "reference definitions", step: "markdown-links", make: (n) => repeat("[a]: x y\n", n) },
  { name: "runs of backslashes", step: "markdown-escapes", make: (n) => repeat("\\\\.", n) },
  { name: "a URL of dots", step: "urls", make: (n) => repeat(".", n, "http://") },
  { name: "URLs back to back", step: "urls", make: (n) => repeat("http://a.", n) },
  { name: "heading and quote markers", step: "markdown-blocks", make: (n) => repeat("> > > # ```x\n", n) },
  { name: "a copyright notice of placeholders never closed", step: "copyright", make: (n) => repeat("<", n, "Copyright (c) ") },
  { name: "a copyright notice of capitalised words", step: "copyright", make: (n) => repeat("Abc ", n, "Copyright (c) 2020 ") },
  { name: "copyright markers with long blank runs", step: "copyright", make: (n) => repeat("(c)" + " ".repeat(200) + "A", n) },
  { name: "a line of section numbers", step: "line-markers", make: (n) => repeat("1.", n) },
  { name: "a line of bullets and letters", step: "line-markers", make: (n) => repeat("- (a) iv) ", n) },
  { name: "many short numbered lines", step: "line-markers", make: (n) => repeat("1.1.1 (a) x\n", n) },
  { name: "inline markers", step: "inline-markers", make: (n) => repeat("(a)(iv)(12)§", n) },
  { name: "an unterminated front matter", step: "front-matter", make: (n) => repeat("key-key-key", n, "---\n") },
  { name: "a preamble-like first line", step: "preamble", make: (n) => repeat("this model ", n) },
];

describe("normalisation steps run in linear time", () => {
  it.each(SHAPES)("$step: $name", ({ step: name, make }) => {
    expect(doublingRatio(make, step(name))).toBeLessThan(LIMIT);
  });
});

describe("tokenizer and name keys run in linear time", () => {
  it.each([
    ["hyphens before long blank runs", (n: number) => repeat("a-" + " ".repeat(100), n)],
    ["dotted and quoted runs", (n: number) => repeat("a.'", n)],
    ["plus signs", (n: number) => repeat("a+", n)],
  ])("tokenize: %s", (_name, make) => {
    expect(doublingRatio(make, tokenize)).toBeLessThan(LIMIT);
  });

  it.each([
    ["a run of dots", (n: number) => repeat(".", n, "", "a")],
    ["glued versions", (n: number) => repeat("llama3.1.", n)],
  ])("nameTokens: %s", (_name, make) => {
    expect(doublingRatio(make, nameTokens)).toBeLessThan(LIMIT);
  });
});

describe("identification of a whole file runs in linear time", () => {
  it.each([
    ["a run of dots (no words)", (n: number) => repeat(".", n, "", "a")],
    ["an SPDX line with a long blank run", (n: number) => repeat(" ", n, "SPDX-License-Identifier: ", "MIT")],
    ["an SPDX expression of many operators", (n: number) => repeat("MIT OR ", n, "SPDX-License-Identifier: ")],
    ["license names with fillers", (n: number) => repeat("licensed under the apache license license license version ", n)],
    ["many license mentions", (n: number) => repeat("released under the MIT license and the Apache License 2.0. ", n)],
    ["a license text repeated", (n: number) => repeat("Permission is hereby granted, free of charge, to any person obtaining a copy. ", n)],
    ["HTML tags and links", (n: number) => repeat("<p [a](b <b [c] ", n)],
  ])("identifyLicense: %s", (_name, make) => {
    expect(doublingRatio(make, (t) => identifyLicense(t))).toBeLessThan(LIMIT);
  });
});
