package dev.exosphere.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exosphere.bus.ExoComRoute;
import dev.exosphere.bus.ServiceRoutes;
import dev.exosphere.model.Domain;
import dev.exosphere.model.ExoModel;
import dev.exosphere.model.Route;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import dev.exosphere.rules.Certificates;
import dev.exosphere.rules.Complaint;
import dev.exosphere.rules.Defaults;
import dev.exosphere.rules.SizeLimits;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * AWS's constraints that need the whole model: what the certificate covers, where a certificate ARN comes from,
 * and whether the application fits ECS's task-definition size and CloudFormation's resources per stack.
 */
final class AwsChecks {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final LoadContext ctx;
  private final SourceMap sources;

  AwsChecks(LoadContext ctx, SourceMap sources) {
    this.ctx = ctx;
    this.sources = sources;
  }

  void check(ExoModel model) {
    model.domain().ifPresent(d -> certificate(model, d));
    sizes(model);
  }

  private void certificate(ExoModel model, Domain domain) {
    domain.certificateArn().ifPresent(arn -> ctx.check(sources.at("domain.certificate"), "domain.certificate",
        Certificates.arn(arn, model.account(), model.region())));
    boolean requested = domain.certificateArn().isEmpty() && model.gateway().ports().containsKey(Defaults.HTTPS_PORT);
    for (Service s : model.services().values()) {
      if (s.type() != ServiceType.PUBLIC) {
        continue;
      }
      for (Route r : s.routes().values()) {
        for (int i = 0; i < r.hosts().size(); i++) {
          String path = "services." + s.name() + ".interface." + r.prefix() + ".hosts[" + i + "]";
          String host = r.hosts().get(i);
          if (requested) {
            ctx.check(sources.at(path), path, Certificates.uncovered(host, domain.name()));
          } else {
            Certificates.outsideZone(host, domain.name()).ifPresent(c -> ctx.warning(sources.at(path), path, c.message(), c.fix()));
          }
        }
      }
    }
  }

  private void sizes(ExoModel model) {
    int services = model.services().size();
    String routes = ServiceRoutes.toJson(model.services().values().stream().map(s -> new ExoComRoute(s.name(),
        s.messages().receives(), s.messages().sends(), s.messages().namespace())).toList());
    ctx.check(sources.at("services"), "services", SizeLimits.serviceRoutes(escapedLength(routes), services));
    ctx.check(sources.at("services"), "services", SizeLimits.stack("parent stack", StackSizes.parent(model), services,
        "it holds one DNS record per route host: serve more services under fewer host names, by path prefix, "
            + "or split the application into several exosphere.yml files"));
    for (Map.Entry<String, Integer> shard : StackSizes.shards(model).entrySet()) {
      Optional<Complaint> big = SizeLimits.stack("nested stack " + shard.getKey() + " (services are spread over "
          + dev.exosphere.application.ServicePlacement.SHARDS + " by a hash of their names)", shard.getValue(), services,
          "split the application into several exosphere.yml files");
      if (!ctx.check(sources.at("services"), "services", big)) {
        break; // one is enough to say the application is too large
      }
    }
  }

  /** The bytes of {@code s} inside a JSON string, quotes and backslashes escaped: what ECS is sent. */
  private static int escapedLength(String s) {
    try {
      return JSON.writeValueAsString(s).getBytes(StandardCharsets.UTF_8).length - 2;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a string always serializes", e);
    }
  }
}
