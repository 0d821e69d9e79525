package org.corroborate.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corroborate.ingest.FileParser;
import org.corroborate.ingest.Manifest;
import org.corroborate.ingest.ParsedFile;
import org.corroborate.ingest.RejectedFileException;
import org.corroborate.ingest.SourceKinds;
import org.corroborate.ingest.dedup.NearDuplicates;
import org.corroborate.ingest.dedup.PassageMatcher;
import org.corroborate.ingest.dedup.SharedPassage;
import org.corroborate.ingest.dedup.TextFingerprint;
import org.corroborate.ingest.dedup.Words;
import org.corroborate.ingest.segment.Segmenter;
import org.corroborate.model.DateOrigin;
import org.corroborate.model.Document;
import org.corroborate.model.DocumentLink;
import org.corroborate.model.Extraction;
import org.corroborate.model.LinkKind;
import org.corroborate.model.PublicationDate;
import org.corroborate.model.SourceKind;
import org.corroborate.model.Span;
import org.corroborate.store.CustodyEntry;
import org.corroborate.store.CustodyRef;
import org.corroborate.store.DocumentKeys;
import org.corroborate.store.EvidenceStore;
import org.corroborate.store.Failure;

/**
 * The ingest stage: for each file, hash it, and unless the case holds those bytes already, parse
 * it, preserve it, segment it, link it to the documents it shares text with, record it in the
 * custody log and store it. Worker threads hash, parse, preserve, segment and fingerprint; what
 * reads or writes the case database and the custody log runs on the calling thread, one file at a
 * time, in the order the files were given.
 *
 * <p>The order of the writes is what makes a killed ingest safe to re-run: the original is
 * preserved (an atomic move, forced to disk) before its custody line is written, and the custody
 * line (forced to disk) before the database transaction that makes the document part of the case. A
 * crash, or a power cut that loses the database's last commits, leaves at worst a preserved
 * original or a custody line without a document; running the same ingest again completes it.
 */
final class Ingester {

  /** The most documents a new one is compared with in full for shared passages. */
  static final int MAX_PASSAGE_CANDIDATES = 64;

  /** What became of one file. */
  enum Outcome {
    INGESTED,
    NEW_NAME,
    UNCHANGED,
    FAILED
  }

  /** A file to ingest and the name it is known by in the case. */
  record Input(Path file, String name) {}

  /** Called after each file; the progress bar and the error lines listen here. */
  interface Listener {
    void done(Input input, Outcome outcome, String message);
  }

  private final OpenCase open;
  private final FileParser parser;
  private final Segmenter segmenter;
  private final Clock clock;
  private final long maxBytes;
  private final PassageMatcher matcher = new PassageMatcher();
  private final long[] linkNanos = new long[1];

  Ingester(OpenCase open, FileParser parser, Segmenter segmenter, Clock clock, long maxBytes) {
    this.open = open;
    this.parser = parser;
    this.segmenter = segmenter;
    this.clock = clock;
    this.maxBytes = maxBytes;
  }

  /** Time spent finding near-duplicates and shared passages, for the benchmark. */
  long linkNanos() {
    return linkNanos[0];
  }

  /** Ingests the inputs in order and returns how many ended each way. */
  Map<Outcome, Integer> ingest(
      List<Input> inputs, Manifest manifest, int threads, Listener listener) throws IOException {
    Map<Outcome, Integer> counts = new LinkedHashMap<>();
    for (Outcome o : Outcome.values()) {
      counts.put(o, 0);
    }
    Set<String> known = open.store.documentIds();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      int window = Math.max(2, threads * 4);
      List<Future<Prepared>> pending = new ArrayList<>();
      int next = 0;
      for (int i = 0; i < inputs.size(); i++) {
        while (next < inputs.size() && next < i + window) {
          Input in = inputs.get(next++);
          pending.add(pool.submit(() -> prepare(in, known, manifest)));
        }
        Prepared p = await(pending.get(i));
        pending.set(i, null);
        Result r = store(p);
        counts.merge(r.outcome, 1, Integer::sum);
        listener.done(p.input, r.outcome, r.message);
      }
    } finally {
      pool.shutdownNow();
    }
    return counts;
  }

  /**
   * What a worker thread makes of a file: either a rejection, or the hash alone (for bytes the case
   * already held when the run began), or the preserved, parsed, segmented and fingerprinted
   * document ready to be linked and recorded.
   */
  private record Prepared(
      Input input,
      String sha256,
      Document doc,
      TextFingerprint fingerprint,
      Words words,
      RejectedFileException rejected) {}

  private record Result(Outcome outcome, String message) {}

  private Prepared prepare(Input in, Set<String> known, Manifest manifest) {
    Path file = in.file();
    String sha = "";
    try {
      if (!Files.isRegularFile(file)) {
        throw new RejectedFileException(
            Files.exists(file) ? "not a regular file" : "the file does not exist (a broken link?)",
            "ingest regular files only");
      }
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new RejectedFileException(
            "the file is " + megabytes(size) + ", over the limit of " + megabytes(maxBytes),
            "split it, or raise the limit with --max-size");
      }
      sha = EvidenceStore.sha256(file);
      if (known.contains(sha)) {
        return new Prepared(in, sha, null, null, null, null);
      }
      ParsedFile parsed = parser.parse(file);
      EvidenceStore.Preserved preserved = open.evidence.preserve(file);
      if (!preserved.sha256().equals(sha)) {
        sha = preserved.sha256();
        throw new RejectedFileException(
            "the file changed while it was being ingested", "ingest it again once it is complete");
      }
      Document doc = document(in, sha, preserved.size(), parsed, manifest);
      return new Prepared(in, sha, doc, TextFingerprint.of(doc.text()), Words.of(doc.text()), null);
    } catch (RejectedFileException e) {
      return new Prepared(in, sha, null, null, null, e);
    } catch (IOException e) {
      return new Prepared(
          in,
          sha,
          null,
          null,
          null,
          new RejectedFileException(
              "cannot be read: " + e.getMessage(), "check that the file exists and is readable"));
    }
  }

  private Result store(Prepared p) throws IOException {
    String name = p.input.name();
    if (p.rejected != null) {
      return fail(p.input, p.sha256, p.rejected);
    }
    if (open.store.hasDocument(p.sha256)) {
      if (open.store.names(p.sha256).contains(name)) {
        return new Result(Outcome.UNCHANGED, "already in the case");
      }
      open.custody().append(OpenCase.actor(), "add-name", p.sha256, Map.of("name", name));
      open.store.addName(p.sha256, name);
      return new Result(Outcome.NEW_NAME, "the same bytes as a document already in the case");
    }
    Document doc = p.doc;
    long t0 = System.nanoTime();
    List<DocumentLink> links = links(doc, p.fingerprint, p.words);
    linkNanos[0] += System.nanoTime() - t0;
    Map<String, String> details = new LinkedHashMap<>();
    details.put("name", name);
    details.put("media_type", doc.extraction().mediaType());
    details.put("size", Long.toString(doc.size()));
    CustodyEntry entry = open.custody().append(OpenCase.actor(), "ingest", doc.id(), details);
    TextFingerprint fp = p.fingerprint;
    open.store.insertDocument(
        doc,
        new DocumentKeys(fp.minhash(), fp.bandKeys(), fp.passageKeys()),
        links,
        new CustodyRef(entry.seq(), entry.hash()));
    return new Result(Outcome.INGESTED, "ingested");
  }

  private Document document(Input in, String sha, long size, ParsedFile parsed, Manifest manifest) {
    Optional<Manifest.Entry> row = manifest.entry(in.name());
    Optional<PublicationDate> published =
        row.flatMap(Manifest.Entry::published)
            .map(
                d ->
                    new PublicationDate(
                        d,
                        DateOrigin.MANIFEST,
                        manifest.source().map(Path::getFileName).map(Path::toString).orElse("")
                            + " line "
                            + row.get().line()))
            .or(parsed::published);
    String url = row.map(Manifest.Entry::url).orElse(null);
    SourceKind kind =
        row.map(Manifest.Entry::publisherType)
            .filter(k -> k != SourceKind.UNKNOWN)
            .or(() -> url == null ? Optional.empty() : SourceKinds.fromUrl(url))
            .orElse(SourceKind.UNKNOWN);
    String title = row.map(Manifest.Entry::title).orElse(parsed.title());
    Extraction extraction =
        new Extraction(
            parsed.mediaType(),
            parsed.charset(),
            title,
            parsed.text(),
            segmenter.segment(parsed.text(), parsed.hints()),
            parsed.language(),
            published);
    return new Document(
        sha,
        List.of(in.name()),
        size,
        extraction,
        kind,
        url,
        row.map(Manifest.Entry::publisher).orElse(null),
        Instant.now(clock));
  }

  /** Near-duplicates by MinHash LSH, shared passages by winnowed keys: no all-pairs comparison. */
  private List<DocumentLink> links(Document doc, TextFingerprint fp, Words words)
      throws IOException {
    List<DocumentLink> links = new ArrayList<>();
    Span whole = new Span(0, doc.text().length());
    for (Map.Entry<String, long[]> c :
        open.store.nearDuplicateCandidates(fp.bandKeys()).entrySet()) {
      double similarity = TextFingerprint.similarity(fp.minhash(), c.getValue());
      if (NearDuplicates.isNearDuplicate(similarity)) {
        int otherLength = open.store.text(c.getKey()).length();
        links.add(
            new DocumentLink(
                doc.id(),
                whole,
                c.getKey(),
                new Span(0, otherLength),
                LinkKind.NEAR_DUPLICATE,
                0,
                similarity));
      }
    }
    List<String> candidates =
        open.store.passageCandidates(fp.passageKeys(), MAX_PASSAGE_CANDIDATES);
    for (String other : candidates) {
      for (SharedPassage s :
          matcher.match(words, Words.of(open.store.text(other)), PassageMatcher.MIN_WORDS)) {
        links.add(
            new DocumentLink(
                doc.id(), s.inA(), other, s.inB(), LinkKind.SHARED_PASSAGE, s.words(), 1.0));
      }
    }
    return links;
  }

  private Result fail(Input in, String sha, RejectedFileException e) throws IOException {
    if (open.store.hasFailure(in.name(), sha)) {
      return new Result(Outcome.FAILED, e.getMessage() + " (recorded before)");
    }
    Map<String, String> details = new LinkedHashMap<>();
    details.put("name", in.name());
    details.put("reason", e.reason());
    CustodyEntry entry =
        open.custody()
            .append(OpenCase.actor(), "ingest-failed", sha.isEmpty() ? null : sha, details);
    open.store.recordFailure(
        new Failure(
            in.name(),
            sha,
            e.reason(),
            e.advice(),
            Instant.now(clock),
            new CustodyRef(entry.seq(), entry.hash())));
    return new Result(Outcome.FAILED, e.getMessage());
  }

  private static Prepared await(Future<Prepared> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("ingest interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("ingest failed: " + e.getCause(), e.getCause());
    }
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
  }
}
