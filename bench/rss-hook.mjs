// Preloaded with `node --import` by the benchmark: reports the process's peak memory at exit.
import { appendFileSync } from 'node:fs';
const out = process.env.BOKSEUP_BENCH_RSS_FILE;
if (out) process.on('exit', () => appendFileSync(out, `${process.resourceUsage().maxRSS}\n`));
