package org.corroborate.ingest.dedup;

/**
 * When two texts count as near-duplicates: when the estimated Jaccard similarity of their word
 * 5-shingle sets ({@link TextFingerprint#similarity(long[], long[])}) is at least {@value
 * #THRESHOLD}. A scattered edit of one word changes up to five shingles, so 0.8 is reached by a
 * copy with about 2% of its words changed in scattered places (more when the changes are grouped,
 * as when a paragraph is added or a byline replaced); the pair still shares an LSH band key at much
 * lower similarity, so candidates are never missed at this threshold.
 */
public final class NearDuplicates {

  public static final double THRESHOLD = 0.8;

  private NearDuplicates() {}

  public static boolean isNearDuplicate(double similarity) {
    if (!(similarity >= 0 && similarity <= 1)) {
      throw new IllegalArgumentException("similarity must be in [0, 1]; got " + similarity);
    }
    return similarity >= THRESHOLD;
  }
}
