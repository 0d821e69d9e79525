package org.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same bytes are one document; the same story on two sites is two documents, linked. */
class DuplicatesIT {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path caseDir;

  /**
   * A fictional wire story of about 300 words, made from a seeded random walk over a phrasebook.
   */
  static String story(long seed) {
    String[] phrases = {
      "residents of the Orlen valley said", "the district council confirmed on Tuesday",
      "aid convoys were turned back at the river crossing", "the road to Kessel remained closed",
      "witnesses described armed men on motorcycles", "the clinic treated the wounded overnight",
      "officials gave no figure for the missing", "families gathered at the market square",
      "the mission asked for access to the area", "schools in the valley stayed shut"
    };
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder();
    for (int p = 0; p < 6; p++) {
      for (int s = 0; s < 5; s++) {
        String a = phrases[random.nextInt(phrases.length)];
        String b = phrases[random.nextInt(phrases.length)];
        sb.append(Character.toUpperCase(a.charAt(0))).append(a.substring(1)).append(", and ");
        sb.append(b).append(" (report ").append(p * 5 + s).append("). ");
      }
      sb.append("\n\n");
    }
    return sb.toString();
  }

  @Test
  void identical_bytes_under_two_names_are_one_document_with_both_names() throws Exception {
    Path reports = Files.createDirectories(caseDir.resolve("reports/copies"));
    Files.writeString(caseDir.resolve("reports/story.txt"), story(1));
    Files.writeString(reports.resolve("story-copy.txt"), story(1));
    assertThat(CliProcess.run(caseDir, "init").exit()).isZero();

    CliProcess.Run run = CliProcess.run(caseDir, "ingest", "reports");

    assertThat(run.out()).contains("ingested 1 new document, 1 new name");
    JsonNode docs = JSON.readTree(CliProcess.run(caseDir, "documents", "--format", "json").out());
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0).get("names").toString())
        .isEqualTo("[\"copies/story-copy.txt\",\"story.txt\"]");
  }

  @Test
  void the_same_story_on_two_sites_is_linked_as_a_near_duplicate() throws Exception {
    Path reports = Files.createDirectories(caseDir.resolve("reports"));
    Files.writeString(
        reports.resolve("site-a.txt"), "Valley Courier\n\n" + story(2) + "Share this story.\n");
    Files.writeString(
        reports.resolve("site-b.txt"),
        "The Orlen Ledger, from our wire service\n\n" + story(2) + "All rights reserved.\n");
    Files.writeString(reports.resolve("other.txt"), story(3));
    assertThat(CliProcess.run(caseDir, "init").exit()).isZero();
    assertThat(CliProcess.run(caseDir, "ingest", "reports").exit()).isZero();

    JsonNode b =
        JSON.readTree(CliProcess.run(caseDir, "show", "site-b.txt", "--format", "json").out());
    JsonNode a =
        JSON.readTree(CliProcess.run(caseDir, "show", "site-a.txt", "--format", "json").out());
    JsonNode other =
        JSON.readTree(CliProcess.run(caseDir, "show", "other.txt", "--format", "json").out());

    boolean nearDuplicate = false;
    for (JsonNode link : b.get("links")) {
      if (link.get("kind").asText().equals("near-duplicate")) {
        nearDuplicate = true;
        assertThat(link.get("document").asText()).isEqualTo(a.get("id").asText());
        assertThat(link.get("score").asDouble()).isGreaterThanOrEqualTo(0.8);
      }
    }
    assertThat(nearDuplicate).isTrue();
    for (JsonNode link : other.get("links")) {
      assertThat(link.get("kind").asText()).isNotEqualTo("near-duplicate");
    }
  }
}
