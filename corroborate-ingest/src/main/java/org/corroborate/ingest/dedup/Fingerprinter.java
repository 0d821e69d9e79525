package org.corroborate.ingest.dedup;

import java.util.Arrays;

/**
 * Computes a {@link TextFingerprint}: the keys a store indexes so that, for a new document, it can
 * ask which earlier documents are near-duplicates or share a passage without comparing all pairs.
 *
 * <h2>Near-duplicates: MinHash with LSH banding</h2>
 *
 * The text's set of word {@value #SHINGLE_WORDS}-shingles is summarised by {@value #HASHES} minimum
 * hashes, one per seeded hash function; the share of positions where two signatures agree estimates
 * the Jaccard similarity of the two shingle sets (standard error at most {@code 0.5/sqrt(128) ≈
 * 0.044}). The signature is cut into {@value #BANDS} bands of {@value #ROWS} rows; a band key
 * hashes the band index and its rows. Two texts of Jaccard similarity {@code s} share at least one
 * band key with probability {@code 1 - (1 - s^4)^32}: 0.99 at {@code s = 0.6}, above 0.99999 at
 * {@code s = 0.8}, 0.05 at {@code s = 0.2}.
 *
 * <h2>Shared passages: winnowing</h2>
 *
 * Hashes of word {@value #PASSAGE_SHINGLE_WORDS}-shingles are winnowed (Schleimer, Wilkerson and
 * Aiken, "Winnowing: local algorithms for document fingerprinting", SIGMOD 2003) with windows of
 * {@value #WINDOW} consecutive shingles: from every window the minimum hash is kept. <b>Guarantee:
 * any run of at least {@value #GUARANTEED_WORDS} identical normalised words ({@code WINDOW +
 * PASSAGE_SHINGLE_WORDS - 1}) shared by two texts yields at least one common passage key</b>, since
 * such a run holds a whole window of identical shingles in both texts and the minimum of that
 * window is kept in both. A text keeps about {@code 2/(WINDOW + 1)}, one in nine, of its shingle
 * hashes.
 *
 * <p>Texts with fewer than {@value #SHINGLE_WORDS} words get empty arrays throughout; texts with
 * fewer than {@value #PASSAGE_SHINGLE_WORDS} words get no passage keys. Keys are the same on every
 * JVM; changing any constant here, or the normal form of {@link Words}, changes every key, so
 * stored keys must then be recomputed.
 */
public final class Fingerprinter {

  /** Words per shingle for MinHash. */
  public static final int SHINGLE_WORDS = 5;

  /** MinHash functions, the length of a signature. */
  public static final int HASHES = 128;

  /** LSH bands; {@code BANDS * ROWS == HASHES}. */
  public static final int BANDS = 32;

  /** Signature rows per LSH band. */
  public static final int ROWS = 4;

  /** Words per shingle for winnowing (k). */
  public static final int PASSAGE_SHINGLE_WORDS = 10;

  /** Consecutive shingles per winnowing window (w). */
  public static final int WINDOW = 16;

  /** The shortest shared run of words that is certain to share a passage key (t = w + k - 1). */
  public static final int GUARANTEED_WORDS = WINDOW + PASSAGE_SHINGLE_WORDS - 1;

  /** An arbitrary fixed seed for the MinHash functions. */
  private static final long MINHASH_SEED = 0x9e6c63d0676a9a99L;

  private static final long SHINGLE_DOMAIN = 1;
  private static final long PASSAGE_DOMAIN = 2;
  private static final long BAND_DOMAIN = 3;

  private static final long[] SEEDS = new long[HASHES];

  static {
    for (int i = 0; i < HASHES; i++) {
      SEEDS[i] = Hashing.splitMix(MINHASH_SEED, i);
    }
  }

  private Fingerprinter() {}

  public static TextFingerprint fingerprint(String text) {
    return fingerprint(Words.of(text));
  }

  public static TextFingerprint fingerprint(Words words) {
    if (words.size() < SHINGLE_WORDS) {
      return new TextFingerprint(new long[0], new long[0], new long[0]);
    }
    long[] minhash = minhash(words.hashes());
    return new TextFingerprint(bandKeys(minhash), passageKeys(words.hashes()), minhash);
  }

  private static long[] minhash(long[] words) {
    long[] signature = new long[HASHES];
    Arrays.fill(signature, Long.MAX_VALUE);
    for (int start = 0; start + SHINGLE_WORDS <= words.length; start++) {
      long shingle = Hashing.ofRun(SHINGLE_DOMAIN, words, start, SHINGLE_WORDS);
      for (int i = 0; i < HASHES; i++) {
        signature[i] = Math.min(signature[i], Hashing.mix(shingle ^ SEEDS[i]));
      }
    }
    return signature;
  }

  private static long[] bandKeys(long[] minhash) {
    long[] keys = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      keys[band] = Hashing.ofRun(BAND_DOMAIN + band, minhash, band * ROWS, ROWS);
    }
    return keys;
  }

  /** The distinct winnowed shingle hashes, sorted. */
  private static long[] passageKeys(long[] words) {
    int shingles = words.length - PASSAGE_SHINGLE_WORDS + 1;
    if (shingles <= 0) {
      return new long[0];
    }
    long[] hashes = new long[shingles];
    for (int i = 0; i < shingles; i++) {
      hashes[i] = Hashing.ofRun(PASSAGE_DOMAIN, words, i, PASSAGE_SHINGLE_WORDS);
    }
    int window = Math.min(WINDOW, shingles);
    long[] kept = new long[shingles - window + 1];
    for (int start = 0; start < kept.length; start++) {
      long min = Long.MAX_VALUE;
      for (int i = start; i < start + window; i++) {
        min = Math.min(min, hashes[i]);
      }
      kept[start] = min;
    }
    return Arrays.stream(kept).sorted().distinct().toArray();
  }
}
