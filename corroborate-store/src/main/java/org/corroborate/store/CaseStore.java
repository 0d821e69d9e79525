package org.corroborate.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.DateOrigin;
import org.corroborate.model.Document;
import org.corroborate.model.DocumentLink;
import org.corroborate.model.Extraction;
import org.corroborate.model.LinkKind;
import org.corroborate.model.Mention;
import org.corroborate.model.Polarity;
import org.corroborate.model.PublicationDate;
import org.corroborate.model.Quantity;
import org.corroborate.model.QuantityKind;
import org.corroborate.model.Segment;
import org.corroborate.model.SegmentKind;
import org.corroborate.model.SourceKind;
import org.corroborate.model.Span;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;

/**
 * The case database (SQLite, WAL mode), its schema created and migrated by Flyway. One instance
 * holds one connection and is used from one thread at a time; every write is one transaction, so a
 * process killed at any moment leaves either all of a document or none of it.
 */
public final class CaseStore implements AutoCloseable {

  /** Keys held by more documents than this are boilerplate and do not suggest a shared passage. */
  static final int COMMON_PASSAGE_KEY = 50;

  private final Connection connection;

  private CaseStore(Connection connection) {
    this.connection = connection;
  }

  /** Opens (creating and migrating as needed) the database file. */
  public static CaseStore open(Path file) throws IOException {
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    try {
      Flyway.configure()
          .dataSource(url, null, null)
          .locations("classpath:db/migration")
          .loggers("slf4j")
          .load()
          .migrate();
      SQLiteConfig config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
      config.enforceForeignKeys(true);
      config.setBusyTimeout(10_000);
      Connection connection = DriverManager.getConnection(url, config.toProperties());
      connection.setAutoCommit(false);
      return new CaseStore(connection);
    } catch (SQLException | RuntimeException e) {
      throw new IOException("cannot open the case database " + file + ": " + e.getMessage(), e);
    }
  }

  // ---- documents

  public boolean hasDocument(String id) throws IOException {
    return exists("SELECT 1 FROM documents WHERE id = ?", id);
  }

  /** The ids of every document in the case. */
  public Set<String> documentIds() throws IOException {
    Set<String> ids = new HashSet<>();
    query("SELECT id FROM documents", rs -> ids.add(rs.getString(1)));
    return ids;
  }

  public List<String> names(String id) throws IOException {
    List<String> names = new ArrayList<>();
    query(
        "SELECT name FROM document_names WHERE document = ? ORDER BY ord",
        rs -> names.add(rs.getString(1)),
        id);
    return names;
  }

  /** Records another name for already preserved bytes. */
  public void addName(String id, String name) throws IOException {
    transaction(
        () -> {
          try (PreparedStatement ps =
              connection.prepareStatement(
                  "INSERT OR IGNORE INTO document_names (document, name, ord) "
                      + "SELECT ?, ?, COALESCE(MAX(ord), -1) + 1 FROM document_names WHERE document = ?")) {
            ps.setString(1, id);
            ps.setString(2, name);
            ps.setString(3, id);
            ps.executeUpdate();
          }
        });
  }

  /** Stores a new document with its segments, keys, links and the custody line that recorded it. */
  public void insertDocument(
      Document doc, DocumentKeys keys, List<DocumentLink> links, CustodyRef custody)
      throws IOException {
    Extraction x = doc.extraction();
    transaction(
        () -> {
          update(
              "INSERT INTO documents (id, size, media_type, charset, title, text, language, published,"
                  + " published_origin, published_evidence, source_kind, url, publisher, ingested_at,"
                  + " custody_seq, custody_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
              doc.id(),
              doc.size(),
              x.mediaType(),
              x.charset(),
              x.title(),
              x.text(),
              x.language(),
              x.published().map(p -> p.date().toString()).orElse(null),
              x.published().map(p -> p.origin().label()).orElse(null),
              x.published().map(PublicationDate::evidence).orElse(null),
              doc.sourceKind().label(),
              doc.url(),
              doc.publisher(),
              doc.ingestedAt().toString(),
              custody.seq(),
              custody.hash());
          try (PreparedStatement ps =
              connection.prepareStatement(
                  "INSERT INTO document_names (document, name, ord) VALUES (?,?,?)")) {
            for (int i = 0; i < doc.names().size(); i++) {
              ps.setString(1, doc.id());
              ps.setString(2, doc.names().get(i));
              ps.setInt(3, i);
              ps.addBatch();
            }
            ps.executeBatch();
          }
          try (PreparedStatement ps =
              connection.prepareStatement(
                  "INSERT INTO segments (document, ord, start, \"end\", kind, paragraph)"
                      + " VALUES (?,?,?,?,?,?)")) {
            for (int i = 0; i < x.segments().size(); i++) {
              Segment s = x.segments().get(i);
              ps.setString(1, doc.id());
              ps.setInt(2, i);
              ps.setInt(3, s.span().start());
              ps.setInt(4, s.span().end());
              ps.setString(5, s.kind().label());
              ps.setInt(6, s.paragraph());
              ps.addBatch();
            }
            ps.executeBatch();
          }
          update(
              "INSERT INTO minhash (document, signature) VALUES (?, ?)",
              doc.id(),
              toBytes(keys.signature()));
          insertKeys("band_keys", doc.id(), keys.bandKeys());
          insertKeys("passage_keys", doc.id(), keys.passageKeys());
          try (PreparedStatement ps =
              connection.prepareStatement(
                  "INSERT INTO passage_key_counts (key, documents) VALUES (?, 1)"
                      + " ON CONFLICT (key) DO UPDATE SET documents = documents + 1")) {
            for (long key : distinct(keys.passageKeys())) {
              ps.setLong(1, key);
              ps.addBatch();
            }
            ps.executeBatch();
          }
          try (PreparedStatement ps =
              connection.prepareStatement(
                  "INSERT OR IGNORE INTO links (from_doc, from_start, from_end, to_doc, to_start,"
                      + " to_end, kind, words, score) VALUES (?,?,?,?,?,?,?,?,?)")) {
            for (DocumentLink l : links) {
              ps.setString(1, l.from());
              ps.setInt(2, l.fromSpan().start());
              ps.setInt(3, l.fromSpan().end());
              ps.setString(4, l.to());
              ps.setInt(5, l.toSpan().start());
              ps.setInt(6, l.toSpan().end());
              ps.setString(7, l.kind().label());
              ps.setInt(8, l.words());
              ps.setDouble(9, l.score());
              ps.addBatch();
            }
            ps.executeBatch();
          }
        });
  }

  private void insertKeys(String table, String id, long[] keys) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT OR IGNORE INTO " + table + " (key, document) VALUES (?, ?)")) {
      for (long key : keys) {
        ps.setLong(1, key);
        ps.setString(2, id);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Documents sharing at least one LSH band key, with their MinHash signatures. */
  public Map<String, long[]> nearDuplicateCandidates(long[] bandKeys) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    forEachChunk(
        distinct(bandKeys),
        chunk ->
            query(
                "SELECT DISTINCT document FROM band_keys WHERE key IN ("
                    + marks(chunk.length)
                    + ")",
                rs -> ids.add(rs.getString(1)),
                boxed(chunk)));
    Map<String, long[]> signatures = new LinkedHashMap<>();
    for (String id : ids) {
      query(
          "SELECT signature FROM minhash WHERE document = ?",
          rs -> signatures.put(id, fromBytes(rs.getBytes(1))),
          id);
    }
    return signatures;
  }

  /**
   * Documents sharing passage keys with the given ones, most shared first, at most {@code limit};
   * keys held by many documents (boilerplate) are passed over.
   */
  public List<String> passageCandidates(long[] passageKeys, int limit) throws IOException {
    Map<String, Integer> shared = new HashMap<>();
    forEachChunk(
        distinct(passageKeys),
        chunk ->
            query(
                "SELECT p.document FROM passage_keys p JOIN passage_key_counts c ON c.key = p.key"
                    + " WHERE p.key IN ("
                    + marks(chunk.length)
                    + ") AND c.documents <= "
                    + COMMON_PASSAGE_KEY,
                rs -> shared.merge(rs.getString(1), 1, Integer::sum),
                boxed(chunk)));
    return shared.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }

  public String text(String id) throws IOException {
    List<String> texts = new ArrayList<>();
    query("SELECT text FROM documents WHERE id = ?", rs -> texts.add(rs.getString(1)), id);
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("no document " + id + " in the case");
    }
    return texts.get(0);
  }

  public Optional<Document> document(String id) throws IOException {
    List<Document> found = new ArrayList<>();
    List<String> names = names(id);
    List<Segment> segments = segments(id);
    query(
        "SELECT id, size, media_type, charset, title, text, language, published, published_origin,"
            + " published_evidence, source_kind, url, publisher, ingested_at FROM documents WHERE id = ?",
        rs -> {
          Optional<PublicationDate> published = published(rs, 8);
          Extraction x =
              new Extraction(
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  segments,
                  rs.getString(7),
                  published);
          found.add(
              new Document(
                  rs.getString(1),
                  names,
                  rs.getLong(2),
                  x,
                  SourceKind.parse(rs.getString(11)),
                  rs.getString(12),
                  rs.getString(13),
                  Instant.parse(rs.getString(14))));
        },
        id);
    return found.stream().findFirst();
  }

  public List<Segment> segments(String id) throws IOException {
    List<Segment> segments = new ArrayList<>();
    query(
        "SELECT start, \"end\", kind, paragraph FROM segments WHERE document = ? ORDER BY ord",
        rs ->
            segments.add(
                new Segment(
                    new Span(rs.getInt(1), rs.getInt(2)),
                    SegmentKind.fromLabel(rs.getString(3)),
                    rs.getInt(4))),
        id);
    return segments;
  }

  /** Links from and to a document, each oriented so that {@code from} is that document. */
  public List<DocumentLink> links(String id) throws IOException {
    List<DocumentLink> links = new ArrayList<>();
    query(
        "SELECT from_doc, from_start, from_end, to_doc, to_start, to_end, kind, words, score"
            + " FROM links WHERE from_doc = ? OR to_doc = ? ORDER BY from_start, to_start",
        rs -> {
          DocumentLink l =
              new DocumentLink(
                  rs.getString(1),
                  new Span(rs.getInt(2), rs.getInt(3)),
                  rs.getString(4),
                  new Span(rs.getInt(5), rs.getInt(6)),
                  LinkKind.fromLabel(rs.getString(7)),
                  rs.getInt(8),
                  rs.getDouble(9));
          links.add(
              l.from().equals(id)
                  ? l
                  : new DocumentLink(
                      l.to(), l.toSpan(), l.from(), l.fromSpan(), l.kind(), l.words(), l.score()));
        },
        id,
        id);
    links.sort(
        (a, b) -> {
          int c = a.fromSpan().compareTo(b.fromSpan());
          return c != 0 ? c : a.to().compareTo(b.to());
        });
    return links;
  }

  /** Every link between documents, each once, as stored. */
  public List<DocumentLink> allLinks() throws IOException {
    List<DocumentLink> links = new ArrayList<>();
    query(
        "SELECT from_doc, from_start, from_end, to_doc, to_start, to_end, kind, words, score"
            + " FROM links ORDER BY from_doc, from_start, to_doc, to_start",
        rs ->
            links.add(
                new DocumentLink(
                    rs.getString(1),
                    new Span(rs.getInt(2), rs.getInt(3)),
                    rs.getString(4),
                    new Span(rs.getInt(5), rs.getInt(6)),
                    LinkKind.fromLabel(rs.getString(7)),
                    rs.getInt(8),
                    rs.getDouble(9))));
    return links;
  }

  /** Every document, ordered by its first name. */
  public List<DocumentSummary> documents() throws IOException {
    Map<String, List<String>> names = new HashMap<>();
    query(
        "SELECT document, name FROM document_names ORDER BY document, ord",
        rs -> names.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
    List<DocumentSummary> rows = new ArrayList<>();
    query(
        "SELECT d.id, d.media_type, d.source_kind, d.published, d.published_origin,"
            + " d.published_evidence, d.language, length(d.text),"
            + " (SELECT count(*) FROM segments s WHERE s.document = d.id),"
            + " (SELECT count(DISTINCT CASE WHEN l.from_doc = d.id THEN l.to_doc ELSE l.from_doc END)"
            + "  FROM links l WHERE l.from_doc = d.id OR l.to_doc = d.id), d.title, d.url"
            + " FROM documents d",
        rs ->
            rows.add(
                new DocumentSummary(
                    rs.getString(1),
                    names.getOrDefault(rs.getString(1), List.of()),
                    rs.getString(2),
                    SourceKind.parse(rs.getString(3)),
                    published(rs, 4),
                    rs.getString(7),
                    rs.getInt(8),
                    rs.getInt(9),
                    rs.getInt(10),
                    rs.getString(11),
                    rs.getString(12))));
    rows.sort(
        (a, b) ->
            (a.names().isEmpty() ? "" : a.names().get(0))
                .compareTo(b.names().isEmpty() ? "" : b.names().get(0)));
    return rows;
  }

  /**
   * The documents a user means by {@code ref}: a name (exact, or the file name of a path), or a
   * prefix of at least four characters of an id.
   */
  public List<String> resolve(String ref) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    query(
        "SELECT DISTINCT document FROM document_names WHERE name = ? ORDER BY document",
        rs -> ids.add(rs.getString(1)),
        ref);
    if (ids.isEmpty()) {
      query(
          "SELECT DISTINCT document FROM document_names WHERE name LIKE ? ESCAPE '\\'"
              + " ORDER BY document",
          rs -> ids.add(rs.getString(1)),
          "%/" + ref.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
    }
    if (ids.isEmpty() && ref.length() >= 4 && ref.matches("[0-9a-fA-F]+")) {
      query(
          "SELECT id FROM documents WHERE id >= ? AND id < ? ORDER BY id",
          rs -> ids.add(rs.getString(1)),
          ref.toLowerCase(Locale.ROOT),
          ref.toLowerCase(Locale.ROOT) + "g");
    }
    return List.copyOf(ids);
  }

  // ---- claims

  /** Documents that the given extractor version has not extracted yet, in id order. */
  public List<String> documentsToExtract(String extractor, String version) throws IOException {
    List<String> ids = new ArrayList<>();
    query(
        "SELECT d.id FROM documents d LEFT JOIN extractions e"
            + " ON e.document = d.id AND e.extractor = ? WHERE e.version IS NULL OR e.version <> ?"
            + " ORDER BY d.id",
        rs -> ids.add(rs.getString(1)),
        extractor,
        version);
    return ids;
  }

  /**
   * Replaces what an extractor found in a document (its claims and mentions) with a new run's, in
   * one transaction, and records the version that found them.
   */
  public void replaceExtraction(
      String document,
      String extractor,
      String version,
      List<Claim> claims,
      List<Mention> mentions,
      Instant at)
      throws IOException {
    transaction(
        () -> {
          update("DELETE FROM claims WHERE document = ? AND extractor = ?", document, extractor);
          update("DELETE FROM mentions WHERE document = ?", document);
          try (PreparedStatement ps =
              connection.prepareStatement(
                  "INSERT OR IGNORE INTO claims (id, document, event, event_type, trigger, property,"
                      + " value, quantity_kind, quantity_value, quantity_low, quantity_high,"
                      + " quantity_estimate, value_start, value_end, value_text, sentence_start,"
                      + " sentence_end, quote, speaker, polarity, segment, extractor, version)"
                      + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Claim c : claims) {
              Quantity q = c.quantity();
              bind(
                  ps,
                  c.id(),
                  c.document(),
                  c.event(),
                  c.eventType(),
                  c.trigger(),
                  c.property().label(),
                  c.value(),
                  q == null ? null : q.kind().label(),
                  q == null ? null : q.value(),
                  q == null ? null : q.low(),
                  q == null ? null : q.high(),
                  q == null ? null : q.estimate(),
                  c.valueSpan().start(),
                  c.valueSpan().end(),
                  c.valueText(),
                  c.sentence().start(),
                  c.sentence().end(),
                  c.quote(),
                  c.speaker(),
                  c.polarity().label(),
                  c.segment().label(),
                  c.extractor(),
                  c.version());
              ps.addBatch();
            }
            ps.executeBatch();
          }
          try (PreparedStatement ps =
              connection.prepareStatement(
                  "INSERT OR IGNORE INTO mentions (document, start, \"end\", type, text, value, note)"
                      + " VALUES (?,?,?,?,?,?,?)")) {
            for (Mention m : mentions) {
              bind(
                  ps,
                  document,
                  m.span().start(),
                  m.span().end(),
                  m.type().label(),
                  m.text(),
                  m.value(),
                  m.note());
              ps.addBatch();
            }
            ps.executeBatch();
          }
          update(
              "INSERT INTO extractions (document, extractor, version, at, claims) VALUES (?,?,?,?,?)"
                  + " ON CONFLICT (document, extractor) DO UPDATE SET version = excluded.version,"
                  + " at = excluded.at, claims = excluded.claims",
              document,
              extractor,
              version,
              at.toString(),
              claims.size());
        });
  }

  /**
   * Claims, in document and sentence order; {@code document} and {@code property} filter when not
   * null.
   */
  public List<Claim> claims(String document, ClaimProperty property) throws IOException {
    List<Claim> claims = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder(
            "SELECT id, document, event, event_type, trigger, property, value, quantity_kind,"
                + " quantity_value, quantity_low, quantity_high, quantity_estimate, value_start,"
                + " value_end, value_text, sentence_start, sentence_end, quote, speaker, polarity,"
                + " segment, extractor, version FROM claims WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (document != null) {
      sql.append(" AND document = ?");
      args.add(document);
    }
    if (property != null) {
      sql.append(" AND property = ?");
      args.add(property.label());
    }
    sql.append(" ORDER BY document, sentence_start, value_start, property");
    query(
        sql.toString(),
        rs -> {
          Span valueSpan = new Span(rs.getInt(13), rs.getInt(14));
          Quantity q =
              rs.getString(8) == null
                  ? null
                  : new Quantity(
                      valueSpan,
                      rs.getString(15),
                      QuantityKind.fromLabel(rs.getString(8)),
                      longOrNull(rs, 9),
                      longOrNull(rs, 10),
                      longOrNull(rs, 11),
                      longOrNull(rs, 12));
          claims.add(
              new Claim(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  ClaimProperty.fromLabel(rs.getString(6)),
                  rs.getString(7),
                  q,
                  valueSpan,
                  rs.getString(15),
                  new Span(rs.getInt(16), rs.getInt(17)),
                  rs.getString(18),
                  rs.getString(19),
                  Polarity.fromLabel(rs.getString(20)),
                  SegmentKind.fromLabel(rs.getString(21)),
                  rs.getString(22),
                  rs.getString(23)));
        },
        args.toArray());
    return claims;
  }

  /** The mentions found in a document, in text order. */
  public List<Mention> mentions(String document) throws IOException {
    List<Mention> mentions = new ArrayList<>();
    query(
        "SELECT start, \"end\", type, text, value, note FROM mentions WHERE document = ?"
            + " ORDER BY start, \"end\", type",
        rs ->
            mentions.add(
                new Mention(
                    new Span(rs.getInt(1), rs.getInt(2)),
                    Mention.Type.fromLabel(rs.getString(3)),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6))),
        document);
    return mentions;
  }

  /** The publication date stored in three columns from {@code column}: date, origin, evidence. */
  private static Optional<PublicationDate> published(ResultSet rs, int column) throws SQLException {
    String date = rs.getString(column);
    return date == null
        ? Optional.empty()
        : Optional.of(
            new PublicationDate(
                LocalDate.parse(date),
                DateOrigin.fromLabel(rs.getString(column + 1)),
                rs.getString(column + 2)));
  }

  private static Long longOrNull(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  // ---- failures and custody

  public boolean hasFailure(String name, String sha256) throws IOException {
    return exists("SELECT 1 FROM failures WHERE name = ? AND sha256 = ?", name, sha256);
  }

  public void recordFailure(Failure f) throws IOException {
    transaction(
        () ->
            update(
                "INSERT OR IGNORE INTO failures (name, sha256, reason, advice, at, custody_seq,"
                    + " custody_hash) VALUES (?,?,?,?,?,?,?)",
                f.name(),
                f.sha256(),
                f.reason(),
                f.advice(),
                f.at().toString(),
                f.custody().seq(),
                f.custody().hash()));
  }

  public List<Failure> failures() throws IOException {
    List<Failure> failures = new ArrayList<>();
    query(
        "SELECT name, sha256, reason, advice, at, custody_seq, custody_hash FROM failures"
            + " ORDER BY at, name",
        rs ->
            failures.add(
                new Failure(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    Instant.parse(rs.getString(5)),
                    new CustodyRef(rs.getLong(6), rs.getString(7)))));
    return failures;
  }

  /** The custody line that recorded each document and failure, keyed by what it recorded. */
  public Map<String, CustodyRef> custodyRefs() throws IOException {
    Map<String, CustodyRef> refs = new LinkedHashMap<>();
    query(
        "SELECT id, custody_seq, custody_hash FROM documents ORDER BY custody_seq",
        rs ->
            refs.put(
                "document " + rs.getString(1), new CustodyRef(rs.getLong(2), rs.getString(3))));
    query(
        "SELECT name, custody_seq, custody_hash FROM failures ORDER BY custody_seq",
        rs ->
            refs.put(
                "failure of " + rs.getString(1), new CustodyRef(rs.getLong(2), rs.getString(3))));
    return refs;
  }

  @Override
  public void close() throws IOException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IOException("cannot close the case database: " + e.getMessage(), e);
    }
  }

  // ---- JDBC plumbing

  @FunctionalInterface
  private interface SqlWork {
    void run() throws SQLException;
  }

  @FunctionalInterface
  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  @FunctionalInterface
  private interface ChunkWork {
    void run(long[] chunk) throws IOException;
  }

  private void transaction(SqlWork work) throws IOException {
    try {
      work.run();
      connection.commit();
    } catch (SQLException e) {
      try {
        connection.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw new IOException("case database write failed: " + e.getMessage(), e);
    }
  }

  private void update(String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      bind(ps, args);
      ps.executeUpdate();
    }
  }

  private void query(String sql, RowReader reader, Object... args) throws IOException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          reader.read(rs);
        }
      }
    } catch (SQLException e) {
      throw new IOException("case database read failed: " + e.getMessage(), e);
    }
  }

  private boolean exists(String sql, Object... args) throws IOException {
    boolean[] found = {false};
    query(sql, rs -> found[0] = true, args);
    return found[0];
  }

  private static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
  }

  private static void forEachChunk(long[] values, ChunkWork work) throws IOException {
    for (int from = 0; from < values.length; from += 500) {
      long[] chunk = new long[Math.min(500, values.length - from)];
      System.arraycopy(values, from, chunk, 0, chunk.length);
      work.run(chunk);
    }
  }

  private static String marks(int n) {
    return String.join(",", Collections.nCopies(n, "?"));
  }

  private static Object[] boxed(long[] values) {
    Object[] boxed = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    return boxed;
  }

  private static long[] distinct(long[] values) {
    return Arrays.stream(values).distinct().toArray();
  }

  private static byte[] toBytes(long[] values) {
    ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES);
    for (long v : values) {
      buffer.putLong(v);
    }
    return buffer.array();
  }

  private static long[] fromBytes(byte[] bytes) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    long[] values = new long[bytes.length / Long.BYTES];
    for (int i = 0; i < values.length; i++) {
      values[i] = buffer.getLong();
    }
    return values;
  }
}
