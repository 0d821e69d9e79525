package org.corroborate.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextFingerprintTest {

  private static final String REPORT =
      "Shelling of the market in Varnholt began shortly after dawn on Tuesday and continued for"
          + " most of the morning, according to traders who fled towards Ostrava Nova.";

  @Test
  void the_winnowing_guarantee_is_twenty_five_words() {
    assertThat(Fingerprinter.GUARANTEED_WORDS).isEqualTo(25);
    assertThat(Fingerprinter.BANDS * Fingerprinter.ROWS).isEqualTo(Fingerprinter.HASHES);
  }

  @Test
  void texts_of_fewer_than_five_words_have_no_keys() {
    TextFingerprint fingerprint = TextFingerprint.of("Shelling began at dawn.");

    assertThat(fingerprint.bandKeys()).isEmpty();
    assertThat(fingerprint.passageKeys()).isEmpty();
    assertThat(fingerprint.minhash()).isEmpty();
  }

  @Test
  void texts_of_five_to_nine_words_have_a_signature_but_no_passage_keys() {
    TextFingerprint fingerprint = TextFingerprint.of("Shelling began at dawn in Varnholt.");

    assertThat(fingerprint.minhash()).hasSize(Fingerprinter.HASHES);
    assertThat(fingerprint.bandKeys()).hasSize(Fingerprinter.BANDS);
    assertThat(fingerprint.passageKeys()).isEmpty();
  }

  @Test
  void the_same_text_gives_equal_fingerprints_and_similarity_one() {
    TextFingerprint a = TextFingerprint.of(REPORT);
    TextFingerprint b = TextFingerprint.of(REPORT.toUpperCase(Locale.ROOT));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.similarity(b)).isEqualTo(1.0);
    assertThat(a.sharesBandKeyWith(b)).isTrue();
    assertThat(a.sharedPassageKeys(b)).containsExactly(a.passageKeys());
    assertThat(a.passageKeys()).isNotEmpty().isSorted();
  }

  @Test
  void arrays_are_copied_in_and_out() {
    long[] minhash = TextFingerprint.of(REPORT).minhash();
    long[] bands = TextFingerprint.of(REPORT).bandKeys();
    TextFingerprint fingerprint = new TextFingerprint(bands, new long[] {1, 2}, minhash);

    minhash[0] = 42;
    fingerprint.passageKeys()[0] = 42;

    assertThat(fingerprint.minhash()[0]).isNotEqualTo(42);
    assertThat(fingerprint.passageKeys()).containsExactly(1, 2);
  }

  @Test
  void malformed_keys_are_rejected_with_the_rule_and_the_value() {
    assertThatThrownBy(() -> new TextFingerprint(new long[0], new long[0], new long[3]))
        .hasMessageContaining("minhash must hold 0 or 128 values; got 3");
    assertThatThrownBy(() -> new TextFingerprint(new long[0], new long[0], new long[128]))
        .hasMessageContaining("bandKeys must hold 32 keys");
    assertThatThrownBy(() -> new TextFingerprint(new long[0], new long[] {5, 5}, new long[0]))
        .hasMessageContaining("passageKeys must be sorted and distinct");
  }

  @Test
  void signatures_of_different_lengths_cannot_be_compared() {
    assertThatThrownBy(() -> TextFingerprint.similarity(new long[2], new long[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 2 and 3");
    assertThat(TextFingerprint.similarity(new long[0], new long[0])).isZero();
  }
}
