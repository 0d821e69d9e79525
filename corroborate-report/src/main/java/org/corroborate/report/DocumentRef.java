package org.corroborate.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What an export says about one document: enough to name it in a claim and to list it in the annex.
 *
 * @param id the SHA-256 of the original bytes, lower-case hex
 * @param name the file's path relative to the ingested folder; exports name documents by it
 * @param published the publication date, or null when unknown
 * @param sourceKind who published it (un, ngo, news, ...), or null when unknown
 * @param title the document's title, or null
 * @param url where the investigator collected it, or null
 */
public record DocumentRef(
    String id, String name, LocalDate published, String sourceKind, String title, String url) {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public DocumentRef {
    if (id == null || !SHA256.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "a document id is a lower-case hex SHA-256 of 64 characters; got " + id);
    }
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a document has a name; got a blank one for " + id);
    }
  }
}
