const { rmSync } = require('node:fs');

module.exports = async () => {
  const services = globalThis.__IMPACT_REVIEW_SERVICES__;
  if (!services) return;
  services.mail.child.kill('SIGTERM');
  await services.db.stop();
  rmSync(services.dataDir, { recursive: true, force: true });
};
