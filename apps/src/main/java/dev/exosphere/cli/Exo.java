package dev.exosphere.cli;

import dev.exosphere.load.Suggestions;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The {@code exo} command line: {@code exo <command> [args]}. */
public final class Exo {
  static final int USAGE = 2;

  private final List<Command> commands;

  public Exo(List<Command> commands) {
    this.commands = List.copyOf(commands);
  }

  /** Every command exo knows, in the order {@code exo help} lists them. */
  public static Exo standard() {
    return new Exo(List.of(new ValidateCommand(), new ImagesCommand()));
  }

  public static void main(String[] args) {
    System.exit(standard().run(Arrays.asList(args), System.out, System.err));
  }

  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help") || args.get(0).equals("-h")) {
      if (args.size() > 1) {
        Optional<Command> c = find(args.get(1));
        if (c.isPresent()) {
          out.println(c.get().usage());
          return 0;
        }
      }
      out.println(help());
      return args.isEmpty() ? USAGE : 0;
    }
    Optional<Command> command = find(args.get(0));
    if (command.isEmpty()) {
      err.println("exo: unknown command '" + args.get(0) + "'" + suggestion(args.get(0)) + "\n\n" + help());
      return USAGE;
    }
    try {
      return command.get().run(args.subList(1, args.size()), out, err);
    } catch (RuntimeException e) {
      // A bug of ours, not the user's: still one clear line, and how to report it.
      err.println("exo " + args.get(0) + ": internal error: " + e
          + " (please report it with the command you ran; EXO_DEBUG=1 shows the stack trace)");
      if (System.getenv("EXO_DEBUG") != null) {
        e.printStackTrace(err);
      }
      return 1;
    }
  }

  private Optional<Command> find(String name) {
    return commands.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  private String suggestion(String typed) {
    List<String> names = commands.stream().map(Command::name).toList();
    return Suggestions.closest(typed, names).map(n -> ": did you mean '" + n + "'?").orElse("");
  }

  private String help() {
    StringBuilder sb = new StringBuilder("usage: exo <command> [args]\n\ncommands:\n");
    for (Command c : commands) {
      sb.append(String.format("  %-10s %s%n", c.name(), c.summary()));
    }
    sb.append(String.format("  %-10s %s%n", "help", "this text; 'exo help <command>' for one command"));
    return sb.toString().stripTrailing();
  }
}
