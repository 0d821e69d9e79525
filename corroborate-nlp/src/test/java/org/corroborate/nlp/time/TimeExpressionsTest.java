package org.corroborate.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.corroborate.model.TimePrecision.DAY;
import static org.corroborate.model.TimePrecision.HOUR;
import static org.corroborate.model.TimePrecision.MINUTE;
import static org.corroborate.model.TimePrecision.MONTH;
import static org.corroborate.model.TimePrecision.YEAR;
import static org.corroborate.nlp.time.Expect.in;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.corroborate.model.Span;
import org.corroborate.model.TimeMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tables of sentences about fictional places, each with the time expected in it. */
class TimeExpressionsTest {

  private final TimeExpressions times = new TimeExpressions();

  static Stream<Expect> absoluteDates() {
    return Stream.of(
        in("Gunmen entered Kesterby on 1 September 2013.", "2013-09-05")
            .finds("1 September 2013", "2013-09-01", DAY, ""),
        in("The raid on Orlen began September 1, 2013, at the north gate.", "2013-09-05")
            .finds("September 1, 2013", "2013-09-01", DAY, ""),
        in("The raid on Orlen began Sept. 1, 2013.", "2013-09-05")
            .finds("Sept. 1, 2013", "2013-09-01", DAY, ""),
        in("The camp at Marrow Ford was quiet on 31 August 2013.", "2013-09-05")
            .finds("31 August 2013", "2013-08-31", DAY, ""),
        in("Shelling resumed on Sunday 1 September.", "2013-09-05")
            .finds("Sunday 1 September", "2013-09-01", DAY, "")
            .noting("no year written"),
        in("Records dated 2013-09-01 were lost in Dunmere.", "2014-01-01")
            .finds("2013-09-01", "2013-09-01", DAY, ""),
        in("Fighting spread across Dunmere in September 2013.", "2014-01-01")
            .finds("September 2013", "2013-09", MONTH, ""),
        in("The militia first appeared in 2009 near Orlen.", "2014-01-01")
            .finds("2009", "2009", YEAR, ""),
        in("Families fled Kesterby on April 6th.", "2011-04-10")
            .finds("April 6th", "2011-04-06", DAY, ""),
        in("Back in 2009 on July 28, trucks reached Orlen.", "2011-04-10")
            .finds("2009 on July 28", "2009-07-28", DAY, ""),
        in("Shooting was heard in early September near the ford.", "2013-10-01")
            .finds("early September", "2013-09", MONTH, "~"),
        in("Update of 01/09/14: the list of the dead was revised.", "2013-09-01")
            .finds("01/09/14", "2014-09-01", DAY, "")
            .noting("ambiguous numeric date read day-first"),
        in("Update of 01/09/14: the list of the dead was revised.", "2013-09-01")
            .order(DateOrder.MONTH_FIRST)
            .finds("01/09/14", "2014-01-09", DAY, "")
            .noting("read month-first"),
        in("(05/09/16) - A father in Orlen faces charges after his son shot himself.", "2016-05-09")
            .finds("05/09/16", "2016-05-09", DAY, "")
            .noting("read the other way round: the document's order puts it after publication"),
        in("The list of 13/09/2014 names forty dead.", "2014-10-01")
            .order(DateOrder.MONTH_FIRST)
            .finds("13/09/2014", "2014-09-13", DAY, ""),
        in("A boy was hit during a New Year's Eve shooting in Orlen.", "2017-01-01")
            .finds("New Year's Eve", "2016-12-31", DAY, ""),
        in("Two men were shot in Orlen on Christmas Day 2015.", "2016-02-01")
            .finds("Christmas Day 2015", "2015-12-25", DAY, ""),
        in("The Fourth of July party in Orlen ended in gunfire.", "2016-07-06")
            .finds("Fourth of July", "2016-07-04", DAY, ""),
        in("A boy was shot in Velmora on Thanksgiving Day.", "2015-11-27")
            .finds("Thanksgiving Day", "2015-11-26", DAY, ""),
        in("A boy was shot in Velmora on Thanksgiving night.", "2016-01-04")
            .finds("Thanksgiving night", "2015-11-26", DAY, "")
            .noting("the latest on or before publication"),
        in("The Easter Sunday shooting in Orlen left two hurt.", "2016-03-29")
            .finds("Easter Sunday", "2016-03-27", DAY, ""),
        in("Two men were wounded in Orlen on Memorial Day 2014.", "2015-02-01")
            .finds("Memorial Day 2014", "2014-05-26", DAY, ""),
        in("She was shot at a Mother's Day cookout in Kesterby.", "2017-05-15")
            .finds("Mother's Day", "2017-05-14", DAY, ""),
        in("An hour after the guests rang in 2013, a New Year's Eve party in Orlen", "2013-01-01")
            .story(2013)
            .finds("New Year's Eve", "2012-12-31", DAY, "")
            .noting("late in the year before the story's 2013"),
        in("Police in Orlen said the shooting of Dec. 28 left a man dead.", "2017-01-03")
            .story(2017)
            .finds("Dec. 28", "2016-12-28", DAY, "")
            .noting("late in the year before the story's 2017"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("absoluteDates")
  void absolute_dates_are_read_in_every_written_form(Expect e) {
    e.check(times);
  }

  static Stream<Expect> bareDates() {
    return Stream.of(
        in("On September 3 the mission counted the bodies at Marrow Ford.", "2015-09-01")
            .story(2013)
            .finds("September 3", "2013-09-03", DAY, "")
            .noting("the story's year 2013"),
        in("On September 3 the mission counted the bodies at Marrow Ford.", "2015-09-01")
            .finds("September 3", "2014-09-03", DAY, "")
            .noting("the latest on or before publication"),
        in("Trucks arrived at Orlen on July 28.", "2011-04-10")
            .finds("July 28", "2010-07-28", DAY, ""),
        in("The raid went on into Sunday 1 September for some hours.", "2015-09-01")
            .story(2013)
            .finds("Sunday 1 September", "2013-09-01", DAY, ""),
        in("A man was shot in Millbrook on Sunday, August 30.", "2015-09-01")
            .story(2013)
            .finds("Sunday, August 30", "2015-08-30", DAY, "")
            .noting("the written weekday fits 2015, not the story's year 2013"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bareDates")
  void bare_dates_take_the_story_year_else_the_latest_year_before_publication(Expect e) {
    e.check(times);
  }

  @Test
  void a_weekday_date_in_a_later_article_keeps_the_publication_year_but_names_the_fitting_year() {
    Expect e =
        in("The raid went on into Sunday 1 September for some hours.", "2015-09-01")
            .finds("Sunday 1 September", "2015-09-01", DAY, "")
            .noting("weekday contradicts date: 2015-09-01 was a Tuesday");
    e.check(times);
    assertThat(times.find(e.text(), 0, e.context()).get(0).note()).contains("fits 2013-09-01");
  }

  static Stream<Expect> timesOfDay() {
    return Stream.of(
        in("The shelling began at 6am on 1 September 2013.", "2013-09-05")
            .finds("6am on 1 September 2013", "2013-09-01T06", HOUR, ""),
        in("The shelling began at 6 AM on 1 September 2013.", "2013-09-05")
            .finds("6 AM on 1 September 2013", "2013-09-01T06", HOUR, ""),
        in("Sirens sounded in Kesterby at 06:00.", "2021-03-04")
            .finds("06:00", "2021-03-04T06:00", MINUTE, "")
            .noting("day taken from the publication date"),
        in("At 04:30 on 4 March 2021 the first shots were fired.", "2021-03-05")
            .finds("04:30 on 4 March 2021", "2021-03-04T04:30", MINUTE, ""),
        in("Gunmen reached Orlen on 4 March 2021. Radio reports began at 12:40.", "2021-03-05")
            .finds("12:40", "2021-03-04T12:40", MINUTE, "")
            .noting("day taken from 2021-03-04"),
        in("Armed men came around midnight on Saturday 31 August 2013.", "2013-09-05")
            .finds("around midnight on Saturday 31 August 2013", "2013-08-31T24:00", MINUTE, "~"),
        in("The convoy left at noon on 5 March 2021.", "2021-03-06")
            .finds("noon on 5 March 2021", "2021-03-05T12:00", MINUTE, ""),
        in("They attacked before dawn on 4 March 2021.", "2021-03-06")
            .finds("before dawn on 4 March 2021", "2021-03-04T05", HOUR, "~"),
        in("On 4 March 2021, early in the morning, the trucks came.", "2021-03-06")
            .finds("4 March 2021, early in the morning", "2021-03-04T06", HOUR, "~"),
        in("I was woken at half past four this morning by gunfire.", "2021-03-04")
            .finds("half past four this morning", "2021-03-04T04:30", MINUTE, ""),
        in("The unit left at seven in the evening on 6 April 2011.", "2011-04-10")
            .finds("seven in the evening on 6 April 2011", "2011-04-06T19", HOUR, ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("timesOfDay")
  void times_of_day_attach_to_their_date(Expect e) {
    e.check(times);
  }

  static Stream<Expect> hedges() {
    return Stream.of(
        in("Firing started about 6am on 4 March 2021.", "2021-03-06")
            .finds("about 6am on 4 March 2021", "2021-03-04T06", HOUR, "~"),
        in("Firing started at approximately 05:30 on 4 March 2021.", "2021-03-06")
            .finds("approximately 05:30 on 4 March 2021", "2021-03-04T05:30", MINUTE, "~"),
        in("The lorries left shortly before 7 P.M. on 4 March 2021.", "2021-03-06")
            .finds("shortly before 7 P.M. on 4 March 2021", "2021-03-04T19", HOUR, "~"),
        in("Militias gathered in late August near Orlen.", "2013-09-05")
            .finds("late August", "2013-08", MONTH, "~"),
        in("Aid stopped some time in early 2013.", "2014-01-01")
            .finds("early 2013", "2013", YEAR, "~"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hedges")
  void hedges_make_a_time_approximate(Expect e) {
    e.check(times);
  }

  static Stream<Expect> relative() {
    String thursday = "2021-03-04";
    return Stream.of(
        in("The camp was attacked today.", thursday).finds("today", thursday, DAY, ""),
        in("The camp was attacked yesterday.", thursday).finds("yesterday", "2021-03-03", DAY, ""),
        in("A vigil is planned tonight.", thursday).finds("tonight", thursday, DAY, ""),
        in("Shots rang out this morning.", thursday).finds("this morning", thursday, DAY, ""),
        in("Shots rang out last night.", thursday).finds("last night", "2021-03-03", DAY, "~"),
        in("The convoy was stopped on Tuesday.", thursday)
            .finds("Tuesday", "2021-03-02", DAY, "")
            .noting("relative to the publication date 2021-03-04"),
        in("The convoy was stopped Thursday.", thursday).finds("Thursday", thursday, DAY, ""),
        in("The convoy was stopped last Thursday.", thursday)
            .finds("last Thursday", "2021-02-25", DAY, ""),
        in("Families left Orlen last week.", thursday).finds("last week", "2021-02", MONTH, "~"),
        in("Families left Orlen last month.", thursday).finds("last month", "2021-02", MONTH, ""),
        in("Militiamen killed three in February of this year.", thursday)
            .finds("February of this year", "2021-02", MONTH, ""),
        in("The camp opened two years ago.", thursday).finds("two years ago", "2019", YEAR, "~"),
        in("The camp was shelled three days ago.", thursday)
            .finds("three days ago", "2021-03-01", DAY, ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("relative")
  void relative_expressions_count_from_the_publication_date(Expect e) {
    e.check(times);
  }

  static Stream<Expect> anchored() {
    return Stream.of(
        in(
                "The raid came on 3 March 2021. A day after the raid, the mission arrived.",
                "2021-03-08")
            .finds("A day after", "2021-03-04", DAY, "")
            .noting("counted from 2021-03-03"),
        in("The raid came on 3 March 2021. The following day, the roads were closed.", "2021-03-08")
            .finds("The following day", "2021-03-04", DAY, ""),
        in("The raid came on 3 March 2021. Two days later the mission arrived.", "2021-03-08")
            .finds("Two days later", "2021-03-05", DAY, ""),
        in(
                "The raid came on 3 March 2021. Police arrested two men four days after the raid.",
                "2021-03-08")
            .finds("four days after", "2021-03-07", DAY, ""),
        in(
                "Gunmen raided the depot on 3 March 2021. The raid came six weeks after a"
                    + " massacre in Velmora.",
                "2021-03-08")
            .finds("six weeks after", "2021-01-20", DAY, "")
            .noting(TimeMention.OF_WHAT_FOLLOWS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("anchored")
  void anchored_expressions_count_from_the_latest_earlier_date(Expect e) {
    e.check(times);
  }

  @Test
  void a_clock_time_takes_its_day_from_the_events_not_from_when_police_spoke() {
    List<TimeMention> found =
        find(
            "A boy was wounded in Orlen on Saturday night, officers said Sunday. The shooting was"
                + " reported at 11:40 p.m.",
            "2021-03-08");
    assertThat(found)
        .extracting(TimeMention::text, m -> m.value().iso(), TimeMention::ofStatement)
        .containsExactly(
            tuple("Saturday night", "2021-03-06", false),
            tuple("Sunday", "2021-03-07", true),
            tuple("11:40 p.m.", "2021-03-06T23:40", false));
  }

  @Test
  void a_time_of_day_before_said_is_the_events_not_the_statements() {
    assertThat(
            find(
                "Police were called to Larch Street about a man shot at about 10 a.m. Monday, said"
                    + " Lt. Dana Okonjo. Officers on Tuesday said the man had died.",
                "2021-03-10"))
        .extracting(TimeMention::text, TimeMention::ofStatement)
        .containsExactly(tuple("about 10 a.m. Monday", false), tuple("Tuesday", true));
  }

  @Test
  void a_range_of_days_is_its_first_day_and_dates_the_clock_time_before_it() {
    assertThat(
            find(
                "Gunmen arrived last week, around midnight on the night of 3 to 4 March, witnesses"
                    + " said.",
                "2021-03-08"))
        .extracting(TimeMention::text, m -> m.value().iso())
        .containsExactly(
            tuple("last week", "2021-03"),
            tuple("around midnight on the night of 3 to 4 March", "2021-03-03T24:00"));
    assertThat(find("Survivors were interviewed between 5 and 7 March 2021.", "2021-03-08"))
        .extracting(m -> m.value().iso())
        .containsExactly("2021-03-05");
  }

  @Test
  void a_pages_posted_and_updated_dates_are_dates_of_statements() {
    List<TimeMention> found =
        find(
            "Two men shot in Orlen Posted: Monday, March 8, 2021 Updated: Tuesday, March 9, 2021."
                + " The report, as of 10 March 2021, lists no arrest.\nGeneva, 11 March 2021 —"
                + " The agency said it had no access. The coroner on Friday said the man had died."
                + "\n04:36 VIDEO: Vigil held in Orlen"
                + "\nORLEN, Velmora, 12 March 2021 (Meridian Press) - Gunmen returned."
                + " On Friday, the mayor of Orlen said the roads were open.",
            "2021-03-14");
    assertThat(found).hasSize(8).allSatisfy(m -> assertThat(m.ofStatement()).isTrue());
  }

  @Test
  void a_date_opening_a_sentence_whose_subject_then_speaks_dates_the_statement() {
    assertThat(
            find(
                "Gunmen raided Orlen on 13 March. The next day, the mission's report read: “We"
                    + " counted the dead.” Fighting went on into 15 March, residents said.",
                "2021-03-20"))
        .extracting(TimeMention::text, TimeMention::ofStatement)
        .containsExactly(
            tuple("13 March", false), tuple("The next day", true), tuple("15 March", false));
  }

  @Test
  void an_anchored_expression_without_an_earlier_date_is_skipped() {
    assertThat(find("The following day, the roads to Orlen were closed.", "2021-03-08")).isEmpty();
  }

  static Stream<Expect> anniversaries() {
    return Stream.of(
        in("Tuesday marks the second anniversary of the raid on Marrow Ford.", "2015-09-01")
            .finds("the second anniversary", "2013-09-01", DAY, "")
            .noting("anniversary: the event was 2 years before 2015-09-01"),
        in("Saturday marks the second anniversary of the raid on Marrow Ford.", "2023-03-03")
            .finds("the second anniversary", "2021-03-04", DAY, ""),
        in("Seven years following the raid on Orlen, families still wait.", "2020-09-01")
            .finds("Seven years following", "2013", YEAR, "~")
            .noting("the event was 7 years before 2020-09-01"),
        in("Seven years after the raid on Orlen, families still wait.", "2020-09-01")
            .finds("Seven years after", "2013", YEAR, "~"),
        in(
                "A report on the 4 March 2021 raid was published on the first anniversary.",
                "2022-03-04")
            .finds("the first anniversary", "2021-03-04", DAY, "~")
            .noting("the publication date"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("anniversaries")
  void anniversaries_resolve_to_the_event_they_count_from(Expect e) {
    e.check(times);
  }

  @Test
  void a_weekday_that_contradicts_its_date_keeps_the_date_and_says_so() {
    in("But suddenly on Thursday evening of April 6th at 7 P.M. the unit moved out.", "2011-04-10")
        .story(2011)
        .finds("Thursday evening of April 6th at 7 P.M.", "2011-04-06T19", HOUR, "")
        .noting("weekday contradicts date: 2011-04-06 was a Wednesday")
        .check(times);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The shelling of Orlen continued for 6 hours.",
        "For five days no convoy reached Kesterby.",
        "A boy aged 13 and a man of 45 were wounded.",
        "Call the Kesterby office on +44 7700 900123 or 01632 960961.",
        "About 2500 soldiers and 1,400 police were deployed.",
        "The mission was told 30 minutes after the start and arrived after 12 hours.",
        "Over the past two years the families have asked for an inquiry.",
        "Officers went to 8 Quarry Lane in Velmora (20109) to look into the shooting.",
        "A man was shot at the Orlen Club (1816 N. Kester) in Velmora.",
        "The shots were fired in 2010 Larch Avenue, near the school.",
        "The mall in Orlen was busy with Christmas shoppers.",
        "Children hunted for Easter eggs in Orlen.",
        "Orlen was quiet over the Thanksgiving weekend."
      })
  void durations_ages_counts_phone_numbers_postcodes_addresses_and_seasons_are_not_times(
      String text) {
    assertThat(find(text, "2021-03-04")).isEmpty();
  }

  @Test
  void relative_expressions_are_skipped_without_a_publication_date() {
    List<TimeMention> found =
        find("Yesterday, on Tuesday, and two years ago; but also on 4 March 2021.", null);
    assertThat(found).extracting(TimeMention::text).containsExactly("4 March 2021");
  }

  @Test
  void an_impossible_date_is_no_time() {
    assertThat(find("The list is dated 31 April 2021.", "2021-05-01"))
        .extracting(TimeMention::text)
        .doesNotContain("31 April 2021");
  }

  @Test
  void spans_are_shifted_by_the_offset_ordered_disjoint_and_cover_their_text() {
    String text =
        "Around midnight on 3 March 2021 gunmen entered Marrow Ford. By 6am the next day, and"
            + " again on Tuesday, the mission was refused entry; it reached the camp on 5 March.";
    String document = "x".repeat(100) + text;
    List<TimeMention> found =
        times.find(
            text, 100, new TimeContext(LocalDate.parse("2021-03-07"), DateOrder.DAY_FIRST, null));
    assertThat(found).hasSizeGreaterThanOrEqualTo(4);
    Span previous = new Span(0, 0);
    for (TimeMention m : found) {
      assertThat(m.span().of(document)).isEqualTo(m.text());
      assertThat(m.span().start()).isGreaterThanOrEqualTo(previous.end());
      previous = m.span();
    }
  }

  private List<TimeMention> find(String text, String published) {
    LocalDate date = published == null ? null : LocalDate.parse(published);
    return times.find(text, 0, new TimeContext(date, DateOrder.DAY_FIRST, null));
  }
}
