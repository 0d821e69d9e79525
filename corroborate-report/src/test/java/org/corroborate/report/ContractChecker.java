package org.corroborate.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON value against the export contract, read at test time from {@code
 * contract/incident.schema.json} under the directory in system property {@code corroborate.shared}
 * (default {@code ../../shared}). Understands the parts of JSON Schema the contract uses: {@code
 * type}, {@code required}, {@code properties}, {@code additionalProperties}, {@code items}, {@code
 * enum}, {@code oneOf} and local {@code $ref}s.
 */
final class ContractChecker {

  private final JsonNode root;

  ContractChecker() throws IOException {
    Path shared = Path.of(System.getProperty("corroborate.shared", "../../shared"));
    this.root =
        new ObjectMapper().readTree(shared.resolve("contract/incident.schema.json").toFile());
  }

  /** The violations found, each naming the path and the rule; empty when the value conforms. */
  List<String> check(JsonNode value) {
    List<String> errors = new ArrayList<>();
    check(value, root, "$", errors);
    return errors;
  }

  private void check(JsonNode value, JsonNode schema, String path, List<String> errors) {
    if (schema.has("$ref")) {
      check(value, resolve(schema.get("$ref").asText()), path, errors);
    }
    if (schema.has("oneOf")) {
      int matches = 0;
      for (JsonNode option : schema.get("oneOf")) {
        List<String> attempt = new ArrayList<>();
        check(value, option, path, attempt);
        matches += attempt.isEmpty() ? 1 : 0;
      }
      if (matches != 1) {
        errors.add(path + ": matches " + matches + " of the oneOf options, not exactly one");
      }
    }
    if (schema.has("type") && !typeMatches(value, schema.get("type"))) {
      errors.add(path + ": expected type " + schema.get("type") + ", got " + value.getNodeType());
      return;
    }
    if (schema.has("enum") && !contains(schema.get("enum"), value)) {
      errors.add(path + ": " + value + " is not one of " + schema.get("enum"));
    }
    if (value.isObject()) {
      checkObject(value, schema, path, errors);
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(value.get(i), schema.get("items"), path + "[" + i + "]", errors);
      }
    }
  }

  private void checkObject(JsonNode value, JsonNode schema, String path, List<String> errors) {
    if (schema.has("required")) {
      for (JsonNode name : schema.get("required")) {
        if (!value.has(name.asText())) {
          errors.add(path + ": required property '" + name.asText() + "' is missing");
        }
      }
    }
    JsonNode properties = schema.path("properties");
    JsonNode additional = schema.get("additionalProperties");
    Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String at = path + "." + field.getKey();
      if (properties.has(field.getKey())) {
        check(field.getValue(), properties.get(field.getKey()), at, errors);
      } else if (additional != null && additional.isObject()) {
        check(field.getValue(), additional, at, errors);
      }
    }
  }

  private JsonNode resolve(String ref) {
    if (!ref.startsWith("#/")) {
      throw new IllegalArgumentException("only local references are supported; got " + ref);
    }
    return root.at(ref.substring(1));
  }

  private static boolean typeMatches(JsonNode value, JsonNode type) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (typeMatches(value, t)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.asText()) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "null" -> value.isNull();
      default -> throw new IllegalArgumentException("unknown JSON Schema type " + type);
    };
  }

  private static boolean contains(JsonNode options, JsonNode value) {
    for (JsonNode option : options) {
      if (option.equals(value)) {
        return true;
      }
    }
    return false;
  }
}
