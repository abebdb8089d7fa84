package dev.exosphere.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.LogConfiguration;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;

/** How a deployed ECS service is named as in exosphere.yml, and where its logs are. */
class DeployedServiceTest {
  private static TaskDefinition task(String family, String container, Map<String, String> logOptions) {
    return TaskDefinition.builder().family(family).containerDefinitions(ContainerDefinition.builder().name(container)
        .logConfiguration(LogConfiguration.builder().logDriver("awslogs").options(logOptions).build()).build()).build();
  }

  @Test
  void aServiceIsNamedByItsFamilyAndExoComByItsContainer() {
    // GIVEN the task families ExoService and ExoComBus give WHEN named THEN the YAML name, and exocom
    assertEquals("users-v2", DeployedService.nameOf("space-tweet", task("space-tweet-users-v2", "users-v2", Map.of())));
    assertEquals("exocom", DeployedService.nameOf("space-tweet", task("spacetweetAppBusTaskDefinition6700DF8A",
        "ExoCom", Map.of())));
    assertEquals("other", DeployedService.nameOf("space-tweet", task("other", "x", Map.of())));
  }

  @Test
  void theClusterComesFromTheLongServiceArn() {
    // WHEN a long-format ARN is read THEN its cluster; a short one is a clear error naming the account setting
    assertEquals("c-1", DeployedService.clusterOf("arn:aws:ecs:us-east-1:123456789012:service/c-1/web-XYZ"));
    AwsException e = assertThrows(AwsException.class,
        () -> DeployedService.clusterOf("arn:aws:ecs:us-east-1:123456789012:service/web-XYZ"));
    assertTrue(e.getMessage().contains("serviceLongArnFormat"), e.getMessage());
  }

  @Test
  void logsAreTheAwslogsGroupAndPrefixWithTheContainer() {
    // GIVEN awslogs with a stream prefix WHEN its target is read THEN streams <prefix>/<container>/
    DeployedService s = new DeployedService("web", Service.builder().build(),
        task("app-web", "web", Map.of("awslogs-group", "g", "awslogs-stream-prefix", "app")));
    assertEquals(Optional.of(new DeployedService.LogTarget("g", "app/web/")), s.logTarget());
  }

  @Test
  void stackNamesAreAppOrAppDashEnv() {
    assertEquals("space-tweet", StackNames.of("space-tweet", Optional.empty()));
    assertEquals("space-tweet-staging", StackNames.of("space-tweet", Optional.of("staging")));
  }
}
