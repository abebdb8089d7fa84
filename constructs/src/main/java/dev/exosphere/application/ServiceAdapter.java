package dev.exosphere.application;

import dev.exosphere.LogRetentions;
import dev.exosphere.model.ContainerSpec;
import dev.exosphere.model.Dependency;
import dev.exosphere.model.Permissions;
import dev.exosphere.model.ExoModel;
import dev.exosphere.model.HealthCheck;
import dev.exosphere.model.Route;
import dev.exosphere.model.Scaling;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import dev.exosphere.model.ValueSource;
import dev.exosphere.rules.Defaults;
import dev.exosphere.rules.VariableMerge;
import dev.exosphere.service.ExoServiceProps;
import dev.exosphere.service.ServiceContainer;
import dev.exosphere.service.ServiceContainerCheck;
import dev.exosphere.service.ServicePermissions;
import dev.exosphere.service.ServiceStatement;
import dev.exosphere.service.ServiceHealthCheck;
import dev.exosphere.service.ServiceKind;
import dev.exosphere.service.ServiceRoute;
import dev.exosphere.service.ServiceScaling;
import dev.exosphere.service.ServiceSecret;
import dev.exosphere.service.ServiceVolume;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A model {@link Service} onto {@link ExoServiceProps}: everything but what the application wires in (cluster,
 * image, bus, namespace, gateway). The model is validated, so what it holds maps without loss.
 */
public final class ServiceAdapter {
  private ServiceAdapter() {}

  /**
   * The props of {@code service} of {@code model}, its dependencies' variables merged in; its {@code appName} (task
   * family, log prefix) is the model's deployment name, so two environments can share an account and region.
   */
  public static ExoServiceProps.Builder props(ExoModel model, Service service) {
    return props(model.deploymentName(), service,
        service.dependencies().stream().map(d -> model.dependencies().get(d)).toList());
  }

  /** The props of {@code service} of application {@code appName}, the variables of {@code deps} merged in. */
  public static ExoServiceProps.Builder props(String appName, Service service, List<Dependency> deps) {
    VariableMerge.Merged merged = VariableMerge.of(service, "", 0, deps);
    if (!merged.conflicts().isEmpty()) {
      throw new IllegalStateException("validated model: variable " + merged.conflicts().get(0).name()
          + " of service " + service.name() + " is defined twice");
    }
    // Exosphere's own variables come from the construct (EXOCOM_* only with a bus)
    SortedMap<String, String> environment = new TreeMap<>(merged.plain());
    VariableMerge.EXOSPHERE.forEach(environment::remove);
    SortedMap<String, ServiceSecret> secrets = new TreeMap<>();
    merged.secrets().forEach((name, source) -> secrets.put(name, secret(source)));
    int retention = service.policies().logRetentionDays().orElse(Defaults.LOG_RETENTION_DAYS);
    ExoServiceProps.Builder b = ExoServiceProps.builder()
        .name(service.name())
        .kind(kind(service.type()))
        .appName(appName)
        .routes(routes(service))
        .environment(environment)
        .secrets(secrets)
        .cpu(service.cpu())
        .memoryMiB(service.memory())
        .desiredCount(service.replicas())
        .volumes(service.volumes().values().stream()
            .map(v -> new ServiceVolume(v.name(), v.source(), v.target(), v.readOnly())).toList())
        .logRetention(LogRetentions.of(retention).orElseThrow(() -> new IllegalStateException(
            "validated model: retention " + retention + " of service " + service.name())));
    service.scaling().or(service.policies()::scaling).map(ServiceAdapter::scaling).ifPresent(b::scaling);
    service.deployment().map(DeploymentAdapter::deployment).ifPresent(b::deployment);
    b.tcpPorts(service.tcp().stream().map(t -> new dev.exosphere.service.ServiceTcpPort(t.port(), t.containerPort())).toList());
    return b.container(container(service.container())).permissions(permissions(service.permissions()));
  }

  /** The routes of {@code service}, in prefix order (the first one's port is the container's). */
  public static List<ServiceRoute> routes(Service service) {
    return service.routes().values().stream().map(ServiceAdapter::route).toList();
  }

  static ServiceKind kind(ServiceType type) {
    return switch (type) {
      case PUBLIC -> ServiceKind.PUBLIC;
      case PRIVATE -> ServiceKind.PRIVATE;
      case WORKER -> ServiceKind.WORKER;
    };
  }

  private static ServiceRoute route(Route r) {
    HealthCheck hc = r.healthCheck();
    return ServiceRoute.builder(r.prefix(), r.port())
        .protocol(ServiceRoute.Protocol.valueOf(r.protocol().toUpperCase(Locale.ROOT)))
        .path(r.path())
        .hosts(r.hosts())
        .healthCheck(new ServiceHealthCheck(hc.path(), hc.intervalSeconds(), hc.timeoutSeconds(), hc.healthyThreshold(),
            hc.unhealthyThreshold(), hc.codes()))
        .build();
  }

  static ServiceContainer container(ContainerSpec c) {
    ServiceContainer.Builder b = ServiceContainer.builder();
    c.command().ifPresent(b::command);
    c.entrypoint().ifPresent(b::entryPoint);
    c.workingDirectory().ifPresent(b::workingDirectory);
    c.user().ifPresent(b::user);
    c.stopTimeout().ifPresent(b::stopTimeoutSeconds);
    c.healthCheck().ifPresent(h -> b.healthCheck(new ServiceContainerCheck(h.command(), h.intervalSeconds(),
        h.timeoutSeconds(), h.retries(), h.startPeriodSeconds())));
    return b.build();
  }

  static ServicePermissions permissions(Permissions p) {
    return ServicePermissions.of(p.managedPolicies(), p.statements().stream()
        .map(s -> new ServiceStatement(s.actions(), s.resources(), s.conditions(), s.reason())).toList());
  }

  private static ServiceScaling scaling(Scaling s) {
    return new ServiceScaling(s.min(), s.max(), s.targetCpu(), s.targetRequests());
  }

  private static ServiceSecret secret(ValueSource source) {
    return source.kind() == ValueSource.Kind.SSM
        ? ServiceSecret.ssm(source.ref())
        : new ServiceSecret(ServiceSecret.Store.SECRETS_MANAGER, source.ref(), source.field());
  }
}
