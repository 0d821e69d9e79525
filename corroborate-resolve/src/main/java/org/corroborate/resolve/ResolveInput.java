package org.corroborate.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corroborate.model.Claim;
import org.corroborate.model.DocumentLink;

/** The documents of a case, their claims and the passages they share. */
public record ResolveInput(
    List<DocumentInfo> documents, List<Claim> claims, List<DocumentLink> links) {

  public ResolveInput {
    documents = List.copyOf(documents);
    claims = List.copyOf(claims);
    links = List.copyOf(links);
    Set<String> ids = new HashSet<>();
    for (DocumentInfo d : documents) {
      if (!ids.add(d.id())) {
        throw new IllegalArgumentException("each document is listed once; got twice " + d.id());
      }
    }
    for (Claim c : claims) {
      if (!ids.contains(c.document())) {
        throw new IllegalArgumentException(
            "claim " + c.id() + " belongs to a document that is not listed: " + c.document());
      }
    }
  }
}
