package org.corroborate.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.corroborate.ingest.ExtractionLimits;
import org.corroborate.ingest.FileParser;
import org.corroborate.ingest.ParsedFile;
import org.corroborate.ingest.RejectedFileException;
import org.corroborate.ingest.segment.Segmenter;
import org.corroborate.model.Document;
import org.corroborate.model.Extraction;
import org.corroborate.model.SourceKind;
import org.corroborate.nlp.Extractor;
import org.corroborate.nlp.StockPipeline;
import org.corroborate.nlp.place.CaseGazetteer;
import org.corroborate.store.EvidenceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "extract",
    description = {
      "Measures extraction on a folder of documents: documents/s and tokens/s of our extractor on"
          + " one thread (a sample) and on all cores (every document), peak heap, beside CoreNLP's"
          + " stock pipeline (tokenize,ssplit,pos,lemma,ner,depparse, default settings) on a"
          + " sample of the same texts.",
      "Example: corroborate bench extract ../shared/corpus/gva/docs"
    })
final class BenchExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "A folder of documents.")
  Path dir;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads for the all-cores run (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--one-thread-sample",
      paramLabel = "N",
      description = "Documents for the one-thread run (default: ${DEFAULT-VALUE}).")
  int oneThread = 500;

  @Option(
      names = "--stock-sample",
      paramLabel = "N",
      description = "Documents for CoreNLP's stock pipeline (default: ${DEFAULT-VALUE}).")
  int stockSample = 50;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Document> docs = read(out);
    long t0 = System.nanoTime();
    Extractor extractor = Extractor.create(CaseGazetteer.empty());
    out.printf(Locale.ROOT, "our extractor loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    run(out, extractor, docs.subList(0, Math.min(oneThread, docs.size())), 1);
    resetPeakHeap();
    run(out, extractor, docs, threads);
    out.printf(Locale.ROOT, "peak heap during the all-cores run: %d MB%n", peakHeap() >> 20);

    t0 = System.nanoTime();
    StockPipeline stock = new StockPipeline();
    out.printf(Locale.ROOT, "stock pipeline loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    List<Document> sample = docs.subList(0, Math.min(stockSample, docs.size()));
    long tokens = 0;
    t0 = System.nanoTime();
    for (Document d : sample) {
      tokens += stock.annotate(d.text());
    }
    report(out, "stock, 1 thread", sample.size(), tokens, System.nanoTime() - t0);
    out.flush();
    return 0;
  }

  private List<Document> read(PrintWriter out) throws IOException {
    FileParser parser = new FileParser(ExtractionLimits.DEFAULTS);
    Segmenter segmenter = new Segmenter();
    List<Document> docs = new ArrayList<>();
    for (Ingester.Input in : InputFiles.collect(List.of(dir), Set.of()).inputs) {
      try {
        ParsedFile p = parser.parse(in.file());
        Extraction x =
            new Extraction(
                p.mediaType(),
                p.charset(),
                p.title(),
                p.text(),
                segmenter.segment(p.text(), p.hints()),
                p.language(),
                Optional.empty());
        docs.add(
            new Document(
                EvidenceStore.sha256(in.file()),
                List.of(in.name()),
                Files.size(in.file()),
                x,
                SourceKind.UNKNOWN,
                null,
                null,
                Instant.now()));
      } catch (RejectedFileException e) {
        out.println("skipped " + in.name() + ": " + e.getMessage());
      }
    }
    out.printf(
        Locale.ROOT,
        "corpus: %d documents; %d cores; max heap %d MB; %s %s%n",
        docs.size(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"));
    return docs;
  }

  private static void run(PrintWriter out, Extractor extractor, List<Document> docs, int threads)
      throws Exception {
    AtomicLong tokens = new AtomicLong();
    AtomicLong claims = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Document d : docs) {
        futures.add(
            pool.submit(
                () -> {
                  try {
                    Extractor.Found found = extractor.extract(d);
                    tokens.addAndGet(found.tokens());
                    claims.addAndGet(found.claims().size());
                  } catch (RuntimeException e) {
                    failed.incrementAndGet();
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    report(
        out,
        "ours, " + threads + (threads == 1 ? " thread" : " threads"),
        docs.size(),
        tokens.get(),
        System.nanoTime() - t0);
    out.printf(Locale.ROOT, "  %d claims; %d documents failed%n", claims.get(), failed.get());
  }

  private static void report(PrintWriter out, String label, int docs, long tokens, long nanos) {
    double s = nanos / 1e9;
    out.printf(
        Locale.ROOT,
        "%-18s %5d docs %8d tokens %7.1f s %7.2f docs/s %8.0f tokens/s%n",
        label,
        docs,
        tokens,
        s,
        docs / s,
        tokens / s);
    out.flush();
  }

  private static void resetPeakHeap() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
