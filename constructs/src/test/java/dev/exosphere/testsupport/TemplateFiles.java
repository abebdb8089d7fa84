package dev.exosphere.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/** Writes a stack's synthesized template to a JSON file, for tools that read files (cfn-lint) and for people. */
public final class TemplateFiles {
  private TemplateFiles() {}

  /** Synthesizes {@code stack} and writes its template, pretty-printed, to {@code file}; returns the file. */
  public static Path write(Stack stack, Path file) {
    try {
      Files.createDirectories(file.getParent());
      new ObjectMapper().writerWithDefaultPrettyPrinter()
          .writeValue(file.toFile(), Template.fromStack(stack).toJSON());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the template to " + file, e);
    }
  }
}
