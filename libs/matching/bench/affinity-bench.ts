import { AFFINITY_BENCH_USAGE, runAffinityBench } from './affinity-bench.runner';

try {
  process.stdout.write(JSON.stringify(runAffinityBench(process.argv.slice(2))) + '\n');
} catch (error) {
  process.stderr.write(
    `${error instanceof Error ? error.message : String(error)}\n${AFFINITY_BENCH_USAGE}\n`,
  );
  process.exitCode = 1;
}
