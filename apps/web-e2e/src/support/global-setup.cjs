// Builds the web app, starts FerretDB + the SMTP catcher (tools/scripts/test-services.mjs) and the
// real API serving the built web app from one origin on a free port.
const { spawn, spawnSync } = require('node:child_process');
const net = require('node:net');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const root = path.resolve(__dirname, '../../../..');
const importEsm = new Function('url', 'return import(url)');
const WEB_DIST = path.join(root, 'dist/apps/web');
// The API's test clock: how far it runs ahead, in ms (support/clock.ts writes it).
const CLOCK_FILE = path.join(require('node:os').tmpdir(), `impact-review-e2e-clock-${process.pid}`);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the API exited with ${child.exitCode} before it was healthy`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} was not healthy within ${timeoutMs / 1000} s`);
}

module.exports = async () => {
  const build = spawnSync(
    path.join(root, 'node_modules/.bin/vite'),
    ['build', '--config', 'apps/web/vite.config.ts'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (build.status !== 0) throw new Error('vite build of apps/web failed');

  const { startTestServices } = await importEsm(
    pathToFileURL(path.join(root, 'tools/scripts/test-services.mjs')).href,
  );
  const services = await startTestServices();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  require('node:fs').writeFileSync(CLOCK_FILE, '0');
  const api = spawn(process.execPath, ['tools/scripts/run-ts.mjs', 'apps/api/src/main.ts'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      MONGODB_URI: `${services.mongodbUri}e2e`,
      SMTP_URL: services.smtpUrl,
      PUBLIC_WEB_URL: baseUrl,
      WEB_DIST_DIR: WEB_DIST,
      LOG_LEVEL: 'error',
      // The administrator of pages/admin.page.ts; every browser signs up from 127.0.0.1, so that
      // network may ask for more account mails than a real one would.
      SITE_ADMIN_EMAILS: 'site-admin@e2e.impact-review.test',
      ACCOUNT_MAILS_PER_ADDRESS_MAX: '1000',
      // Specs that move time (an approval nearing expiry) write the offset here; sessions outlive the jump.
      TEST_CLOCK_FILE: CLOCK_FILE,
      NODE_ENV: 'test',
      SESSION_TTL_HOURS: '8760',
    },
  });
  await waitForHealth(`${baseUrl}/health`, api, 60000);
  process.env.E2E_BASE_URL = baseUrl;
  process.env.E2E_MAIL_API = services.mailApi;
  process.env.E2E_CLOCK_FILE = CLOCK_FILE;
  globalThis.__IMPACT_REVIEW_E2E__ = { services, api };
};
