import { MATCH_USAGE, runMatchCommand } from './match.command';

try {
  // tools/scripts/run-bundled.mjs names the worker bundles it built next to this command's.
  const workers = JSON.parse(process.env['BUNDLED_WORKERS'] ?? '{}') as Record<string, string>;
  const summary = runMatchCommand(process.argv.slice(2), { scoreRowsWorker: workers['score-rows.worker'] });
  process.stdout.write(JSON.stringify(summary) + '\n');
  if (summary.status === 'infeasible') process.exitCode = 2;
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${MATCH_USAGE}\n`);
  process.exitCode = 1;
}
