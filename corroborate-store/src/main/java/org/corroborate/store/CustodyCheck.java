package org.corroborate.store;

import java.util.List;
import java.util.Map;

/**
 * What {@link CustodyLog#verify} found.
 *
 * <p>The chain proves that no line was altered, removed or moved <em>before</em> the last one, but
 * nothing in the log itself can show that lines were cut off its end. That is what {@link
 * #hashes()} is for: whoever appends records the {@code (seq, hash)} of each entry it cares about
 * (the case database does so for every document), and later asks {@link #stands} whether each still
 * holds. A recorded entry that no longer stands means the log was truncated or its last lines were
 * replaced.
 *
 * @param lines how many lines the log has, torn ones included
 * @param problems one sentence per problem, naming the line and what is wrong; empty when the chain
 *     is intact
 * @param hashes the SHA-256 of each entry's line, by seq
 */
public record CustodyCheck(long lines, List<String> problems, Map<Long, String> hashes) {

  public CustodyCheck {
    if (lines < 0) {
      throw new IllegalArgumentException("lines must be non-negative; got " + lines);
    }
    problems = List.copyOf(problems);
    hashes = Map.copyOf(hashes);
  }

  /** Whether the chain is intact: every line is an entry (or a repaired torn line) in order. */
  public boolean ok() {
    return problems.isEmpty();
  }

  /** Whether the entry recorded as {@code (seq, hash)} is still in the log, unaltered. */
  public boolean stands(long seq, String hash) {
    return hash.equals(hashes.get(seq));
  }
}
