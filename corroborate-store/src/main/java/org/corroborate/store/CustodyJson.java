package org.corroborate.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes and reads the JSON of one custody line. Fields are written in one fixed order, details
 * sorted by name, in UTF-8, so the same entry always gives the same bytes; reading is strict about
 * that order and about each field's type.
 */
final class CustodyJson {

  static final List<String> FIELDS =
      List.of("seq", "time", "actor", "action", "document", "details", "prev");

  /** A line that is not a custody entry; the message says why. */
  static final class MalformedLine extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedLine(String message) {
      super(message);
    }
  }

  private final JsonMapper mapper =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  /**
   * The line for an entry with these fields, without its newline. It does not validate them: the
   * caller builds the {@link CustodyEntry} from the same fields before writing the line anywhere.
   */
  byte[] write(
      long seq,
      Instant time,
      String actor,
      String action,
      String document,
      Map<String, String> details,
      String prev)
      throws IOException {
    ObjectNode node = mapper.createObjectNode();
    node.put("seq", seq);
    node.put("time", time.toString());
    node.put("actor", actor);
    node.put("action", action);
    node.put("document", document);
    ObjectNode detailsNode = node.putObject("details");
    new TreeMap<>(details).forEach(detailsNode::put);
    node.put("prev", prev);
    return mapper.writeValueAsBytes(node);
  }

  /** Reads {@code bytes[0, length)} as an entry whose line hashes to {@code hash}. */
  CustodyEntry read(byte[] bytes, int length, String hash) throws MalformedLine {
    JsonNode node;
    try {
      node = mapper.readTree(bytes, 0, length);
    } catch (JsonProcessingException e) {
      throw new MalformedLine("is not valid JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new MalformedLine("is not valid JSON (" + e.getMessage() + ")");
    }
    if (node == null || !node.isObject()) {
      throw new MalformedLine("is not a JSON object");
    }
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    if (!names.equals(FIELDS)) {
      throw new MalformedLine("has fields " + names + ", expected " + FIELDS + " in that order");
    }
    JsonNode seq = node.get("seq");
    if (!seq.isIntegralNumber() || !seq.canConvertToLong()) {
      throw new MalformedLine("has a seq that is not a whole number: " + seq);
    }
    JsonNode document = node.get("document");
    if (!document.isNull() && !document.isTextual()) {
      throw new MalformedLine("has a document that is neither null nor text: " + document);
    }
    try {
      return new CustodyEntry(
          seq.asLong(),
          Instant.parse(text(node, "time")),
          text(node, "actor"),
          text(node, "action"),
          document.isNull() ? null : document.asText(),
          details(node.get("details")),
          text(node, "prev"),
          hash);
    } catch (DateTimeParseException e) {
      throw new MalformedLine("has a time that is not an ISO-8601 instant: " + node.get("time"));
    } catch (IllegalArgumentException e) {
      throw new MalformedLine("is not a valid entry: " + e.getMessage());
    }
  }

  private static String text(JsonNode node, String field) throws MalformedLine {
    JsonNode value = node.get(field);
    if (!value.isTextual()) {
      throw new MalformedLine("has a " + field + " that is not text: " + value);
    }
    return value.asText();
  }

  private static Map<String, String> details(JsonNode node) throws MalformedLine {
    if (!node.isObject()) {
      throw new MalformedLine("has details that are not an object: " + node);
    }
    Map<String, String> details = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!field.getValue().isTextual()) {
        throw new MalformedLine(
            "has a detail " + field.getKey() + " that is not text: " + field.getValue());
      }
      details.put(field.getKey(), field.getValue().asText());
    }
    return details;
  }
}
