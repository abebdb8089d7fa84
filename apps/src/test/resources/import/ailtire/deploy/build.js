module.exports = {
  acme_web: { dir: "../web", file: "Dockerfile", cmd: "node server.js --port 3000", tag: "acme_web", env: { NODE_ENV: "production" } },
};
