package dev.exosphere.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every record of {@code dev.exosphere.model}, found on the class path (so a new record is covered without editing
 * the tests), and valid sample values for their components: mutable collections with one element each, so the
 * guards have something to copy and check.
 */
final class RecordSamples {
  private RecordSamples() {}

  /** The records compiled into the model package. */
  static List<Class<?>> records() {
    try {
      Path classes = Path.of(Service.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      try (Stream<Path> files = Files.list(classes.resolve(Service.class.getPackageName().replace('.', '/')))) {
        return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
            .sorted().map(RecordSamples::load).filter(Class::isRecord).toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> load(String classFile) {
    try {
      return Class.forName(Service.class.getPackageName() + "." + classFile.replace(".class", ""));
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sample arguments for {@code record}'s canonical constructor. */
  static Object[] arguments(Class<?> record) {
    return Stream.of(record.getRecordComponents()).map(c -> sample(c.getGenericType())).toArray();
  }

  static Object construct(Class<?> record, Object[] args) throws Throwable {
    Constructor<?> canonical = record.getDeclaredConstructor(
        Stream.of(record.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new));
    try {
      return canonical.newInstance(args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** The records whose sample is being built, to end recursive types. */
  private static final java.util.Set<Type> BUILDING = new java.util.HashSet<>();

  static Object sample(Type type) {
    if (type instanceof ParameterizedType p) {
      Type[] of = p.getActualTypeArguments();
      Class<?> raw = (Class<?>) p.getRawType();
      if (raw == Optional.class) {
        return Optional.of(sample(of[0]));
      }
      if (raw == SortedMap.class) {
        SortedMap<Object, Object> map = new TreeMap<>();
        if (BUILDING.contains(of[1])) {
          return map; // a tree (ServiceStack's stacks): its leaves have no children
        }
        map.put(sample(of[0]), sample(of[1]));
        return map;
      }
      if (raw == List.class) {
        return new ArrayList<>(List.of(sample(of[0])));
      }
      throw new IllegalArgumentException("no sample for " + type);
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return "/x";
    }
    if (c == int.class || c == Integer.class) {
      return 80; // a port, positive: valid wherever a number is
    }
    if (c == boolean.class || c == Boolean.class) {
      return false;
    }
    if (c == Path.class) {
      return Path.of("/app/exosphere.yml");
    }
    if (c == OptionalInt.class) {
      return OptionalInt.of(1);
    }
    if (c.isEnum()) {
      return c.getEnumConstants()[0];
    }
    if (c.isRecord()) {
      BUILDING.add(c);
      try {
        return construct(c, arguments(c));
      } catch (Throwable e) {
        throw new IllegalStateException("the sample " + c.getSimpleName() + " is invalid", e);
      } finally {
        BUILDING.remove(c);
      }
    }
    throw new IllegalArgumentException("no sample for " + type);
  }
}
