package org.corroborate.app;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.model.Incident;
import org.corroborate.report.DocumentRef;
import org.corroborate.resolve.DocumentInfo;
import org.corroborate.resolve.ResolveInput;
import org.corroborate.resolve.ResolveOptions;
import org.corroborate.resolve.Resolver;
import org.corroborate.store.DocumentSummary;

/**
 * The resolve and reconcile stages, run on what the case holds: every claim of every document,
 * grouped into incidents with reconciled figures, contradictions and chronology. They take seconds
 * even on thousands of documents, so every command that shows incidents runs them afresh on the
 * case's current claims.
 */
final class Incidents {

  /** The incidents and the documents they cite. */
  record Resolved(List<Incident> incidents, Map<String, DocumentRef> documents) {}

  private Incidents() {}

  static Resolved resolve(OpenCase open) throws IOException {
    List<DocumentSummary> docs = open.store.documents();
    Map<String, DocumentRef> refs = new LinkedHashMap<>();
    List<DocumentInfo> infos = new java.util.ArrayList<>();
    for (DocumentSummary d : docs) {
      String name = d.names().isEmpty() ? d.id() : d.names().get(0);
      java.time.LocalDate published = d.published().map(p -> p.date()).orElse(null);
      infos.add(new DocumentInfo(d.id(), name, published, d.sourceKind()));
      refs.put(
          d.id(),
          new DocumentRef(d.id(), name, published, d.sourceKind().label(), d.title(), d.url()));
    }
    List<Incident> incidents =
        Resolver.resolve(
            new ResolveInput(infos, open.store.claims(null, null), open.store.allLinks()),
            ResolveOptions.defaults());
    return new Resolved(incidents, refs);
  }
}
