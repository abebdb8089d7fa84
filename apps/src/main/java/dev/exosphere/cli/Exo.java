package dev.exosphere.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/** The {@code exo} command line: {@code exo <command> [options]}, parsed by picocli. */
@Command(name = "exo",
    description = {"Checks an Exosphere application's exosphere.yml, builds, pushes and pins its",
        "images, shows the deployed application's health and logs, draws it, and imports",
        "applications described for Exosphere, Ailtire or docker-compose."},
    synopsisSubcommandLabel = "<command>",
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:success (warnings allowed)",
        "1:the file has errors, a build or push failed, or the deployment is unhealthy",
        "2:usage error (unknown command or option, malformed value)"},
    footer = {"", "'exo help <command>' or 'exo <command> --help' shows one command."})
public final class Exo extends ExoCommand {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  /** How picocli's {@code help} command words a name it does not know. */
  private static final Pattern UNKNOWN_SUBCOMMAND = Pattern.compile("Unknown subcommand '(.*)'\\.");

  @Mixin
  HelpOption help;

  private final List<Object> commands;

  /** @param commands the sub-commands, picocli-annotated, in the order the help lists them */
  public Exo(List<Object> commands) {
    this.commands = List.copyOf(commands);
  }

  /** Every command exo knows. */
  public static Exo standard() {
    return new Exo(List.of(new ValidateCommand(), new ImagesCommand(), new StatusCommand(), new LogsCommand(),
        new DiagramCommand(), new ImportCommand()));
  }

  public static void main(String[] args) {
    System.exit(standard().run(Arrays.asList(args), System.out, System.err));
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    CommandLine cl = new CommandLine(this);
    commands.forEach(cl::addSubcommand);
    cl.addSubcommand("help", new CommandLine.HelpCommand());
    return execute(cl, args, out, err);
  }

  /** {@code exo} alone: the help, as a usage error (a script calling it so is wrong). */
  @Override
  public Integer call() {
    spec.commandLine().usage(err);
    return USAGE;
  }

  /** Runs {@code cl} on {@code args}: usage errors are one line (exit 2), bugs of ours one line (exit 1). */
  static int execute(CommandLine cl, List<String> args, PrintStream out, PrintStream err) {
    cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cl.setParameterExceptionHandler(Exo::usageError);
    cl.setExecutionExceptionHandler((e, failed, parsed) -> internalError(e, failed));
    cl.setAbbreviatedOptionsAllowed(false);
    injectStreams(cl, out, err);
    int code = cl.execute(args.toArray(String[]::new));
    out.flush();
    err.flush();
    return code;
  }

  private static void injectStreams(CommandLine cl, PrintStream out, PrintStream err) {
    if (cl.getCommand() instanceof ExoCommand c) {
      c.streams(out, err);
    }
    cl.getSubcommands().values().forEach(sub -> injectStreams(sub, out, err));
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    String name = name(cl);
    cl.getErr().println(name + ": " + describe(e, cl) + " (see '" + name + " --help')");
    return USAGE;
  }

  /** picocli's message, or for an unknown word, what it is taken for and the closest known one. */
  private static String describe(ParameterException e, CommandLine cl) {
    if (e.getCause() instanceof TypeConversionException t && t.getMessage().startsWith("--")) {
      return t.getMessage(); // our converters name the option and the value themselves
    }
    Matcher unknown = UNKNOWN_SUBCOMMAND.matcher(e.getMessage());
    if (unknown.matches()) {
      return "unknown command '" + unknown.group(1) + "'"; // from 'exo help <command>'
    }
    if (!(e instanceof UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
      return e.getMessage();
    }
    String word = u.getUnmatched().get(0);
    String kind = word.startsWith("-") ? "unknown option" : cl.getSubcommands().isEmpty() ? "unexpected argument"
        : "unknown command";
    List<String> suggestions = u.getSuggestions();
    return kind + " '" + word + "'" + (suggestions.isEmpty() ? "" : ": did you mean '" + suggestions.get(0) + "'?");
  }

  /** {@code exo images build}, also when {@code images} runs on its own (tests, benchmarks). */
  private static String name(CommandLine cl) {
    String name = cl.getCommandSpec().qualifiedName();
    return name.equals("exo") || name.startsWith("exo ") ? name : "exo " + name;
  }

  /** A bug of ours, not the user's: still one clear line, and how to report it. */
  private static int internalError(Exception e, CommandLine cl) {
    PrintWriter err = cl.getErr();
    err.println(name(cl) + ": internal error: " + e
        + " (please report it with the command you ran; EXO_DEBUG=1 shows the stack trace)");
    if (System.getenv("EXO_DEBUG") != null) {
      e.printStackTrace(err);
    }
    return FAILED;
  }
}
