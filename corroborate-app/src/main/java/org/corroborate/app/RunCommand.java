package org.corroborate.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.corroborate.store.CaseFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "run",
    description = {
      "Runs every stage on files and folders: ingest, then extract. Exit status 1 when a file"
          + " could not be ingested (the rest is still extracted).",
      "Example: corroborate run reports/ --manifest reports/manifest.tsv --gazetteer sites.tsv"
    })
final class RunCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CaseOption caseOption;

  @Mixin GazetteerOption gazetteer;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files and folders to ingest.")
  List<Path> paths;

  @Mixin IngestOptions options;

  @Override
  public Integer call() throws IOException {
    return run(
        caseOption.find(),
        paths,
        options.manifest,
        gazetteer.file,
        options.maxBytes(),
        options.threads,
        spec.commandLine().getOut(),
        spec.commandLine().getErr());
  }

  /** Every stage in order; the exit status is the worst of theirs. */
  static int run(
      CaseFolder folder,
      List<Path> paths,
      Path manifest,
      Path gazetteerFile,
      long maxBytes,
      int threads,
      PrintWriter out,
      PrintWriter err)
      throws IOException {
    int ingest = IngestCommand.run(folder, paths, manifest, maxBytes, threads, out, err);
    int extract = ExtractCommand.run(folder, gazetteerFile, threads, out, err);
    return Math.max(ingest, extract);
  }
}
