package org.corroborate.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.corroborate.model.Place;

/**
 * Things indexed by the name of their place, found again from the proper-name words a text uses
 * (see {@link ProperNames}): a headline or a report that names "Millbrook" or "Fairview Heights"
 * finds what stands at Millbrook or at Fairview Heights. Indexed by the first word of the name, so
 * a lookup reads only the things whose name could be complete among the words.
 */
final class PlaceWords<T> {

  private final Function<T, Place> placeOf;
  private final Map<String, List<T>> byFirstWord = new HashMap<>();

  PlaceWords(Function<T, Place> placeOf) {
    this.placeOf = placeOf;
  }

  void add(T item) {
    byFirstWord
        .computeIfAbsent(PlaceValue.nameWords(placeOf.apply(item)).get(0), w -> new ArrayList<>())
        .add(item);
  }

  /** The distinct things whose place's every name word is among {@code words}. */
  List<T> namedIn(Set<String> words) {
    List<T> named = new ArrayList<>();
    for (String w : words) {
      for (T item : byFirstWord.getOrDefault(w, List.of())) {
        if (words.containsAll(PlaceValue.nameWords(placeOf.apply(item))) && !named.contains(item)) {
          named.add(item);
        }
      }
    }
    return named;
  }
}
