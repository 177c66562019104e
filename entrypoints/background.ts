export default defineBackground(() => {
  // Pack subscriptions and managed policy are wired here (see lib/packs).
});
