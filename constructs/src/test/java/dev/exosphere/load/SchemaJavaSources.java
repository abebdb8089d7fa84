package dev.exosphere.load;

import dev.exosphere.model.ContainerCheck;
import dev.exosphere.model.ServiceType;
import dev.exosphere.rules.Defaults;
import dev.exosphere.rules.Limits;
import dev.exosphere.rules.Range;
import dev.exosphere.rules.Regions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where each constraint of the JSON Schema comes from in Java. {@link #JAVA}: a constant of {@link Defaults},
 * {@link Limits} or the model, compared value for value. {@link #LOADER}: a value only the loader knows (a literal or
 * a switch in a binder), compared by loading YAML ({@link SchemaProbes}); the reason says where it lives.
 */
final class SchemaJavaSources {
  private SchemaJavaSources() {}

  static final Map<String, Object> JAVA = new TreeMap<>();
  static final Map<String, String> LOADER = new TreeMap<>();

  private static void java(String property, String keyword, Object value) {
    JAVA.put(pointer(property, keyword), value);
  }

  private static void range(String property, Range r) {
    java(property, "minimum", r.min());
    java(property, "maximum", r.max());
  }

  private static void loader(String property, String keyword, String where) {
    LOADER.put(pointer(property, keyword), where);
  }

  /** {@code bus.port} -> {@code /definitions/bus/properties/port}; a bare definition name stays one. */
  private static String pointer(String property, String keyword) {
    String[] p = property.split("\\.", 2);
    return "/definitions/" + p[0] + (p.length > 1 ? "/properties/" + p[1] : "") + "/" + keyword;
  }

  static {
    range("port", Limits.PORT);
    JAVA.put("/properties/region/enum", Regions.KNOWN);
    loader("variableName", "not/enum", "Variables.RESERVED, probed: each is refused under environment");
    loader("domain.certificate", "default", "AppBinder.domain: 'auto' is no ARN");

    java("network.cidr", "default", Defaults.VPC_CIDR);
    java("network.azs", "default", Defaults.AZS);
    range("network.azs", Limits.AZS);
    loader("network.natGateways", "default", "AppBinder.network: NatGateways.SINGLE");
    loader("network.natGateways", "enum", "AppBinder.natGateways: the YAML spelling of NatGateways");

    java("cluster.instanceType", "default", Defaults.CLUSTER_INSTANCE_TYPE);
    java("cluster.minCapacity", "default", Defaults.CLUSTER_MIN_CAPACITY);
    range("cluster.minCapacity", Limits.INSTANCE_COUNT);
    java("cluster.maxCapacity", "default", Defaults.CLUSTER_MAX_CAPACITY);
    loader("cluster.maxCapacity", "minimum", "ClusterBinder.cluster: a cluster of at most 0 instances runs nothing");
    java("cluster.maxCapacity", "maximum", Limits.INSTANCE_COUNT.max());
    range("cluster.desiredCapacity", Limits.INSTANCE_COUNT);
    java("deployment.strategy", "default", Defaults.DEPLOYMENT_STRATEGY);
    java("deployment.strategy", "enum", Arrays.stream(dev.exosphere.model.Deployment.Strategy.values())
        .map(dev.exosphere.model.Deployment.Strategy::yamlName).toList());
    range("deployment.bakeTime", Limits.DEPLOYMENT_BAKE_MINUTES);
    java("canary.percent", "default", Defaults.CANARY_PERCENT);
    range("canary.percent", Limits.CANARY_PERCENT);
    range("canary.bakeTime", Limits.DEPLOYMENT_BAKE_MINUTES);
    java("linear.percent", "default", Defaults.LINEAR_STEP_PERCENT);
    range("linear.percent", Limits.LINEAR_STEP_PERCENT);
    range("linear.interval", Limits.DEPLOYMENT_BAKE_MINUTES);
    java("deploymentAlarms.rollback", "default", Defaults.DEPLOYMENT_ALARMS_ROLLBACK);
    java("deploymentAlarms.targetErrorsPerMinute", "default", Defaults.DEPLOYMENT_ALARM_TARGET_ERRORS_PER_MINUTE);
    range("deploymentAlarms.targetErrorsPerMinute", Limits.DEPLOYMENT_ALARM_TARGET_ERRORS);
    java("spot.onDemandBase", "default", Defaults.SPOT_ON_DEMAND_BASE);
    range("spot.onDemandBase", Limits.ON_DEMAND_BASE);
    java("spot.onDemandPercentAboveBase", "default", Defaults.SPOT_ON_DEMAND_PERCENT_ABOVE_BASE);
    range("spot.onDemandPercentAboveBase", Limits.ON_DEMAND_PERCENT);
    java("spot.allocationStrategy", "default", Defaults.SPOT_ALLOCATION_STRATEGY);
    java("spot.allocationStrategy", "enum", Arrays.stream(dev.exosphere.model.SpotAllocation.values())
        .map(dev.exosphere.model.SpotAllocation::yamlName).toList());

    loader("bus.type", "default", "AppBinder.bus: exocom is the only bus");
    loader("bus.type", "enum", "AppBinder.bus: exocom is the only bus");
    java("bus.version", "default", Defaults.BUS_VERSION);
    java("bus.port", "default", Defaults.BUS_PORT);
    java("bus.instanceType", "default", Defaults.BUS_INSTANCE_TYPE);
    java("bus.cpu", "default", Defaults.BUS_CPU);
    loader("bus.cpu", "minimum", "AppBinder.bus: at least one CPU unit");
    java("bus.memory", "default", Defaults.BUS_MEMORY_MIB);
    loader("bus.memory", "minimum", "AppBinder.bus: Docker's 6 MiB minimum");

    java("interface.ports", "default", Defaults.LISTENER_PORTS);
    java("interface.ports", "propertyNames/enum", List.of(String.valueOf(Defaults.HTTP_PORT), String.valueOf(Defaults.HTTPS_PORT)));
    java("interface.listeners", "additionalProperties/enum", Arrays.stream(dev.exosphere.model.ListenerProtocol.values())
        .map(dev.exosphere.model.ListenerProtocol::yamlName).toList());
    java("interface.listeners", "propertyNames/not/enum", List.of(String.valueOf(Defaults.HTTP_PORT), String.valueOf(Defaults.HTTPS_PORT)));
    java("interface.loadBalancers", "default", Defaults.LOAD_BALANCERS);
    range("interface.loadBalancers", Limits.LOAD_BALANCERS);

    java("logging.retentionDays", "default", Defaults.LOG_RETENTION_DAYS);
    java("logging.retentionDays", "enum", Limits.LOG_RETENTION_DAYS);
    java("timeout.requestTimeout", "default", Defaults.IDLE_TIMEOUT_SECONDS);
    range("timeout.requestTimeout", Limits.IDLE_TIMEOUT_SECONDS);

    range("scaling.min", Limits.TASK_COUNT);
    loader("scaling.max", "minimum", "PolicyBinder.scaling: at most 0 tasks runs nothing");
    java("scaling.max", "maximum", Limits.TASK_COUNT.max());
    java("scaling.targetCpu", "default", Defaults.SCALING_TARGET_CPU_PERCENT);
    range("scaling.targetCpu", Limits.SCALING_TARGET_CPU_PERCENT);
    loader("scaling.targetRequests", "minimum", "PolicyBinder.scaling: at least one request");

    java("service.type", "enum", Arrays.stream(ServiceType.values()).map(ServiceType::yamlName).toList());
    java("service.cpu", "default", Defaults.SERVICE_CPU);
    loader("service.cpu", "minimum", "ServiceBinder.service: at least one CPU unit");
    java("service.memory", "default", Defaults.SERVICE_MEMORY_MIB);
    loader("service.memory", "minimum", "ServiceBinder.service: Docker's 6 MiB minimum");
    java("service.replicas", "default", Defaults.REPLICAS);
    range("service.replicas", Limits.TASK_COUNT);

    loader("build.dockerfile", "default", "BuildBinder.bind: <context>/Dockerfile");
    loader("route.protocol", "default", "RouteBinder.route");
    loader("route.protocol", "enum", "RouteBinder.PROTOCOL");
    java("route.healthCheck", "default", Defaults.HEALTH_CHECK_PATH);

    java("healthCheck.path", "default", Defaults.HEALTH_CHECK_PATH);
    java("healthCheck.interval", "default", Defaults.HEALTH_CHECK_INTERVAL_SECONDS);
    range("healthCheck.interval", Limits.HEALTH_CHECK_INTERVAL_SECONDS);
    java("healthCheck.timeout", "default", Defaults.HEALTH_CHECK_TIMEOUT_SECONDS);
    range("healthCheck.timeout", Limits.HEALTH_CHECK_TIMEOUT_SECONDS);
    java("healthCheck.healthyThreshold", "default", Defaults.HEALTHY_THRESHOLD);
    range("healthCheck.healthyThreshold", Limits.HEALTH_CHECK_THRESHOLD);
    java("healthCheck.unhealthyThreshold", "default", Defaults.UNHEALTHY_THRESHOLD);
    range("healthCheck.unhealthyThreshold", Limits.HEALTH_CHECK_THRESHOLD);
    java("healthCheck.codes", "default", Defaults.HEALTH_CHECK_CODES);
    loader("volume.readOnly", "default", "ServiceBinder.volume");
    range("service.stopTimeout", Limits.STOP_TIMEOUT_SECONDS);
    range("containerHealthCheck.interval", Limits.CONTAINER_HEALTH_CHECK_INTERVAL_SECONDS);
    range("containerHealthCheck.timeout", Limits.CONTAINER_HEALTH_CHECK_TIMEOUT_SECONDS);
    range("containerHealthCheck.retries", Limits.CONTAINER_HEALTH_CHECK_RETRIES);
    range("containerHealthCheck.startPeriod", Limits.CONTAINER_HEALTH_CHECK_START_PERIOD_SECONDS);
    java("containerHealthCheck.interval", "default", ContainerCheck.DEFAULT_INTERVAL);
    java("containerHealthCheck.timeout", "default", ContainerCheck.DEFAULT_TIMEOUT);
    java("containerHealthCheck.retries", "default", ContainerCheck.DEFAULT_RETRIES);
    java("containerHealthCheck.startPeriod", "default", ContainerCheck.DEFAULT_START_PERIOD);
    loader("operate.dashboard", "default", "OperateBinder.operate");
    loader("operate.alarms", "default", "OperateBinder.operate");
  }

  /** Enums are sets: their order in the schema is for readers. */
  static boolean isEnum(String pointer) {
    return pointer.endsWith("/enum");
  }

  static Set<String> pointers() {
    Set<String> all = new java.util.TreeSet<>(JAVA.keySet());
    all.addAll(LOADER.keySet());
    return all;
  }
}
