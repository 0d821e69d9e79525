package org.corroborate.nlp.place;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.corroborate.model.Place;
import org.corroborate.model.PlaceMention;

/**
 * The countries and admin1 regions a document has mentioned so far, used to resolve ambiguous names
 * ("Paris" in a text about Texas is Paris, Texas). Immutable: {@link #with} returns a new context.
 */
public final class PlaceContext {

  private static final PlaceContext EMPTY = new PlaceContext(Set.of(), Set.of());

  private final Set<String> countries;
  private final Set<String> admin1s;

  private PlaceContext(Set<String> countries, Set<String> admin1s) {
    this.countries = Set.copyOf(countries);
    this.admin1s = Set.copyOf(admin1s);
  }

  /** A context with nothing mentioned. */
  public static PlaceContext empty() {
    return EMPTY;
  }

  /**
   * This context plus a resolved place: its country, and its admin1 region when it has one. A town
   * counts as a mention of its region: a text about Baqubah is a text about Diyala and Iraq.
   */
  public PlaceContext with(Place place) {
    Objects.requireNonNull(place, "place");
    if (place.country() == null) {
      return this;
    }
    String country = place.country().toUpperCase(Locale.ROOT);
    String admin1 = place.admin1() == null ? null : admin1Key(country, place.admin1());
    if (countries.contains(country) && (admin1 == null || admin1s.contains(admin1))) {
      return this;
    }
    Set<String> c = new HashSet<>(countries);
    c.add(country);
    Set<String> a = new HashSet<>(admin1s);
    if (admin1 != null) {
      a.add(admin1);
    }
    return new PlaceContext(c, a);
  }

  /** This context plus the places of these mentions. */
  public PlaceContext withAll(Collection<PlaceMention> mentions) {
    PlaceContext ctx = this;
    for (PlaceMention m : mentions) {
      ctx = ctx.with(m.place());
    }
    return ctx;
  }

  /** Whether a country, by ISO 3166-1 alpha-2 code, has been mentioned. */
  public boolean mentionsCountry(String country) {
    return country != null && countries.contains(country.toUpperCase(Locale.ROOT));
  }

  /** Whether an admin1 region of a country has been mentioned. */
  public boolean mentionsAdmin1(String country, String admin1) {
    return country != null
        && admin1 != null
        && admin1s.contains(admin1Key(country.toUpperCase(Locale.ROOT), admin1));
  }

  /** Whether any admin1 region of a country has been mentioned. */
  public boolean mentionsAdmin1In(String country) {
    if (country == null) {
      return false;
    }
    String prefix = country.toUpperCase(Locale.ROOT) + "/";
    return admin1s.stream().anyMatch(a -> a.startsWith(prefix));
  }

  /** The ISO codes of the countries mentioned. */
  public Set<String> countries() {
    return countries;
  }

  private static String admin1Key(String country, String admin1) {
    return country + "/" + PlaceNames.key(admin1);
  }

  @Override
  public String toString() {
    return "PlaceContext[countries=" + countries + ", admin1s=" + admin1s + "]";
  }
}
