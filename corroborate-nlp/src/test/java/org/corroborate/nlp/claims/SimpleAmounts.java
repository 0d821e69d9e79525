package org.corroborate.nlp.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.Quantity;
import org.corroborate.model.QuantityKind;
import org.corroborate.model.Span;

/**
 * A minimal {@link AmountReader} for tests: digits and English number words, "a dozen", "over
 * N"/"more than N"/"at least N", vague amounts ("dozens", "many", "several") and two-part
 * composites ("six women and one man"); it skips years, dates, clock times, ordinals, ages
 * ("35-year-old"), phone numbers and amounts followed by a unit. The production reader is {@code
 * org.corroborate.nlp.quantity.QuantityReader}.
 */
final class SimpleAmounts implements AmountReader {

  private static final Pattern TOKEN =
      Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?[a-zA-Z]*|[A-Za-z]+(?:-[A-Za-z]+)*|\\S");
  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90));
  private static final Map<String, Long> VAGUE_ESTIMATES =
      Map.of("dozens", 12L, "hundreds", 100L, "scores", 20L, "thousands", 1000L);
  private static final Set<String> VAGUE =
      Set.of("many", "several", "few", "dozens", "hundreds", "scores", "thousands");
  private static final Set<String> UNITS =
      Set.of(
          "km",
          "kilometres",
          "kilometers",
          "kilometre",
          "kilometer",
          "miles",
          "mile",
          "metres",
          "meters",
          "hours",
          "hour",
          "minutes",
          "minute",
          "seconds",
          "days",
          "day",
          "weeks",
          "months",
          "years",
          "year",
          "am",
          "pm",
          "a",
          "p",
          "percent",
          "per",
          "dollars",
          "o'clock",
          "%",
          ":",
          "-",
          "million",
          "billion",
          "times");
  private static final Set<String> MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  private record Tok(int start, int end, String lower) {}

  @Override
  public List<Quantity> read(String text, int offset) {
    List<Tok> toks = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      toks.add(new Tok(m.start(), m.end(), m.group().toLowerCase(Locale.ROOT)));
    }
    List<Quantity> out = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      int[] end = new int[1];
      Long n = number(toks, i, end);
      Tok t = toks.get(i);
      if (n != null && !excluded(toks, i, end[0])) {
        int startTok = i;
        String prev = i > 0 ? toks.get(i - 1).lower() : "";
        String prev2 = i > 1 ? toks.get(i - 2).lower() : "";
        Long low = n;
        Long high = n;
        QuantityKind kind = QuantityKind.EXACT;
        if (prev.equals("over") || (prev.equals("than") && prev2.equals("more"))) {
          kind = QuantityKind.BOUNDED;
          low = n + 1;
          high = null;
          startTok = prev.equals("over") ? i - 1 : i - 2;
        } else if (prev.equals("least") && prev2.equals("at")) {
          kind = QuantityKind.BOUNDED;
          high = null;
          startTok = i - 2;
        }
        int last = end[0];
        if (kind == QuantityKind.EXACT && composite(toks, last)) {
          int[] end2 = new int[1];
          int second = toks.get(last + 2).lower().equals(",") ? last + 4 : last + 3;
          Long n2 = number(toks, second, end2);
          int lastTok = end2[0] + 1;
          out.add(
              quantity(
                  text,
                  offset,
                  toks.get(i),
                  toks.get(lastTok),
                  QuantityKind.COMPOSITE,
                  n + n2,
                  n + n2,
                  n + n2));
          i = lastTok + 1;
          continue;
        }
        out.add(
            quantity(
                text,
                offset,
                toks.get(startTok),
                toks.get(last),
                kind,
                kind == QuantityKind.EXACT ? n : null,
                low,
                high));
        i = last + 1;
        continue;
      }
      if (VAGUE.contains(t.lower())) {
        Span span = new Span(offset + t.start(), offset + t.end());
        out.add(
            new Quantity(
                span,
                text.substring(t.start(), t.end()),
                QuantityKind.VAGUE,
                null,
                null,
                null,
                VAGUE_ESTIMATES.get(t.lower())));
      }
      i++;
    }
    return out;
  }

  private static Quantity quantity(
      String text,
      int offset,
      Tok first,
      Tok last,
      QuantityKind kind,
      Long value,
      Long low,
      Long high) {
    Span span = new Span(offset + first.start(), offset + last.end());
    Long estimate = value != null ? value : low;
    return new Quantity(
        span, text.substring(first.start(), last.end()), kind, value, low, high, estimate);
  }

  /** NUM NOUN (,) and NUM NOUN: "six women and one man". */
  private static boolean composite(List<Tok> toks, int last) {
    int j = last + 1;
    if (j + 3 >= toks.size() || !isWord(toks.get(j).lower())) {
      return false;
    }
    int k = j + 1;
    if (toks.get(k).lower().equals(",")) {
      k++;
    }
    if (k + 2 >= toks.size() || !toks.get(k).lower().equals("and")) {
      return false;
    }
    int[] end = new int[1];
    Long n2 = number(toks, k + 1, end);
    return n2 != null && end[0] + 1 < toks.size() && isWord(toks.get(end[0] + 1).lower());
  }

  private static boolean isWord(String s) {
    return s.chars().allMatch(Character::isLetter)
        && number(List.of(new Tok(0, 0, s)), 0, new int[1]) == null
        && !VAGUE.contains(s)
        && !s.equals("and");
  }

  /** The number starting at token {@code i}; {@code end[0]} receives its last token. */
  private static Long number(List<Tok> toks, int i, int[] end) {
    if (i >= toks.size()) {
      return null;
    }
    String s = toks.get(i).lower();
    end[0] = i;
    if (s.matches("\\d[\\d,]*")) {
      return Long.parseLong(s.replace(",", ""));
    }
    if (s.equals("a") && i + 1 < toks.size() && toks.get(i + 1).lower().equals("dozen")) {
      end[0] = i + 1;
      return 12L;
    }
    if (s.equals("dozen")) {
      return 12L;
    }
    String[] parts = s.split("-");
    if (parts.length == 2 && WORDS.containsKey(parts[0]) && WORDS.containsKey(parts[1])) {
      return (long) WORDS.get(parts[0]) + WORDS.get(parts[1]);
    }
    Integer w = WORDS.get(s);
    if (w == null) {
      return null;
    }
    long value = w;
    if (w >= 20 && w % 10 == 0 && i + 1 < toks.size()) {
      Integer unit = WORDS.get(toks.get(i + 1).lower());
      if (unit != null && unit < 10) {
        value += unit;
        end[0] = i + 1;
      }
    }
    if (end[0] + 1 < toks.size()) {
      String next = toks.get(end[0] + 1).lower();
      if (next.equals("hundred") || next.equals("thousand")) {
        value *= next.equals("hundred") ? 100 : 1000;
        end[0]++;
      }
    }
    return value;
  }

  private static boolean excluded(List<Tok> toks, int i, int last) {
    String s = toks.get(i).lower();
    String prev = i > 0 ? toks.get(i - 1).lower() : "";
    String next = last + 1 < toks.size() ? toks.get(last + 1).lower() : "";
    if (s.matches("\\d{4}") && Integer.parseInt(s) >= 1900 && Integer.parseInt(s) <= 2100) {
      return true;
    }
    if (s.matches("\\d+[a-z]+")) {
      return true;
    }
    if (prev.equals("+") || prev.equals("$") || prev.equals("no") || next.matches("\\d.*")) {
      return true;
    }
    return UNITS.contains(next) || MONTHS.contains(next) || MONTHS.contains(prev);
  }
}
