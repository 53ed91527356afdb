// Starts the real services the integration tests talk to (tools/scripts/test-services.mjs):
// FerretDB and the SMTP mail catcher, on free ports with throwaway data.
const path = require('node:path');
const { pathToFileURL } = require('node:url');

// A real dynamic import: the script is an ES module and Jest would otherwise compile import() to require().
const importEsm = new Function('url', 'return import(url)');

module.exports = async () => {
  const script = path.resolve(__dirname, '../../../tools/scripts/test-services.mjs');
  const { startTestServices } = await importEsm(pathToFileURL(script).href);
  const services = await startTestServices();
  process.env.TEST_MONGODB_URI = services.mongodbUri;
  process.env.TEST_SMTP_URL = services.smtpUrl;
  process.env.TEST_MAIL_API = services.mailApi;
  globalThis.__IMPACT_REVIEW_SERVICES__ = services;
};
