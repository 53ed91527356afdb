import { AFFINITY_USAGE, runAffinityCommand } from './affinity.command';

try {
  process.stdout.write(JSON.stringify(runAffinityCommand(process.argv.slice(2))) + '\n');
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${AFFINITY_USAGE}\n`);
  process.exitCode = 1;
}
