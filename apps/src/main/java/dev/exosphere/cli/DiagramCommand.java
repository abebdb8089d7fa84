package dev.exosphere.cli;

import dev.exosphere.ExoException;
import dev.exosphere.diagram.Architecture;
import dev.exosphere.diagram.ArchitectureBuilder;
import dev.exosphere.diagram.DiagramException;
import dev.exosphere.diagram.DotWriter;
import dev.exosphere.diagram.Graphviz;
import dev.exosphere.diagram.MermaidWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code exo diagram [-f FILE] [--format svg|png|dot|mermaid] [-o OUT]}: the application's architecture drawn. */
@Command(name = "diagram",
    description = {"Draws the architecture FILE describes: the VPC and its subnets, the clusters,",
        "ExoCom, the load balancers with their hosts and routes, every service by type,",
        "the message flows between services, and the dependencies. svg and png are",
        "rendered by Graphviz's dot; dot and mermaid print the source."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:drawn", "1:the file has errors, dot is missing or failed, or OUT cannot be written",
        "2:usage error"})
public final class DiagramCommand extends ExoCommand {
  /** What {@code --format} accepts. */
  enum Format { svg, png, dot, mermaid }

  @Mixin
  HelpOption help;

  @Mixin
  FileArgument file;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "svg",
      description = "svg (default), png, dot or mermaid.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to OUT (default: standard output).")
  Path output;

  @Override
  public Integer call() {
    Path path = file.file(this, FileArgument.DEFAULT);
    try {
      Architecture architecture = ArchitectureBuilder.of(Deployment.load(path, err));
      byte[] bytes = switch (format) {
        case dot -> DotWriter.write(architecture).getBytes(StandardCharsets.UTF_8);
        case mermaid -> MermaidWriter.write(architecture).getBytes(StandardCharsets.UTF_8);
        case svg, png -> Graphviz.render(DotWriter.write(architecture), format.name());
      };
      if (output == null) {
        out.write(bytes);
        out.flush();
      } else {
        Files.write(output, bytes);
      }
      return Exo.OK;
    } catch (ExoException e) {
      err.println(e.getMessage());
      return Exo.FAILED;
    } catch (DiagramException e) {
      err.println("exo diagram: " + e.getMessage());
      return Exo.FAILED;
    } catch (IOException e) {
      err.println("exo diagram: cannot write " + output + ": " + e.getMessage());
      return Exo.FAILED;
    }
  }
}
