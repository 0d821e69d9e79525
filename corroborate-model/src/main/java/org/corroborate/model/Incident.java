package org.corroborate.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A real-world event reconstructed from event mentions in several documents: when and where it
 * happened, who did it to whom, the documents that report it, its reconciled figures, the
 * contradictions among its sources and its chronology. Every part points back at claims.
 *
 * @param id stable across re-runs on the same corpus (derived from its earliest claims)
 * @param place where it happened, or null when no source places it
 */
public record Incident(
    String id,
    String title,
    String type,
    TimeValue start,
    TimeValue end,
    Place place,
    List<String> perpetrators,
    List<String> victims,
    List<String> documents,
    Map<ClaimProperty, Figure> figures,
    List<Contradiction> contradictions,
    List<ChronologyEntry> chronology) {

  public Incident {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(type, "type");
    perpetrators = List.copyOf(perpetrators);
    victims = List.copyOf(victims);
    documents = List.copyOf(documents);
    figures = Map.copyOf(figures);
    contradictions = List.copyOf(contradictions);
    chronology = List.copyOf(chronology);
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("an incident is reported by one document at least: " + id);
    }
  }
}
