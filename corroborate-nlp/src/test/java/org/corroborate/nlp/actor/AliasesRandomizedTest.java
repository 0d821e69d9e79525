package org.corroborate.nlp.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random spellings of generated names from a seed that every failure message prints; rerun one with
 * {@code -Dtests.seed=<seed>}.
 */
class AliasesRandomizedTest {

  private static final int ROUNDS = 2_000;
  private static final String[] ONSETS = {
    "b", "d", "f", "h", "j", "k", "kh", "l", "m", "n", "r", "s", "sh", "t", "v", "z"
  };
  private static final String[] VOWELS = {"a", "i", "u"};
  private static final String[] PREFIXES = {"", "al-", "Al ", "al ", "el-", "the "};
  private static final char[] MARKS = {'\u0301', '\u0304', '\u0308', '\u0323'};

  private final long seed = Long.getLong("tests.seed", System.nanoTime());
  private final Random random = new Random(seed);

  @Test
  void casing_diacritics_articles_and_vowel_spellings_never_change_the_key() {
    for (int round = 0; round < ROUNDS; round++) {
      String name = name();
      String variant = variant(name);

      assertThat(Aliases.key(variant))
          .as("seed %d: '%s' against '%s'", seed, variant, name)
          .isEqualTo(Aliases.key(name));
      assertThat(Aliases.sameActor(variant, name)).as("seed %d: '%s'", seed, variant).isTrue();
    }
  }

  @Test
  void a_name_is_the_same_actor_as_its_initials() {
    for (int round = 0; round < ROUNDS; round++) {
      String name = name();
      String acronym = Aliases.initials(name);
      if (acronym.length() < 2) {
        continue;
      }

      assertThat(Aliases.sameActor(acronym, name)).as("seed %d: '%s'", seed, name).isTrue();
    }
  }

  /** One to four capitalised words of two or three syllables, in their plainest spelling. */
  private String name() {
    StringBuilder sb = new StringBuilder();
    int words = 1 + random.nextInt(4);
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        sb.append(' ');
      }
      StringBuilder word = new StringBuilder();
      for (int s = 0, n = 2 + random.nextInt(2); s < n; s++) {
        word.append(ONSETS[random.nextInt(ONSETS.length)]);
        word.append(VOWELS[random.nextInt(VOWELS.length)]);
      }
      sb.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
    }
    return sb.toString();
  }

  /** The name respelled: article, vowels as other transliterations write them, case, accents. */
  private String variant(String name) {
    StringBuilder sb = new StringBuilder(PREFIXES[random.nextInt(PREFIXES.length)]);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      String s =
          switch (c) {
            case 'i' -> pick("i", "e", "ee", "ie");
            case 'u' -> pick("u", "o", "ou", "oo");
            case ' ' -> pick(" ", "  ", "-");
            default -> String.valueOf(c);
          };
      for (char x : s.toCharArray()) {
        sb.append(random.nextBoolean() ? x : Character.toUpperCase(x));
        if (Character.isLetter(x) && random.nextInt(4) == 0) {
          sb.append(MARKS[random.nextInt(MARKS.length)]);
        }
      }
    }
    String written = random.nextBoolean() ? sb.toString() : sb.toString().toLowerCase(Locale.ROOT);
    return Normalizer.normalize(written, Normalizer.Form.NFC);
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }
}
