package dev.exosphere.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} on every command and action. */
final class HelpOption {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;
}
