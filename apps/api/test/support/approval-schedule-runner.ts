// A whole API process whose clock stands at the time given on the command line, running the
// approvals schedule over and over: what a production process does every five minutes, as fast as
// it can, so that a test can kill it in the middle of a run (SIGKILL) or run two side by side.
// It prints "runner ready" once booted and "runner idle" once a run finds nothing left to do; its
// job queue keeps sending the mail the runs announced until the test stops it.
import 'reflect-metadata';
import { ApprovalSchedule } from '../../src/app/approvals/approval-schedule';
import { createLogger } from '../../src/app/common/logging/logger';
import { Clock } from '../../src/app/common/clock';
import { loadConfig } from '../../src/app/config/app-config';
import { createApp } from '../../src/app/create-app';

class StandingClock extends Clock {
  constructor(private readonly at: Date) {
    super();
  }
  now(): Date {
    return new Date(this.at);
  }
}

async function main(): Promise<void> {
  const at = new Date(process.argv[2] ?? '');
  if (Number.isNaN(at.getTime())) throw new Error('usage: approval-schedule-runner <ISO time>');
  const config = loadConfig();
  const app = await createApp({ config, mongodbUri: config.mongodbUri ?? '', logger: createLogger(config.logLevel), clock: new StandingClock(at) });
  await app.init();
  const schedule = app.get(ApprovalSchedule);
  console.log('runner ready');
  let idle = false;
  for (;;) {
    const run = await schedule.runDue();
    if (run.reminded + run.opened + run.lapsed === 0 && !idle) {
      idle = true;
      console.log('runner idle');
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

main().catch((error: unknown) => {
  console.error('runner failed:', error instanceof Error ? error.stack : error);
  process.exit(1);
});
