package org.corroborate.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.corroborate.model.ChronologyEntry;
import org.corroborate.model.Contradiction;
import org.corroborate.model.Figure;
import org.corroborate.model.FigureSource;
import org.corroborate.model.Incident;
import org.corroborate.model.Place;
import org.corroborate.model.SegmentKind;
import org.corroborate.model.TimeValue;

/** One incident as one object of the export contract ({@code incident.schema.json}). */
final class IncidentJson {

  private final JsonNodeFactory nodes;
  private final DocumentCatalog documents;
  private final ClaimJson claims;

  IncidentJson(JsonNodeFactory nodes, DocumentCatalog documents) {
    this.nodes = nodes;
    this.documents = documents;
    this.claims = new ClaimJson(nodes, documents);
  }

  ObjectNode of(Incident incident) {
    IncidentClaims known = new IncidentClaims(incident);
    ObjectNode node = nodes.objectNode();
    node.put("id", incident.id());
    node.put("title", incident.title());
    node.put("type", incident.type());
    node.set("start", time(incident.start()));
    node.set("end", incident.end() == null ? nodes.nullNode() : time(incident.end()));
    node.set("location", location(incident.place()));
    node.set("perpetrators", actors(incident.perpetrators()));
    node.set("victims", actors(incident.victims()));
    ArrayNode names = node.putArray("documents");
    incident.documents().forEach(id -> names.add(documents.name(id)));
    ObjectNode facts = node.putObject("facts");
    for (Figure figure : known.figures()) {
      facts.set(figure.property().label(), figure(figure));
    }
    ArrayNode contradictions = node.putArray("contradictions");
    incident.contradictions().forEach(c -> contradictions.add(contradiction(c, known)));
    ArrayNode chronology = node.putArray("chronology");
    incident.chronology().forEach(e -> chronology.add(entry(e)));
    return node;
  }

  private ObjectNode time(TimeValue time) {
    ObjectNode node = nodes.objectNode();
    if (time == null) {
      return node.putNull("value").put("precision", "unknown").put("approximate", false);
    }
    return node.put("value", time.iso())
        .put("precision", time.precision().label())
        .put("approximate", time.approximate());
  }

  private ObjectNode location(Place place) {
    if (place == null) {
      ObjectNode node = nodes.objectNode().put("name", "");
      node.putNull("admin1").putNull("country").putNull("lat").putNull("lon");
      return node.put("note", "no source places this incident");
    }
    return nodes
        .objectNode()
        .put("name", place.name())
        .put("admin1", place.admin1())
        .put("country", place.country())
        .put("lat", place.lat())
        .put("lon", place.lon())
        .put("kind", place.kind())
        .put("source", place.source());
  }

  private ArrayNode actors(List<String> names) {
    ArrayNode array = nodes.arrayNode();
    for (String name : names) {
      ObjectNode actor = array.addObject().put("name", name);
      actor.putArray("aliases");
    }
    return array;
  }

  private ObjectNode figure(Figure figure) {
    ObjectNode node =
        nodes
            .objectNode()
            .put("best", figure.best())
            .put("low", figure.low())
            .put("high", figure.high())
            .put("contested", figure.contested())
            .put("explanation", figure.explanation());
    ArrayNode evidence = node.putArray("claims");
    ArrayNode comments = node.putArray("reader_comments");
    for (FigureSource source : figure.sources()) {
      boolean comment = source.claim().segment() == SegmentKind.COMMENTS;
      (comment ? comments : evidence).add(claims.of(source));
    }
    return node;
  }

  private ObjectNode contradiction(Contradiction contradiction, IncidentClaims known) {
    ObjectNode node =
        nodes
            .objectNode()
            .put("property", contradiction.property().label())
            .put("summary", contradiction.summary());
    ArrayNode sides = node.putArray("sides");
    for (Contradiction.Side side : contradiction.sides()) {
      ObjectNode sideNode = sides.addObject().put("value", side.value());
      ArrayNode array = sideNode.putArray("claims");
      for (String id : side.claims()) {
        array.add(known.find(id).map(claims::of).orElseGet(() -> claims.reference(id)));
      }
    }
    return node;
  }

  private ObjectNode entry(ChronologyEntry entry) {
    ObjectNode node = nodes.objectNode();
    node.set("time", time(entry.time()));
    node.put("description", entry.description());
    ArrayNode ids = node.putArray("claims");
    entry.claims().forEach(ids::add);
    return node;
  }
}
