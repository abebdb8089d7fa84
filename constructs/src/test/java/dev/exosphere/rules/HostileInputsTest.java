package dev.exosphere.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Very long, repetitive values get a complaint from every rule: no regex recursion runs out of stack on them. */
class HostileInputsTest {
  private static final List<Function<String, Optional<Complaint>>> RULES = List.of(
      HealthChecks::codes, s -> HealthChecks.path("/" + s), StoreNames::ssmParameter, StoreNames::secret,
      s -> StoreNames.secret("arn:aws:secretsmanager:us-east-1:123456789012:secret:" + s), BuildRules::target,
      BuildRules::argName, Volumes::name, s -> Volumes.path("/" + s, true), s -> Certificates.domain("*." + s),
      s -> Certificates.uncovered(s, "example.com"), s -> ImageReference.check(s + "/"), ImageReference::tag,
      AlbConditions::host, s -> AlbConditions.prefix("/" + s + ","));

  @ParameterizedTest
  @ValueSource(strings = {"a/", "a.", "200,", "200-", "%", "-", ":", "a-", "/a", "*?"})
  void everyRuleAnswersWithoutRunningOutOfStack(String unit) {
    // GIVEN 200,000 characters of one repeated unit WHEN each rule checks it THEN each answers (a complaint or none)
    String hostile = unit.repeat(200_000 / unit.length()) + " ";
    for (int i = 0; i < RULES.size(); i++) {
      assertTrue(RULES.get(i).apply(hostile).isPresent(), "rule " + i + ": a complaint for " + unit + "...");
    }
  }
}
