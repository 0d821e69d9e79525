package org.corroborate.resolve;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corroborate.model.Claim;
import org.corroborate.model.SourceKind;

/**
 * Later counts by direct observers are preferred over early estimates: a claim is a direct
 * observation when its document is a UN source or its sentence says the dead were counted, seen or
 * identified ("counted", "witnessed", "bodies", ...). Among positions with as many origins, one
 * held by a direct observation wins, and between direct observations the one published latest.
 */
final class LaterDirectObservation {

  static final String NOTE = "direct observation";

  /** Words of a sentence reporting what its source itself saw or counted. */
  static final List<String> WORDS =
      List.of(
          "counted",
          "witnessed",
          "bodies",
          "corpses",
          "saw ",
          "observed",
          "visited",
          "identified",
          "morgue");

  private final Map<String, DocumentInfo> documents;

  LaterDirectObservation(Map<String, DocumentInfo> documents) {
    this.documents = documents;
  }

  boolean isDirect(Claim c) {
    if (documents.get(c.document()).kind() == SourceKind.UN) {
      return true;
    }
    String quote = c.quote().toLowerCase(Locale.ROOT);
    return WORDS.stream().anyMatch(quote::contains);
  }

  /** The latest publication date among the claims, or null when none is dated. */
  LocalDate latest(List<Claim> claims) {
    return claims.stream()
        .map(c -> documents.get(c.document()).published())
        .filter(d -> d != null)
        .max(Comparator.naturalOrder())
        .orElse(null);
  }

  /**
   * Direct observation first, then, between direct observations, the latest. Reports that observed
   * nothing themselves are not ordered by date: their later count is as often a part of the toll
   * ("the couple's two daughters were killed") as an update of it.
   */
  Comparator<List<Claim>> preference() {
    return Comparator.<List<Claim>, Boolean>comparing(l -> l.stream().anyMatch(this::isDirect))
        .thenComparing(
            l -> latest(l.stream().filter(this::isDirect).toList()),
            Comparator.nullsFirst(Comparator.naturalOrder()));
  }
}
