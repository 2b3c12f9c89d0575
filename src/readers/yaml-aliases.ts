// Anchors and aliases, bounded before the `yaml` package expands them: its toJS() resolves each
// alias by scanning the anchors and aliases before it (quadratic: 20,000 aliases of one scalar,
// 140 KB, take 17 s), throws on an alias that names no anchor, and returns a cycle for an alias
// inside its own anchor. Checked here in one pass, each becomes a problem at that alias.
import { isAlias, isMap, isPair, isSeq, type Document, type Node } from "yaml";

/** Aliases a document may hold (a card uses a few; toJS() costs their square). */
export const MAX_ALIASES = 1_000;
/** Nodes a document may stand for once every alias is expanded: readers and zod walk them all. */
export const MAX_EXPANDED_NODES = 100_000;

/**
 * Anchors and aliases are legitimate YAML, and stay so in any number a card would use; an alias
 * that names no anchor before it, one inside its own anchor (a cycle), too many aliases, or
 * aliases that expand past MAX_EXPANDED_NODES (an alias bomb, said at the first alias) is a problem at that alias.
 */
export function checkAliases(doc: Document): { message: string; offset: number } | undefined {
  const anchors = new Map<string, { size: number | undefined }>();
  let aliases = 0;
  let expanded = 0;
  let firstAlias: number | undefined;
  let found: { message: string; offset: number } | undefined;
  const size = (node: unknown): number => {
    if (found || node === null || node === undefined) return 0;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      const offset = node.range?.[0] ?? 0;
      firstAlias ??= offset;
      expanded += target?.size ?? 0;
      if (++aliases > MAX_ALIASES) found = { message: `more than ${MAX_ALIASES} aliases: not read`, offset };
      else if (!target) found = { message: `alias *${node.source} names no anchor before it`, offset };
      else if (target.size === undefined) found = { message: `alias *${node.source} is inside its own anchor (a cycle)`, offset };
      // A bomb is a chain of anchors: it is said where the chain starts, at the first alias.
      else if (expanded > MAX_EXPANDED_NODES) found = { message: `aliases expand to more than ${MAX_EXPANDED_NODES} nodes (an alias bomb): not read`, offset: firstAlias };
      return target?.size ?? 0;
    }
    // An anchor names its node from where it stands: an alias inside the node finds it unfinished.
    const entry: { size: number | undefined } = { size: undefined };
    const anchor = (node as Node).anchor;
    if (anchor) anchors.set(anchor, entry);
    let n = 1;
    if (isMap(node) || isSeq(node)) for (const item of node.items) n += isPair(item) ? size(item.key) + size(item.value) : size(item);
    entry.size = n;
    return n;
  };
  size(doc.contents);
  return found;
}
