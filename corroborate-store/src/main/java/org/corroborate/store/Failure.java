package org.corroborate.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A file that could not be ingested, kept so that nothing handed to the case is silently dropped.
 *
 * @param sha256 the hash of the file's bytes, or empty when they could not be read
 */
public record Failure(
    String name, String sha256, String reason, String advice, Instant at, CustodyRef custody) {

  public Failure {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(advice, "advice");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(custody, "custody");
  }
}
