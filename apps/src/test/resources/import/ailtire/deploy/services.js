// Ailtire's services of the example package, as the user wrote them
const port = 3000;
module.exports = {
  services: {
    web: {
      image: "acme_web",
      interface: {
        "/web": { path: "/", port: port, protocol: "http" },
        "/web/socket.io": { path: "/socket.io", port: port, protocol: "http" },
      },
      policies: { logging: { level: "debug" }, scaling: { min: 1, max: 3 }, retry: { maxRetries: 3 } },
      environment: { AILTIRE_PARENT: "acme", MODE: "prod" },
      volumes: { docker: { source: "/var/run/docker.sock", target: "/var/run/docker.sock" } },
      networks: { siblings: {} },
      stop_grace_period: "1m",
    },
    jobs: { image: "acme/jobs:1.2", environment: { QUEUE: "default" }, stop_grace_period: 200 },
    childStack: {
      type: "stack", image: "childStack",
      interface: { "/cs": { path: "/", port: 3000, protocol: "http" } },
      policies: {}, environment: {}, networks: { siblings: {} },
    },
  },
  policies: { timeout: { requestTimeout: 30000 } },
  interface: { ports: { 80: 3000, 443: 3000, 6650: 6650 } },
  data: {},
  networks: {},
};
