package dev.exosphere.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EcrImageTest {
  @ParameterizedTest
  @CsvSource({
      "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0, arn:aws:ecr:us-east-1:123456789012:repository/web, 1.0",
      "123456789012.dkr.ecr.us-east-1.amazonaws.com/team/web, arn:aws:ecr:us-east-1:123456789012:repository/team/web, latest",
      "210987654321.dkr.ecr.cn-north-1.amazonaws.com.cn/web:v2, arn:aws-cn:ecr:cn-north-1:210987654321:repository/web, v2",
      "123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com/a.b-c_d:x, arn:aws-us-gov:ecr:us-gov-west-1:123456789012:repository/a.b-c_d, x",
      "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1@sha256:0000000000000000000000000000000000000000000000000000000000000000, "
          + "arn:aws:ecr:eu-west-1:123456789012:repository/web, sha256:0000000000000000000000000000000000000000000000000000000000000000",
  })
  void ecrReferencesGiveTheRepositoryArnAndWhatIsPulled(String reference, String arn, String pulled) {
    EcrImage image = EcrImage.parse(reference).orElseThrow();
    assertEquals(arn, image.repositoryArn());
    assertEquals(pulled, image.tagOrDigest());
  }

  @ParameterizedTest
  @ValueSource(strings = {"originate/exocom:0.21.3", "nginx", "public.ecr.aws/nginx/nginx:1.27",
      "127.0.0.1:5000/web@sha256:0000000000000000000000000000000000000000000000000000000000000000",
      "12345678901.dkr.ecr.us-east-1.amazonaws.com/web", "123456789012.dkr.ecr.us-east-1.amazonaws.com.evil.io/web",
      "123456789012.dkr.ecr.us-east-1.amazonaws.com/Web", "ghcr.io/123456789012.dkr.ecr.us-east-1.amazonaws.com/web"})
  void everythingElseIsNotEcr(String reference) {
    assertFalse(EcrImage.isEcr(reference));
    assertEquals(Optional.empty(), EcrImage.parse(reference));
  }

  @ParameterizedTest
  @CsvSource({
      "12345678901.dkr.ecr.us-east-1.amazonaws.com/web, true",
      "123456789012.dkr.ecr.us-east-1.amazonaws.com.cn/web@sha256:12, true",
      "123456789012.dkr.ecr.us-east-1.amazonaws.com.evil.io/web, false",
      "ghcr.io/123456789012.dkr.ecr.us-east-1.amazonaws.com/web, false",
      "nginx, false",
  })
  void aMalformedReferenceToAnEcrRegistryIsRecognisedAsSuch(String reference, boolean ecrHost) {
    assertEquals(ecrHost, EcrImage.namesEcrRegistry(reference));
    assertEquals(Optional.empty(), EcrImage.parse(reference));
  }
}
