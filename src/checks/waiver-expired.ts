import type { RunCheck } from "./types.js";

export const waiverExpired: RunCheck = {
  meta: {
    id: "waiver-expired",
    description: "A waiver in the policy has passed its expiry date; the findings it covered count again.",
    defaultSeverity: "warning",
    scope: "run",
    docs: "Waivers are temporary by design: an expired one is reported so that someone decides again.",
    messages: { expired: "the waiver of {check} for {path} expired on {expires} ({reason})" },
  },
  run(ctx) {
    ctx.policy.waivers.forEach((w, i) => {
      if (!w.expires || w.expires >= ctx.today) return;
      const location = ctx.locatePolicy(["waivers", i, "expires"]);
      ctx.report({
        messageId: "expired",
        summary: `the waiver of ${w.check} for ${w.path} expired on ${w.expires}`,
        hint: "fix the findings or renew the waiver",
        data: { check: w.check, path: w.path, expires: w.expires, reason: w.reason },
        location,
        evidence: [{ about: "policy", statement: `waivers[${i}] expires ${w.expires}`, location }],
        fix: "Fix the findings it covered, or renew the waiver with a new `expires` date and a current reason.",
      });
    });
  },
};

