package org.corroborate.ingest.dedup;

import java.util.Arrays;
import java.util.Objects;

/**
 * The keys of one text for finding near-duplicates and shared passages (see {@link Fingerprinter}
 * for how they are made and what they guarantee): {@code bandKeys}, the MinHash LSH band keys;
 * {@code passageKeys}, the distinct winnowed shingle hashes, sorted; {@code minhash}, the MinHash
 * signature. Arrays are copied in and out.
 */
public record TextFingerprint(long[] bandKeys, long[] passageKeys, long[] minhash) {

  public TextFingerprint {
    bandKeys = Objects.requireNonNull(bandKeys, "bandKeys").clone();
    passageKeys = Objects.requireNonNull(passageKeys, "passageKeys").clone();
    minhash = Objects.requireNonNull(minhash, "minhash").clone();
    if (minhash.length != 0 && minhash.length != Fingerprinter.HASHES) {
      throw new IllegalArgumentException(
          "minhash must hold 0 or " + Fingerprinter.HASHES + " values; got " + minhash.length);
    }
    int bands = minhash.length == 0 ? 0 : Fingerprinter.BANDS;
    if (bandKeys.length != bands) {
      throw new IllegalArgumentException(
          "bandKeys must hold "
              + bands
              + " keys for a signature of "
              + minhash.length
              + " values; got "
              + bandKeys.length);
    }
    for (int i = 1; i < passageKeys.length; i++) {
      if (passageKeys[i - 1] >= passageKeys[i]) {
        throw new IllegalArgumentException(
            "passageKeys must be sorted and distinct; got "
                + passageKeys[i - 1]
                + " before "
                + passageKeys[i]
                + " at index "
                + i);
      }
    }
  }

  public static TextFingerprint of(String text) {
    return Fingerprinter.fingerprint(text);
  }

  /**
   * The share of positions where two MinHash signatures agree: an estimate of the Jaccard
   * similarity of the texts' shingle sets. Empty signatures (texts too short to shingle) have
   * similarity 0.
   */
  public static double similarity(long[] a, long[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "signatures must have the same length; got " + a.length + " and " + b.length);
    }
    if (a.length == 0) {
      return 0;
    }
    int equal = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        equal++;
      }
    }
    return (double) equal / a.length;
  }

  public double similarity(TextFingerprint other) {
    if (minhash.length != other.minhash.length) {
      return 0;
    }
    return similarity(minhash, other.minhash);
  }

  /** Whether the two texts fall into one LSH bucket: a candidate near-duplicate pair. */
  public boolean sharesBandKeyWith(TextFingerprint other) {
    for (int band = 0; band < Math.min(bandKeys.length, other.bandKeys.length); band++) {
      if (bandKeys[band] == other.bandKeys[band]) {
        return true;
      }
    }
    return false;
  }

  /** The passage keys both texts hold, sorted. */
  public long[] sharedPassageKeys(TextFingerprint other) {
    return Arrays.stream(passageKeys)
        .filter(key -> Arrays.binarySearch(other.passageKeys, key) >= 0)
        .toArray();
  }

  @Override
  public long[] bandKeys() {
    return bandKeys.clone();
  }

  @Override
  public long[] passageKeys() {
    return passageKeys.clone();
  }

  @Override
  public long[] minhash() {
    return minhash.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TextFingerprint other
        && Arrays.equals(bandKeys, other.bandKeys)
        && Arrays.equals(passageKeys, other.passageKeys)
        && Arrays.equals(minhash, other.minhash);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        Arrays.hashCode(bandKeys), Arrays.hashCode(passageKeys), Arrays.hashCode(minhash));
  }

  @Override
  public String toString() {
    return "TextFingerprint["
        + bandKeys.length
        + " band keys, "
        + passageKeys.length
        + " passage keys, "
        + minhash.length
        + " minhash values]";
  }
}
