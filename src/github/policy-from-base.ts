// On a pull request the policy in force is the base branch's, read through the API at the base
// commit: the PR's own copy (in the checkout) could weaken the policy that judges it.
import type { InputFile } from "../pipeline.js";
import { statusOf, type GitHub } from "./client.js";
import type { RunContext } from "./context.js";

/** The file at `ref`, or undefined when it does not exist there. */
export async function readFileAt(gh: GitHub, ctx: RunContext, file: string, ref: string): Promise<InputFile | undefined> {
  try {
    const { data } = await gh.rest.repos.getContent({ owner: ctx.owner, repo: ctx.repo, path: file, ref });
    if (Array.isArray(data) || data.type !== "file") return undefined;
    // Files over 1 MB come without content; a policy that large is not one we read anyway.
    return { path: file, content: Buffer.from(data.content ?? "", "base64") };
  } catch (e) {
    if (statusOf(e) === 404) return undefined;
    throw e;
  }
}

export function policyFromBase(gh: GitHub, ctx: RunContext, file: string, baseSha: string): Promise<InputFile | undefined> {
  return readFileAt(gh, ctx, file, baseSha);
}
