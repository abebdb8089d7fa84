module.exports = {
  acme_web: { dir: "../web", file: "Dockerfile", cmd: "npm run build", tag: "acme_web", env: { NODE_ENV: "production" } },
};
