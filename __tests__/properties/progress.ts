// `npm run fuzz` runs for long: with FUZZ_PROGRESS=<file>, each property appends how many of its
// runs are done every 5,000 runs, so a run cut short still says how far it got.
import { appendFileSync } from "node:fs";

export function counted<A extends unknown[], R>(name: string, predicate: (...args: A) => R): (...args: A) => R {
  const file = process.env.FUZZ_PROGRESS;
  if (!file) return predicate;
  let runs = 0;
  return (...args) => {
    if (++runs % 5000 === 0) appendFileSync(file, `${new Date().toISOString()} ${name}: ${runs}\n`);
    return predicate(...args);
  };
}
