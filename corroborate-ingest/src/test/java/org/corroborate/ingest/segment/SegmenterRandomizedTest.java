package org.corroborate.ingest.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.corroborate.model.Segment;
import org.corroborate.model.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random texts full of what trips segmenters (quote marks, blank lines of spaces, indentation,
 * numbered lines, comment headers, furniture, CR and CRLF line ends, no-break spaces, surrogate
 * pairs) must still segment into a valid partition. Each case names its seed; rerun one by putting
 * it in {@link #seeds()}.
 */
class SegmenterRandomizedTest {

  private static final String[] WORDS = {
    "Varnholt", "militia", "the", "of", "I", "you", "agree", "thank", "market", "2024", "élan",
    "Ørsted", "Київ", "القرية", "村庄", "𝒳ylo", "👍", "52", "don’t", "l'école", "ﬁre", "ＡＢＣ"
  };
  private static final String[] MARKS = {"“", "”", "\"", "«", "»", "„", "‘", "’", ".", ",", ":"};
  private static final String[] LINES = {
    "Comments",
    "Leave a Reply",
    "Share this",
    "Read more",
    "Advertisement",
    "1. ",
    "2. ",
    "1) ",
    "3. I agree",
    "© 2024 Courier"
  };
  private static final String[] SPACES = {" ", " ", " ", "\t", "\u00a0", "\u2009", "\u3000"};
  private static final String[] BREAKS = {
    "\n", "\n", "\r\n", "\r", "\n \n", "\n\t\u00a0\n", "\n\n\n"
  };

  private final Segmenter segmenter = new Segmenter();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void random_texts_segment_into_a_valid_partition(long seed) {
    Random random = new Random(seed);
    String text = randomText(random);

    List<Segment> segments = segmenter.segment(text, StructureHints.NONE);

    SegmentInvariants.check(text, segments, "seed " + seed);
    SegmentInvariants.checkCommentsRunToTheEnd(segments, "seed " + seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void random_hints_never_break_the_partition(long seed) {
    Random random = new Random(seed);
    String text = randomText(random);
    StructureHints hints =
        new StructureHints(
            randomSpans(random, text.length()),
            randomSpans(random, text.length()),
            randomSpans(random, text.length()));

    SegmentInvariants.check(text, segmenter.segment(text, hints), "seed " + seed);
  }

  private static List<Span> randomSpans(Random random, int length) {
    List<Span> spans = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      int start = random.nextInt(length + 10);
      spans.add(new Span(start, start + random.nextInt(length / 2 + 10)));
    }
    return spans;
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int tokens = random.nextInt(400);
    for (int i = 0; i < tokens; i++) {
      int choice = random.nextInt(100);
      if (choice < 60) {
        text.append(pick(random, WORDS)).append(pick(random, SPACES));
      } else if (choice < 72) {
        text.append(pick(random, MARKS));
      } else if (choice < 84) {
        text.append(pick(random, BREAKS));
        if (random.nextInt(4) == 0) {
          text.append("  ");
        }
      } else if (choice < 92) {
        text.append(pick(random, BREAKS)).append(pick(random, LINES)).append(pick(random, BREAKS));
      } else {
        text.append('“');
        for (int w = 20 + random.nextInt(15); w > 0; w--) {
          text.append(pick(random, WORDS)).append(' ');
        }
        text.append(random.nextBoolean() ? "”" : "");
      }
    }
    return text.toString();
  }

  private static String pick(Random random, String[] options) {
    return options[random.nextInt(options.length)];
  }
}
