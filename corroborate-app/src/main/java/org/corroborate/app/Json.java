package org.corroborate.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.model.Claim;
import org.corroborate.model.Document;
import org.corroborate.model.DocumentLink;
import org.corroborate.model.PublicationDate;
import org.corroborate.model.Quantity;
import org.corroborate.model.Segment;
import org.corroborate.store.DocumentSummary;

/** The JSON that {@code --format json} prints, built from maps so its field names are explicit. */
final class Json {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Object> summary(DocumentSummary d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id());
    m.put("names", d.names());
    m.put("media_type", d.mediaType());
    m.put("source_kind", d.sourceKind().label());
    m.put("published", d.published().map(Json::published).orElse(null));
    m.put("language", d.language());
    m.put("characters", d.characters());
    m.put("segments", d.segments());
    m.put("linked_documents", d.links());
    return m;
  }

  static Map<String, Object> document(Document d, List<DocumentLink> links, boolean text) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id());
    m.put("names", d.names());
    m.put("size", d.size());
    m.put("media_type", d.extraction().mediaType());
    m.put("charset", d.extraction().charset());
    m.put("title", d.extraction().title());
    m.put("published", d.published().map(Json::published).orElse(null));
    m.put("source_kind", d.sourceKind().label());
    m.put("url", d.url());
    m.put("publisher", d.publisher());
    m.put("language", d.extraction().language());
    m.put("ingested_at", d.ingestedAt().toString());
    m.put("characters", d.text().length());
    m.put("segments", d.extraction().segments().stream().map(Json::segment).toList());
    m.put("links", links.stream().map(Json::link).toList());
    if (text) {
      m.put("text", d.text());
    }
    return m;
  }

  /** A claim as the contract's claim object has it, plus what defines it here. */
  static Map<String, Object> claim(Claim c, String documentName) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("document", documentName);
    m.put("sha256", c.document());
    m.put("property", c.property().label());
    Quantity q = c.quantity();
    m.put("value", q == null ? c.value() : q.value());
    if (q != null) {
      m.put("low", q.low());
      m.put("high", q.high());
      m.put("estimate", q.estimate());
      m.put("kind", q.kind().label());
    }
    m.put("text", c.valueText());
    m.put("text_start", c.valueSpan().start());
    m.put("text_end", c.valueSpan().end());
    m.put("quote", c.quote());
    m.put("start", c.sentence().start());
    m.put("end", c.sentence().end());
    m.put("speaker", c.speaker());
    m.put("polarity", c.polarity().label());
    m.put("segment", c.segment().label());
    m.put("event", c.event());
    m.put("event_type", c.eventType());
    m.put("trigger", c.trigger());
    m.put("extractor", c.extractor() + " " + c.version());
    return m;
  }

  private static Map<String, Object> published(PublicationDate p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date", p.date().toString());
    m.put("origin", p.origin().label());
    m.put("evidence", p.evidence());
    return m;
  }

  private static Map<String, Object> segment(Segment s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("start", s.span().start());
    m.put("end", s.span().end());
    m.put("kind", s.kind().label());
    m.put("paragraph", s.paragraph());
    return m;
  }

  private static Map<String, Object> link(DocumentLink l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", l.kind().label());
    m.put("document", l.to());
    m.put("here", List.of(l.fromSpan().start(), l.fromSpan().end()));
    m.put("there", List.of(l.toSpan().start(), l.toSpan().end()));
    m.put("words", l.words());
    m.put("score", l.score());
    return m;
  }
}
