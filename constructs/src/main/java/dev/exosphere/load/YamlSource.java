package dev.exosphere.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the file's text, refusing what YAML parsers report badly or never finish: missing files, symbolic link loops,
 * anything but a regular file (a FIFO would block, a device never ends), files over {@link FileLimits#MAX_FILE_BYTES},
 * non-UTF-8 bytes, tab indentation. Whole-file problems are reported at 1:1, so editors can jump to the file.
 */
final class YamlSource {
  private static final String OTHER_FILE_FIX = "name the exosphere.yml file itself; to check generated YAML, "
      + "write it to a file first";

  private YamlSource() {}

  /** The file's text without a byte order mark, or empty after reporting why it cannot be read. */
  static Optional<String> read(LoadContext ctx) {
    Optional<byte[]> bytes = bytes(ctx);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> text = decode(ctx, bytes.get());
    if (text.isPresent() && (unprintable(ctx, text.get()) || tabIndented(ctx, text.get()))) {
      return Optional.empty();
    }
    return text;
  }

  /** The file's bytes, after checking that it is a regular file within the size limit. */
  private static Optional<byte[]> bytes(LoadContext ctx) {
    Path file = ctx.file();
    SourcePosition whole = ctx.at(1, 1);
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class); // follows symbolic links
    } catch (NoSuchFileException e) {
      notFound(ctx, file);
      return Optional.empty();
    } catch (IOException | SecurityException e) {
      unreadable(ctx, file, e);
      return Optional.empty();
    }
    if (attributes.isDirectory()) {
      ctx.error(whole, "", "expected a file, got a directory", "name the exosphere.yml inside it, e.g. " + file.resolve("exosphere.yml"));
      return Optional.empty();
    }
    if (!attributes.isRegularFile()) {
      ctx.error(whole, "", "expected a regular file, got " + kindOf(file), OTHER_FILE_FIX);
      return Optional.empty();
    }
    if (attributes.size() > FileLimits.MAX_FILE_BYTES) {
      tooLarge(ctx, attributes.size());
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(file)) {
      // Bounded even if the file grows after the check (or lies about its size, as /proc files do).
      byte[] bytes = in.readNBytes((int) FileLimits.MAX_FILE_BYTES + 1);
      if (bytes.length > FileLimits.MAX_FILE_BYTES) {
        tooLarge(ctx, Math.max(bytes.length, Files.size(file)));
        return Optional.empty();
      }
      return Optional.of(bytes);
    } catch (IOException | SecurityException e) {
      unreadable(ctx, file, e);
      return Optional.empty();
    }
  }

  private static void notFound(LoadContext ctx, Path file) {
    if (Files.isSymbolicLink(file)) {
      String target;
      try {
        target = Files.readSymbolicLink(file).toString();
      } catch (IOException e) {
        target = "?";
      }
      ctx.error(ctx.at(1, 1), "", "the symbolic link points to " + target + ", which does not exist",
          "fix the link, or name the file it should point to");
    } else {
      ctx.error(ctx.at(1, 1), "", "file not found", "check the path; a relative path starts from the current directory");
    }
  }

  private static void unreadable(LoadContext ctx, Path file, Exception e) {
    String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
    if (e instanceof AccessDeniedException || e instanceof SecurityException) {
      ctx.error(ctx.at(1, 1), "", "cannot read the file (permission denied)", "check the file's permissions");
    } else if (reason.contains("symbolic links") || symlinkLoop(file)) {
      ctx.error(ctx.at(1, 1), "", "the symbolic links loop (" + reason + ")",
          "point the link at a real file; 'ls -l' shows where each link leads");
    } else {
      ctx.error(ctx.at(1, 1), "", "cannot read the file (" + reason + ")", "check the file's permissions");
    }
  }

  /** Whether following {@code file}'s links comes back to a link already seen. */
  private static boolean symlinkLoop(Path file) {
    Set<Path> seen = new HashSet<>();
    Path p = file.toAbsolutePath().normalize();
    try {
      while (Files.isSymbolicLink(p)) {
        if (!seen.add(p)) {
          return true;
        }
        Path parent = p.getParent();
        p = (parent == null ? p : parent.resolve(Files.readSymbolicLink(p))).normalize();
      }
    } catch (IOException | SecurityException e) {
      return false;
    }
    return false;
  }

  private static void tooLarge(LoadContext ctx, long size) {
    ctx.error(ctx.at(1, 1), "", "the file is " + FileLimits.describeBytes(size) + ", more than the limit of "
        + FileLimits.describeBytes(FileLimits.MAX_FILE_BYTES),
        "check that this is the right file; an exosphere.yml is a few KiB, and anchors (&name, *name) shorten repeats");
  }

  /** "a named pipe (FIFO)", "a device", "a socket": what the path is, from its Unix file type. */
  private static String kindOf(Path file) {
    int type;
    try {
      type = ((Integer) Files.getAttribute(file, "unix:mode")) & 0170000;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
      return "a special file";
    }
    return switch (type) {
      case 0010000 -> "a named pipe (FIFO), which would wait for a writer";
      case 0020000 -> "a character device, whose bytes may never end";
      case 0060000 -> "a block device";
      case 0140000 -> "a socket";
      default -> "a special file";
    };
  }

  private static Optional<String> decode(LoadContext ctx, byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int bad = in.position();
      String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
      int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
      int column = before.length() - before.lastIndexOf('\n');
      ctx.error(ctx.at(line, column), "", String.format("expected UTF-8 text, got the byte 0x%02X", bytes[bad] & 0xff),
          "save the file as UTF-8");
      return Optional.empty();
    }
    decoder.flush(out);
    String text = out.flip().toString();
    return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  /** Reports the first character YAML forbids (control characters); true if there was one. */
  private static boolean unprintable(LoadContext ctx, String text) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!printable(c)) {
        ctx.error(ctx.at(line, column), "", String.format("expected printable text, got the control character U+%04X", c),
            "remove it; an editor showing invisible characters helps");
        return true;
      }
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /** YAML 1.1's printable set, as SnakeYAML checks it. */
  private static boolean printable(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
  }

  /** Reports every line indented with a tab; true if there was one. */
  private static boolean tabIndented(LoadContext ctx, String text) {
    boolean found = false;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int col = 0;
      while (col < line.length() && (line.charAt(col) == ' ' || line.charAt(col) == '\t')) {
        col++;
      }
      boolean blank = line.substring(col).isBlank();
      int tab = line.substring(0, col).indexOf('\t');
      if (tab >= 0 && !blank) {
        ctx.error(ctx.at(i + 1, tab + 1), "", "tabs are not allowed for indentation in YAML", "indent with spaces");
        found = true;
      }
    }
    return found;
  }
}
