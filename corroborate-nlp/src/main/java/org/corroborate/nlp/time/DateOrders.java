package org.corroborate.nlp.time;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how a document writes numeric dates, so that its ambiguous ones (01/09/14) can be read.
 *
 * <p>The rule, strongest evidence first:
 *
 * <ol>
 *   <li>numeric dates that can be read only one way: 13/09/2014 or 31/08 prove day-first, 09/13 or
 *       9/13/2014 month-first. A date without a year counts only with two digits on each side
 *       (31/08), so that "24/7" is no evidence. The order with more such dates wins;
 *   <li>else written dates with a year: "1 September 2013" is day-first, "September 1, 2013"
 *       month-first. Written dates without a year do not count, since the names of events ("the
 *       September 1 massacre") are written month-first in day-first countries too;
 *   <li>else, or on a tie, the caller's fallback, for example from the source's country.
 * </ol>
 */
public final class DateOrders {

  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<![\\d/.+-])(?<a>\\d{1,2})(?<s>[/.-])(?<b>\\d{1,2})(?:\\k<s>(?<y>\\d{4}|\\d{2}))?"
              + "(?!\\d|[/.-]\\d)");

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b" + Words.DAY + "\\s+(?:of\\s+)?" + Words.MONTH + ",?\\s+" + Words.YEAR);

  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + Words.MONTH + "\\s+" + Words.DAY + ",?\\s+" + Words.YEAR);

  private DateOrders() {}

  /** The order in which {@code documentText} writes its dates, or {@code fallback} if unknown. */
  public static DateOrder decide(String documentText, DateOrder fallback) {
    Objects.requireNonNull(documentText, "documentText");
    Objects.requireNonNull(fallback, "fallback");
    int dayFirst = 0;
    int monthFirst = 0;
    Matcher m = NUMERIC.matcher(documentText);
    while (m.find()) {
      boolean withYear = m.group("y") != null;
      if (!withYear && (m.group("a").length() != 2 || m.group("b").length() != 2)) {
        continue;
      }
      if (!withYear && !m.group("s").equals("/")) {
        continue;
      }
      DateOrder order = forced(Integer.parseInt(m.group("a")), Integer.parseInt(m.group("b")));
      if (order == DateOrder.DAY_FIRST) {
        dayFirst++;
      } else if (order == DateOrder.MONTH_FIRST) {
        monthFirst++;
      }
    }
    if (dayFirst != monthFirst) {
      return dayFirst > monthFirst ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
    }
    int written = count(DAY_MONTH_YEAR, documentText) - count(MONTH_DAY_YEAR, documentText);
    if (written != 0) {
      return written > 0 ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
    }
    return fallback;
  }

  /**
   * The only order in which two numbers can be a day and a month, or null when both orders fit or
   * neither does.
   */
  static DateOrder forced(int first, int second) {
    boolean dayFirst = first >= 1 && first <= 31 && second >= 1 && second <= 12;
    boolean monthFirst = first >= 1 && first <= 12 && second >= 1 && second <= 31;
    if (dayFirst == monthFirst) {
      return null;
    }
    return dayFirst ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
  }

  private static int count(Pattern pattern, String text) {
    return (int) pattern.matcher(text).results().count();
  }
}
