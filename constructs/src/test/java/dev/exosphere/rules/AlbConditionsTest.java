package dev.exosphere.rules;

import static dev.exosphere.rules.RuleAssertions.accepted;
import static dev.exosphere.rules.RuleAssertions.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AlbConditionsTest {
  @ParameterizedTest
  @ValueSource(strings = {"/", "/api", "/api/v2", "/a_b-c.d$e~f\"g'h@i:j+k&l", "/x"})
  void prefixesOfTheLoadBalancersCharactersPass(String prefix) {
    accepted(AlbConditions.prefix(prefix));
  }

  @Test
  void prefixWithoutLeadingSlashSaysToAddIt() {
    assertEquals("write '/api'", rejected(AlbConditions.prefix("api"), "starting with '/'").fix());
  }

  @Test
  void wildcardsCharactersAndLengthAreRejected() {
    rejected(AlbConditions.prefix("/api/*"), "without wildcards");
    rejected(AlbConditions.prefix("/a?b"), "without wildcards");
    assertEquals("remove ','; the load balancer matches no other characters",
        rejected(AlbConditions.prefix("/a,b"), "_-.$/~").fix());
    rejected(AlbConditions.prefix("/caf\u00e9"), "_-.$/~");
    rejected(AlbConditions.prefix("/a%20b"), "_-.$/~");
    accepted(AlbConditions.prefix("/" + "a".repeat(125)));
    rejected(AlbConditions.prefix("/" + "a".repeat(126)), "at most 126 characters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"example.com", "www.example.com", "*.example.com", "api-2.example.com", "a?.example.com",
      "WWW.Example.COM", "*.*.example.com"})
  void hostsOfRfc1123LabelsAndWildcardsPass(String host) {
    accepted(AlbConditions.host(host));
  }

  @Test
  void hostsTheLoadBalancerRefusesAreRejected() {
    rejected(AlbConditions.host("localhost"), "at least one '.'");
    rejected(AlbConditions.host("shop_example.com"), "letters, digits, '-'");
    rejected(AlbConditions.host("-www.example.com"), "letters, digits, '-'");
    rejected(AlbConditions.host("www-.example.com"), "letters, digits, '-'");
    rejected(AlbConditions.host("www..example.com"), "letters, digits, '-'");
    rejected(AlbConditions.host("example.com."), "letters, digits, '-'");
    rejected(AlbConditions.host("www.example.123"), "last label is letters only");
    rejected(AlbConditions.host("a".repeat(64) + ".com"), "at most 63 characters, got 64");
    accepted(AlbConditions.host("a".repeat(63) + ".com"));
    rejected(AlbConditions.host(("b".repeat(40) + ".").repeat(3) + "example.com"), "at most 128 characters (the load balancer's limit), got 134");
    rejected(AlbConditions.host("*?.??.*?.example.com"), "at most 5 wildcards");
  }

  @Test
  void wildcardsCountStarsAndQuestionMarks() {
    assertEquals(3, AlbConditions.wildcards("*.a?.b*"));
  }
}
