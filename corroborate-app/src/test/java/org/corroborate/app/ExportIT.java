package org.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exports of a case built from the real seeds: every incident line has the contract's required
 * fields, and every claim can be checked against its source by any reader.
 */
class ExportIT {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path caseDir;
  static Path docs;
  static List<JsonNode> incidents;

  @BeforeAll
  static void export_the_seeds() throws Exception {
    Path seeds = CliProcess.shared().resolve("corpus/seeds");
    docs = seeds.resolve("docs");
    Path gazetteer = Path.of("src/test/resources/seeds-gazetteer.tsv").toAbsolutePath();
    assertThat(CliProcess.run(caseDir, "init").exit()).isZero();
    CliProcess.Run run =
        CliProcess.run(
            caseDir,
            "run",
            docs.toString(),
            "--manifest",
            seeds.resolve("manifest.tsv").toString(),
            "--gazetteer",
            gazetteer.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    Path out = caseDir.resolve("incidents.jsonl");
    assertThat(CliProcess.run(caseDir, "export", "--out", out.toString()).exit()).isZero();
    incidents =
        Files.readAllLines(out, StandardCharsets.UTF_8).stream().map(ExportIT::parse).toList();
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }

  @Test
  void every_incident_line_has_the_contracts_required_fields() {
    assertThat(incidents).isNotEmpty();
    for (JsonNode i : incidents) {
      for (String field :
          List.of("id", "title", "type", "start", "location", "documents", "facts")) {
        assertThat(i.has(field)).as(field + " in " + i.get("id")).isTrue();
      }
      assertThat(i.get("start").get("precision").asText())
          .isIn("year", "month", "day", "hour", "minute", "unknown");
      assertThat(i.get("location").has("name")).isTrue();
    }
  }

  @Test
  void every_exported_claim_quotes_its_document_verbatim_and_names_its_hash() throws Exception {
    int claims = 0;
    for (JsonNode i : incidents) {
      for (JsonNode figure : i.get("facts")) {
        for (JsonNode c : figure.get("claims")) {
          Path file = docs.resolve(c.get("document").asText());
          byte[] bytes = Files.readAllBytes(file);
          String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
          assertThat(c.get("sha256").asText()).isEqualTo(IngestIT.sha256(bytes));
          assertThat(text.substring(c.get("start").asInt(), c.get("end").asInt()))
              .isEqualTo(c.get("quote").asText());
          assertThat(c.get("quote").asText()).contains(c.get("text").asText());
          claims++;
        }
      }
    }
    assertThat(claims).isPositive();
  }

  @Test
  void the_csv_and_the_html_case_file_are_written_too() throws Exception {
    CliProcess.Run csv = CliProcess.run(caseDir, "export", "--format", "csv");
    assertThat(csv.exit()).isZero();
    assertThat(csv.out().lines().findFirst().orElseThrow())
        .startsWith("id,type_of_violence,side_a,side_b,date_start,date_end,date_prec");
    Path html = caseDir.resolve("case-file.html");
    assertThat(
            CliProcess.run(caseDir, "export", "--format", "html", "--out", html.toString()).exit())
        .isZero();
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page).contains("<svg").doesNotContain("<script");
    try (var files = Files.list(docs)) {
      for (Path f : files.toList()) {
        assertThat(page).contains(IngestIT.sha256(Files.readAllBytes(f)));
      }
    }
  }
}
