package org.corroborate.ingest.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the passages two texts share: maximal runs of identical normalised {@link Words}.
 *
 * <p>Every {@value #SEED_WORDS}-word run of text A is hashed into a map; text B is scanned once,
 * and each seed found in A is extended word by word in both directions; the longest extension is
 * taken and the scan jumps past it. The work is roughly linear in the lengths of both texts; in
 * highly repetitive texts at most {@value #MAX_CANDIDATES} places in A are tried per seed. Passages
 * never overlap, in A or in B, and are returned in order of their position in A. Words are compared
 * by their 64-bit hashes.
 *
 * <p>Instances hold no state and are safe to share between threads.
 */
public final class PassageMatcher {

  /** The shortest shared passage worth reporting by default, in words. */
  public static final int MIN_WORDS = 25;

  private static final int SEED_WORDS = 8;
  private static final int MAX_CANDIDATES = 64;
  private static final long SEED_DOMAIN = 4;

  public List<SharedPassage> match(String a, String b, int minWords) {
    return match(Words.of(a), Words.of(b), minWords);
  }

  public List<SharedPassage> match(Words a, Words b, int minWords) {
    if (minWords < 1) {
      throw new IllegalArgumentException("minWords must be at least 1; got " + minWords);
    }
    int seed = Math.min(minWords, SEED_WORDS);
    long[] wa = a.hashes();
    long[] wb = b.hashes();
    if (wa.length < minWords || wb.length < minWords) {
      return List.of();
    }
    Map<Long, Integer> lastSeedAt = new HashMap<>();
    int[] previousSeedAt = new int[wa.length - seed + 1];
    for (int i = 0; i < previousSeedAt.length; i++) {
      long key = Hashing.ofRun(SEED_DOMAIN, wa, i, seed);
      previousSeedAt[i] = lastSeedAt.getOrDefault(key, -1);
      lastSeedAt.put(key, i);
    }
    boolean[] coveredA = new boolean[wa.length];
    List<SharedPassage> passages = new ArrayList<>();
    int endOfLastInB = 0;
    int j = 0;
    while (j + seed <= wb.length) {
      Run best = null;
      int candidate = lastSeedAt.getOrDefault(Hashing.ofRun(SEED_DOMAIN, wb, j, seed), -1);
      for (int tries = 0; candidate >= 0 && tries < MAX_CANDIDATES; tries++) {
        Run run = extend(wa, wb, coveredA, candidate, j, endOfLastInB);
        if (run.length() >= seed && (best == null || run.length() > best.length())) {
          best = run;
        }
        candidate = previousSeedAt[candidate];
      }
      if (best == null || best.length() < minWords) {
        j++;
        continue;
      }
      for (int i = best.startA(); i < best.startA() + best.length(); i++) {
        coveredA[i] = true;
      }
      passages.add(
          new SharedPassage(
              a.span(best.startA(), best.startA() + best.length()),
              b.span(best.startB(), best.startB() + best.length()),
              best.length()));
      endOfLastInB = best.startB() + best.length();
      j = endOfLastInB;
    }
    passages.sort(Comparator.comparing(SharedPassage::inA));
    return passages;
  }

  /** A run of equal words at {@code startA} in A and {@code startB} in B. */
  private record Run(int startA, int startB, int length) {}

  /**
   * The longest run of equal words through A at {@code i} and B at {@code j}, never entering words
   * of A already matched or words of B before {@code minB}.
   */
  private static Run extend(long[] wa, long[] wb, boolean[] coveredA, int i, int j, int minB) {
    int forward = 0;
    while (i + forward < wa.length
        && j + forward < wb.length
        && !coveredA[i + forward]
        && wa[i + forward] == wb[j + forward]) {
      forward++;
    }
    if (forward == 0) {
      return new Run(i, j, 0);
    }
    int back = 0;
    while (i - back - 1 >= 0
        && j - back - 1 >= minB
        && !coveredA[i - back - 1]
        && wa[i - back - 1] == wb[j - back - 1]) {
      back++;
    }
    return new Run(i - back, j - back, back + forward);
  }
}
