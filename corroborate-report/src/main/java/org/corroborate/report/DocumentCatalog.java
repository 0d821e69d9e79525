package org.corroborate.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The documents an export may cite, looked up by id; citing an unknown one is a caller bug. */
final class DocumentCatalog {

  private final Map<String, DocumentRef> byId;

  DocumentCatalog(Map<String, DocumentRef> byId) {
    this.byId = Map.copyOf(byId);
    byId.forEach(
        (id, ref) -> {
          if (!id.equals(ref.id())) {
            throw new IllegalArgumentException(
                "documents are keyed by their id; got key " + id + " for " + ref.id());
          }
        });
  }

  DocumentRef ref(String id) {
    DocumentRef ref = byId.get(id);
    if (ref == null) {
      throw new IllegalArgumentException(
          "no DocumentRef for document " + id + "; pass every document the incidents cite");
    }
    return ref;
  }

  String name(String id) {
    return ref(id).name();
  }

  /** Every document, by name and then id, so that the order never depends on the map's. */
  List<DocumentRef> sorted() {
    return byId.values().stream()
        .sorted(Comparator.comparing(DocumentRef::name).thenComparing(DocumentRef::id))
        .toList();
  }
}
