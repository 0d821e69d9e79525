package org.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify} names exactly what was altered in a case, and exits 1. */
class VerifyIT {

  @TempDir Path caseDir;
  Path log;

  @BeforeEach
  void a_case_with_three_reports() throws Exception {
    Path reports = Files.createDirectories(caseDir.resolve("reports"));
    for (int i = 1; i <= 3; i++) {
      Files.writeString(
          reports.resolve("report-" + i + ".txt"),
          "Fictional report number " + i + " on the flooding of the Kessel valley road.\n");
    }
    assertThat(CliProcess.run(caseDir, "init").exit()).isZero();
    assertThat(CliProcess.run(caseDir, "ingest", "reports").exit()).isZero();
    log = caseDir.resolve(".corroborate/custody.log");
  }

  @Test
  void an_altered_original_is_named() throws Exception {
    Path evidence = caseDir.resolve(".corroborate/evidence");
    Path original;
    try (var files = Files.walk(evidence)) {
      original = files.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
    }
    original.toFile().setWritable(true);
    Files.writeString(original, "tampered");
    CliProcess.Run run = CliProcess.run(caseDir, "verify");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains(original.getFileName().toString()).contains("FAILED: 1 problem");
  }

  @Test
  void an_edited_custody_line_is_named() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
    lines.set(1, lines.get(1).replace("report-1", "report-9"));
    Files.write(log, lines, StandardCharsets.UTF_8);
    CliProcess.Run run = CliProcess.run(caseDir, "verify");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("line 2").contains("line 3");
  }

  @Test
  void a_custody_log_cut_short_is_noticed() throws Exception {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    Files.write(log, lines.subList(0, lines.size() - 1), StandardCharsets.UTF_8);
    CliProcess.Run run = CliProcess.run(caseDir, "verify");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("line " + lines.size()).contains("cut short");
  }
}
