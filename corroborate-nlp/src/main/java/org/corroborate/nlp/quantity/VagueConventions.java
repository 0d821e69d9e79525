package org.corroborate.nlp.quantity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a vague amount ("dozens", "several") counts as: the least and most the words allow and the
 * figure to count with.
 *
 * <p>The {@linkplain #defaults() defaults} follow ACLED where ACLED states a rule: its fatality
 * guidance codes "tens" as 10, "dozens" as 12, "hundreds" as 100 and so on up the scale, always
 * taking the most conservative reading. A plural unit therefore counts as one unit, and its low is
 * that same unit (not the 24 that "dozens" strictly implies) so that the estimate never lies below
 * the low. The other words have no ACLED figure; their conventions are ours and are as conservative
 * as the words allow. No estimate is given where the words give no figure ("many"): a reader of the
 * figures must not invent one.
 *
 * <table>
 *   <caption>Default conventions ("-" means none)</caption>
 *   <tr><th>phrase</th><th>low</th><th>high</th><th>estimate</th><th>source</th></tr>
 *   <tr><td>a few</td><td>2</td><td>-</td><td>3</td><td>Corroborate</td></tr>
 *   <tr><td>a handful</td><td>2</td><td>-</td><td>3</td><td>Corroborate</td></tr>
 *   <tr><td>several</td><td>3</td><td>-</td><td>3</td><td>Corroborate</td></tr>
 *   <tr><td>a number of</td><td>2</td><td>-</td><td>-</td><td>Corroborate</td></tr>
 *   <tr><td>many</td><td>2</td><td>-</td><td>-</td><td>Corroborate</td></tr>
 *   <tr><td>numerous</td><td>2</td><td>-</td><td>-</td><td>Corroborate</td></tr>
 *   <tr><td>tens</td><td>10</td><td>-</td><td>10</td><td>ACLED</td></tr>
 *   <tr><td>dozens</td><td>12</td><td>-</td><td>12</td><td>ACLED</td></tr>
 *   <tr><td>scores</td><td>20</td><td>-</td><td>20</td><td>ACLED's rule (one unit)</td></tr>
 *   <tr><td>hundreds</td><td>100</td><td>-</td><td>100</td><td>ACLED</td></tr>
 *   <tr><td>thousands</td><td>1000</td><td>-</td><td>1000</td><td>ACLED's rule</td></tr>
 *   <tr><td>millions</td><td>1000000</td><td>-</td><td>1000000</td><td>ACLED's rule</td></tr>
 * </table>
 *
 * <p>A {@link QuantityReader} multiplies a convention by a unit that follows it: "several hundred"
 * is 300 (low 300), "a few dozen" 36, "tens of thousands" 10,000, "hundreds of thousands" 100,000.
 *
 * <p>Phrases are lower case words separated by single spaces. Any phrase may be added or
 * overridden, with {@link #with} or from configuration with {@link #withOverrides}; the reader
 * finds every phrase of the conventions it is given.
 *
 * @param conventions each phrase's convention
 */
public record VagueConventions(Map<String, Convention> conventions) {

  private static final Pattern PHRASE = Pattern.compile("\\p{Ll}+(?: \\p{Ll}+)*");

  public VagueConventions {
    Objects.requireNonNull(conventions, "conventions");
    for (Map.Entry<String, Convention> e : conventions.entrySet()) {
      if (!PHRASE.matcher(e.getKey()).matches()) {
        throw new IllegalArgumentException(
            "a phrase is lower case words separated by single spaces; got '" + e.getKey() + "'");
      }
      Objects.requireNonNull(e.getValue(), () -> "convention for '" + e.getKey() + "'");
    }
    conventions = Map.copyOf(conventions);
  }

  /** The conventions in the table above. */
  public static VagueConventions defaults() {
    Map<String, Convention> m = new HashMap<>();
    m.put("a few", new Convention(2L, null, 3L));
    m.put("a handful", new Convention(2L, null, 3L));
    m.put("several", new Convention(3L, null, 3L));
    m.put("a number of", new Convention(2L, null, null));
    m.put("many", new Convention(2L, null, null));
    m.put("numerous", new Convention(2L, null, null));
    m.put("tens", new Convention(10L, null, 10L));
    m.put("dozens", new Convention(12L, null, 12L));
    m.put("scores", new Convention(20L, null, 20L));
    m.put("hundreds", new Convention(100L, null, 100L));
    m.put("thousands", new Convention(1_000L, null, 1_000L));
    m.put("millions", new Convention(1_000_000L, null, 1_000_000L));
    return new VagueConventions(m);
  }

  /** The convention for a phrase, in any case, if there is one. */
  public Optional<Convention> lookup(String phrase) {
    return Optional.ofNullable(conventions.get(normalise(phrase)));
  }

  /** These conventions with {@code phrase} added or replaced. */
  public VagueConventions with(String phrase, Convention convention) {
    Map<String, Convention> m = new HashMap<>(conventions);
    m.put(normalise(phrase), convention);
    return new VagueConventions(m);
  }

  /**
   * These conventions with overrides read from configuration (a {@code Properties} file read into a
   * map): each key is a phrase, each value {@code low,high,estimate} where an empty field means
   * none, so {@code dozens=24,,24} reads "dozens" as at least 24, counted as 24.
   *
   * @throws IllegalArgumentException naming the phrase when a value is not of that form
   */
  public VagueConventions withOverrides(Map<String, String> overrides) {
    VagueConventions result = this;
    for (Map.Entry<String, String> e : overrides.entrySet()) {
      result = result.with(e.getKey(), Convention.parse(e.getKey(), e.getValue()));
    }
    return result;
  }

  private static String normalise(String phrase) {
    return phrase.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * What one vague phrase counts as.
   *
   * @param low the least the phrase allows, or null
   * @param high the most the phrase allows, or null
   * @param estimate the figure to count with, or null when the phrase gives none
   */
  public record Convention(Long low, Long high, Long estimate) {

    public Convention {
      if (low != null && low < 0) {
        throw new IllegalArgumentException("low must be non-negative; got " + low);
      }
      if (low != null && high != null && low > high) {
        throw new IllegalArgumentException("low must be <= high; got " + low + " > " + high);
      }
      if (estimate != null
          && ((low != null && estimate < low) || (high != null && estimate > high))) {
        throw new IllegalArgumentException(
            "estimate must lie within [low, high]; got "
                + estimate
                + " outside ["
                + low
                + ", "
                + high
                + "]");
      }
    }

    /** This convention for {@code unit}s: "several" times a hundred for "several hundred". */
    public Convention times(long unit) {
      return new Convention(mul(low, unit), mul(high, unit), mul(estimate, unit));
    }

    private static Long mul(Long a, long unit) {
      return a == null ? null : Math.multiplyExact(a, unit);
    }

    static Convention parse(String phrase, String value) {
      String[] f = value.split(",", -1);
      if (f.length != 3) {
        throw new IllegalArgumentException(
            "the convention for '" + phrase + "' must read low,high,estimate; got '" + value + "'");
      }
      try {
        return new Convention(field(f[0]), field(f[1]), field(f[2]));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "the convention for '"
                + phrase
                + "' has a field that is not a whole number: '"
                + value
                + "'",
            e);
      }
    }

    private static Long field(String s) {
      return s.isBlank() ? null : Long.valueOf(s.strip());
    }
  }
}
