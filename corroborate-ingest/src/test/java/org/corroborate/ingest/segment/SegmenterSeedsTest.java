package org.corroborate.ingest.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.corroborate.ingest.SeedCorpus;
import org.corroborate.model.Segment;
import org.corroborate.model.SegmentKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The segmenter on the real seed documents, checked against the gold file. */
class SegmenterSeedsTest {

  private final SeedCorpus corpus = new SeedCorpus();
  private final Segmenter segmenter = new Segmenter();

  @ParameterizedTest
  @ValueSource(strings = {"000", "001", "002", "003", "004"})
  void every_seed_segments_into_a_valid_partition(String seed) {
    String text = corpus.document(seed);

    List<Segment> segments = segmenter.segment(text, StructureHints.NONE);

    SegmentInvariants.check(text, segments, "seed " + seed);
    SegmentInvariants.checkCommentsRunToTheEnd(segments, "seed " + seed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"000", "001", "002", "003"})
  void articles_without_reader_comments_have_no_comment_segments(String seed) {
    List<Segment> segments = segmenter.segment(corpus.document(seed), StructureHints.NONE);

    assertThat(segments).extracting(Segment::kind).doesNotContain(SegmentKind.COMMENTS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"004"})
  void reader_comments_start_where_the_gold_file_says_and_run_to_the_end(String seed) {
    String text = corpus.document(seed);
    JsonNode gold = goldSegmentsOf(seed);
    int start = text.indexOf(gold.get("starts_with").asText());
    assertThat(start).as("the gold start of the comments occurs in seed " + seed).isNotNegative();

    List<Segment> segments = segmenter.segment(text, StructureHints.NONE);

    assertThat(segments).anyMatch(s -> s.span().start() == start);
    for (Segment segment : segments) {
      boolean inComments = segment.span().start() >= start;
      assertThat(segment.kind() == SegmentKind.COMMENTS)
          .as("seed %s: %s is comments exactly when it starts at or after %d", seed, segment, start)
          .isEqualTo(inComments);
    }
  }

  private JsonNode goldSegmentsOf(String seed) {
    for (JsonNode entry : corpus.gold().get("segments")) {
      if (entry.get("doc").asText().startsWith(seed)) {
        return entry;
      }
    }
    throw new AssertionError("the gold file has no segments for seed " + seed);
  }
}
