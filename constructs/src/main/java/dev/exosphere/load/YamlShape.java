package dev.exosphere.load;

import java.util.List;

/**
 * Every mapping {@code exosphere.yml} has, with the keys it allows and requires. The loader rejects other keys;
 * the JSON Schema's {@code definitions/<definition>} (the document itself for {@link #ROOT}) must list exactly these.
 */
public enum YamlShape {
  ROOT("", List.of("name", "version", "account", "region", "domain", "network", "clusters", "bus", "interface",
      "policies", "permissions", "dependencies", "services", "environments", "operate"), List.of("name", "version")),
  /** What an environment may override (see {@link EnvironmentMerge}); the values merge onto the base's. */
  ENVIRONMENT("environment", List.of("account", "region", "domain", "network", "clusters", "bus", "interface", "policies",
      "dependencies", "services"), List.of()),
  /** What an environment may override of a service. */
  SERVICE_OVERRIDE("serviceOverride", List.of("replicas", "scaling", "cpu", "memory", "environment", "secrets", "image"),
      List.of()),
  DOMAIN("domain", List.of("name", "hostedZoneId", "certificate"), List.of("name")),
  NETWORK("network", List.of("cidr", "azs", "natGateways", "vpcId"), List.of()),
  CLUSTERS("clusters", List.of("public", "private"), List.of()),
  CLUSTER("cluster", List.of("instanceType", "instanceTypes", "minCapacity", "maxCapacity", "desiredCapacity", "spot"),
      List.of()),
  SPOT("spot", List.of("onDemandBase", "onDemandPercentAboveBase", "allocationStrategy"), List.of()),
  BUS("bus", List.of("type", "version", "image", "port", "instanceType", "cpu", "memory", "enabled"), List.of()),
  INTERFACE("interface", List.of("ports", "loadBalancers", "listeners"), List.of()),
  POLICIES("policies", List.of("logging", "timeout", "scaling"), List.of()),
  LOGGING("logging", List.of("level", "retentionDays"), List.of()),
  TIMEOUT("timeout", List.of("requestTimeout"), List.of()),
  SCALING("scaling", List.of("min", "max", "targetCpu", "targetRequests"), List.of("min", "max")),
  DEPENDENCY("dependency", List.of("type", "environment"), List.of()),
  VALUE_SOURCE("valueSource", List.of("ssm", "secret", "field"), List.of()),
  SERVICE("service", List.of("type", "build", "image", "interface", "environment", "secrets", "cpu", "memory",
      "replicas", "scaling", "messages", "dependencies", "volumes", "policies", "command", "entrypoint",
      "workingDirectory", "user", "stopTimeout", "containerHealthCheck", "permissions",
      "deployment", "tcp"), List.of("type")),
  CONTAINER_HEALTH_CHECK("containerHealthCheck", List.of("command", "interval", "timeout", "retries", "startPeriod"),
      List.of("command")),
  PERMISSIONS("permissions", List.of("managedPolicies", "statements"), List.of()),
  STATEMENT("statement", List.of("actions", "resources", "conditions", "reason"), List.of("actions", "resources")),
  TCP_PORT("tcpPort", List.of("port", "containerPort"), List.of("port")),
  DEPLOYMENT("deployment", List.of("strategy", "bakeTime", "canary", "linear", "alarms"), List.of()),
  CANARY("canary", List.of("percent", "bakeTime"), List.of()),
  LINEAR("linear", List.of("percent", "interval"), List.of()),
  DEPLOYMENT_ALARMS("deploymentAlarms", List.of("rollback", "targetErrorsPerMinute"), List.of()),
  /** A service of {@code type: stack}: its child application and the prefixes it is mounted under. */
  STACK_SERVICE("stackService", List.of("type", "stack", "interface"), List.of("type", "stack")),
  /** What a child application may declare: the rest it shares with its parent. */
  STACK_ROOT("stackDocument", List.of("name", "version", "policies", "dependencies", "services"), List.of()),
  /** One prefix of a stack's {@code interface}: the path in the child it stands for. */
  STACK_MOUNT("stackMount", List.of("path"), List.of()),
  BUILD("build", List.of("context", "dockerfile", "args", "target"), List.of("context")),
  ROUTE("route", List.of("port", "protocol", "path", "healthCheck", "hosts"), List.of()),
  HEALTH_CHECK("healthCheck", List.of("path", "interval", "timeout", "healthyThreshold", "unhealthyThreshold", "codes"),
      List.of()),
  MESSAGES("messages", List.of("sends", "receives", "namespace"), List.of()),
  OPERATE("operate", List.of("dashboard", "alarms"), List.of()),
  ALARMS("alarms", List.of("email", "topicArn"), List.of()),
  VOLUME("volume", List.of("source", "target", "readOnly"), List.of("source", "target"));

  private final String definition;
  private final List<String> keys;
  private final List<String> required;

  YamlShape(String definition, List<String> keys, List<String> required) {
    this.definition = definition;
    this.keys = keys;
    this.required = required;
  }

  /** Its name under the schema's {@code definitions}; empty for the document itself. */
  public String definition() {
    return definition;
  }

  /** The keys allowed, in documentation order. */
  public List<String> keys() {
    return keys;
  }

  /** The keys that must be present. */
  public List<String> required() {
    return required;
  }
}
