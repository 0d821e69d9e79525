package org.corroborate.resolve;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The streets a text names — "the 5100 block of Palm", "on Goff Street", "at 16th Avenue North and
 * Newton Avenue" — each by its own name in lower case, without its direction or its kind ("palm",
 * "goff", "16th", "newton"). Reports of one town's shootings name the street where each happened:
 * two that both name streets and share none mostly tell of different shootings, two that share one
 * mostly of the same (see {@link Compatibility}).
 */
public final class Streets {

  /** How two groups of reports stand by the streets they name. */
  enum Relation {
    /** A report on one side names a street that one on the other side names too. */
    SHARED,
    /** Reports on both sides name streets, and none in common. */
    APART,
    /** One side names no street. */
    UNKNOWN
  }

  private static final String KIND =
      "(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Parkway|Pkwy|Court|Ct"
          + "|Place|Pl|Way|Terrace|Highway|Hwy|Circle|Trail)";
  private static final String WORD = "(?:\\p{Lu}[\\p{L}'’]+|\\d+(?:st|nd|rd|th))";
  private static final String DIRECTION = "(?:North|South|East|West|[NSEW]\\.)";

  /** "the 5100 block of (South) Palm (Avenue)". */
  private static final Pattern BLOCK =
      Pattern.compile(
          "\\b\\d+\\s+block\\s+of\\s+(?:"
              + DIRECTION
              + "\\s+)?("
              + WORD
              + "(?:\\s+\\p{Lu}[\\p{L}'’]+){0,2})");

  /** "Goff Street", "West 53rd Street", "Martin Luther King Drive". */
  private static final Pattern NAMED =
      Pattern.compile("\\b(" + WORD + "(?:\\s+\\p{Lu}[\\p{L}'’]+){0,2})\\s+" + KIND + "\\b");

  private static final Set<String> DIRECTIONS =
      Set.of("north", "south", "east", "west", "n", "s", "e", "w");

  private static final Pattern KIND_WORD = Pattern.compile("(?i)" + KIND);

  private static final int MIN_LETTERS_FOR_TYPO = 7;

  /**
   * Words before "Court" or "Way" that make a court of law or a charity, not a street: "Hamilton
   * Municipal Court", "Wayne County Circuit Court", "United Way".
   */
  private static final Set<String> NO_STREET =
      Set.of(
          "municipal",
          "district",
          "circuit",
          "superior",
          "supreme",
          "juvenile",
          "federal",
          "criminal",
          "family",
          "appeals",
          "magistrate",
          "pleas",
          "sessions",
          "county",
          "city",
          "state",
          "traffic",
          "drug",
          "veterans",
          "claims",
          "probate",
          "housing",
          "united");

  private static final Pattern COURT_OR_WAY = Pattern.compile("\\b(?:Court|Ct|Way)$");

  private Streets() {}

  /** The street keys of {@code text}. */
  public static Set<String> of(String text) {
    Set<String> out = new HashSet<>();
    for (Pattern p : List.of(BLOCK, NAMED)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        String key = key(m.group(1));
        if (!key.isEmpty() && !courtOrCharity(m.group(), key)) {
          out.add(key);
        }
      }
    }
    return out;
  }

  private static boolean courtOrCharity(String matched, String key) {
    return COURT_OR_WAY.matcher(matched).find()
        && NO_STREET.contains(key.substring(key.lastIndexOf(' ') + 1));
  }

  private static String key(String name) {
    StringBuilder out = new StringBuilder();
    for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
      String word = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
      if (!DIRECTIONS.contains(word) && !KIND_WORD.matcher(word).matches()) {
        out.append(out.isEmpty() ? "" : " ").append(word);
      }
    }
    return out.toString().startsWith("martin luther king") ? "mlk" : out.toString();
  }

  /** How the reports {@code a} and {@code b} stand by the streets they name. */
  static Relation between(
      Collection<String> a, Collection<String> b, Map<String, Set<String>> streets) {
    Set<String> left = new HashSet<>();
    for (String d : a) {
      left.addAll(streets.getOrDefault(d, Set.of()));
    }
    if (left.isEmpty()) {
      return Relation.UNKNOWN;
    }
    boolean any = false;
    for (String d : b) {
      Set<String> s = streets.getOrDefault(d, Set.of());
      any |= !s.isEmpty();
      for (String street : s) {
        if (left.contains(street) || left.stream().anyMatch(l -> misspelt(l, street))) {
          return Relation.SHARED;
        }
      }
    }
    return any ? Relation.APART : Relation.UNKNOWN;
  }

  /**
   * Whether two long street names differ by one letter left out, added or changed: "Moutainwood"
   * for "Mountainwood". Reporters and police releases misspell the street more often than two
   * shootings of a day lie on streets of such names.
   */
  static boolean misspelt(String a, String b) {
    if (a.length() < MIN_LETTERS_FOR_TYPO
        || b.length() < MIN_LETTERS_FOR_TYPO
        || Math.abs(a.length() - b.length()) > 1
        || a.charAt(0) != b.charAt(0)) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    int j = a.length() - 1;
    int k = b.length() - 1;
    while (j >= i && k >= i && a.charAt(j) == b.charAt(k)) {
      j--;
      k--;
    }
    return j - i < 1 && k - i < 1;
  }
}
