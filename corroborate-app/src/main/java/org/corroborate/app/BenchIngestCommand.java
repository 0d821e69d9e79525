package org.corroborate.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.corroborate.ingest.ExtractionLimits;
import org.corroborate.ingest.FileParser;
import org.corroborate.ingest.Manifest;
import org.corroborate.ingest.TikaBaseline;
import org.corroborate.ingest.segment.Segmenter;
import org.corroborate.store.CaseFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "ingest",
    description = {
      "Measures ingest on a folder of documents: Tika's own parsing of the files, our whole"
          + " ingest into a new temporary case (preservation, parsing, segments, custody, near-"
          + "duplicates), and the near-duplicate detection time as the corpus doubles.",
      "Example: corroborate bench ingest ../shared/corpus/gva/docs"
    })
final class BenchIngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "A folder of documents.")
  Path dir;

  @Option(names = "--manifest", paramLabel = "FILE", description = "The folder's manifest.")
  Path manifest;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Parser threads, for both Tika and our ingest (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Ingester.Input> inputs = InputFiles.collect(List.of(dir), Set.of()).inputs;
    long bytes = size(inputs);
    Manifest m = manifest == null ? Manifest.empty() : Manifest.read(manifest);
    out.printf(
        Locale.ROOT,
        "corpus: %d files, %.1f MB, %d threads, %s, %d cores, max heap %d MB%n",
        inputs.size(),
        bytes / 1e6,
        threads,
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    out.flush();

    baseline(inputs, bytes, out); // warms the JVM and the file cache for both runs
    long tika = baseline(inputs, bytes, out);
    out.println("ingest into a new case, on the first quarter, half and all of the corpus:");
    long ours = 0;
    for (int part : new int[] {4, 2, 1}) {
      int n = Math.max(1, inputs.size() / part);
      ours = ingest(inputs.subList(0, n), m, out, n + " docs");
    }
    out.printf(
        Locale.ROOT,
        "overhead of the whole ingest over Tika's parsing alone: %.2fx%n",
        (double) ours / tika);
    out.flush();
    return 0;
  }

  private long baseline(List<Ingester.Input> inputs, long bytes, PrintWriter out) throws Exception {
    TikaBaseline tika = new TikaBaseline();
    AtomicLong chars = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    try {
      List<Future<?>> futures =
          inputs.stream()
              .<Future<?>>map(in -> pool.submit(() -> chars.addAndGet(tikaChars(tika, in))))
              .toList();
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    long nanos = System.nanoTime() - t0;
    report(out, "tika parse", inputs.size(), bytes, nanos, "");
    return nanos;
  }

  private static long tikaChars(TikaBaseline tika, Ingester.Input in) {
    try {
      return tika.parse(in.file());
    } catch (IOException e) {
      return 0;
    }
  }

  private long ingest(List<Ingester.Input> inputs, Manifest m, PrintWriter out, String label)
      throws IOException {
    long bytes = size(inputs);
    Path caseDir = Files.createTempDirectory("corroborate-bench-");
    try {
      CaseFolder folder = InitCommand.init(caseDir);
      long t0 = System.nanoTime();
      Ingester ingester;
      Map<Ingester.Outcome, Integer> counts;
      try (OpenCase open = OpenCase.forWriting(folder)) {
        ingester =
            new Ingester(
                open,
                new FileParser(ExtractionLimits.DEFAULTS),
                new Segmenter(),
                Clock.systemUTC(),
                ExtractionLimits.DEFAULTS.maxBytes());
        counts = ingester.ingest(inputs, m, threads, (in, outcome, message) -> {});
      }
      long nanos = System.nanoTime() - t0;
      report(
          out,
          label,
          inputs.size(),
          bytes,
          nanos,
          String.format(
              Locale.ROOT,
              "; linking %.1f s (%.2f ms/doc); %s",
              ingester.linkNanos() / 1e9,
              ingester.linkNanos() / 1e6 / inputs.size(),
              counts));
      return nanos;
    } finally {
      deleteTree(caseDir);
    }
  }

  private static long size(List<Ingester.Input> inputs) throws IOException {
    long bytes = 0;
    for (Ingester.Input in : inputs) {
      bytes += Files.size(in.file());
    }
    return bytes;
  }

  private static void report(
      PrintWriter out, String label, int docs, long bytes, long nanos, String extra) {
    double s = nanos / 1e9;
    out.printf(
        Locale.ROOT,
        "%-14s %6.1f s  %7.1f docs/s  %6.2f MB/s%s%n",
        label,
        s,
        docs / s,
        bytes / 1e6 / s,
        extra);
    out.flush();
  }

  private static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        p.toFile().setWritable(true);
        Files.deleteIfExists(p);
      }
    }
  }
}
