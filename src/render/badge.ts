// README badges: an SVG (badge-maker) and a shields.io endpoint JSON, both from one verdict.
// Pure: Report → strings/objects; publishing them somewhere is the caller's business.
import { makeBadge } from "badge-maker";
import type { ModelReport, Report } from "../report.js";
import * as svg from "./escape/svg.js";

/** The four things a provenance badge can say. */
export type BadgeState = "verified" | "warnings" | "conflicts" | "unknown";

export type BadgeStyle = "plastic" | "flat" | "flat-square" | "for-the-badge" | "social";

export interface BadgeTexts {
  verified: string;
  unknown: string;
  /** Used when there is exactly one; `{n}` is replaced by the count. */
  warning: string;
  warnings: string;
  conflict: string;
  conflicts: string;
}

export interface BadgeOptions {
  label?: string | undefined;
  texts?: Partial<BadgeTexts> | undefined;
  /** Named shields.io colours or hex (e.g. `#4c1`). */
  colors?: Partial<Record<BadgeState, string>> | undefined;
  labelColor?: string | undefined;
  style?: BadgeStyle | undefined;
  /** Links for the SVG (badge-maker makes the label and the message clickable). */
  links?: string[] | undefined;
  /** Endpoint JSON only: a simple-icons slug shields.io draws beside the label. */
  namedLogo?: string | undefined;
  /** Endpoint JSON only: how long shields.io may cache the badge (it enforces at least 300). */
  cacheSeconds?: number | undefined;
}

export const DEFAULT_BADGE_LABEL = "provenance";

export const DEFAULT_BADGE_TEXTS: Readonly<BadgeTexts> = Object.freeze({
  verified: "verified",
  unknown: "unknown",
  warning: "{n} warning",
  warnings: "{n} warnings",
  conflict: "{n} conflict",
  conflicts: "{n} conflicts",
});

export const DEFAULT_BADGE_COLORS: Readonly<Record<BadgeState, string>> = Object.freeze({
  verified: "green",
  warnings: "yellow",
  conflicts: "red",
  unknown: "lightgrey",
});

/** What the badge says, before it is drawn. */
export interface BadgeVerdict {
  state: BadgeState;
  /** Errors for `conflicts`, warnings for `warnings`, 0 otherwise. */
  count: number;
  label: string;
  message: string;
  color: string;
}

/** The shields.io endpoint badge schema (https://shields.io/badges/endpoint-badge). */
export interface ShieldsEndpoint {
  schemaVersion: 1;
  label: string;
  message: string;
  color: string;
  labelColor?: string;
  style?: BadgeStyle;
  namedLogo?: string;
  cacheSeconds?: number;
}

export interface RenderedBadge {
  verdict: BadgeVerdict;
  svg: string;
  endpoint: ShieldsEndpoint;
}

export interface ModelBadge extends RenderedBadge {
  /** The model folder, as in the report. */
  path: string;
  name: string;
  /** A file-name-safe, unique name for the badge files, e.g. `examples-stable-diffusion-v1`. */
  slug: string;
}

export interface BadgeSet {
  overall: RenderedBadge;
  models: ModelBadge[];
}

const UNDISCLOSED = "training-data-undisclosed";

/**
 * The state of a whole report. Conflicts (unwaived errors) outrank everything; then `unknown` when
 * no model was checked or some model's training data is undisclosed (a waiver does not disclose it);
 * then unwaived warnings; else verified.
 */
export function reportBadgeState(report: Report): { state: BadgeState; count: number } {
  const undisclosed = report.models.length === 0 || report.models.some(hasUndisclosedData);
  return stateOf(report.counts.error, report.counts.warning, undisclosed);
}

/** The state of one model, by the same rules. */
export function modelBadgeState(model: ModelReport): { state: BadgeState; count: number } {
  return stateOf(model.counts.error, model.counts.warning, hasUndisclosedData(model));
}

function hasUndisclosedData(m: ModelReport): boolean {
  return m.findings.some((f) => f.checkId === UNDISCLOSED);
}

function stateOf(errors: number, warnings: number, undisclosed: boolean): { state: BadgeState; count: number } {
  if (errors > 0) return { state: "conflicts", count: errors };
  if (undisclosed) return { state: "unknown", count: 0 };
  if (warnings > 0) return { state: "warnings", count: warnings };
  return { state: "verified", count: 0 };
}

function verdictFor(s: { state: BadgeState; count: number }, opts: BadgeOptions): BadgeVerdict {
  const texts = { ...DEFAULT_BADGE_TEXTS, ...opts.texts };
  const colors = { ...DEFAULT_BADGE_COLORS, ...opts.colors };
  const template =
    s.state === "warnings"
      ? s.count === 1
        ? texts.warning
        : texts.warnings
      : s.state === "conflicts"
        ? s.count === 1
          ? texts.conflict
          : texts.conflicts
        : texts[s.state];
  // The label, texts and colours come from the policy: escape/svg.ts makes them fit an SVG.
  return {
    state: s.state,
    count: s.count,
    label: svg.text(opts.label ?? DEFAULT_BADGE_LABEL),
    message: svg.text(template.replace(/\{n\}/g, String(s.count))),
    color: svg.color(colors[s.state]) ?? DEFAULT_BADGE_COLORS[s.state],
  };
}

/** The policy's `badge:` settings as renderer options; explicit options win. */
export function badgeOptionsOf(report: Report, opts: BadgeOptions = {}): BadgeOptions {
  const b = report.policy.badge;
  if (!b) return opts;
  return {
    ...(b.label ? { label: b.label } : {}),
    ...(b.texts ? { texts: b.texts } : {}),
    ...(b.colors ? { colors: b.colors } : {}),
    ...(b.label_color ? { labelColor: b.label_color } : {}),
    ...(b.style ? { style: b.style } : {}),
    ...opts,
  };
}

export function reportBadgeVerdict(report: Report, opts: BadgeOptions = {}): BadgeVerdict {
  return verdictFor(reportBadgeState(report), opts);
}

export function modelBadgeVerdict(model: ModelReport, opts: BadgeOptions = {}): BadgeVerdict {
  return verdictFor(modelBadgeState(model), opts);
}

/**
 * The SVG. badge-maker gives it role="img", an aria-label and a <title> of "label: message"
 * (e.g. "provenance: 2 conflicts"), which screen readers and tooltips use.
 */
export function badgeSvg(v: BadgeVerdict, opts: BadgeOptions = {}, idSuffix?: string): string {
  const labelColor = svg.color(opts.labelColor);
  const links = (opts.links ?? []).map(svg.link).filter((l): l is string => l !== undefined).slice(0, 2);
  const drawn = makeBadge({
    label: svg.text(v.label),
    message: svg.text(v.message),
    color: svg.color(v.color) ?? DEFAULT_BADGE_COLORS[v.state],
    ...(labelColor ? { labelColor } : {}),
    ...(opts.style ? { style: opts.style } : {}),
    ...(links.length > 0 ? { links } : {}),
    ...(idSuffix ? { idSuffix } : {}),
  });
  // badge-maker suffixes its gradient and clip ids but not the text-shadow filter's.
  return idSuffix ? drawn.replace(/id="blur"/g, `id="blur${idSuffix}"`).replace(/url\(#blur\)/g, `url(#blur${idSuffix})`) : drawn;
}

export function badgeEndpoint(v: BadgeVerdict, opts: BadgeOptions = {}): ShieldsEndpoint {
  return {
    schemaVersion: 1,
    label: v.label,
    message: v.message,
    color: v.color,
    ...(svg.color(opts.labelColor) ? { labelColor: svg.color(opts.labelColor)! } : {}),
    ...(opts.style ? { style: opts.style } : {}),
    ...(opts.namedLogo ? { namedLogo: opts.namedLogo } : {}),
    ...(opts.cacheSeconds !== undefined ? { cacheSeconds: opts.cacheSeconds } : {}),
  };
}

/** The overall badge as SVG. */
export function renderBadgeSvg(report: Report, given: BadgeOptions = {}): string {
  const opts = badgeOptionsOf(report, given);
  return badgeSvg(reportBadgeVerdict(report, opts), opts);
}

/** The overall badge as shields.io endpoint JSON (a file to serve for img.shields.io/endpoint?url=…). */
export function renderBadgeJson(report: Report, given: BadgeOptions = {}): string {
  const opts = badgeOptionsOf(report, given);
  return JSON.stringify(badgeEndpoint(reportBadgeVerdict(report, opts), opts), null, 2) + "\n";
}

/** One badge per model plus the overall one, each as SVG and endpoint JSON. */
export function renderBadges(report: Report, given: BadgeOptions = {}): BadgeSet {
  const opts = badgeOptionsOf(report, given);
  const overall = reportBadgeVerdict(report, opts);
  const slugs = new Set<string>(["overall"]);
  return {
    overall: { verdict: overall, svg: badgeSvg(overall, opts), endpoint: badgeEndpoint(overall, opts) },
    models: report.models.map((m) => {
      const v = modelBadgeVerdict(m, opts);
      const slug = uniqueSlug(modelSlug(m.path), slugs);
      return { path: m.path, name: m.name, slug, verdict: v, svg: badgeSvg(v, opts, slug), endpoint: badgeEndpoint(v, opts) };
    }),
  };
}

/** `examples/stable-diffusion-v1` → `examples-stable-diffusion-v1`; the root folder → `root`. */
export function modelSlug(path: string): string {
  const s = path
    .replace(/^\.(\/|$)/, "")
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase();
  return s || "root";
}

function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
  taken.add(slug);
  return slug;
}
