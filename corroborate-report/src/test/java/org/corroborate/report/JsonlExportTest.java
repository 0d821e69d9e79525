package org.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corroborate.model.Incident;
import org.junit.jupiter.api.Test;

class JsonlExportTest {

  private final TestCase fixture = new TestCase();
  private final ObjectMapper json = new ObjectMapper();

  private String export(List<Incident> incidents, Map<String, DocumentRef> documents) {
    StringWriter out = new StringWriter();
    new JsonlExport().write(incidents, documents, out);
    return out.toString();
  }

  private List<JsonNode> lines() throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line :
        export(List.of(fixture.raid(), fixture.undated()), fixture.documents()).split("\n")) {
      lines.add(json.readTree(line));
    }
    return lines;
  }

  @Test
  void every_line_satisfies_the_contract_schema() throws IOException {
    ContractChecker contract = new ContractChecker();
    List<JsonNode> lines = lines();

    assertThat(lines).hasSize(2);
    for (JsonNode line : lines) {
      assertThat(contract.check(line)).as(line.get("id").asText()).isEmpty();
    }
  }

  @Test
  void the_contract_checker_rejects_a_missing_field_and_an_unknown_precision() throws IOException {
    ContractChecker contract = new ContractChecker();
    ObjectNode line = (ObjectNode) lines().get(0);
    line.remove("facts");
    ((ObjectNode) line.get("start")).put("precision", "fortnight");

    assertThat(contract.check(line))
        .anyMatch(e -> e.contains("'facts' is missing"))
        .anyMatch(e -> e.contains("$.start.precision"));
  }

  @Test
  void documents_and_claims_are_named_by_their_path_relative_to_the_ingested_folder()
      throws IOException {
    JsonNode raid = lines().get(0);

    assertThat(raid.get("documents"))
        .extracting(JsonNode::asText)
        .containsExactly(TestCase.HERALD, TestCase.MONITOR, TestCase.BLOG);
    JsonNode first = raid.at("/facts/killed/claims/0");
    assertThat(first.get("document").asText()).isEqualTo(TestCase.MONITOR);
    assertThat(first.get("sha256").asText()).isEqualTo(TestCase.id(TestCase.MONITOR));
  }

  @Test
  void a_claim_carries_its_quote_offsets_figure_as_written_speaker_and_origin() throws IOException {
    JsonNode claim = lines().get(0).at("/facts/killed/claims/0");

    assertThat(claim.get("value").asLong()).isEqualTo(41);
    assertThat(claim.get("text").asText()).isEqualTo("41");
    assertThat(claim.get("quote").asText()).contains("counted 41 bodies");
    assertThat(claim.get("end").asInt() - claim.get("start").asInt())
        .isEqualTo(claim.get("quote").asText().length());
    assertThat(claim.get("speaker").asText()).isEqualTo("Dunmere Monitoring Group");
    assertThat(claim.get("origin").asText()).isEqualTo("origin-monitor");
  }

  @Test
  void a_bound_has_no_exact_value_but_keeps_its_bounds_and_the_author_has_no_speaker()
      throws IOException {
    JsonNode bound = lines().get(0).at("/facts/killed/claims/2");

    assertThat(bound.get("text").asText()).isEqualTo("At least 30");
    assertThat(bound.get("value").isNull()).isTrue();
    assertThat(bound.get("low").asLong()).isEqualTo(30);
    assertThat(bound.get("high").isNull()).isTrue();
    assertThat(bound.get("speaker").isNull()).isTrue();
    assertThat(bound.get("polarity").asText()).isEqualTo("hedged");
  }

  @Test
  void reader_comments_are_kept_apart_from_the_claims_and_marked_as_not_counted()
      throws IOException {
    JsonNode killed = lines().get(0).at("/facts/killed");
    JsonNode comment = killed.at("/reader_comments/0");

    assertThat(killed.get("claims")).hasSize(3);
    assertThat(comment.get("text").asText()).isEqualTo("500");

    assertThat(comment.get("segment").asText()).isEqualTo("comments");
    assertThat(comment.get("counted").asBoolean()).isFalse();
  }

  @Test
  void figures_come_in_a_fixed_order_with_best_low_high_and_explanation() throws IOException {
    JsonNode facts = lines().get(0).get("facts");

    assertThat(facts.fieldNames()).toIterable().containsExactly("killed", "injured");
    assertThat(facts.at("/killed/best").asLong()).isEqualTo(41);
    assertThat(facts.at("/killed/low").asLong()).isEqualTo(30);
    assertThat(facts.at("/killed/contested").asBoolean()).isTrue();
    assertThat(facts.at("/killed/explanation").asText()).contains("body count");
  }

  @Test
  void contradictions_name_the_claims_on_both_sides() throws IOException {
    JsonNode contradiction = lines().get(0).at("/contradictions/0");

    assertThat(contradiction.at("/sides/0/claims/0/quote").asText()).contains("41 bodies");
    assertThat(contradiction.at("/sides/1/claims/0/document").asText()).isEqualTo(TestCase.HERALD);
    assertThat(contradiction.at("/sides/1/claims/1/id").asText())
        .isEqualTo("claim-of-a-dating-sentence");
  }

  @Test
  void an_undated_unplaced_incident_keeps_the_required_fields_with_unknown_values()
      throws IOException {
    JsonNode undated = lines().get(1);

    assertThat(undated.at("/start/value").isNull()).isTrue();
    assertThat(undated.at("/start/precision").asText()).isEqualTo("unknown");
    assertThat(undated.get("end").isNull()).isTrue();
    assertThat(undated.at("/location/name").asText()).isEmpty();
    assertThat(undated.get("facts").isEmpty()).isTrue();
  }

  @Test
  void the_same_input_gives_the_same_bytes_whatever_the_map_order() {
    List<Incident> incidents = List.of(fixture.raid(), fixture.undated());

    String first = export(incidents, new HashMap<>(fixture.documents()));
    String second = export(incidents, new TreeMap<>(fixture.documents()));

    assertThat(second).isEqualTo(first);
    assertThat(first).endsWith("\n").doesNotContain("\r");
  }

  @Test
  void citing_a_document_without_a_ref_is_a_caller_error() {
    Map<String, DocumentRef> none = Map.of();

    assertThatThrownBy(() -> export(List.of(fixture.undated()), none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(TestCase.id(TestCase.HERALD));
  }
}
