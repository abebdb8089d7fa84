package dev.exosphere.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;

/** Reads the file's text, refusing what YAML parsers report badly: missing files, non-UTF-8 bytes, tab indentation. */
final class YamlSource {
  private YamlSource() {}

  /** The file's text without a byte order mark, or empty after reporting why it cannot be read. */
  static Optional<String> read(LoadContext ctx) {
    var file = ctx.file();
    SourcePosition whole = new SourcePosition(file, 0, 0);
    if (Files.isDirectory(file)) {
      ctx.error(whole, "", "expected a file, got a directory", "name the exosphere.yml inside it, e.g. " + file.resolve("exosphere.yml"));
      return Optional.empty();
    }
    if (!Files.exists(file)) {
      ctx.error(whole, "", "file not found", "check the path; a relative path starts from the current directory");
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException | SecurityException e) {
      ctx.error(whole, "", "cannot read the file (" + e.getMessage() + ")", "check the file's permissions");
      return Optional.empty();
    }
    Optional<String> text = decode(ctx, bytes);
    if (text.isPresent() && (unprintable(ctx, text.get()) || tabIndented(ctx, text.get()))) {
      return Optional.empty();
    }
    return text;
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
