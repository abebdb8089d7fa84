package dev.exosphere.service;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.EdgeFixtures;
import dev.exosphere.ExoException;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerImage;

/** Container settings {@link ExoService} refuses before anything is built, named as props. */
class ExoServiceContainerErrorsTest {
  @Test
  void aHealthCheckTimeoutLongerThanItsIntervalIsAPropError() {
    // GIVEN a worker whose container health check times out after 30 s but runs every 10 s
    Stack stack = EdgeFixtures.stack();
    Cluster cluster = EdgeFixtures.ec2Cluster(stack);
    ExoServiceProps props = ExoServiceProps.builder().name("worker").appName("shop").cluster(cluster)
        .image(ContainerImage.fromRegistry("shop/worker:1"))
        .container(ServiceContainer.builder()
            .healthCheck(new ServiceContainerCheck(List.of("CMD", "/bin/worker", "--check"), 10, 30, 3, 0))
            .build())
        .build();
    // WHEN built THEN the error names the prop and says why, instead of aws-cdk-lib's error at synth
    ExoException e = assertThrows(ExoException.class, () -> new ExoService(stack, "Worker", props));
    assertTrue(e.getMessage().startsWith("Test/Worker: container.healthCheck.timeoutSeconds = 30 is invalid: "
        + "expected a timeout of at most the interval (10 s), got 30 s"), e.getMessage());
  }
}
