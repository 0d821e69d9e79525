package org.corroborate.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.corroborate.ingest.ExtractionLimits;
import org.corroborate.ingest.FileParser;
import org.corroborate.ingest.Manifest;
import org.corroborate.ingest.segment.Segmenter;
import org.corroborate.store.CaseFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "ingest",
    description = {
      "Preserves files and folders (recursively) in the case and reads their text: plain text in"
          + " any common encoding, HTML, PDF, DOCX, ODT, RTF and e-mail (EML).",
      "A file that cannot be ingested gets one line on stderr (the file, why, what to do) and a"
          + " failure record; the rest goes on. Ingesting the same files again changes nothing.",
      "Example: corroborate ingest reports/ --manifest reports/manifest.tsv"
    })
final class IngestCommand implements Callable<Integer> {

  /** Batches larger than this show a progress bar when stderr is a terminal. */
  static final int PROGRESS_FROM = 5;

  @Spec CommandSpec spec;

  @Mixin CaseOption caseOption;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files and folders to ingest.")
  List<Path> paths;

  @Mixin IngestOptions options;

  @Override
  public Integer call() throws IOException {
    CaseFolder folder = caseOption.find();
    return run(
        folder,
        paths,
        options.manifest,
        options.maxBytes(),
        options.threads,
        spec.commandLine().getOut(),
        spec.commandLine().getErr());
  }

  /** Ingests into an existing case and prints what happened; returns the exit status. */
  static int run(
      CaseFolder folder,
      List<Path> paths,
      Path manifestFile,
      long maxBytes,
      int threads,
      PrintWriter out,
      PrintWriter err)
      throws IOException {
    Manifest manifest = readManifest(manifestFile);
    Set<Path> skip = new HashSet<>();
    if (manifestFile != null) {
      skip.add(manifestFile.toAbsolutePath().normalize());
    }
    InputFiles found = InputFiles.collect(paths, skip);
    Map<Ingester.Outcome, Integer> counts;
    try (OpenCase open = OpenCase.forWriting(folder);
        ProgressBar bar = progressBar("ingest", found.inputs.size())) {
      FileParser parser =
          new FileParser(new ExtractionLimits(maxBytes, ExtractionLimits.DEFAULTS.maxChars()));
      Ingester ingester = new Ingester(open, parser, new Segmenter(), Clock.systemUTC(), maxBytes);
      counts =
          ingester.ingest(
              found.inputs,
              manifest,
              threads,
              (input, outcome, message) -> {
                if (outcome == Ingester.Outcome.FAILED) {
                  err.println(Terminal.printable(input.name()) + ": " + message);
                  err.flush();
                }
                if (bar != null) {
                  bar.step();
                }
              });
    }
    Set<String> names = new HashSet<>();
    found.inputs.forEach(i -> names.add(i.name()));
    for (String missing : manifest.unmatched(names)) {
      err.println(
          "warning: the manifest lists "
              + Terminal.printable(missing)
              + ", which was not among the files ingested");
    }
    out.println(summary(counts, found.hidden));
    out.flush();
    return counts.get(Ingester.Outcome.FAILED) > 0 ? 1 : 0;
  }

  static String summary(Map<Ingester.Outcome, Integer> counts, int hidden) {
    int ingested = counts.get(Ingester.Outcome.INGESTED);
    int names = counts.get(Ingester.Outcome.NEW_NAME);
    int unchanged = counts.get(Ingester.Outcome.UNCHANGED);
    int failed = counts.get(Ingester.Outcome.FAILED);
    StringBuilder sb = new StringBuilder();
    if (ingested == 0 && names == 0 && failed == 0) {
      sb.append("nothing changed: ")
          .append(files(unchanged))
          .append(unchanged == 1 ? " is" : " are")
          .append(" already in the case");
    } else {
      sb.append("ingested ").append(plural(ingested, "new document"));
      if (names > 0) {
        sb.append(", ").append(plural(names, "new name")).append(" for documents already held");
      }
      if (unchanged > 0) {
        sb.append(", ").append(files(unchanged)).append(" already in the case");
      }
      if (failed > 0) {
        sb.append(", ").append(files(failed)).append(" failed (listed above)");
      }
    }
    if (hidden > 0) {
      sb.append("; passed over ")
          .append(hidden)
          .append(hidden == 1 ? " hidden file or folder" : " hidden files or folders");
    }
    return sb.toString();
  }

  private static String files(int n) {
    return plural(n, "file");
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static Manifest readManifest(Path file) throws IOException {
    if (file == null) {
      return Manifest.empty();
    }
    if (!Files.isRegularFile(file)) {
      throw new Cli.UsageException("no manifest at " + file);
    }
    try {
      return Manifest.read(file);
    } catch (Manifest.InvalidManifestException | NoSuchFileException e) {
      throw new Cli.UsageException(e.getMessage());
    }
  }

  /** A progress bar on stderr for more than a few items, when stderr is a terminal; else null. */
  static ProgressBar progressBar(String task, int items) {
    if (items <= PROGRESS_FROM || !Terminal.stderrIsTerminal()) {
      return null;
    }
    return new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(items)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .build();
  }

  /** Reads a size such as {@code 100MB}, {@code 2G} or {@code 512k}. */
  static long parseSize(String text) {
    String s = text.strip().toUpperCase(Locale.ROOT).replace("B", "");
    long unit = 1;
    if (s.endsWith("K")) {
      unit = 1_000;
    } else if (s.endsWith("M")) {
      unit = 1_000_000;
    } else if (s.endsWith("G")) {
      unit = 1_000_000_000;
    }
    if (unit > 1) {
      s = s.substring(0, s.length() - 1);
    }
    try {
      long n = Long.parseLong(s.strip());
      if (n <= 0) {
        throw new NumberFormatException();
      }
      return n * unit;
    } catch (NumberFormatException e) {
      throw new Cli.UsageException("'" + text + "' is not a size; write it as 100MB, 2GB or 500KB");
    }
  }
}
