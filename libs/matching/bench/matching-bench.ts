import { BENCH_USAGE, runMatchingBench } from './matching-bench.runner';

try {
  process.stdout.write(JSON.stringify(runMatchingBench(process.argv.slice(2))) + '\n');
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${BENCH_USAGE}\n`);
  process.exitCode = 1;
}
