package dev.exosphere.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exosphere.load.LoadResult;
import dev.exosphere.load.ModelLoader;
import dev.exosphere.load.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks the loader itself what it accepts: writes a small valid {@code exosphere.yml} (as JSON, which is YAML) with
 * one key of one definition set, and reports the errors at that key's YAML path.
 */
final class SchemaProbes {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WEB = "{\"type\": \"public\", \"image\": \"nginx:1.27\", \"interface\": {\"/\": {\"port\": 3000}}";

  /**
   * Where each definition stands in a document: its YAML path, and a document whose object there is valid without
   * the probed key (neighbours chosen so that each bound of the key is valid on its own).
   */
  private static final Map<String, Context> CONTEXTS = Map.ofEntries(
      context("domain", "domain", "{\"domain\": {\"name\": \"shop.example.com\"}}"),
      // natGateways: 0 needs the bus image in ECR
      context("network", "network", "{\"network\": {}, \"bus\": {\"image\": "
          + "\"123456789012.dkr.ecr.us-east-1.amazonaws.com/exocom:0.21.3\"}}"),
      context("cluster", "clusters.public", "{\"clusters\": {\"public\": {\"minCapacity\": 0, \"maxCapacity\": 1000}}}"),
      // a bus that exists either way: any other key written under bus asks for it
      context("bus", "bus", "{\"bus\": {\"enabled\": true}}"),
      context("spot", "clusters.public.spot", "{\"clusters\": {\"public\": {\"spot\": {}}}}"),
      // the traffic-shifting strategies need a public service; canary/linear need their strategy beside them
      context("deployment", "services.web.deployment", "{\"services\": {\"web\": " + WEB + ", \"deployment\": {\"strategy\": \"canary\"}}}}"),
      context("canary", "services.web.deployment.canary", "{\"services\": {\"web\": " + WEB
          + ", \"deployment\": {\"strategy\": \"canary\", \"canary\": {}}}}}"),
      context("linear", "services.web.deployment.linear", "{\"services\": {\"web\": " + WEB
          + ", \"deployment\": {\"strategy\": \"linear\", \"linear\": {}}}}}"),
      context("deploymentAlarms", "services.web.deployment.alarms", "{\"services\": {\"web\": " + WEB
          + ", \"deployment\": {\"alarms\": {}}}}}"),
      context("tcpPort", "services.web.tcp[0]", "{\"services\": {\"web\": " + WEB + ", \"tcp\": [{\"port\": 6650}]}}}"),
      context("interface", "interface", "{\"interface\": {}}"),
      context("logging", "policies.logging", "{\"policies\": {\"logging\": {}}}"),
      // the idle timeout needs a load balancer, so a public service
      context("timeout", "policies.timeout", "{\"policies\": {\"timeout\": {}}, \"services\": {\"web\": {\"type\": \"public\","
          + " \"image\": \"nginx:1.27\", \"interface\": {\"/\": {}}}}}"),
      context("scaling", "services.web.scaling", "{\"services\": {\"web\": " + WEB + ", \"scaling\": {\"min\": 1, \"max\": 1000}}}}"),
      context("service", "services.web", "{\"services\": {\"web\": " + WEB + "}}}"),
      context("build", "services.web.build", "{\"services\": {\"web\": {\"type\": \"worker\", \"build\": {\"context\": \"./web\"}}}}"),
      context("route", "services.web.interface./", "{\"services\": {\"web\": " + WEB + "}}}"),
      context("healthCheck", "services.web.interface./.healthCheck",
          "{\"services\": {\"web\": {\"type\": \"public\", \"image\": \"nginx:1.27\", \"interface\": {\"/\": {\"healthCheck\": {\"interval\": 300, \"timeout\": 2}}}}}}"),
      context("operate", "operate", "{\"operate\": {}}"),
      // an environment's override: its problems are reported under environments.staging...
      context("environment", "environments.staging", "{\"environments\": {\"staging\": {}}}"),
      context("serviceOverride", "environments.staging.services.web", "{\"services\": {\"web\": " + WEB + "}}, "
          + "\"environments\": {\"staging\": {\"services\": {\"web\": {}}}}}"),
      // the longest interval, so the longest timeout fits within it (a timeout may not exceed the interval)
      context("containerHealthCheck", "services.web.containerHealthCheck", "{\"services\": {\"web\": {\"type\": "
          + "\"worker\", \"image\": \"nginx:1.27\", \"containerHealthCheck\": {\"command\": [\"CMD\", \"/check\"], "
          + "\"interval\": 300}}}}"),
      context("volume", "services.web.volumes.data",
          "{\"services\": {\"web\": {\"type\": \"worker\", \"image\": \"nginx:1.27\", \"volumes\": {\"data\": {\"source\": \"/a\", \"target\": \"/b\"}}}}}"));

  private record Context(String path, ObjectNode document) {}

  private static Map.Entry<String, Context> context(String definition, String path, String json) {
    try {
      ObjectNode doc = (ObjectNode) JSON.readTree(json);
      doc.put("name", "shop").put("version", "1.0.0");
      return Map.entry(definition, new Context(path, doc));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private final Path dir;

  SchemaProbes(Path dir) throws IOException {
    this.dir = dir;
    Files.createDirectories(dir.resolve("web"));
    Files.writeString(dir.resolve("web/Dockerfile"), "FROM nginx:1.27\n");
  }

  static boolean knows(String definition) {
    return CONTEXTS.containsKey(definition);
  }

  /** The YAML path of {@code key} in {@code definition}'s context, e.g. {@code network.azs}. */
  static String path(String definition, String key) {
    return CONTEXTS.get(definition).path() + "." + key;
  }

  /** Loads the context with {@code key} set to {@code value}, or without it when {@code value} is empty. */
  LoadResult load(String definition, String key, Optional<JsonNode> value) {
    Context c = CONTEXTS.get(definition);
    ObjectNode doc = c.document().deepCopy();
    ObjectNode target = doc;
    for (String segment : c.path().split("\\.")) {
      // name[i]: the i-th item of a list
      java.util.regex.Matcher item = java.util.regex.Pattern.compile("^(.+)\\[(\\d+)]$").matcher(segment);
      target = item.matches() ? (ObjectNode) target.get(item.group(1)).get(Integer.parseInt(item.group(2)))
          : (ObjectNode) target.get(segment);
    }
    if (value.isPresent()) {
      target.set(key, value.get());
    } else {
      target.remove(key);
    }
    return ModelLoader.load(YamlFiles.write(dir, doc.toPrettyString()));
  }

  /** Errors at or under {@code path}, formatted. */
  static List<String> errorsAt(LoadResult r, String path) {
    return r.errors().stream().filter(p -> p.path().equals(path) || p.path().startsWith(path + ".")).map(Problem::format).toList();
  }

  /** Loads a whole document given as JSON, for probes no single definition holds. */
  LoadResult loadJson(String json) {
    try {
      ObjectNode doc = (ObjectNode) JSON.readTree(json);
      doc.put("name", "shop").put("version", "1.0.0");
      return ModelLoader.load(YamlFiles.write(dir, doc.toPrettyString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
