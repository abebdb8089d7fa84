package dev.exosphere.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures a cloud assembly against CloudFormation's limits: stack count, the largest stack's resource, output and
 * parameter counts, the largest template's size.
 *
 * @param stacks            templates in the assembly (nested ones included)
 * @param maxResources      resources of the largest stack (limit 500)
 * @param maxResourcesStack which one
 * @param maxOutputs        outputs of the stack with most (limit 200)
 * @param maxParameters     parameters of the stack with most (limit 200)
 * @param maxBytes          bytes of the largest template (limit 1 MB through S3)
 * @param maxBytesStack     which one
 */
public record AssemblyStats(int stacks, int maxResources, String maxResourcesStack, int maxOutputs, int maxParameters,
    long maxBytes, String maxBytesStack) {

  public static AssemblyStats of(Path cdkOut) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Path> templates;
    try (Stream<Path> files = Files.list(cdkOut)) {
      templates = files.filter(p -> p.getFileName().toString().endsWith(".template.json")).sorted().toList();
    }
    int maxResources = 0;
    int maxOutputs = 0;
    int maxParameters = 0;
    long maxBytes = 0;
    String resStack = "";
    String bytesStack = "";
    for (Path t : templates) {
      JsonNode root = json.readTree(t.toFile());
      int resources = root.path("Resources").size();
      if (resources > maxResources) {
        maxResources = resources;
        resStack = t.getFileName().toString();
      }
      maxOutputs = Math.max(maxOutputs, root.path("Outputs").size());
      maxParameters = Math.max(maxParameters, root.path("Parameters").size());
      long bytes = Files.size(t);
      if (bytes > maxBytes) {
        maxBytes = bytes;
        bytesStack = t.getFileName().toString();
      }
    }
    return new AssemblyStats(templates.size(), maxResources, resStack, maxOutputs, maxParameters, maxBytes, bytesStack);
  }

  /** {@code AssemblyStats <cdk.out>}: prints one line of figures. */
  public static void main(String[] args) throws IOException {
    AssemblyStats s = of(Path.of(args[0]));
    System.out.printf("stacks=%d largest_stack_resources=%d (%s) max_outputs=%d max_parameters=%d "
        + "largest_template_bytes=%d (%s)%n", s.stacks, s.maxResources, s.maxResourcesStack, s.maxOutputs,
        s.maxParameters, s.maxBytes, s.maxBytesStack);
  }
}
