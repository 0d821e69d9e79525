package org.corroborate.resolve;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.corroborate.model.Claim;

/**
 * People counted as others beside one person the report told of just before: "officers found a
 * woman who had been shot ... three other adults had also been shot" counts four, "a man was found
 * with a wound to the chest; the other four are in stable condition" five. The count of others
 * counts as itself and that one person; the claim keeps its own figure and its note says how it
 * counts. Only one person is taken to come before the others: after "four people were shot" the
 * "three others" may be among the four.
 */
final class OthersBesideOne {

  /** "three others", "three other adults" after the number. */
  private static final Pattern AFTER = Pattern.compile("(?i)^\\s+others?\\b");

  /** "the other four" before the number. */
  private static final Pattern BEFORE = Pattern.compile("(?i)\\bother\\s+$");

  private OthersBesideOne() {}

  /**
   * What each count of others among {@code claims}, all of one property, counts as. The count
   * nearest before the others in the report, of whatever figure, must be that one person's: after
   * "one man died" the "four others injured" are all the injured.
   *
   * @param figures every figure claim of the incident, of every property
   * @param recounted what other rules already count some claims as (see {@link
   *     HitCountsIncludeTheKilled}); a person they count as none has no others beside them
   */
  static Map<Claim, HitCountsIncludeTheKilled.Recount> countsAs(
      List<Claim> claims,
      List<Claim> figures,
      Map<Claim, HitCountsIncludeTheKilled.Recount> recounted) {
    Map<Claim, HitCountsIncludeTheKilled.Recount> out = new HashMap<>();
    for (Claim c : claims) {
      if (!Credible.is(c)
          || c.quantity() == null
          || !Position.exact(c)
          || recounted.containsKey(c)
          || !isOthers(c)) {
        continue;
      }
      Optional<Claim> before = nearestBefore(c, figures);
      if (before.isEmpty()
          || before.get().property() != c.property()
          || isOthers(before.get())
          || countsAs(before.get(), recounted) != 1) {
        continue;
      }
      long value = c.quantity().value() + 1;
      out.put(
          c,
          new HitCountsIncludeTheKilled.Recount(
              value,
              c.quantity().value()
                  + " others beside one told of just before in the same report: counts as "
                  + value));
    }
    return out;
  }

  private static long countsAs(Claim c, Map<Claim, HitCountsIncludeTheKilled.Recount> recounted) {
    if (recounted.containsKey(c)) {
      return recounted.get(c).value();
    }
    return c.quantity().value() != null ? c.quantity().value() : c.quantity().low();
  }

  /** The credible count of the same report, of any figure, nearest before {@code c}. */
  private static Optional<Claim> nearestBefore(Claim c, List<Claim> claims) {
    return claims.stream()
        .filter(o -> o != c && o.document().equals(c.document()) && Credible.is(o))
        .filter(o -> o.quantity() != null && o.quantity().low() != null)
        .filter(o -> o.valueSpan().end() <= c.valueSpan().start())
        .max(Comparator.comparingInt(o -> o.valueSpan().end()));
  }

  private static boolean isOthers(Claim c) {
    String quote = c.quote().toLowerCase(Locale.ROOT);
    int start = c.valueSpan().start() - c.sentence().start();
    int end = c.valueSpan().end() - c.sentence().start();
    return start >= 0
        && end <= quote.length()
        && (AFTER.matcher(quote).region(end, quote.length()).lookingAt()
            || BEFORE.matcher(quote.substring(0, start)).find());
  }
}
