package org.corroborate.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.corroborate.model.Claim;
import org.corroborate.model.FigureSource;
import org.corroborate.model.Quantity;

/** One claim as the contract's {@code claim} object, with the reconciliation's verdict added. */
final class ClaimJson {

  private final JsonNodeFactory nodes;
  private final DocumentCatalog documents;

  ClaimJson(JsonNodeFactory nodes, DocumentCatalog documents) {
    this.nodes = nodes;
    this.documents = documents;
  }

  ObjectNode of(FigureSource source) {
    Claim claim = source.claim();
    Quantity quantity = claim.quantity();
    ObjectNode node = nodes.objectNode();
    node.put("id", claim.id());
    node.put("value", quantity == null ? null : quantity.value());
    node.put("low", quantity == null ? null : quantity.low());
    node.put("high", quantity == null ? null : quantity.high());
    node.put("estimate", quantity == null ? null : quantity.estimate());
    node.put("kind", quantity == null ? null : quantity.kind().label());
    node.put("text", claim.valueText());
    node.put("document", documents.name(claim.document()));
    node.put("sha256", claim.document());
    node.put("start", claim.sentence().start());
    node.put("end", claim.sentence().end());
    node.put("quote", claim.quote());
    node.put("speaker", claim.speaker());
    node.put("origin", source.origin());
    node.put("polarity", claim.polarity().label());
    node.put("segment", claim.segment().label());
    node.put("counted", source.counted());
    node.put("note", source.note());
    if (source.countsAs() != null) {
      node.put("counts_as", source.countsAs());
    }
    return node;
  }

  /** A claim known by id only, e.g. a dating claim that no figure holds. */
  ObjectNode reference(String claimId) {
    return nodes.objectNode().put("id", claimId);
  }
}
