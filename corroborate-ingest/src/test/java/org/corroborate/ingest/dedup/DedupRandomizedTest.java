package org.corroborate.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.corroborate.model.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Randomized checks of the fingerprint's guarantees and estimates, on texts of random words. Each
 * case names its seed; every assertion message repeats it.
 */
class DedupRandomizedTest {

  private final PassageMatcher matcher = new PassageMatcher();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void any_shared_run_of_twenty_five_words_yields_a_passage_and_a_shared_passage_key(long seed) {
    Random random = new Random(seed);
    int vocabulary = random.nextBoolean() ? 12 : 5000;
    List<String> run = randomWords(random, Fingerprinter.GUARANTEED_WORDS, vocabulary);
    List<String> a = randomWords(random, random.nextInt(300), vocabulary);
    List<String> b = randomWords(random, random.nextInt(300), vocabulary);
    int atA = random.nextInt(a.size() + 1);
    int atB = random.nextInt(b.size() + 1);
    a.addAll(atA, run);
    b.addAll(atB, run);
    String textA = join(random, a);
    String textB = join(random, b);

    TextFingerprint fa = TextFingerprint.of(textA);
    TextFingerprint fb = TextFingerprint.of(textB);
    assertThat(fa.sharedPassageKeys(fb)).as("seed %d: a shared passage key", seed).isNotEmpty();

    Span runInA = Words.of(textA).span(atA, atA + run.size());
    List<SharedPassage> passages = matcher.match(textA, textB, PassageMatcher.MIN_WORDS);
    assertThat(passages)
        .as("seed %d: a passage covers the shared run %s in A", seed, runInA)
        .anyMatch(p -> p.inA().contains(runInA));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void a_copy_with_one_word_in_a_hundred_changed_is_a_near_duplicate(long seed) {
    Random random = new Random(seed);
    List<String> words = randomWords(random, 200 + random.nextInt(1800), 5000);
    String original = join(random, words);
    String copy = join(random, changeWords(random, words, 0.01));

    TextFingerprint a = TextFingerprint.of(original);
    TextFingerprint b = TextFingerprint.of(copy);

    assertThat(a.similarity(b))
        .as("seed %d: estimated similarity", seed)
        .isGreaterThanOrEqualTo(0.8);
    assertThat(NearDuplicates.isNearDuplicate(a.similarity(b))).as("seed %d", seed).isTrue();
    assertThat(a.sharesBandKeyWith(b)).as("seed %d: a shared band key", seed).isTrue();
  }

  /**
   * Five scattered edits in a hundred change about a quarter of the 5-shingles (0.95^5 ≈ 0.77
   * survive), so the Jaccard similarity is near 0.63: the estimate must track it.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void the_similarity_estimate_tracks_the_exact_jaccard_similarity_of_the_shingles(long seed) {
    Random random = new Random(seed);
    List<String> words = randomWords(random, 200 + random.nextInt(1800), 5000);
    List<String> copy = changeWords(random, words, 0.05);

    double estimate =
        TextFingerprint.of(String.join(" ", words))
            .similarity(TextFingerprint.of(String.join(" ", copy)));

    assertThat(estimate)
        .as("seed %d: estimate of the Jaccard similarity", seed)
        .isCloseTo(jaccardOfShingles(words, copy), offset(0.2));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void unrelated_texts_share_no_passage_and_are_not_similar(long seed) {
    Random random = new Random(seed);
    String a = join(random, randomWords(random, 100 + random.nextInt(1000), 5000));
    String b = join(random, randomWords(random, 100 + random.nextInt(1000), 5000));

    TextFingerprint fa = TextFingerprint.of(a);
    TextFingerprint fb = TextFingerprint.of(b);

    assertThat(fa.similarity(fb)).as("seed %d: similarity", seed).isLessThan(0.2);
    assertThat(fa.sharedPassageKeys(fb)).as("seed %d: shared passage keys", seed).isEmpty();
    assertThat(matcher.match(a, b, PassageMatcher.MIN_WORDS)).as("seed %d", seed).isEmpty();
  }

  private static List<String> changeWords(Random random, List<String> words, double share) {
    List<String> copy = new ArrayList<>(words);
    int changes = (int) Math.round(words.size() * share);
    Set<Integer> changed = new HashSet<>();
    while (changed.size() < changes) {
      int at = random.nextInt(copy.size());
      if (changed.add(at)) {
        copy.set(at, "changed" + at);
      }
    }
    return copy;
  }

  private static double jaccardOfShingles(List<String> a, List<String> b) {
    Set<List<String>> inA = shingles(a);
    Set<List<String>> union = new HashSet<>(inA);
    union.addAll(shingles(b));
    inA.retainAll(shingles(b));
    return (double) inA.size() / union.size();
  }

  private static Set<List<String>> shingles(List<String> words) {
    Set<List<String>> shingles = new HashSet<>();
    for (int i = 0; i + Fingerprinter.SHINGLE_WORDS <= words.size(); i++) {
      shingles.add(List.copyOf(words.subList(i, i + Fingerprinter.SHINGLE_WORDS)));
    }
    return shingles;
  }

  /** Random words built from syllables, some with capitals, accents or digits. */
  private static List<String> randomWords(Random random, int count, int vocabulary) {
    String[] syllables = {"var", "nol", "tra", "ki", "še", "dó", "mi", "ос", "та", "ro", "7", "ün"};
    List<String> words = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Random wordRandom = new Random(random.nextInt(vocabulary));
      StringBuilder word = new StringBuilder();
      for (int s = 1 + wordRandom.nextInt(4); s > 0; s--) {
        word.append(syllables[wordRandom.nextInt(syllables.length)]);
      }
      words.add(word.toString());
    }
    return words;
  }

  /** Joins words with random separators that matching must ignore. */
  private static String join(Random random, List<String> words) {
    String[] separators = {" ", " ", " ", ", ", ". ", "\n", " “", "” ", " — ", "\u00a0"};
    StringBuilder text = new StringBuilder();
    for (String word : words) {
      text.append(random.nextInt(10) == 0 ? word.toUpperCase(Locale.ROOT) : word);
      text.append(separators[random.nextInt(separators.length)]);
    }
    return text.toString();
  }
}
