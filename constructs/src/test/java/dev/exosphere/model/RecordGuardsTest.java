package dev.exosphere.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every record of the model, every component: nulls are refused by name, collections are copied and sealed. */
class RecordGuardsTest {
  static Stream<Arguments> components() {
    return RecordSamples.records().stream().flatMap(r -> IntStream.range(0, r.getRecordComponents().length)
        .mapToObj(i -> Arguments.of(r.getSimpleName() + "." + r.getRecordComponents()[i].getName(), r, i)));
  }

  static Stream<Arguments> referenceComponents() {
    return components().filter(a -> !component(a).getType().isPrimitive());
  }

  static Stream<Arguments> collectionComponents() {
    return components().filter(a -> List.of(SortedMap.class, List.class).contains(component(a).getType()));
  }

  private static RecordComponent component(Arguments a) {
    return ((Class<?>) a.get()[1]).getRecordComponents()[(int) a.get()[2]];
  }

  @Test
  void theWholeModelIsCovered() {
    // GIVEN the records found on the class path THEN the model's main records are among them
    List<String> names = RecordSamples.records().stream().map(Class::getSimpleName).toList();
    assertTrue(names.containsAll(List.of("ExoModel", "Service", "Route", "HealthCheck", "Gateway", "Policies", "Scaling",
        "Bus", "Network", "Build", "Messages", "Volume", "ValueSource", "Dependency", "Domain", "Clusters", "ClusterSpec")), names::toString);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referenceComponents")
  void nullIsRefusedNamingTheComponent(String name, Class<?> record, int index) {
    // GIVEN valid arguments but a null for this component
    Object[] args = RecordSamples.arguments(record);
    args[index] = null;
    // WHEN constructing THEN it fails at once, naming the component
    NullPointerException e = assertThrows(NullPointerException.class, () -> RecordSamples.construct(record, args));
    assertEquals(name, e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("collectionComponents")
  void collectionIsCopiedAndUnmodifiable(String name, Class<?> record, int index) throws Throwable {
    // GIVEN a record made from a mutable collection
    Object[] args = RecordSamples.arguments(record);
    Object given = args[index];
    Object expected = copy(given);
    Object r = RecordSamples.construct(record, args);
    Object held = record.getRecordComponents()[index].getAccessor().invoke(r);
    // WHEN the caller changes its collection afterwards THEN the record's does not change
    clear(given);
    assertEquals(expected, held, name);
    // AND the record's own collection refuses changes
    assertThrows(UnsupportedOperationException.class, () -> clear(held), name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("collectionComponents")
  void nullElementIsRefusedNamingTheComponent(String name, Class<?> record, int index) {
    // GIVEN a collection with a null element (a null value for maps)
    Object[] args = RecordSamples.arguments(record);
    if (args[index] instanceof SortedMap<?, ?> m) {
      m.replaceAll((k, v) -> null);
    } else {
      ((List<?>) args[index]).replaceAll(v -> null);
    }
    // WHEN constructing THEN the message names the component and the bad entry
    NullPointerException e = assertThrows(NullPointerException.class, () -> RecordSamples.construct(record, args));
    assertTrue(e.getMessage().startsWith(name + "["), e.getMessage());
  }

  private static Object copy(Object collection) {
    return collection instanceof SortedMap<?, ?> m ? new TreeMap<>(m) : new ArrayList<>((List<?>) collection);
  }

  private static void clear(Object collection) {
    if (collection instanceof Map<?, ?> m) {
      m.clear();
    } else {
      ((Collection<?>) collection).clear();
    }
  }
}
