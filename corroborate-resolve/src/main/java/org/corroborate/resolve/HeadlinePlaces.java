package org.corroborate.resolve;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.Place;

/**
 * The place a headline names, among the towns and sites the case's documents name: a report whose
 * text names no place ("Police: teen shot after party") is often placed by its headline ("Millbrook
 * teen shot after party"). Only a name that stands for one place in the case counts; two towns of
 * one name in different regions leave the headline unplaced.
 */
public final class HeadlinePlaces {

  private final PlaceWords<Place> towns = new PlaceWords<>(p -> p);

  /**
   * @param places PLACE values (see {@link Place#describe()}) the case's documents name; values
   *     without coordinates (regions, countries) are left out
   */
  public HeadlinePlaces(Collection<String> places) {
    Set<String> seen = new LinkedHashSet<>(places);
    for (String value : seen) {
      PlaceValue.parse(value, "headline").filter(p -> p.lat() != null).ifPresent(towns::add);
    }
  }

  /** The one place of the case the headline names, in the form of a PLACE value. */
  public Optional<String> of(String headline) {
    if (headline == null) {
      return Optional.empty();
    }
    List<Place> named = towns.namedIn(ProperNames.ofTitle(headline));
    return named.size() == 1 ? Optional.of(named.get(0).describe()) : Optional.empty();
  }
}
