module.exports = {
  name: "acme",
  contexts: {
    dev: { type: "swarm", tag: "dev", design: "services.js", env: { DEBUG: "1" } },
    prod: { type: "k8s", tag: "prod", design: "services.js" },
  },
};
