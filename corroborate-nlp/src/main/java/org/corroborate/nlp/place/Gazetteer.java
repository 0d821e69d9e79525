package org.corroborate.nlp.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.corroborate.model.Place;

/**
 * Known places, looked up by name: countries, first-order administrative divisions (admin1),
 * counties and parishes, and populated places from GeoNames, plus the case's own additions.
 *
 * <p>Built once per process ({@link #load()} takes about a second and some hundred megabytes) and
 * passed to whatever needs it. Immutable and safe to share between threads.
 */
public final class Gazetteer {

  /**
   * The packaged resource, produced at build time from the GeoNames-derived npm packages: columns
   * source, name, keys ({@code |}-separated {@link PlaceNames#key}s), kind, feature code, admin1,
   * country, lat, lon, population.
   */
  static final String RESOURCE = "gazetteer.tsv";

  public static final String KIND_COUNTRY = "country";
  public static final String KIND_ADMIN1 = "admin1";
  public static final String KIND_CITY = "city";

  /** A county or parish: "Wayne County", "Orleans Parish"; it lies in an admin1 region. */
  public static final String KIND_COUNTY = "county";

  /**
   * A town found by one of its alternate names — a former name ("Franklinton" for Columbus, Ohio),
   * a transliteration — weighs as a town of this many times fewer people: such names are seldom
   * what a writer means when a town bears the name as its own ("Franklin", Tennessee), and "West
   * Side" is a neighbourhood of every city before it is a town's former name.
   */
  static final long ALTERNATE_NAME_DISCOUNT = 20;

  /** Orders by prior: case additions first, then population, then administrative rank. */
  private static final Comparator<Entry> PRIOR =
      Comparator.comparing((Entry e) -> !e.addition())
          .thenComparing(Comparator.comparingLong(Entry::population).reversed())
          .thenComparingInt(Entry::rank);

  /** key → Entry, or Entry[] ordered by prior. */
  private final Map<String, Object> base;

  /** key → the case's additions under that key, in the order given. */
  private final Map<String, List<Entry>> additions;

  private Gazetteer(Map<String, Object> base, Map<String, List<Entry>> additions) {
    this.base = base;
    this.additions = additions;
  }

  /**
   * A place and what ranks it among namesakes.
   *
   * @param population GeoNames population; for countries and admin1, the sum over their places; for
   *     a town found by an alternate name, divided by {@link #ALTERNATE_NAME_DISCOUNT}
   * @param rank smaller is more important: country, admin1, capital, admin seats, other places
   * @param addition whether the case added it
   */
  record Entry(Place place, long population, int rank, boolean addition) {
    Entry {
      Objects.requireNonNull(place, "place");
    }

    boolean isRegion() {
      return KIND_COUNTRY.equals(place.kind()) || KIND_ADMIN1.equals(place.kind());
    }

    boolean isCounty() {
      return KIND_COUNTY.equals(place.kind());
    }
  }

  /** Loads the gazetteer packaged with this module. */
  public static Gazetteer load() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the gazetteer resource "
                + RESOURCE
                + " is missing from the classpath; build corroborate-nlp with Maven"
                + " (its generate-resources phase makes it)");
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer resource " + RESOURCE, e);
    }
  }

  private static Gazetteer read(BufferedReader in) throws IOException {
    Map<String, Object> base = new HashMap<>(1 << 20);
    Map<String, String> interned = new HashMap<>();
    String[] f = new String[10];
    String line;
    int lineNumber = 0;
    while ((line = in.readLine()) != null) {
      lineNumber++;
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      int columns = splitTabs(line, f);
      if (columns != f.length) {
        throw new IllegalStateException(
            RESOURCE + ", line " + lineNumber + ": expected 10 columns, got " + columns);
      }
      Place place =
          new Place(
              f[1],
              f[5].isEmpty() ? null : interned.computeIfAbsent(f[5], k -> k),
              f[6].isEmpty() ? null : interned.computeIfAbsent(f[6], k -> k),
              f[7].isEmpty() ? null : Double.valueOf(f[7]),
              f[8].isEmpty() ? null : Double.valueOf(f[8]),
              interned.computeIfAbsent(f[3], k -> k),
              f[0]);
      long population = Long.parseLong(f[9]);
      Entry entry = new Entry(place, population, rank(f[4]), false);
      Entry byAlternateName =
          KIND_CITY.equals(place.kind())
              ? new Entry(place, population / ALTERNATE_NAME_DISCOUNT, entry.rank(), false)
              : entry;
      String keys = f[2];
      int from = 0;
      while (from < keys.length()) {
        int bar = keys.indexOf('|', from);
        int to = bar < 0 ? keys.length() : bar;
        add(base, keys.substring(from, to), from == 0 ? entry : byAlternateName);
        if (from == 0) {
          String abbreviated = PlaceNames.abbreviated(keys.substring(from, to));
          if (abbreviated != null) {
            add(base, abbreviated, entry);
          }
        }
        from = to + 1;
      }
    }
    for (Map.Entry<String, Object> e : base.entrySet()) {
      if (e.getValue() instanceof Entry[] namesakes) {
        Arrays.sort(namesakes, PRIOR);
        citiesBeforeTheirRegion(namesakes);
      }
    }
    return new Gazetteer(base, Map.of());
  }

  /**
   * A place named like its own admin1 region (Baghdad in Baghdad, Lviv in Lviv) is what a text
   * naming it usually means, though the region's summed population is larger: it goes first.
   */
  private static void citiesBeforeTheirRegion(Entry[] namesakes) {
    for (int r = 0; r < namesakes.length; r++) {
      Place region = namesakes[r].place();
      if (!KIND_ADMIN1.equals(region.kind())) {
        continue;
      }
      for (int c = r + 1; c < namesakes.length; c++) {
        Place city = namesakes[c].place();
        if (KIND_CITY.equals(city.kind())
            && Objects.equals(city.country(), region.country())
            && Objects.equals(city.admin1(), region.admin1())) {
          Entry moved = namesakes[c];
          System.arraycopy(namesakes, r, namesakes, r + 1, c - r);
          namesakes[r] = moved;
          r++;
          break;
        }
      }
    }
  }

  /** Splits a line at tabs into {@code into}; returns the number of columns found. */
  private static int splitTabs(String line, String[] into) {
    int n = 0;
    int from = 0;
    while (true) {
      int tab = line.indexOf('\t', from);
      int to = tab < 0 ? line.length() : tab;
      if (n < into.length) {
        into[n] = line.substring(from, to);
      }
      n++;
      if (tab < 0) {
        return n;
      }
      from = tab + 1;
    }
  }

  private static void add(Map<String, Object> base, String key, Entry entry) {
    if (key.isEmpty()) {
      return;
    }
    Object found = base.putIfAbsent(key, entry);
    if (found == null || (found instanceof Entry e && e.place() == entry.place())) {
      return; // a place once per key, by its first name there: "St. Louis" before "st louis"
    }
    if (found instanceof Entry e) {
      base.put(key, new Entry[] {e, entry});
    } else {
      Entry[] old = (Entry[]) found;
      for (Entry e : old) {
        if (e.place() == entry.place()) {
          return;
        }
      }
      Entry[] grown = Arrays.copyOf(old, old.length + 1);
      grown[old.length] = entry;
      base.put(key, grown);
    }
  }

  private static int rank(String featureCode) {
    return switch (featureCode) {
      case "PCLI" -> 0;
      case "ADM1" -> 1;
      case "PPLC" -> 2;
      case "PPLA" -> 3;
      case "PPLA2" -> 4;
      case "PPLA3" -> 5;
      case "PPLA4" -> 6;
      case "PPL" -> 7;
      default -> 8;
    };
  }

  /**
   * This gazetteer with the case's own places added: they come before every namesake in lookups.
   *
   * @param additions the case's places; their names must be distinct
   * @param aliases other names, keyed by the name of one of {@code additions}
   * @throws IllegalArgumentException when an alias names no addition or two additions share a name
   */
  public Gazetteer withAdditions(List<Place> additions, Map<String, List<String>> aliases) {
    Objects.requireNonNull(additions, "additions");
    Objects.requireNonNull(aliases, "aliases");
    Map<String, List<Entry>> merged = new LinkedHashMap<>();
    this.additions.forEach((k, v) -> merged.put(k, new ArrayList<>(v)));
    Map<String, Entry> byName = new HashMap<>();
    for (Place place : additions) {
      Objects.requireNonNull(place, "additions must not contain null");
      Entry entry = new Entry(place, 0, 0, true);
      if (byName.put(place.name(), entry) != null) {
        throw new IllegalArgumentException(
            "additions must have distinct names; got " + place.name() + " twice");
      }
      addAddition(merged, place.name(), entry);
    }
    for (Map.Entry<String, List<String>> e : aliases.entrySet()) {
      Entry entry = byName.get(e.getKey());
      if (entry == null) {
        throw new IllegalArgumentException(
            "aliases must be keyed by the name of an addition; got " + e.getKey());
      }
      for (String alias : e.getValue()) {
        addAddition(merged, alias, entry);
      }
    }
    Map<String, List<Entry>> frozen = new LinkedHashMap<>();
    merged.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new Gazetteer(base, Collections.unmodifiableMap(frozen));
  }

  private static void addAddition(Map<String, List<Entry>> merged, String name, Entry entry) {
    String key = PlaceNames.key(name);
    if (key.isEmpty()) {
      throw new IllegalArgumentException(
          "a place name needs a letter or digit; got '" + name + "'");
    }
    List<Entry> list = merged.computeIfAbsent(key, k -> new ArrayList<>());
    if (!list.contains(entry)) {
      list.add(entry);
    }
  }

  /**
   * Places with this name or alternate name, ignoring case and diacritics, ordered by prior: the
   * case's additions, then by population, then by administrative rank.
   */
  public List<Place> lookup(String name) {
    Objects.requireNonNull(name, "name");
    List<Entry> entries = entries(PlaceNames.key(name));
    List<Place> places = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      places.add(e.place());
    }
    return List.copyOf(places);
  }

  /** How names abbreviate their first word: "Mt. Juliet", "St. Charles", "Ft. Myers". */
  private static final Map<String, String> ABBREVIATED =
      Map.of("mt ", "mount ", "st ", "saint ", "ft ", "fort ");

  /**
   * Entries under a key, ordered by prior; a key that finds nothing and opens with an abbreviation
   * ("mt juliet") finds what its full form finds.
   */
  List<Entry> entries(String key) {
    List<Entry> found = exactly(key);
    if (found.isEmpty()) {
      for (Map.Entry<String, String> a : ABBREVIATED.entrySet()) {
        if (key.startsWith(a.getKey())) {
          return exactly(a.getValue() + key.substring(a.getKey().length()));
        }
      }
    }
    return found;
  }

  private List<Entry> exactly(String key) {
    List<Entry> added = additions.getOrDefault(key, List.of());
    Object found = base.get(key);
    if (found == null) {
      return added;
    }
    List<Entry> out = new ArrayList<>(added);
    if (found instanceof Entry e) {
      out.add(e);
    } else {
      out.addAll(Arrays.asList((Entry[]) found));
    }
    return out;
  }

  /** The case's additions under a key. */
  List<Entry> additions(String key) {
    return additions.getOrDefault(key, List.of());
  }

  /** The keys of the case's additions, for near-miss matching. */
  Set<String> additionKeys() {
    return additions.keySet();
  }

  /** Number of distinct keys, for diagnostics. */
  int size() {
    return base.size() + additions.size();
  }
}
