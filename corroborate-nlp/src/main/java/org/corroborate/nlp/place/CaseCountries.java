package org.corroborate.nlp.place;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The countries a collection is about: each country named by more than half of the documents that
 * name a place. A report that names no country of its own ("CHELSEA — A 15-year-old has died") is
 * then read as the others are: in a collection of American news, Chelsea is Chelsea in
 * Massachusetts, not the district of London (see {@link PlaceFinder}). A collection spread over
 * many countries has none.
 */
public final class CaseCountries {

  private final PlaceFinder finder;
  private final Map<String, Integer> naming = new HashMap<>();
  private int documents;

  public CaseCountries(PlaceFinder finder) {
    this.finder = finder;
  }

  /** Counts the countries one document names. */
  public void add(String text) {
    Set<String> countries = finder.contextOf(text).countries();
    if (countries.isEmpty()) {
      return;
    }
    documents++;
    for (String c : countries) {
      naming.merge(c, 1, Integer::sum);
    }
  }

  /** The countries named by more than half of the documents that name a place, in code order. */
  public Set<String> countries() {
    Set<String> out = new TreeSet<>();
    naming.forEach(
        (country, n) -> {
          if (2 * n > documents) {
            out.add(country);
          }
        });
    return out;
  }
}
