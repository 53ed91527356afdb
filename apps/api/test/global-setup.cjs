// Starts the real services the integration tests talk to: a FerretDB process on a free port with a
// temporary data directory, and the mail catcher (a real SMTP server) as its own process.
const { spawn } = require('node:child_process');
const { mkdtempSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const root = path.resolve(__dirname, '../../..');
// A real dynamic import: the launcher is an ES module and Jest would otherwise compile import() to require().
const importEsm = new Function('url', 'return import(url)');

function startMailCatcherProcess() {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(root, 'tools/scripts/mail-catcher.mjs'), '--smtp-port', '0', '--http-port', '0'],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let buffer = '';
    const timer = setTimeout(() => reject(new Error('mail catcher did not start within 20 s')), 20000);
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      const match = /mail-catcher ready smtp:\/\/127\.0\.0\.1:(\d+) http:\/\/127\.0\.0\.1:(\d+)/.exec(buffer);
      if (match) {
        clearTimeout(timer);
        resolve({ child, smtpPort: Number(match[1]), httpPort: Number(match[2]) });
      }
    });
    child.once('exit', (code) => reject(new Error(`mail catcher exited with ${code}`)));
  });
}

module.exports = async () => {
  const { startEmbeddedDb } = await importEsm(pathToFileURL(path.join(root, 'tools/scripts/db-launcher.mjs')).href);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'impact-review-it-'));
  const db = await startEmbeddedDb({ dataDir, port: 0, log: () => {} });
  const mail = await startMailCatcherProcess();
  process.env.TEST_MONGODB_URI = db.uri;
  process.env.TEST_SMTP_URL = `smtp://127.0.0.1:${mail.smtpPort}`;
  process.env.TEST_MAIL_API = `http://127.0.0.1:${mail.httpPort}`;
  globalThis.__IMPACT_REVIEW_SERVICES__ = { db, mail, dataDir };
};
