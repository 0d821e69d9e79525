package org.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed with SIGKILL at random moments leaves a case that opens and verifies, and
 * running the same ingest again completes it with no duplicates.
 */
class CrashIT {

  static final int FILES = 300;
  static final int KILLS = 4;

  @TempDir Path caseDir;
  @TempDir Path batch;

  @Test
  void an_ingest_killed_at_any_moment_leaves_a_case_that_verifies_and_resumes() throws Exception {
    long seed = Long.getLong("tests.seed", System.nanoTime());
    String why = "seed " + seed + " (rerun with -Dtests.seed=" + seed + ")";
    Random random = new Random(seed);
    List<Path> docs;
    try (var files = Files.list(CliProcess.shared().resolve("corpus/gva/docs"))) {
      docs = files.sorted().limit(FILES).toList();
    }
    Set<String> distinct = new HashSet<>();
    for (Path d : docs) {
      Files.copy(d, batch.resolve(d.getFileName()));
      distinct.add(IngestIT.sha256(Files.readAllBytes(d)));
    }
    assertThat(CliProcess.run(caseDir, "init").exit()).isZero();

    Path log = caseDir.resolve(".corroborate/custody.log");
    for (int k = 0; k < KILLS; k++) {
      long before = Files.readAllLines(log).size();
      long killAt = before + 1 + random.nextInt(FILES / (KILLS + 1));
      Process p =
          CliProcess.builder(caseDir, "ingest", batch.toString())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      while (p.isAlive() && Files.readAllLines(log).size() < killAt) {
        Thread.sleep(5);
      }
      Thread.sleep(random.nextInt(50));
      assertThat(p.isAlive()).as(why + ": the ingest was still running when killed").isTrue();
      p.destroyForcibly().waitFor();
      String at = "after a kill at custody line " + killAt;
      CliProcess.Run verify = CliProcess.run(caseDir, "verify");
      assertThat(verify.exit()).as(why + " " + at + ": " + verify.out()).isZero();
      JsonNode partial =
          new ObjectMapper()
              .readTree(CliProcess.run(caseDir, "documents", "--format", "json").out());
      assertThat(partial.size()).as(why + " " + at).isLessThan(distinct.size());
    }

    CliProcess.Run done = CliProcess.run(caseDir, "ingest", batch.toString());
    assertThat(done.exit()).as(why + ": " + done.err()).isZero();
    JsonNode listed =
        new ObjectMapper().readTree(CliProcess.run(caseDir, "documents", "--format", "json").out());
    assertThat(listed).as(why).hasSize(distinct.size());
    int names = 0;
    for (JsonNode d : listed) {
      names += d.get("names").size();
    }
    assertThat(names).as(why + ": every file's name recorded once").isEqualTo(FILES);
    assertThat(CliProcess.run(caseDir, "verify").exit()).as(why).isZero();
  }
}
