module.exports = { services: { broken: { image: "x" } }, interface: { ports: { 80: 3000 } } };
throw new Error("childStack is not defined");
