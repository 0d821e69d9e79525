package org.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real command line on the real seed documents. */
class IngestIT {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path caseDir;

  static Path seeds;

  @BeforeAll
  static void ingest_the_seeds() throws Exception {
    seeds = CliProcess.shared().resolve("corpus/seeds");
    assertThat(CliProcess.run(caseDir, "init").exit()).isZero();
    CliProcess.Run run =
        CliProcess.run(
            caseDir,
            "ingest",
            seeds.resolve("docs").toString(),
            "--manifest",
            seeds.resolve("manifest.tsv").toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("ingested 5 new documents");
  }

  @Test
  void every_seed_is_listed_with_the_manifest_date_and_kind() throws Exception {
    CliProcess.Run run = CliProcess.run(caseDir, "documents", "--format", "json");
    assertThat(run.exit()).isZero();
    JsonNode docs = JSON.readTree(run.out());
    assertThat(docs).hasSize(5);
    for (JsonNode d : docs) {
      String name = d.get("names").get(0).asText();
      byte[] bytes = Files.readAllBytes(seeds.resolve("docs").resolve(name));
      assertThat(d.get("id").asText()).isEqualTo(sha256(bytes));
      assertThat(d.get("published").get("origin").asText()).isEqualTo("manifest");
      assertThat(d.get("language").asText()).isEqualTo("en");
    }
    assertThat(docs.get(0).get("published").get("date").asText()).isEqualTo("2015-09-01");
    assertThat(docs.get(0).get("source_kind").asText()).isEqualTo("advocacy");
  }

  @Test
  void ingesting_the_same_folder_again_changes_nothing_and_says_so() throws Exception {
    byte[] log = Files.readAllBytes(caseDir.resolve(".corroborate/custody.log"));
    CliProcess.Run run =
        CliProcess.run(
            caseDir,
            "ingest",
            seeds.resolve("docs").toString(),
            "--manifest",
            seeds.resolve("manifest.tsv").toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("nothing changed: 5 files are already in the case");
    assertThat(Files.readAllBytes(caseDir.resolve(".corroborate/custody.log"))).isEqualTo(log);
  }

  @Test
  void the_passages_quoted_in_two_seed_reports_are_linked_on_both_sides() throws Exception {
    CliProcess.Run run =
        CliProcess.run(caseDir, "show", "000_9aef1e0509b85c3b.txt", "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode doc = JSON.readTree(run.out());
    List<String> linked = new ArrayList<>();
    for (JsonNode link : doc.get("links")) {
      assertThat(link.get("kind").asText()).isEqualTo("shared-passage");
      assertThat(link.get("words").asInt()).isGreaterThanOrEqualTo(25);
      linked.add(link.get("document").asText());
    }
    byte[] other = Files.readAllBytes(seeds.resolve("docs/003_2b7d332fd8f61003.txt"));
    assertThat(linked).contains(sha256(other));
  }

  @Test
  void the_reader_comments_of_seed_004_are_a_comments_segment() throws Exception {
    CliProcess.Run run =
        CliProcess.run(caseDir, "show", "004_b4153fae99beb2d7.txt", "--format", "json");
    JsonNode segments = JSON.readTree(run.out()).get("segments");
    assertThat(segments.get(segments.size() - 1).get("kind").asText()).isEqualTo("comments");
    assertThat(segments.get(0).get("kind").asText()).isEqualTo("body");
  }

  @Test
  void show_finds_a_document_by_an_id_prefix_and_prints_its_text() throws Exception {
    byte[] bytes = Files.readAllBytes(seeds.resolve("docs/001_bb8a7fa752f11da6.txt"));
    CliProcess.Run run = CliProcess.run(caseDir, "show", sha256(bytes).substring(0, 8), "--text");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .isEqualTo(
            new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace("\r\n", "\n"));
  }

  @Test
  void verify_passes_on_an_untouched_case() throws Exception {
    CliProcess.Run run = CliProcess.run(caseDir, "verify");
    assertThat(run.exit()).as(run.out()).isZero();
    assertThat(run.out()).startsWith("OK: 5 preserved originals re-hashed");
  }

  @Test
  void commands_find_the_case_from_a_folder_inside_it() throws Exception {
    Path inside = Files.createDirectories(caseDir.resolve("notes/deeper"));
    assertThat(CliProcess.run(inside, "documents").out()).contains("5 documents");
  }

  static String sha256(byte[] bytes) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
