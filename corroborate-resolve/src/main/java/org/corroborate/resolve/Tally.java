package org.corroborate.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/** Counting values: the most frequent, and all of them most frequent first (ties: first seen). */
final class Tally {

  private Tally() {}

  static <T> Optional<T> mostFrequent(List<T> values) {
    List<T> ranked = ranked(values);
    return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
  }

  /**
   * The first item whose key is the most frequent; ties between keys go to the item with the higher
   * {@code tieBreak}, then to the key seen first.
   */
  static <T, K> Optional<T> mostFrequent(
      List<T> items, Function<T, K> key, ToIntFunction<T> tieBreak) {
    Map<K, List<T>> byKey = new LinkedHashMap<>();
    for (T item : items) {
      byKey.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
    }
    return byKey.values().stream()
        .max(
            Comparator.<List<T>>comparingInt(List::size)
                .thenComparingInt(l -> tieBreak.applyAsInt(l.get(0))))
        .map(l -> l.get(0));
  }

  /** The distinct values, most frequent first, ties in the order first seen. */
  static <T> List<T> ranked(List<T> values) {
    Map<T, Integer> counts = new LinkedHashMap<>();
    for (T v : values) {
      counts.merge(v, 1, Integer::sum);
    }
    List<T> out = new ArrayList<>(counts.keySet());
    out.sort(Comparator.comparing(v -> -counts.get(v)));
    return out;
  }
}
