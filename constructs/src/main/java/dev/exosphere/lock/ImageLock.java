package dev.exosphere.lock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exosphere.AtomicFiles;
import dev.exosphere.ExoException;
import dev.exosphere.load.Problem;
import dev.exosphere.load.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code exo-images.lock.json}, beside {@code exosphere.yml}: each built service's image pinned by the registry's
 * manifest digest. Written by {@code exo images push} only for images really in the registry; read by the CDK app,
 * which deploys a {@code build} service with an entry by digest (and builds an image asset for one without).
 *
 * <p>The file is deterministic: sorted keys, two-space indentation, no timestamps, a final newline.
 *
 * @param images service name to its pinned image, sorted
 */
public record ImageLock(SortedMap<String, LockedImage> images) {
  /** The lock's file name, beside {@code exosphere.yml}. */
  public static final String FILE_NAME = "exo-images.lock.json";
  /** Bumped when the format changes incompatibly; readers refuse other versions. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DIGEST_REF = Pattern.compile("[^@\\s]+@sha256:[0-9a-f]{64}");
  private static final Pattern CONTENT_HASH = Pattern.compile("sha256:[0-9a-f]{64}");

  public ImageLock {
    images = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(images));
  }

  public static ImageLock empty() {
    return new ImageLock(new TreeMap<>());
  }

  /** Where the lock of {@code exosphereYml} lives. */
  public static Path pathBeside(Path exosphereYml) {
    return exosphereYml.toAbsolutePath().resolveSibling(FILE_NAME);
  }

  /**
   * The lock beside {@code exosphereYml}; empty when there is none.
   *
   * @throws ExoException when the file is there but malformed (the message names the file and what is wrong)
   */
  public static Optional<ImageLock> readBeside(Path exosphereYml) {
    return read(pathBeside(exosphereYml));
  }

  /** The lock in {@code file}; empty when it does not exist. */
  public static Optional<ImageLock> read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw malformed(file, "cannot be read (" + e.getMessage() + ")");
    }
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw malformed(file, "is not valid JSON at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + " (" + e.getOriginalMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      throw malformed(file, "must be a JSON object with \"version\" and \"images\"");
    }
    JsonNode version = root.get("version");
    if (version == null || !version.isInt() || version.intValue() != FORMAT_VERSION) {
      throw malformed(file, "has version " + version + ", expected " + FORMAT_VERSION);
    }
    JsonNode images = root.get("images");
    if (images == null || !images.isObject()) {
      throw malformed(file, "needs an \"images\" object (service name -> {image, tag, contentHash})");
    }
    SortedMap<String, LockedImage> entries = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = images.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      entries.put(e.getKey(), entry(file, e.getKey(), e.getValue()));
    }
    return Optional.of(new ImageLock(entries));
  }

  private static LockedImage entry(Path file, String service, JsonNode node) {
    String where = "images." + service;
    if (!node.isObject()) {
      throw malformed(file, where + " must be an object {image, tag, contentHash}");
    }
    String image = text(file, where, node, "image");
    if (!DIGEST_REF.matcher(image).matches()) {
      throw malformed(file, where + ".image = \"" + image
          + "\" is not pinned by digest (<repository>@sha256:<64 hex>)");
    }
    String contentHash = text(file, where, node, "contentHash");
    if (!CONTENT_HASH.matcher(contentHash).matches()) {
      throw malformed(file, where + ".contentHash = \"" + contentHash + "\" is not sha256:<64 hex>");
    }
    return new LockedImage(image, text(file, where, node, "tag"), contentHash);
  }

  private static String text(Path file, String where, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.textValue().isBlank()) {
      throw malformed(file, where + "." + field + " must be a non-empty string");
    }
    return value.textValue();
  }

  private static ExoException malformed(Path file, String what) {
    return ExoException.of(List.of(new Problem(Problem.Severity.ERROR, new SourcePosition(file, 1, 1), "",
        "the image lock " + what,
        "fix it, or delete it and run 'exo images push' again to rewrite it")));
  }

  /** The image to deploy for {@code service}, pinned by digest; empty when the lock has none for it. */
  public Optional<String> imageFor(String service) {
    return Optional.ofNullable(images.get(service)).map(LockedImage::image);
  }

  /** This lock with {@code service} pinned to {@code image} (replacing an older entry). */
  public ImageLock with(String service, LockedImage image) {
    SortedMap<String, LockedImage> next = new TreeMap<>(images);
    next.put(service, image);
    return new ImageLock(next);
  }

  /** This lock keeping only the entries whose service {@code keep} names. */
  public ImageLock retainOnly(java.util.Set<String> keep) {
    SortedMap<String, LockedImage> next = new TreeMap<>(images);
    next.keySet().retainAll(keep);
    return new ImageLock(next);
  }

  /** The file's exact text: deterministic, sorted, pretty-printed, ending in a newline. */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", FORMAT_VERSION);
    ObjectNode images = root.putObject("images");
    this.images.forEach((service, image) -> images.putObject(service)
        .put("contentHash", image.contentHash())
        .put("image", image.image())
        .put("tag", image.tag()));
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return JSON.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a lock of plain strings always serializes", e);
    }
  }

  /**
   * Writes the lock beside {@code exosphereYml} atomically: a temporary file in the same folder, then a move, so a
   * reader never sees half a lock.
   */
  public void writeBeside(Path exosphereYml) {
    Path file = pathBeside(exosphereYml);
    try {
      AtomicFiles.write(file, toJson());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
