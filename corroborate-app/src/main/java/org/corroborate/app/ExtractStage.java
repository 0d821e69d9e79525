package org.corroborate.app;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Document;
import org.corroborate.nlp.Extractor;

/**
 * The extraction stage: every document the current extractor version has not read yet is read for
 * mentions and claims on worker threads (one per core, sharing one CoreNLP pipeline), and its
 * findings are written on the calling thread, one document a transaction.
 */
final class ExtractStage {

  /** What a run did; {@code failed} documents are left to be read again by the next run. */
  record Summary(
      int documents, int skipped, int failed, Map<ClaimProperty, Integer> claims, long nanos) {}

  /** Called after each document: {@code error} is null when it was read. */
  interface Listener {
    void done(Document doc, int claims, Throwable error);
  }

  private final OpenCase open;
  private final Extractor extractor;
  private final String version;
  private final Clock clock;

  /**
   * @param version what the documents are read with: the extractor's version and the case's own
   *     places, so a new extractor or a changed gazetteer reads every document again
   */
  ExtractStage(OpenCase open, Extractor extractor, String version, Clock clock) {
    this.open = open;
    this.extractor = extractor;
    this.version = version;
    this.clock = clock;
  }

  /** The documents this version has not read yet, in the order a run reads them. */
  List<String> toRead() throws IOException {
    return open.store.documentsToExtract(Extractor.NAME, version);
  }

  /** Reads {@code ids} (from {@link #toRead}). */
  Summary run(List<String> ids, int threads, Listener listener) throws IOException {
    long t0 = System.nanoTime();
    int skipped = open.store.documentIds().size() - ids.size();
    Map<ClaimProperty, Integer> counts = new EnumMap<>(ClaimProperty.class);
    int failed = 0;
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      int window = Math.max(2, threads * 2);
      List<Future<Extractor.Found>> pending = new ArrayList<>();
      List<Document> docs = new ArrayList<>();
      int next = 0;
      for (int i = 0; i < ids.size(); i++) {
        while (next < ids.size() && next < i + window) {
          Document doc = open.store.document(ids.get(next++)).orElseThrow();
          docs.add(doc);
          pending.add(pool.submit(() -> extractor.extract(doc)));
        }
        Document doc = docs.get(i);
        Extractor.Found found;
        try {
          found = await(pending.get(i));
        } catch (ExecutionException e) {
          failed++;
          listener.done(doc, 0, e.getCause());
          continue;
        } finally {
          pending.set(i, null);
          docs.set(i, null);
        }
        open.store.replaceExtraction(
            doc.id(),
            Extractor.NAME,
            version,
            found.claims(),
            found.mentions(),
            Instant.now(clock));
        for (Claim c : found.claims()) {
          counts.merge(c.property(), 1, Integer::sum);
        }
        listener.done(doc, found.claims().size(), null);
      }
    } finally {
      pool.shutdownNow();
    }
    return new Summary(ids.size(), skipped, failed, counts, System.nanoTime() - t0);
  }

  /** A document's findings; an extractor that fails on one document fails that document only. */
  private static Extractor.Found await(Future<Extractor.Found> f)
      throws IOException, ExecutionException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("extraction interrupted", e);
    }
  }
}
