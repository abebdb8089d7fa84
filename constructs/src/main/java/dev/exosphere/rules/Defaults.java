package dev.exosphere.rules;

import java.util.Map;

/**
 * Every default exo-cdk applies, in one place: the YAML loader, the constructs' props and the JSON Schema
 * ({@code SchemaDriftTest} compares them) all read these.
 */
public final class Defaults {
  private Defaults() {}

  /** ExoCom, the message bus: the image is {@code originate/exocom:<version>}. */
  public static final String BUS_VERSION = "0.21.3";
  public static final int BUS_PORT = 3100;
  public static final String BUS_INSTANCE_TYPE = "t3.micro";
  public static final int BUS_CPU = 256;
  public static final int BUS_MEMORY_MIB = 256;
  /** The bus's name in the application's Cloud Map namespace: {@code exocom.<app>.internal}. */
  public static final String BUS_SERVICE_NAME = "exocom";

  public static final String CLUSTER_INSTANCE_TYPE = "t3.small";
  public static final int CLUSTER_MIN_CAPACITY = 1;
  public static final int CLUSTER_MAX_CAPACITY = 3;
  /** A cluster's {@code spot}: no on-demand base, all instances above it on Spot, AWS's recommended strategy. */
  public static final int SPOT_ON_DEMAND_BASE = 0;
  public static final int SPOT_ON_DEMAND_PERCENT_ABOVE_BASE = 0;
  public static final String SPOT_ALLOCATION_STRATEGY = "price-capacity-optimized";

  /** A service's {@code deployment}: today's rolling deploys; alarms roll back at 10 target 5xx a minute. */
  public static final String DEPLOYMENT_STRATEGY = "rolling";
  public static final boolean DEPLOYMENT_ALARMS_ROLLBACK = true;
  public static final int DEPLOYMENT_ALARM_TARGET_ERRORS_PER_MINUTE = 10;
  /** Canary: 5% first, as ECS Express Mode does; linear: 10% a step. */
  public static final int CANARY_PERCENT = 5;
  public static final int LINEAR_STEP_PERCENT = 10;

  public static final String VPC_CIDR = "10.0.0.0/16";
  public static final int AZS = 2;

  public static final int SERVICE_CPU = 256;
  public static final int SERVICE_MEMORY_MIB = 512;
  public static final int REPLICAS = 1;
  public static final int SCALING_TARGET_CPU_PERCENT = 70;

  public static final int LOG_RETENTION_DAYS = 30;
  /** The load balancer's idle timeout, AWS's own default. */
  public static final int IDLE_TIMEOUT_SECONDS = 60;
  public static final int LOAD_BALANCERS = 1;
  /** Top-level {@code interface}: listener port to the container port of routes that name none. */
  public static final Map<Integer, Integer> LISTENER_PORTS = Map.of(80, 3000);
  public static final int HTTP_PORT = 80;
  public static final int HTTPS_PORT = 443;

  /** Load balancer health checks (AWS's defaults for ALB target groups, but the path and codes). */
  public static final String HEALTH_CHECK_PATH = "/";
  public static final int HEALTH_CHECK_INTERVAL_SECONDS = 30;
  public static final int HEALTH_CHECK_TIMEOUT_SECONDS = 5;
  public static final int HEALTHY_THRESHOLD = 2;
  public static final int UNHEALTHY_THRESHOLD = 3;
  public static final String HEALTH_CHECK_CODES = "200-399";
}
