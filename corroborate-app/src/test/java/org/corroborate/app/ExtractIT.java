package org.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corroborate run} on the real seeds: the figures of gold.json, none of its traps. */
class ExtractIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Set<String> FIGURES = Set.of("killed", "injured", "abducted", "detained", "missing");

  @TempDir static Path caseDir;
  static Path seeds;
  static CliProcess.Run run;
  static JsonNode claims;

  @BeforeAll
  static void run_every_stage_on_the_seeds() throws Exception {
    seeds = CliProcess.shared().resolve("corpus/seeds");
    assertThat(CliProcess.run(caseDir, "init").exit()).isZero();
    run =
        CliProcess.run(
            caseDir,
            "run",
            seeds.resolve("docs").toString(),
            "--manifest",
            seeds.resolve("manifest.tsv").toString());
    claims = JSON.readTree(CliProcess.run(caseDir, "claims", "--format", "json").out());
  }

  @Test
  void run_ingests_and_extracts() {
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("ingested 5 new documents").contains("extracted 5 documents");
  }

  @Test
  void every_gold_figure_of_the_seeds_is_claimed_in_its_document() throws Exception {
    JsonNode gold = JSON.readTree(seeds.resolve("gold.json").toFile());
    List<String> missing = new ArrayList<>();
    for (JsonNode incident : gold.get("incidents")) {
      for (String property : List.of("killed", "injured", "abducted")) {
        JsonNode fact = incident.path("facts").path(property);
        for (JsonNode g : fact.path("claims")) {
          long expected = g.has("value") ? g.get("value").asLong() : g.get("low").asLong();
          if (!claimed(g.get("doc").asText(), property, expected)) {
            missing.add(g.get("doc").asText() + " " + property + " " + expected);
          }
        }
      }
    }
    assertThat(missing).as("gold figures with no claim").isEmpty();
  }

  @Test
  void no_population_survivor_or_force_figure_becomes_a_casualty_claim() throws Exception {
    JsonNode gold = JSON.readTree(seeds.resolve("gold.json").toFile());
    List<String> hits = new ArrayList<>();
    for (JsonNode incident : gold.get("incidents")) {
      for (JsonNode trap : incident.path("traps")) {
        String why = trap.get("why").asText();
        boolean notACasualtyAnywhere = !why.contains("incident") && !why.contains("deaths");
        if (notACasualtyAnywhere
            && claimed(trap.get("doc").asText(), null, trap.get("value").asLong())) {
          hits.add(trap.get("doc").asText() + " " + trap.get("value").asLong() + " (" + why + ")");
        }
      }
    }
    assertThat(hits).as("traps that became casualty claims").isEmpty();
  }

  @Test
  void every_claim_quotes_its_sentence_verbatim() throws Exception {
    for (JsonNode c : claims) {
      String text =
          Files.readString(seeds.resolve("docs").resolve(c.get("document").asText()))
              .replace("\r\n", "\n");
      assertThat(text.substring(c.get("start").asInt(), c.get("end").asInt()))
          .isEqualTo(c.get("quote").asText());
      assertThat(text.substring(c.get("text_start").asInt(), c.get("text_end").asInt()))
          .isEqualTo(c.get("text").asText());
    }
  }

  @Test
  void claims_in_reader_comments_are_marked_as_such() {
    boolean inComments = false;
    for (JsonNode c : claims) {
      if (c.get("document").asText().startsWith("004_")
          && c.get("segment").asText().equals("comments")) {
        inComments = true;
      }
    }
    assertThat(inComments).isTrue();
  }

  @Test
  void extracting_again_reads_nothing_already_read() throws Exception {
    CliProcess.Run again = CliProcess.run(caseDir, "extract");
    assertThat(again.exit()).isZero();
    assertThat(again.out()).startsWith("nothing to extract: all 5 documents were read");
  }

  private static boolean claimed(String doc, String property, long value) {
    for (JsonNode c : claims) {
      if (!c.get("document").asText().equals(doc)) {
        continue;
      }
      String p = c.get("property").asText();
      if (property == null ? !FIGURES.contains(p) : !p.equals(property)) {
        continue;
      }
      if (c.path("value").asLong(-1) == value || c.path("low").asLong(-1) == value) {
        return true;
      }
    }
    return false;
  }
}
