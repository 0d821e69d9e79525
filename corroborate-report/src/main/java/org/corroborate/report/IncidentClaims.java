package org.corroborate.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.model.Figure;
import org.corroborate.model.FigureSource;
import org.corroborate.model.Incident;

/**
 * An incident's figures in a stable order (killed, injured, abducted, detained, missing) and its
 * claims by id, so that contradictions and the chronology, which name claims by id, can show them.
 */
final class IncidentClaims {

  private final List<Figure> figures;
  private final Map<String, FigureSource> byId = new LinkedHashMap<>();

  IncidentClaims(Incident incident) {
    this.figures =
        incident.figures().values().stream()
            .sorted(Comparator.comparing(Figure::property))
            .toList();
    for (Figure figure : figures) {
      for (FigureSource source : figure.sources()) {
        byId.putIfAbsent(source.claim().id(), source);
      }
    }
  }

  List<Figure> figures() {
    return figures;
  }

  /** The figure claim with this id, or empty when the incident's figures do not hold it. */
  Optional<FigureSource> find(String claimId) {
    return Optional.ofNullable(byId.get(claimId));
  }
}
