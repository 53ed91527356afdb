// The real services a test run talks to, each on a free port with throwaway data: a FerretDB
// process and the mail catcher (a real SMTP server) in a process of its own. Shared by the API
// integration tests and the browser tests.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedDb } from './db-launcher.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function startMailCatcherProcess({ maxMessages = 500 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(root, 'tools/scripts/mail-catcher.mjs'), '--smtp-port', '0', '--http-port', '0', '--max-messages', String(maxMessages)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let buffer = '';
    const timer = setTimeout(() => reject(new Error('the mail catcher did not start within 20 s')), 20000);
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      const match = /mail-catcher ready smtp:\/\/127\.0\.0\.1:(\d+) http:\/\/127\.0\.0\.1:(\d+)/.exec(buffer);
      if (match) {
        clearTimeout(timer);
        resolve({ child, smtpUrl: `smtp://127.0.0.1:${match[1]}`, mailApi: `http://127.0.0.1:${match[2]}` });
      }
    });
    child.once('exit', (code) => reject(new Error(`the mail catcher exited with ${code}`)));
  });
}

export async function startTestServices() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'impact-review-test-'));
  const db = await startEmbeddedDb({ dataDir, port: 0, log: () => {} });
  const mail = await startMailCatcherProcess();
  return {
    mongodbUri: db.uri,
    smtpUrl: mail.smtpUrl,
    mailApi: mail.mailApi,
    async stop() {
      mail.child.kill('SIGTERM');
      await db.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
