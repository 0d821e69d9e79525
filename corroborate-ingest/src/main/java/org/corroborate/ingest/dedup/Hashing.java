package org.corroborate.ingest.dedup;

/**
 * 64-bit hashing that is the same on every JVM: FNV-1a over UTF-16 code units followed by
 * MurmurHash3's 64-bit finaliser, which spreads FNV's weak low bits over the whole word.
 */
final class Hashing {

  private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private Hashing() {}

  static long of(CharSequence text) {
    long h = FNV_OFFSET_BASIS;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      h = (h ^ (c & 0xff)) * FNV_PRIME;
      h = (h ^ (c >>> 8)) * FNV_PRIME;
    }
    return mix(h);
  }

  /** MurmurHash3's fmix64: a bijection in which every input bit affects every output bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  /** Folds {@code value} into the running hash {@code h}; order matters. */
  static long combine(long h, long value) {
    return mix(h * GOLDEN_GAMMA + value);
  }

  /** The hash of the sequence {@code hashes[from, from + count)}, distinct per {@code domain}. */
  static long ofRun(long domain, long[] hashes, int from, int count) {
    long h = mix(domain);
    for (int i = from; i < from + count; i++) {
      h = combine(h, hashes[i]);
    }
    return h;
  }

  /** The {@code i}-th value of a SplitMix64 sequence started at {@code seed}. */
  static long splitMix(long seed, int i) {
    return mix(seed + (i + 1) * GOLDEN_GAMMA);
  }
}
