package dev.exosphere.cli;

import dev.exosphere.ExoException;
import dev.exosphere.aws.AwsClients;
import dev.exosphere.aws.AwsException;
import dev.exosphere.aws.DeployedService;
import dev.exosphere.aws.DeployedStack;
import dev.exosphere.logs.LogReader;
import dev.exosphere.model.ExoModel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code exo logs SERVICE [--since 10m] [--follow] [--filter TEXT]}: a deployed service's logs, every task merged. */
@Command(name = "logs",
    description = {"Prints a deployed service's logs, every task merged by time.","Prints the CloudWatch Logs of SERVICE (a name under services, or exocom)",
        "in the deployed stack, every task's stream merged by time, each line as",
        "time [task] message."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:printed (also when there was nothing to print)",
        "1:no such service, or the stack or AWS cannot be read (one line on stderr)", "2:usage error"})
public final class LogsCommand extends ExoCommand {
  static final Duration POLL = Duration.ofSeconds(2);

  @Mixin
  HelpOption help;

  @Parameters(index = "0", paramLabel = "SERVICE", description = "The service, as named under services (or exocom).")
  String service;

  @Option(names = {"-f", "--file"}, paramLabel = "FILE",
      description = "The application's exosphere.yml (default: ./exosphere.yml).")
  java.nio.file.Path file = FileArgument.DEFAULT;

  @Option(names = "--since", paramLabel = "AGE", converter = SinceConverter.class, defaultValue = "10m",
      description = "Start this long ago (30s, 10m, 2h, 1d) or at an instant (2026-12-02T10:00:00Z); default 10m.")
  Since since;

  @Option(names = "--follow", description = "Keep printing new lines (every 2s) until interrupted.")
  boolean follow;

  @Option(names = "--filter", paramLabel = "TEXT", description = "Only lines containing TEXT (literal, case-sensitive).")
  String filter;

  @Mixin
  AwsOptions aws;

  @Override
  public Integer call() {
    try {
      ExoModel model = Deployment.load(file, err);
      if (!service.equals(DeployedService.EXOCOM) && !model.services().containsKey(service)) {
        err.println("exo logs: no service '" + service + "' in " + file + " (services: "
            + String.join(", ", model.services().keySet()) + ", or " + DeployedService.EXOCOM + ")");
        return Exo.FAILED;
      }
      try (AwsClients clients = new AwsClients(aws.settings(this, model))) {
        LogReader reader = new LogReader(clients, target(clients, model), Optional.ofNullable(filter));
        Instant start = since.from(Instant.now());
        if (follow) {
          reader.follow(start, POLL, () -> !Thread.currentThread().isInterrupted(), l -> out.println(l.format()));
        } else {
          reader.read(start).forEach(l -> out.println(l.format()));
        }
        return Exo.OK;
      }
    } catch (ExoException e) {
      err.println(e.getMessage());
      return Exo.FAILED;
    } catch (AwsException e) {
      if (follow && Thread.currentThread().isInterrupted()) {
        return Exo.OK; // interrupted during a poll rather than between polls
      }
      err.println("exo logs: " + e.getMessage());
      return Exo.FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // --follow ends when interrupted: the lines so far were the answer
      return Exo.OK;
    }
  }

  private DeployedService.LogTarget target(AwsClients clients, ExoModel model) {
    String stackName = aws.stackName(model);
    DeployedStack stack = DeployedStack.read(clients, stackName);
    List<DeployedService> services = DeployedService.of(clients, stack, model.name());
    DeployedService found = services.stream().filter(s -> s.name().equals(service)).findFirst()
        .orElseThrow(() -> new AwsException("the stack " + stackName + " has no service " + service
            + " (deployed: " + String.join(", ", services.stream().map(DeployedService::name).toList())
            + "; deploy the current exosphere.yml with 'cdk deploy')"));
    return found.logTarget().orElseThrow(() -> new AwsException("the service " + service
        + " does not log to CloudWatch Logs (its task definition has no awslogs driver)"));
  }
}
