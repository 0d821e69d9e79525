package org.corroborate.ingest.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.model.Segment;
import org.corroborate.model.SegmentKind;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;

class SegmenterTest {

  private static final String LONG_STATEMENT =
      "The shelling of the market in Varnholt began shortly after dawn and continued for most of"
          + " the morning, and we counted the bodies of eleven traders and four children before"
          + " the militia closed the road";

  private final Segmenter segmenter = new Segmenter();

  private List<Segment> segment(String text) {
    List<Segment> segments = segmenter.segment(text, StructureHints.NONE);
    SegmentInvariants.check(text, segments, "fixed example");
    return segments;
  }

  private static List<String> texts(String text, List<Segment> segments) {
    return segments.stream().map(s -> s.span().of(text)).toList();
  }

  private static List<SegmentKind> kinds(List<Segment> segments) {
    return segments.stream().map(Segment::kind).toList();
  }

  @Test
  void paragraphs_are_separated_by_blank_lines_and_trimmed() {
    String text =
        "  Floods reached Ostrava Nova.\nThe bridge held.\n \t\n\nAid arrived on Monday.  \n";

    List<Segment> segments = segment(text);

    assertThat(texts(text, segments))
        .containsExactly(
            "Floods reached Ostrava Nova.\nThe bridge held.", "Aid arrived on Monday.");
    assertThat(segments).extracting(Segment::paragraph).containsExactly(0, 1);
    assertThat(kinds(segments)).containsOnly(SegmentKind.BODY);
  }

  @Test
  void a_text_without_any_blank_line_has_a_paragraph_on_every_line() {
    String text =
        "Floods reached Ostrava Nova on Monday.\nThe bridge held.\n  Aid arrived later.\n";

    List<Segment> segments = segment(text);

    assertThat(texts(text, segments))
        .containsExactly(
            "Floods reached Ostrava Nova on Monday.", "The bridge held.", "Aid arrived later.");
    assertThat(segments).extracting(Segment::paragraph).containsExactly(0, 1, 2);
  }

  @Test
  void blank_text_has_no_segments() {
    assertThat(segment("")).isEmpty();
    assertThat(segment(" \n\u00a0\r\n\t")).isEmpty();
  }

  @Test
  void a_long_inline_quotation_splits_its_paragraph_into_body_quotation_body() {
    String quote = "“" + LONG_STATEMENT + ".”";
    String text =
        "Intro.\n\nThe witness Ilse Marrow told us: " + quote + " Her account was not disputed.";

    List<Segment> segments = segment(text);

    assertThat(texts(text, segments))
        .containsExactly(
            "Intro.", "The witness Ilse Marrow told us:", quote, "Her account was not disputed.");
    assertThat(kinds(segments))
        .containsExactly(
            SegmentKind.BODY, SegmentKind.BODY, SegmentKind.QUOTATION, SegmentKind.BODY);
    assertThat(segments).extracting(Segment::paragraph).containsExactly(0, 1, 1, 1);
  }

  @Test
  void a_paragraph_that_is_one_long_quotation_is_a_quotation() {
    for (String quote :
        List.of(
            "“" + LONG_STATEMENT + ".”",
            "\"" + LONG_STATEMENT + ".\"",
            "« " + LONG_STATEMENT + " »")) {
      String text = "A resident of Varnholt wrote to us.\n\n" + quote;

      List<Segment> segments = segment(text);

      assertThat(kinds(segments))
          .as(quote)
          .containsExactly(SegmentKind.BODY, SegmentKind.QUOTATION);
      assertThat(segments.get(1).span().of(text)).isEqualTo(quote);
    }
  }

  @Test
  void a_short_quotation_or_an_unclosed_one_stays_body() {
    String text =
        "The mayor said “we will rebuild” and left.\n\n“"
            + LONG_STATEMENT
            + " and the quotation never closes";

    assertThat(kinds(segment(text))).containsOnly(SegmentKind.BODY);
  }

  @Test
  void reader_comments_after_a_header_line_run_to_the_end() {
    for (String header :
        List.of(
            "Comments",
            "12 Comments",
            "Reader comments:",
            "Leave a Reply",
            "Join the discussion",
            "Add your comment",
            "3 Responses to “Night at Varnholt”")) {
      String text =
          "Night at Varnholt\n\nThe militia withdrew at noon.\n\n"
              + header
              + "\n\nTerrible news.\n\n  Posted by Anouk";

      List<Segment> segments = segment(text);

      assertThat(kinds(segments))
          .as(header)
          .containsExactly(
              SegmentKind.BODY,
              SegmentKind.BODY,
              SegmentKind.COMMENTS,
              SegmentKind.COMMENTS,
              SegmentKind.COMMENTS);
      assertThat(segments.get(2).span().of(text)).isEqualTo(header);
    }
  }

  @Test
  void a_comment_header_inside_a_paragraph_starts_the_comments_at_its_line() {
    String text =
        "Varnholt, 4 May\n\nNight at Varnholt\nThe militia withdrew at noon.\nComments\nTerrible news.";

    List<Segment> segments = segment(text);

    assertThat(texts(text, segments))
        .containsExactly(
            "Varnholt, 4 May",
            "Night at Varnholt\nThe militia withdrew at noon.",
            "Comments\nTerrible news.");
    assertThat(kinds(segments))
        .containsExactly(SegmentKind.BODY, SegmentKind.BODY, SegmentKind.COMMENTS);
    assertThat(segments).extracting(Segment::paragraph).containsExactly(0, 1, 1);
  }

  @Test
  void a_trailing_block_of_numbered_posts_in_the_first_person_is_reader_comments() {
    String text =
        "Night at Varnholt\n\n"
            + "The militia withdrew at noon, leaving the market in ruins.\n\n"
            + "Aid convoys are expected on Friday.\n\n"
            + "  1. Well said, and thank you for covering Varnholt.\n\n"
            + "  2. I agree with every word. My cousin lives there.\n\n"
            + "    She says the water is still cut off.\n\n"
            + "  3. Where were the observers?\n\n"
            + "    Tomas Verhoeven";

    List<Segment> segments = segment(text);

    assertThat(kinds(segments).subList(0, 3)).containsOnly(SegmentKind.BODY);
    assertThat(kinds(segments).subList(3, segments.size())).containsOnly(SegmentKind.COMMENTS);
    assertThat(segments.get(3).span().of(text)).startsWith("1. Well said");
  }

  @Test
  void a_numbered_list_of_recommendations_in_the_article_stays_body() {
    String text =
        "Report on the Varnholt market attack\n\n"
            + "The commission makes the following recommendations.\n\n"
            + "1. The council must open an independent inquiry into the shelling.\n\n"
            + "2. The provincial government should compensate the families of the traders.\n\n"
            + "3. Observers from Ostrava Nova must be allowed into the district.";

    assertThat(kinds(segment(text))).containsOnly(SegmentKind.BODY);
  }

  @Test
  void an_article_of_numbered_paragraphs_is_not_a_comment_section() {
    String text =
        "1. I arrived in Varnholt on Monday.\n\n2. You could see the smoke from the bridge.\n\n"
            + "3. My driver refused to go further.";

    assertThat(kinds(segment(text))).containsOnly(SegmentKind.BODY);
  }

  @Test
  void short_lines_of_page_furniture_are_boilerplate() {
    String text =
        "Share this\nAid reached Varnholt on Monday.\n\nRead more: Floods in Ostrava Nova\n\n"
            + "Advertisement\n\n© 2024 Varnholt Courier. All rights reserved.\n\n"
            + "We use cookies to improve your experience.";

    List<Segment> segments = segment(text);

    assertThat(kinds(segments))
        .containsExactly(
            SegmentKind.BOILERPLATE,
            SegmentKind.BODY,
            SegmentKind.BOILERPLATE,
            SegmentKind.BOILERPLATE,
            SegmentKind.BOILERPLATE,
            SegmentKind.BOILERPLATE);
  }

  @Test
  void a_long_sentence_that_mentions_furniture_words_stays_body() {
    String text =
        "Read more than forty statements from the families of Varnholt and you will see that all"
            + " rights reserved to them by the ceasefire were ignored by both sides.";

    assertThat(kinds(segment(text))).containsOnly(SegmentKind.BODY);
  }

  @Test
  void markup_hints_win_for_what_they_cover() {
    String text = "Aid reached Varnholt.\n\nSubscribe now.\n\nGood work, Courier.";
    int sub = text.indexOf("Subscribe");
    int good = text.indexOf("Good");
    StructureHints hints =
        new StructureHints(
            List.of(new Span(0, 3)),
            List.of(new Span(good, text.length() + 40)),
            List.of(new Span(sub, sub + "Subscribe now.".length())));

    List<Segment> segments = segmenter.segment(text, hints);

    SegmentInvariants.check(text, segments, "hints");
    assertThat(texts(text, segments))
        .containsExactly("Aid", "reached Varnholt.", "Subscribe now.", "Good work, Courier.");
    assertThat(kinds(segments))
        .containsExactly(
            SegmentKind.QUOTATION, SegmentKind.BODY, SegmentKind.BOILERPLATE, SegmentKind.COMMENTS);
  }
}
