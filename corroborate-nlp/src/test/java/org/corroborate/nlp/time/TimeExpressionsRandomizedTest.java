package org.corroborate.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.corroborate.model.TimeMention;
import org.corroborate.model.TimePrecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random dates, written in one of several forms inside a sentence, read back to the same day. Each
 * case names its seed; every assertion message repeats it and the sentence.
 */
class TimeExpressionsRandomizedTest {

  private static final List<Function<LocalDate, String>> FORMS =
      List.of(
          d -> d.getDayOfMonth() + " " + month(d) + " " + d.getYear(),
          d -> month(d) + " " + d.getDayOfMonth() + ", " + d.getYear(),
          d -> shortMonth(d) + " " + d.getDayOfMonth() + ", " + d.getYear(),
          d -> ordinal(d.getDayOfMonth()) + " of " + month(d) + " " + d.getYear(),
          d -> weekday(d) + " " + d.getDayOfMonth() + " " + month(d) + " " + d.getYear(),
          d -> weekday(d) + ", " + month(d) + " " + d.getDayOfMonth() + ", " + d.getYear(),
          LocalDate::toString,
          d -> two(d.getDayOfMonth()) + "/" + two(d.getMonthValue()) + "/" + d.getYear(),
          d -> two(d.getMonthValue()) + "/" + two(d.getDayOfMonth()) + "/" + d.getYear(),
          d -> d.getDayOfMonth() + "." + d.getMonthValue() + "." + two(d.getYear() % 100));

  private static final List<String> BEFORE =
      List.of("Gunmen entered Orlen on ", "The list was revised on ", "Shelling resumed ", "");

  private static final List<String> AFTER =
      List.of(", witnesses said.", ".", " and the roads were closed.", "");

  private final TimeExpressions times = new TimeExpressions();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void a_random_date_in_any_written_form_reads_back_to_the_same_day(long seed) {
    Random random = new Random(seed);
    // a day after the 12th, so that numeric forms are unambiguous whatever the order
    LocalDate date =
        LocalDate.of(1990 + random.nextInt(40), 1 + random.nextInt(12), 13 + random.nextInt(16));
    String written = FORMS.get(random.nextInt(FORMS.size())).apply(date);
    String text =
        BEFORE.get(random.nextInt(BEFORE.size()))
            + written
            + AFTER.get(random.nextInt(AFTER.size()));
    DateOrder order = DateOrder.values()[random.nextInt(2)];
    LocalDate published = date.plusDays(random.nextInt(3000));
    Integer story = random.nextBoolean() ? null : 1990 + random.nextInt(40);

    List<TimeMention> found = times.find(text, 0, new TimeContext(published, order, story));

    assertThat(found).as("seed %d: <%s>", seed, text).hasSize(1);
    TimeMention m = found.get(0);
    assertThat(m.text()).as("seed %d: <%s>", seed, text).isEqualTo(written);
    assertThat(m.value().iso()).as("seed %d: <%s>", seed, text).isEqualTo(date.toString());
    assertThat(m.value().precision()).isEqualTo(TimePrecision.DAY);
    assertThat(m.note()).as("seed %d: <%s>", seed, text).doesNotContain("contradicts");
  }

  private static String month(LocalDate d) {
    String name = d.getMonth().name();
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }

  private static String shortMonth(LocalDate d) {
    String name = month(d);
    if (name.length() <= 4) {
      return name;
    }
    return name.equals("September") ? "Sept." : name.substring(0, 3) + ".";
  }

  private static String weekday(LocalDate d) {
    return Words.name(d.getDayOfWeek());
  }

  private static String ordinal(int day) {
    String suffix =
        day % 10 == 1 && day != 11
            ? "st"
            : day % 10 == 2 && day != 12 ? "nd" : day % 10 == 3 && day != 13 ? "rd" : "th";
    return day + suffix;
  }

  private static String two(int n) {
    return String.format(Locale.ROOT, "%02d", n);
  }
}
