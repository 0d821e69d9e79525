package org.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in how the command line is used exit with status 2 and say what to do. */
class UsageIT {

  @TempDir Path dir;

  @Test
  void a_command_outside_any_case_says_how_to_make_one() throws Exception {
    CliProcess.Run run = CliProcess.run(dir, "documents");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("not inside a case").contains("corroborate init");
  }

  @Test
  void an_unknown_option_is_a_usage_error() throws Exception {
    CliProcess.Run run = CliProcess.run(dir, "ingest", "--no-such-option", ".");
    assertThat(run.exit()).isEqualTo(2);
  }

  @Test
  void help_documents_the_exit_statuses() throws Exception {
    CliProcess.Run run = CliProcess.run(dir, "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Exit status:").contains("usage error").contains("ingest");
  }

  @Test
  void a_manifest_without_a_file_column_is_refused_before_anything_is_ingested() throws Exception {
    assertThat(CliProcess.run(dir, "init").exit()).isZero();
    Path reports = Files.createDirectories(dir.resolve("reports"));
    Files.writeString(reports.resolve("a.txt"), "A short fictional report.\n");
    Path manifest = Files.writeString(dir.resolve("manifest.tsv"), "name\tpublished\na.txt\t\n");
    CliProcess.Run run =
        CliProcess.run(dir, "ingest", reports.toString(), "--manifest", manifest.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("manifest.tsv:1").contains("'file' column");
    assertThat(CliProcess.run(dir, "documents").out()).contains("0 documents");
  }

  @Test
  void init_twice_changes_nothing() throws Exception {
    assertThat(CliProcess.run(dir, "init").exit()).isZero();
    byte[] log = Files.readAllBytes(dir.resolve(".corroborate/custody.log"));
    CliProcess.Run again = CliProcess.run(dir, "init");
    assertThat(again.exit()).isZero();
    assertThat(again.out()).contains("already a case");
    assertThat(Files.readAllBytes(dir.resolve(".corroborate/custody.log"))).isEqualTo(log);
  }
}
