package org.corroborate.store;

import java.util.List;
import java.util.Optional;
import org.corroborate.model.PublicationDate;
import org.corroborate.model.SourceKind;

/** One row of the documents table: what an investigator scans to see what the case holds. */
public record DocumentSummary(
    String id,
    List<String> names,
    String mediaType,
    SourceKind sourceKind,
    Optional<PublicationDate> published,
    String language,
    int characters,
    int segments,
    int links,
    String title,
    String url) {

  public DocumentSummary {
    names = List.copyOf(names);
  }
}
