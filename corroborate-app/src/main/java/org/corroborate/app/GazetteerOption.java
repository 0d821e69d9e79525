package org.corroborate.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.corroborate.nlp.place.CaseGazetteer;
import org.corroborate.store.CaseFolder;
import org.corroborate.store.EvidenceStore;
import picocli.CommandLine.Option;

/**
 * The case's own gazetteer additions: sites general gazetteers lack (camps, compounds, villages).
 * Given once with {@code --gazetteer FILE}, they are kept in the case as {@code
 * .corroborate/gazetteer.tsv} and used by every later extraction.
 */
final class GazetteerOption {

  @Option(
      names = "--gazetteer",
      paramLabel = "FILE",
      description =
          "The case's own places (tab-separated: name, aliases, kind, admin1, country, lat, lon);"
              + " kept in the case for later runs.")
  Path file;

  static Path caseFile(CaseFolder folder) {
    return folder.meta().resolve("gazetteer.tsv");
  }

  /** Copies a new additions file into the case, checking it reads first. */
  static void install(CaseFolder folder, Path file) throws IOException {
    if (file == null) {
      return;
    }
    if (!Files.isRegularFile(file)) {
      throw new Cli.UsageException("no gazetteer file at " + file);
    }
    try {
      CaseGazetteer.read(file);
    } catch (CaseGazetteer.CaseGazetteerException e) {
      throw new Cli.UsageException(e.getMessage());
    }
    Files.copy(file, caseFile(folder), StandardCopyOption.REPLACE_EXISTING);
  }

  /** "" without case places, else "+places-" and a hash of them: part of the version read. */
  static String fingerprint(CaseFolder folder) throws IOException {
    Path f = caseFile(folder);
    if (!Files.isRegularFile(f)) {
      return "";
    }
    return "+places-" + EvidenceStore.sha256(f).substring(0, 12);
  }

  static CaseGazetteer additions(CaseFolder folder) throws IOException {
    Path f = caseFile(folder);
    return Files.isRegularFile(f) ? CaseGazetteer.read(f) : CaseGazetteer.empty();
  }
}
