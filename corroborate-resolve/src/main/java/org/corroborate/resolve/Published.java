package org.corroborate.resolve;

import java.time.LocalDate;
import java.util.Comparator;

/** The order of documents by publication: earliest first, undated last, then by id. */
final class Published {

  static final Comparator<DocumentInfo> EARLIEST_FIRST =
      Comparator.comparing(
              DocumentInfo::published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
          .thenComparing(DocumentInfo::id);

  private Published() {}
}
