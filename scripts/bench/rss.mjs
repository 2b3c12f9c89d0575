// Preloaded into a benchmarked child (node --import): on exit, writes the process's peak resident set
// size in bytes and its CPU time (user + system) in microseconds, every thread included, to
// $BENCH_RSS_FILE, as "RSS CPU".
import { writeFileSync } from "node:fs";

const target = process.env.BENCH_RSS_FILE;
if (target)
  process.on("exit", () => {
    const use = process.resourceUsage();
    writeFileSync(target, `${use.maxRSS * 1024} ${use.userCPUTime + use.systemCPUTime}`);
  });
