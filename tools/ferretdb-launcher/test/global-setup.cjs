// Builds the patched launcher and the one against pristine upstream FerretDB (for the upgrade
// test) before any test starts, and hands their paths to the tests.
const path = require('node:path');
const { pathToFileURL } = require('node:url');

// A real dynamic import: the script is an ES module and Jest would otherwise compile import() to require().
const importEsm = new Function('url', 'return import(url)');

module.exports = async () => {
  const script = path.resolve(__dirname, '../../scripts/db-launcher.mjs');
  const { ensureLauncher, ensureUpstreamLauncher } = await importEsm(pathToFileURL(script).href);
  process.env.FERRETDB_LAUNCHER_BIN = await ensureLauncher();
  process.env.FERRETDB_LAUNCHER_UPSTREAM_BIN = await ensureUpstreamLauncher();
};
