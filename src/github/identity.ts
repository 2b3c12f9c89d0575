// Who this token writes as, to tell the Action's own comments from a marker someone copied.
// GITHUB_TOKEN writes as github-actions[bot]; a personal token as its user; a GitHub App
// installation token as `<app-slug>[bot]`, which GET /user refuses to say (403), so the GraphQL
// `viewer` is asked first: it answers for all three.
import { faultOf } from "./faults.js";
import type { GitHub } from "./client.js";

export const ACTIONS_BOT = "github-actions[bot]";

const known = new WeakMap<GitHub, Promise<string | undefined>>();

/** This token's login as REST spells it (`name[bot]` for an App), or undefined when GitHub will not say. */
export function ownLogin(gh: GitHub): Promise<string | undefined> {
  let login = known.get(gh);
  if (!login) {
    login = lookUp(gh);
    known.set(gh, login);
  }
  return login;
}

async function lookUp(gh: GitHub): Promise<string | undefined> {
  try {
    const { viewer } = await gh.graphql<{ viewer: { login: string; __typename: string } }>("query { viewer { login __typename } }");
    // GraphQL may name a bot without the suffix its REST comments carry.
    return viewer.__typename === "Bot" && !viewer.login.endsWith("[bot]") ? `${viewer.login}[bot]` : viewer.login;
  } catch (e) {
    if (!faultOf(e) && !isGraphqlError(e)) throw e;
  }
  try {
    return (await gh.rest.users.getAuthenticated()).data.login;
  } catch (e) {
    if (faultOf(e)) return undefined;
    throw e;
  }
}

function isGraphqlError(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { name?: unknown }).name === "GraphqlResponseError";
}

/**
 * Which of `authors` (logins of comments that carry our marker) is this token's own identity.
 * When every one of them is github-actions[bot], that is taken as ours without asking: the
 * workflow's own token, the common case, then costs no request. A comment by the repository's
 * github-actions[bot] is the Action's comment whichever token this run was given.
 */
export async function selfAmong(gh: GitHub, authors: readonly string[]): Promise<string | undefined> {
  if (authors.length === 0) return undefined;
  if (authors.every((a) => a === ACTIONS_BOT)) return ACTIONS_BOT;
  return ownLogin(gh);
}
