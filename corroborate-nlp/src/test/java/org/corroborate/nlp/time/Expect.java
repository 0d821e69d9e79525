package org.corroborate.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.corroborate.model.TimeMention;
import org.corroborate.model.TimePrecision;

/**
 * One row of a table of sentences: the text, its publication date and story year, the mention
 * expected in it and that mention's value and note. Every sentence is about fictional places.
 */
record Expect(
    String text,
    LocalDate published,
    Integer storyYear,
    DateOrder order,
    String mention,
    String iso,
    TimePrecision precision,
    boolean approximate,
    String note) {

  static Expect in(String text, String published) {
    return new Expect(
        text,
        published == null ? null : LocalDate.parse(published),
        null,
        DateOrder.DAY_FIRST,
        "",
        "",
        TimePrecision.UNKNOWN,
        false,
        "");
  }

  Expect story(int year) {
    return new Expect(text, published, year, order, mention, iso, precision, approximate, note);
  }

  Expect order(DateOrder o) {
    return new Expect(text, published, storyYear, o, mention, iso, precision, approximate, note);
  }

  /** The mention expected, its value, and {@code ~} in {@code approx} for approximate. */
  Expect finds(String m, String value, TimePrecision p, String approx) {
    return new Expect(text, published, storyYear, order, m, value, p, approx.equals("~"), note);
  }

  /** A phrase the mention's note contains; without one, the note must not say anything. */
  Expect noting(String n) {
    return new Expect(text, published, storyYear, order, mention, iso, precision, approximate, n);
  }

  TimeContext context() {
    return new TimeContext(published, order, storyYear);
  }

  void check(TimeExpressions times) {
    List<TimeMention> found = times.find(text, 0, context());
    assertThat(found).as("mentions in <%s>", text).extracting(TimeMention::text).contains(mention);
    TimeMention m = found.stream().filter(f -> f.text().equals(mention)).findFirst().orElseThrow();
    assertThat(m.value().iso()).as("iso of <%s>", mention).isEqualTo(iso);
    assertThat(m.value().precision()).as("precision of <%s>", mention).isEqualTo(precision);
    assertThat(m.value().approximate()).as("approximate <%s>", mention).isEqualTo(approximate);
    if (!note.isEmpty()) {
      assertThat(m.note()).as("note of <%s>", mention).contains(note);
    }
  }

  @Override
  public String toString() {
    return text + " -> " + mention;
  }
}
