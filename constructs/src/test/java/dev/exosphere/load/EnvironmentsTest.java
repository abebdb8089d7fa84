package dev.exosphere.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.ExoException;
import dev.exosphere.model.ExoModel;
import dev.exosphere.model.Service;
import dev.exosphere.model.ValueSource;
import dev.exosphere.rules.Limits;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code environments}: the merge rules, the override's shape, and where each problem is reported. */
class EnvironmentsTest {
  private static final String BASE = YamlFiles.HEADER + """
      domain: shop.example.com
      network: {cidr: 10.0.0.0/16, azs: 2}
      clusters:
        public: {instanceType: t3.small, minCapacity: 1, maxCapacity: 3}
      dependencies:
        db:
          environment: {DB_NAME: shop, DB_HOST: {ssm: /shop/db}}
      services:
        web:
          type: public
          image: nginx:1.27
          interface:
            /: {port: 80, hosts: [shop.example.com]}
          environment: {MODE: live, COLOR: blue}
          replicas: 2
          dependencies: [db]
      """;

  /** The base without a domain (its hosts then need none). */
  private static final String NO_DOMAIN = BASE.replace("domain: shop.example.com\n", "")
      .replace("hosts: [shop.example.com]", "hosts: [a.example.com]");

  @TempDir Path dir;

  private LoadResult load(String environments) {
    return YamlFiles.load(dir, BASE + environments);
  }

  private ExoModel env(LoadResult r, String name) {
    assertEquals(List.of(), YamlFiles.problems(r));
    return r.environments().get(name).model();
  }

  @Test
  void mappingsMergeKeyByKeyAndScalarsReplace() {
    // GIVEN an environment changing one key of the network, of a cluster and of a service
    LoadResult r = load("""
        environments:
          staging:
            network: {azs: 3}
            clusters: {public: {instanceType: t3.micro}}
            services: {web: {replicas: 1}}
        """);
    // WHEN the environment is merged
    ExoModel staging = env(r, "staging");
    // THEN those keys change and their siblings keep the base's values
    assertEquals(3, staging.network().azs());
    assertEquals("10.0.0.0/16", staging.network().cidr());
    assertEquals("t3.micro", staging.clusters().publicCluster().instanceType());
    assertEquals(3, staging.clusters().publicCluster().maxCapacity());
    Service web = staging.services().get("web");
    assertEquals(1, web.replicas());
    assertEquals("nginx:1.27", web.image().orElseThrow());
    assertEquals(r.model().orElseThrow().services().get("web").routes(), web.routes());
    // and the base is the base
    assertEquals(2, r.model().orElseThrow().services().get("web").replicas());
    assertEquals(Optional.empty(), r.model().orElseThrow().environment());
  }

  @Test
  void variablesMergeByNameAndListsReplaceWhole() {
    // GIVEN an environment changing one variable of a service and of a dependency
    LoadResult r = load("""
        environments:
          staging:
            dependencies: {db: {environment: {DB_NAME: shop-staging}}}
            services: {web: {environment: {MODE: test}}}
        """);
    ExoModel staging = env(r, "staging");
    // THEN the other variables are kept
    assertEquals("test", staging.services().get("web").environment().get("MODE"));
    assertEquals("blue", staging.services().get("web").environment().get("COLOR"));
    assertEquals(2, staging.dependencies().get("db").environment().size());
  }

  @Test
  void aVariablesSourceIsOneValueAndReplacesTheBasesWhole() {
    // GIVEN a dependency variable read from SSM in the base, from Secrets Manager in staging
    LoadResult r = load("environments:\n  staging:\n    dependencies: {db: {environment: {DB_HOST: {secret: shop/db-host}}}}\n");
    // THEN staging's is the secret alone (merged, it would have both ssm and secret: an error)
    ExoModel staging = env(r, "staging");
    assertEquals(new ValueSource(ValueSource.Kind.SECRET, "shop/db-host", Optional.empty()),
        staging.dependencies().get("db").environment().get("DB_HOST"));
    assertEquals(List.of("dependencies.db.environment.DB_HOST: {ssm: /shop/db} -> {secret: shop/db-host}"),
        r.environments().get("staging").differences().stream().map(Object::toString).toList());
  }

  @Test
  void aDomainReplacesTheBaseDomainAndTheEnvironmentNamesTheDeployment() {
    // GIVEN a production environment with its own domain, account and region
    LoadResult r = YamlFiles.load(dir, YamlFiles.HEADER + """
        services:
          web: {type: public, image: nginx:1.27, interface: {/: {port: 80}}}
        environments:
          production: {domain: shop.example.com, account: "123456789012", region: eu-west-1}
          staging: {}
        """);
    // WHEN loaded
    ExoModel production = env(r, "production");
    // THEN production has them, staging is the base, and each has its deployment name
    assertEquals("shop.example.com", production.domain().orElseThrow().name());
    assertEquals(Optional.of("eu-west-1"), production.region());
    assertEquals("shop-production", production.deploymentName());
    assertEquals("shop-staging", r.environments().get("staging").model().deploymentName());
    assertEquals("shop", r.model().orElseThrow().deploymentName());
    assertEquals(List.of("production", "staging"), List.copyOf(r.environments().keySet()));
  }

  @Test
  void differencesListEveryChangedValueAgainstTheBase() {
    // GIVEN an environment changing a key the base sets, one it leaves to the default, and a list
    LoadResult r = load("""
        environments:
          staging:
            network: {natGateways: per-az}
            clusters: {public: {maxCapacity: 5}}
            services: {web: {replicas: 1, scaling: {min: 1, max: 2}, environment: {MODE: test}}}
        """);
    // THEN each changed leaf is listed with the base's value and the environment's, in the order written
    assertEquals(List.of(), YamlFiles.problems(r));
    assertEquals(List.of("network.natGateways: (not set) -> per-az", "clusters.public.maxCapacity: 3 -> 5",
            "services.web.replicas: 2 -> 1", "services.web.scaling.min: (not set) -> 1",
            "services.web.scaling.max: (not set) -> 2", "services.web.environment.MODE: live -> test"),
        r.environments().get("staging").differences().stream().map(Object::toString).toList());
  }

  @Test
  void unknownOverrideKeysAreErrorsWithDidYouMean() {
    assertEquals(List.of(
            "21:5: error: environments.staging.clustrs: unknown key 'clustrs' (did you mean 'clusters'?)",
            "22:22: error: environments.staging.services.web.interface: unknown key 'interface' (expected one of: replicas, "
                + "scaling, cpu, memory, environment, secrets, image)",
            "23:5: error: environments.staging.name: unknown key 'name' (expected one of: account, region, domain, network, "
                + "clusters, bus, interface, policies, dependencies, services)"),
        YamlFiles.problems(load("""
            environments:
              staging:
                clustrs: {public: {minCapacity: 2}}
                services: {web: {interface: {/: {port: 81}}}}
                name: other
            """)));
  }

  @Test
  void overridingAServiceDependencyOrVariableTheBaseLacksIsAnError() {
    assertEquals(List.of(
            "21:16: error: environments.staging.services.wbe: no service 'wbe' in the base to override (did you mean 'web'?)",
            "21:56: error: environments.staging.services.web.environment.MODEE: no variable 'MODEE' in the base to override "
                + "(did you mean 'MODE'?)",
            "22:20: error: environments.staging.dependencies.cache: no dependency 'cache' in the base to override "
                + "(an environment changes what the base defines: add 'cache' to the base first)"),
        YamlFiles.problems(load("""
            environments:
              staging:
                services: {wbe: {replicas: 1}, web: {environment: {MODEE: x}}}
                dependencies: {cache: {type: redis}}
            """)));
  }

  @Test
  void environmentNamesAreDnsSafe() {
    assertEquals(List.of("20:3: error: environments.Staging_1: expected a DNS-safe name: lower-case letters, digits and '-', "
            + "1-16 characters, starting with a letter, got 'Staging_1' (e.g. 'staging-1')"),
        YamlFiles.problems(load("environments:\n  Staging_1: {}\n")));
  }

  @Test
  void anEmptySectionOrAnEmptyOverrideValueIsAnError() {
    assertEquals(List.of("19:1: error: environments: expected a mapping of environment names to what each overrides, "
            + "got nothing (write e.g. 'environments: {staging: {domain: staging.example.com}}', or remove 'environments')"),
        YamlFiles.problems(load("environments:\n")));
    assertEquals(List.of("20:30: error: environments.staging.services.web.replicas: an override needs a value, got nothing "
            + "(write the value this environment uses, or remove the key (it then keeps the base's))"),
        YamlFiles.problems(load("environments:\n  staging: {services: {web: {replicas: }}}\n")));
  }

  @Test
  void anInvalidMergedValueIsReportedAtTheOverrideWithTheOverridesPath() {
    // GIVEN a valid base and an environment whose replicas is out of range
    LoadResult r = load("environments:\n  staging:\n    services:\n      web: {replicas: 100000}\n");
    // THEN the problem is at the override, under its path, and the base is not blamed
    assertEquals(List.of("22:23: error: environments.staging.services.web.replicas: expected a task count 0-1000, got 100000 "
        + "(use a value of at most 1000)"), YamlFiles.problems(r));
    assertTrue(r.model().isEmpty());
  }

  @Test
  void aBaseValueThatBreaksOnlyInOneEnvironmentIsReportedAtTheBaseNamingTheEnvironment() {
    // GIVEN hosts in the base that the staging domain's certificate cannot cover
    LoadResult r = load("environments:\n  staging: {domain: staging.other.org}\n");
    // THEN the problem is at the base's host, and says which environment breaks it
    List<String> problems = YamlFiles.problems(r);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("15:29: error: services.web.interface./.hosts[0]: in environment 'staging': "),
        problems.get(0));
  }

  @Test
  void aProblemOfTheBaseIsReportedOnceNotPerEnvironment() {
    LoadResult r = YamlFiles.load(dir, BASE.replace("replicas: 2", "replicas: 100000")
        + "environments:\n  staging: {}\n  production: {}\n");
    assertEquals(1, r.errors().size(), YamlFiles.problems(r).toString());
    assertTrue(YamlFiles.problems(r).get(0).startsWith("17:15: error: services.web.replicas: "), YamlFiles.problems(r).toString());
  }

  @Test
  void theDeploymentIsTheEnvironmentNamedAndOnlyThat() {
    LoadResult r = YamlFiles.load(dir, NO_DOMAIN + "environments:\n  staging: {}\n  production: {}\n");
    assertEquals("shop-production", r.deployment(Optional.of("production")).model().deploymentName());
    ExoException none = assertThrows(ExoException.class, () -> r.deployment(Optional.empty()));
    assertEquals(r.file() + ":18:1: error: environments: the application has environments (staging, production): name the one "
        + "to use (add -c env=NAME, e.g. cdk deploy -c env=staging (the same for synth, diff and destroy))", none.getMessage());
    ExoException typo = assertThrows(ExoException.class, () -> r.deployment(Optional.of("prodution")));
    assertTrue(typo.getMessage().endsWith("error: environments: no environment 'prodution'; the application has staging, production "
        + "(did you mean -c env=production?)"), typo.getMessage());
    LoadResult without = YamlFiles.load(dir, BASE);
    assertEquals("shop", without.deployment(Optional.empty()).model().deploymentName());
    ExoException extra = assertThrows(ExoException.class, () -> without.deployment(Optional.of("staging")));
    assertTrue(extra.getMessage().contains("error: env=staging names an environment, but the application has none"),
        extra.getMessage());
  }

  @Test
  void twoEnvironmentsServingOneDomainIsAnError() {
    // GIVEN production keeping the base's domain and staging overriding nothing
    LoadResult r = load("environments:\n  production: {}\n  staging: {clusters: {public: {maxCapacity: 2}}}\n");
    // THEN the second is told to take a domain of its own, at the base's domain, naming the environment
    assertEquals(List.of("3:9: error: domain: in environment 'staging': environments 'production' and 'staging' both serve "
        + "the domain shop.example.com: their DNS records would collide (give 'staging' a domain of its own, e.g. "
        + "domain: staging.shop.example.com)"), YamlFiles.problems(r));
    // AND an override's domain is reported at the override
    LoadResult twice = YamlFiles.load(dir, NO_DOMAIN + "environments:\n  a: {domain: example.com}\n  b: {domain: example.com}\n");
    assertEquals(List.of("20:15: error: environments.b.domain: environments 'a' and 'b' both serve the domain example.com: "
        + "their DNS records would collide (give 'b' a domain of its own, e.g. domain: b.example.com)"), YamlFiles.problems(twice));
  }

  @Test
  void atMostTwentyEnvironments() {
    // GIVEN 21 environments (each is checked as a whole application) THEN one error at the section
    StringBuilder yaml = new StringBuilder("environments:\n");
    for (int i = 0; i <= Limits.ENVIRONMENTS; i++) {
      yaml.append("  e").append(i).append(": {}\n");
    }
    assertEquals(List.of("19:1: error: environments: expected at most 20 environments, got 21 (each is checked as a whole "
        + "application) (split the application into several files)"), YamlFiles.problems(load(yaml.toString())));
  }
}
