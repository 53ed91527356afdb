module.exports = async () => {
  await globalThis.__IMPACT_REVIEW_SERVICES__?.stop();
};
