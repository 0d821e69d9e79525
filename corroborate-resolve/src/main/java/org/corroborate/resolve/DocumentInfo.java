package org.corroborate.resolve;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.corroborate.model.Document;
import org.corroborate.model.SourceKind;

/**
 * What the resolve stage needs to know of a document besides its claims.
 *
 * @param id the document's SHA-256
 * @param name its name in the case, used in explanations ("author of 001.txt")
 * @param published its publication date, or null when unknown
 * @param place where the document is datelined or mostly about, in the form of a PLACE claim's
 *     value, or null: the place of its incidents when their own sentences name none
 * @param names the proper names its title and text use (see {@link ProperNames}): reports that
 *     share rare ones are taken for reports of one incident (see {@link NameLinks})
 * @param streets the streets its text names (see {@link Streets})
 * @param leadDay the day its opening lines give for what they tell, in the week up to its
 *     publication, or null: the day of its incidents when their own sentences give none ("Police
 *     were called to the house late Sunday night." before "a boy was shot")
 */
public record DocumentInfo(
    String id,
    String name,
    LocalDate published,
    SourceKind kind,
    String place,
    Set<String> names,
    Set<String> streets,
    LocalDate leadDay) {

  public DocumentInfo {
    Document.requireSha256(id);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    names = Set.copyOf(names);
    streets = Set.copyOf(streets);
  }

  /** A document with no place of its own, no names, no streets and no day in its lead. */
  public DocumentInfo(String id, String name, LocalDate published, SourceKind kind) {
    this(id, name, published, kind, null, Set.of(), Set.of(), null);
  }
}
