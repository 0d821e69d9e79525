package org.corroborate.nlp.place;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each publisher of a collection reports from: a local paper's or station's reports are
 * mostly of its own region, and it names the towns and neighbourhoods there bare ("shot in
 * Englewood" on a Chicago site). A publisher is the host of a report's address (an archived copy's
 * original host); its region is the home region (see {@link PlaceFinder#homeRegion}) of more than
 * {@value #SHARE_PERCENT}% of its reports that have one, when at least {@value #MIN_REPORTS} do.
 *
 * <p>Not safe for concurrent use while adding.
 */
public final class PublisherRegions {

  static final int MIN_REPORTS = 3;
  static final int SHARE_PERCENT = 60;

  /** An archive's copy of a page: "http://web.archive.org/web/20160924093615/http://host/...". */
  private static final Pattern HOST =
      Pattern.compile(
          "^[a-z][a-z0-9+.-]*://(?:web\\.archive\\.org/web/[^/]+/(?:[a-z][a-z0-9+.-]*://)?)?"
              + "(?:www\\.)?([^/:?#\\s]+)",
          Pattern.CASE_INSENSITIVE);

  private final PlaceFinder finder;
  private final Map<String, Map<String, Integer>> homes = new HashMap<>();

  public PublisherRegions(PlaceFinder finder) {
    this.finder = Objects.requireNonNull(finder, "finder");
  }

  /** The publisher of a report at this address, or null when the address names no host. */
  public static String publisherOf(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = HOST.matcher(url.trim());
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /** Counts a report's home region for its publisher. */
  public void add(String url, String text) {
    String publisher = publisherOf(url);
    if (publisher == null) {
      return;
    }
    String home = finder.homeRegion(text);
    if (home != null) {
      homes.computeIfAbsent(publisher, p -> new HashMap<>()).merge(home, 1, Integer::sum);
    }
  }

  /** Each publisher's region, by publisher, in the order of their names. */
  public Map<String, String> regions() {
    Map<String, String> out = new TreeMap<>();
    homes.forEach(
        (publisher, counts) ->
            mostOf(counts, MIN_REPORTS, SHARE_PERCENT).ifPresent(r -> out.put(publisher, r)));
    return out;
  }

  /**
   * The value counted most often, when the counts add up to at least {@code minimum} and it holds
   * more than {@code percent}% of them.
   */
  public static Optional<String> mostOf(Map<String, Integer> counts, int minimum, int percent) {
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .filter(e -> total >= minimum && e.getValue() * 100 > total * percent)
        .map(Map.Entry::getKey);
  }
}
