import { MATCH_USAGE, runMatchCommand } from './match.command';

try {
  const summary = runMatchCommand(process.argv.slice(2));
  process.stdout.write(JSON.stringify(summary) + '\n');
  if (summary.status === 'infeasible') process.exitCode = 2;
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${MATCH_USAGE}\n`);
  process.exitCode = 1;
}
