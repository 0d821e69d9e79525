package org.corroborate.nlp.quantity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Reads whole numbers written in English words ("Fifty two", "forty-four", "one hundred and
 * twenty", "a dozen", "two thousand") and figures followed by a scale ("1.5 million").
 */
final class NumberWords {

  private static final Map<String, Long> UNITS =
      Map.ofEntries(
          Map.entry("zero", 0L),
          Map.entry("one", 1L),
          Map.entry("two", 2L),
          Map.entry("three", 3L),
          Map.entry("four", 4L),
          Map.entry("five", 5L),
          Map.entry("six", 6L),
          Map.entry("seven", 7L),
          Map.entry("eight", 8L),
          Map.entry("nine", 9L),
          Map.entry("ten", 10L),
          Map.entry("eleven", 11L),
          Map.entry("twelve", 12L),
          Map.entry("thirteen", 13L),
          Map.entry("fourteen", 14L),
          Map.entry("fifteen", 15L),
          Map.entry("sixteen", 16L),
          Map.entry("seventeen", 17L),
          Map.entry("eighteen", 18L),
          Map.entry("nineteen", 19L));
  private static final Map<String, Long> TENS =
      Map.of(
          "twenty", 20L, "thirty", 30L, "forty", 40L, "fifty", 50L, "sixty", 60L, "seventy", 70L,
          "eighty", 80L, "ninety", 90L);

  /** Words that multiply what precedes them. */
  static final Map<String, Long> SCALES =
      Map.of(
          "dozen",
          12L,
          "hundred",
          100L,
          "thousand",
          1_000L,
          "million",
          1_000_000L,
          "billion",
          1_000_000_000L);

  /** Plural scale words that multiply a vague amount after "of": "tens of thousands". */
  static final Map<String, Long> PLURAL_SCALES =
      Map.of("hundreds", 100L, "thousands", 1_000L, "millions", 1_000_000L);

  private enum Last {
    NONE,
    A,
    UNIT,
    TENS,
    HUNDRED,
    SCALE,
    AND
  }

  private NumberWords() {}

  /** The number whose first token is {@code i}, or null. */
  static Atom read(List<Token> t, int i) {
    Token k = t.get(i);
    switch (k.kind()) {
      case NUMBER:
        return scaled(t, i, BigDecimal.valueOf(k.value()));
      case DECIMAL:
        return i + 1 < t.size() && t.get(i + 1).in(SCALES.keySet())
            ? scaled(t, i, new BigDecimal(k.text().replace(",", "")))
            : null;
      case RANGE:
        return Atom.range(i, i + 1, k.value(), k.high());
      case WORD:
        return words(t, i);
      default:
        return null;
    }
  }

  private static Atom scaled(List<Token> t, int i, BigDecimal figure) {
    if (i + 1 < t.size() && t.get(i + 1).in(SCALES.keySet())) {
      BigDecimal v = figure.multiply(BigDecimal.valueOf(SCALES.get(t.get(i + 1).text())));
      try {
        return Atom.exact(i, i + 2, v.longValueExact());
      } catch (ArithmeticException e) {
        return null;
      }
    }
    return Atom.exact(i, i + 1, figure.longValueExact());
  }

  private static Atom words(List<Token> t, int start) {
    long total = 0;
    long current = 0;
    long lastScale = Long.MAX_VALUE;
    Last last = Last.NONE;
    int j = start;
    int end = start;
    while (j < t.size()) {
      Token k = t.get(j);
      String w = k.kind() == Token.Kind.WORD ? k.text() : "";
      Long unit = UNITS.get(w);
      Long tens = TENS.get(w);
      Long scale = SCALES.get(w);
      if (unit != null && unitMayFollow(last, unit)) {
        current += unit;
        last = Last.UNIT;
      } else if (tens != null
          && (last == Last.NONE
              || last == Last.HUNDRED
              || last == Last.SCALE
              || last == Last.AND)) {
        current += tens;
        last = Last.TENS;
      } else if (w.equals("dozen") && (last == Last.A || last == Last.UNIT || last == Last.TENS)) {
        current = (last == Last.A ? 1 : current) * 12;
        end = j + 1;
        break;
      } else if (w.equals("hundred")
          && (last == Last.A || ((last == Last.UNIT || last == Last.TENS) && current > 0))
          && current < 100) {
        current = (last == Last.A ? 1 : current) * 100;
        last = Last.HUNDRED;
      } else if (scale != null
          && scale >= 1_000
          && scale < lastScale
          && (last == Last.A || ((last != Last.NONE && last != Last.AND) && current > 0))) {
        total += (last == Last.A ? 1 : current) * scale;
        current = 0;
        lastScale = scale;
        last = Last.SCALE;
      } else if (w.equals("and")
          && (last == Last.HUNDRED || last == Last.SCALE)
          && j + 1 < t.size()
          && (UNITS.containsKey(t.get(j + 1).text()) || TENS.containsKey(t.get(j + 1).text()))) {
        last = Last.AND;
      } else if ((w.equals("a") || w.equals("an")) && j == start) {
        last = Last.A;
      } else if (k.isDash()
          && last == Last.TENS
          && j + 1 < t.size()
          && adjacent(t.get(j - 1), k)
          && adjacent(k, t.get(j + 1))
          && UNITS.getOrDefault(t.get(j + 1).text(), 0L) >= 1
          && UNITS.get(t.get(j + 1).text()) <= 9) {
        j++;
        continue;
      } else {
        break;
      }
      if (last != Last.A && last != Last.AND) {
        end = j + 1;
      }
      j++;
    }
    return end > start ? Atom.exact(start, end, total + current) : null;
  }

  private static boolean unitMayFollow(Last last, long unit) {
    return switch (last) {
      case NONE -> true;
      case HUNDRED, SCALE, AND -> unit >= 1;
      case TENS -> unit >= 1 && unit <= 9;
      default -> false;
    };
  }

  static boolean adjacent(Token a, Token b) {
    return a.end() == b.start();
  }
}
