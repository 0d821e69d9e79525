package org.corroborate.nlp.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.corroborate.model.Quantity;
import org.corroborate.model.QuantityKind;
import org.junit.jupiter.api.Test;

/**
 * Random inputs from a seed that every failure message prints; rerun one with {@code
 * -Dtests.seed=<seed>}.
 */
class QuantityReaderRandomizedTest {

  private static final int ROUNDS = 2_000;
  private static final String[] UNITS = {
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen"
  };
  private static final String[] TENS = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };
  private static final String[] HYPHENS = {"-", " ", "\u2010", "\u2011"};
  private static final String[] FRAGMENTS = {
    "52",
    "1,400",
    "3 000",
    "2014",
    "31",
    "August",
    "May",
    "over",
    "at least",
    "up to",
    "about",
    "between",
    "and",
    "to",
    "or",
    "more",
    "so",
    "dozens",
    "of",
    "thousands",
    "several",
    "a",
    "few",
    "hundred",
    "one",
    "no",
    "the",
    "women",
    "men",
    "children",
    "killed",
    "km",
    "days",
    "%",
    "$",
    "+44",
    "7539",
    "-",
    "–",
    ",",
    ".",
    "/",
    ":",
    "6am",
    "16-year-old",
    "fifty",
    "two",
    "forty-four",
    "Resolution",
    "people",
    "1.5",
    "million",
    "nearly",
    "some",
    "tens"
  };

  private final QuantityReader reader = new QuantityReader(VagueConventions.defaults());
  private final long seed = Long.getLong("tests.seed", System.nanoTime());
  private final Random random = new Random(seed);

  @Test
  void reads_back_every_number_written_in_english_words() {
    for (int round = 0; round < ROUNDS; round++) {
      long n = random.nextInt(1_000_000);
      String words = capitaliseSometimes(english(n));
      String sentence = "Gunmen abducted " + words + " villagers near Orvel.";

      List<Quantity> found = reader.read(sentence, 0);

      assertThat(found)
          .as("seed %d: '%s'", seed, sentence)
          .singleElement()
          .satisfies(
              q -> {
                assertThat(q.kind()).isEqualTo(QuantityKind.EXACT);
                assertThat(q.value()).isEqualTo(n);
                assertThat(q.text()).isEqualTo(words);
              });
    }
  }

  @Test
  void reads_back_every_figure_written_with_thousands_separators() {
    for (int round = 0; round < ROUNDS; round++) {
      long n = random.nextInt(1_000_000_000);
      String figure = grouped(n, random.nextBoolean() ? "," : " ");
      String sentence = "The agency counted " + figure + " people in the camps.";

      List<Quantity> found = reader.read(sentence, 0);

      assertThat(found)
          .as("seed %d: '%s'", seed, sentence)
          .extracting(Quantity::text, Quantity::value)
          .containsExactly(tuple(figure, n));
    }
  }

  @Test
  void spans_point_at_their_text_in_order_without_overlaps_for_any_input() {
    for (int round = 0; round < ROUNDS; round++) {
      StringBuilder sb = new StringBuilder();
      int length = 1 + random.nextInt(15);
      for (int k = 0; k < length; k++) {
        sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)])
            .append(random.nextInt(4) == 0 ? "" : " ");
      }
      String text = sb.toString();
      String prefix = "x".repeat(random.nextInt(20));
      String document = prefix + text;

      List<Quantity> found = reader.read(text, prefix.length());

      int previousEnd = 0;
      for (Quantity q : found) {
        assertThat(q.span().of(document)).as("seed %d: '%s'", seed, text).isEqualTo(q.text());
        assertThat(q.span().start())
            .as("seed %d: '%s'", seed, text)
            .isGreaterThanOrEqualTo(previousEnd);
        previousEnd = q.span().end();
      }
    }
  }

  private String capitaliseSometimes(String s) {
    return random.nextBoolean() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** {@code n} in English words, choosing at random among the usual ways of writing it. */
  private String english(long n) {
    if (n == 0) {
      return "zero";
    }
    long thousands = n / 1_000;
    long rest = n % 1_000;
    StringBuilder sb = new StringBuilder();
    if (thousands > 0) {
      sb.append(belowThousand(thousands, true)).append(" thousand");
    }
    if (rest > 0) {
      if (thousands > 0) {
        sb.append(rest < 100 && random.nextBoolean() ? " and " : " ");
      }
      sb.append(belowThousand(rest, thousands == 0));
    }
    return sb.toString();
  }

  private String belowThousand(long n, boolean first) {
    long hundreds = n / 100;
    long rest = n % 100;
    StringBuilder sb = new StringBuilder();
    if (hundreds > 0) {
      boolean article = first && hundreds == 1 && random.nextInt(3) == 0;
      sb.append(article ? "a" : UNITS[(int) hundreds]).append(" hundred");
    }
    if (rest > 0) {
      if (hundreds > 0) {
        sb.append(random.nextBoolean() ? " and " : " ");
      }
      sb.append(belowHundred((int) rest));
    }
    return sb.toString();
  }

  private String belowHundred(int n) {
    if (n < 20) {
      return UNITS[n];
    }
    String tens = TENS[n / 10];
    return n % 10 == 0 ? tens : tens + HYPHENS[random.nextInt(HYPHENS.length)] + UNITS[n % 10];
  }

  private static String grouped(long n, String separator) {
    String plain = Long.toString(n);
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < plain.length(); k++) {
      if (k > 0 && (plain.length() - k) % 3 == 0) {
        sb.append(separator);
      }
      sb.append(plain.charAt(k));
    }
    return sb.toString();
  }
}
