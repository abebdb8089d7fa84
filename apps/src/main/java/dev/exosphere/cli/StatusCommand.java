package dev.exosphere.cli;

import dev.exosphere.ExoException;
import dev.exosphere.aws.AwsClients;
import dev.exosphere.aws.AwsException;
import dev.exosphere.model.ExoModel;
import dev.exosphere.status.AppStatus;
import dev.exosphere.status.StatusReader;
import dev.exosphere.status.StatusRender;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code exo status [-f FILE] [--env ENV]}: the health of the deployed application, for people and for CI. */
@Command(name = "status",
    description = {"Shows the deployed application's health; exit 1 when unhealthy.","Reads the deployed stack of FILE's application (and its nested stacks) and",
        "prints every service's tasks, deployments, target group health and recent",
        "events, the clusters' instances (ExoCom's too), the load balancer's DNS name",
        "and the URL. Read-only: usable in CI after a deploy."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:healthy", "1:something is unhealthy (listed under 'problems'), or the stack or AWS cannot be "
        + "read (one line on stderr)", "2:usage error"})
public final class StatusCommand extends ExoCommand {
  @Mixin
  HelpOption help;

  @Mixin
  FileArgument file;

  @Mixin
  AwsOptions aws;

  @Override
  public Integer call() {
    Path path = file.file(this, FileArgument.DEFAULT);
    try {
      ExoModel model = Deployment.load(path, err);
      try (AwsClients clients = new AwsClients(aws.settings(this, model))) {
        AppStatus status = StatusReader.read(clients, model.name(), aws.stackName(model));
        out.print(StatusRender.render(status));
        return status.healthy() ? Exo.OK : Exo.FAILED;
      }
    } catch (ExoException e) {
      err.println(e.getMessage());
      return Exo.FAILED;
    } catch (AwsException e) {
      err.println("exo status: " + e.getMessage());
      return Exo.FAILED;
    }
  }
}
