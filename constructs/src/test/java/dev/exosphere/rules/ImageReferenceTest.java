package dev.exosphere.rules;

import static dev.exosphere.rules.RuleAssertions.accepted;
import static dev.exosphere.rules.RuleAssertions.rejected;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageReferenceTest {
  private static final String HEX = "0123456789abcdef".repeat(4);

  @ParameterizedTest
  @ValueSource(strings = {"nginx", "nginx:1.27", "library/nginx:latest", "127.0.0.1:5000/shop/web:1.0.0",
      "localhost:5000/web", "public.ecr.aws/exosphere/bench-service:1.0.0", "my-registry.example.com/a/b__c.d-e:v_1",
      "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:sha-abc"})
  void referencesOfTheDockerGrammarPass(String ref) {
    accepted(ImageReference.check(ref));
  }

  @Test
  void digestsPassWhenWellFormed() {
    accepted(ImageReference.check("nginx@sha256:" + HEX));
    accepted(ImageReference.check("nginx:1.27@sha256:" + HEX));
    accepted(ImageReference.check("nginx@sha512:" + HEX + HEX));
  }

  @Test
  void referencesDockerRefusesAreRejected() {
    rejected(ImageReference.check(""), "empty");
    rejected(ImageReference.check("nginx::"), "image name");
    rejected(ImageReference.check("a//b:1:2:3"), "image name");
    rejected(ImageReference.check("@sha256:zz"), "image reference");
    rejected(ImageReference.check("Nginx:1.27"), "image name");
    rejected(ImageReference.check("nginx:-latest"), "a tag of");
    rejected(ImageReference.check("nginx:" + "t".repeat(129)), "a tag of");
    rejected(ImageReference.check("a/" + "b".repeat(254)), "at most 255");
    rejected(ImageReference.check("a".repeat(1025)), "at most 1024 characters");
  }

  @Test
  void sha256DigestsAre64LowerCaseHexDigits() {
    rejected(ImageReference.check("nginx@sha256:zz"), "64 lower-case hex");
    rejected(ImageReference.check("nginx@sha256:" + HEX.substring(1)), "64 lower-case hex");
    rejected(ImageReference.check("nginx@sha256:" + HEX.toUpperCase(java.util.Locale.ROOT)), "64 lower-case hex");
    rejected(ImageReference.check("nginx@md5"), "digest like sha256");
  }

  @Test
  void busVersionsAreTags() {
    accepted(ImageReference.tag("0.21.3"));
    accepted(ImageReference.tag("latest"));
    rejected(ImageReference.tag("1.0 beta"), "image tag");
    rejected(ImageReference.tag(".1"), "image tag");
  }
}
