module.exports = async () => {
  const e2e = globalThis.__IMPACT_REVIEW_E2E__;
  if (!e2e) return;
  e2e.api.kill('SIGTERM');
  await new Promise((resolve) => (e2e.api.exitCode !== null ? resolve() : e2e.api.once('exit', resolve)));
  await e2e.services.stop();
};
