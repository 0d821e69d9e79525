package org.corroborate.resolve;

import java.time.LocalDate;
import java.util.Objects;
import org.corroborate.model.Document;
import org.corroborate.model.SourceKind;

/**
 * What the resolve stage needs to know of a document besides its claims.
 *
 * @param id the document's SHA-256
 * @param name its name in the case, used in explanations ("author of 001.txt")
 * @param published its publication date, or null when unknown
 */
public record DocumentInfo(String id, String name, LocalDate published, SourceKind kind) {

  public DocumentInfo {
    Document.requireSha256(id);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }
}
