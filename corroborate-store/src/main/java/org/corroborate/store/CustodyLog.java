package org.corroborate.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The case's chain of custody: an append-only file of JSON lines, each naming the hash of the line
 * before it, so that altering, removing or moving any line but the last breaks the chain where it
 * happened. See the package documentation for the line format.
 *
 * <p>Appends are serialized within this process; across processes the caller must hold the case's
 * file lock for as long as the log is open. The log is read once, at its tail, when opened; an
 * append refuses to run if the file has since changed size under it.
 */
public final class CustodyLog implements Closeable {

  /** The {@code prev} of the first line: 64 zeros. */
  public static final String FIRST_PREV = "0".repeat(64);

  /** The action of the entry that follows a torn line. */
  public static final String LOG_REPAIR = "log-repair";

  /** The actor of a {@link #LOG_REPAIR} entry: the program, which repairs on its own. */
  public static final String REPAIR_ACTOR = "corroborate";

  /** The detail of a {@link #LOG_REPAIR} entry naming the torn line's number. */
  public static final String TORN_LINE = "torn_line";

  private static final int TAIL_CHUNK = 8192;

  private final Path file;
  private final FileChannel channel;
  private final Clock clock;
  private final CustodyJson json = new CustodyJson();
  private long size;
  private long lastSeq;
  private String lastHash;
  private boolean broken;

  private CustodyLog(Path file, FileChannel channel, Clock clock, long size) {
    this.file = file;
    this.channel = channel;
    this.clock = clock;
    this.size = size;
  }

  /**
   * Opens the log, creating it if missing, and reads its last line to continue the chain. If the
   * last line is torn (no newline at the end of the file, as after a power cut mid-write) or is not
   * an entry, nothing is rewritten: a newline is appended if missing, then a {@link #LOG_REPAIR}
   * entry whose {@code prev} is the hash of the torn line and whose {@link #TORN_LINE} detail is
   * its line number.
   */
  public static CustodyLog open(Path file, Clock clock) throws IOException {
    Objects.requireNonNull(clock, "clock");
    FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    try {
      CustodyLog log = new CustodyLog(file, channel, clock, channel.size());
      log.readTail();
      return log;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private void readTail() throws IOException {
    lastSeq = 0;
    lastHash = FIRST_PREV;
    if (size == 0) {
      return;
    }
    try (FileChannel reader = FileChannel.open(file, StandardOpenOption.READ)) {
      boolean terminated = readByte(reader, size - 1) == '\n';
      long end = terminated ? size - 1 : size;
      long start = lineStart(reader, end);
      byte[] last = readRange(reader, start, end);
      lastHash = Sha256.of(last, last.length);
      CustodyEntry entry = parse(last);
      if (entry != null && terminated) {
        lastSeq = entry.seq();
        return;
      }
      lastSeq = entry != null ? entry.seq() : lastSeqBefore(reader, start);
      long tornLine = countNewlines(reader, start) + 1;
      if (!terminated) {
        write(new byte[] {'\n'});
      }
      append(REPAIR_ACTOR, LOG_REPAIR, null, Map.of(TORN_LINE, Long.toString(tornLine)));
    }
  }

  /**
   * Appends one entry: the whole line, newline included, in one write, then forced to the device.
   *
   * @param document the SHA-256 of the document concerned, or null
   * @return the entry as written, with the hash of its line, which the caller should record to
   *     detect later truncation (see {@link CustodyCheck})
   * @throws IllegalArgumentException when a field is invalid; nothing is written then
   * @throws IllegalStateException when the file changed under this log, or an earlier append failed
   *     part-way; reopen the log
   */
  public synchronized CustodyEntry append(
      String actor, String action, String document, Map<String, String> details)
      throws IOException {
    if (broken) {
      throw new IllegalStateException(
          "an earlier append to " + file + " failed part-way; reopen the log to repair it");
    }
    Objects.requireNonNull(details, "details");
    long seq = lastSeq + 1;
    Instant time = clock.instant();
    byte[] line = json.write(seq, time, actor, action, document, details, lastHash);
    CustodyEntry entry =
        new CustodyEntry(
            seq, time, actor, action, document, details, lastHash, Sha256.of(line, line.length));
    byte[] terminated = new byte[line.length + 1];
    System.arraycopy(line, 0, terminated, 0, line.length);
    terminated[line.length] = '\n';
    write(terminated);
    lastSeq = seq;
    lastHash = entry.hash();
    return entry;
  }

  private void write(byte[] bytes) throws IOException {
    long actual = channel.size();
    if (actual != size) {
      throw new IllegalStateException(
          file
              + " is "
              + actual
              + " bytes, but this log wrote it to "
              + size
              + ": another process wrote it without holding the case lock; reopen the log");
    }
    broken = true;
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    channel.force(false);
    size += bytes.length;
    broken = false;
  }

  @Override
  public synchronized void close() throws IOException {
    channel.close();
  }

  /**
   * Reads the whole log, streaming, and checks the chain. Each problem names its line: a line that
   * is not an entry (unless it is a torn line directly followed by its {@link #LOG_REPAIR} entry),
   * a {@code prev} that does not match the previous line's hash, a seq out of order, a last line
   * without a newline. Lines cut off the end leave no trace in the chain; compare {@link
   * CustodyCheck#hashes()} with the {@code (seq, hash)} recorded at append time to catch them.
   */
  public static CustodyCheck verify(Path file) throws IOException {
    CustodyJson json = new CustodyJson();
    List<String> problems = new ArrayList<>();
    Map<Long, String> hashes = new HashMap<>();
    long expectedSeq = 1;
    String previousHash = FIRST_PREV;
    long unreadLine = 0;
    String unreadHash = null;
    String unreadReason = null;
    long lines = 0;
    try (CustodyLines reader = new CustodyLines(file)) {
      while (reader.next()) {
        long number = reader.number();
        lines = number;
        String hash = reader.hash();
        CustodyEntry entry;
        String reason = null;
        try {
          entry = json.read(reader.bytes(), reader.length(), hash);
        } catch (CustodyJson.MalformedLine e) {
          entry = null;
          reason = e.getMessage();
        }
        if (!reader.terminated()) {
          problems.add(
              "line "
                  + number
                  + " does not end with a newline: a write was torn and the log not yet repaired"
                  + " (opening it repairs it)");
          if (entry == null) {
            break;
          }
        }
        if (unreadReason != null) {
          boolean repaired =
              entry != null
                  && LOG_REPAIR.equals(entry.action())
                  && entry.prev().equals(unreadHash)
                  && Long.toString(unreadLine).equals(entry.details().get(TORN_LINE));
          if (!repaired) {
            problems.add("line " + unreadLine + " " + unreadReason);
            // most likely an entry damaged in place: count its seq, so the next line is not blamed
            expectedSeq++;
          }
          unreadReason = null;
        }
        if (entry == null) {
          unreadLine = number;
          unreadHash = hash;
          unreadReason = reason;
          previousHash = hash;
          continue;
        }
        if (!entry.prev().equals(previousHash)) {
          problems.add(
              number == 1
                  ? "line 1: prev is not " + FIRST_PREV + ": lines were deleted before it"
                  : "line "
                      + number
                      + ": prev does not match line "
                      + (number - 1)
                      + ": line "
                      + (number - 1)
                      + " was altered, or a line was deleted or moved between them");
        }
        if (entry.seq() != expectedSeq) {
          problems.add(
              "line "
                  + number
                  + " has seq "
                  + entry.seq()
                  + ", expected "
                  + expectedSeq
                  + ": lines were deleted or reordered");
        }
        if (LOG_REPAIR.equals(entry.action())
            && !Long.toString(number - 1).equals(entry.details().get(TORN_LINE))) {
          problems.add(
              "line "
                  + number
                  + ": log-repair names torn line "
                  + entry.details().get(TORN_LINE)
                  + ", but the line before it is "
                  + (number - 1));
        }
        expectedSeq = entry.seq() + 1;
        hashes.putIfAbsent(entry.seq(), hash);
        previousHash = hash;
      }
    }
    if (unreadReason != null) {
      problems.add("line " + unreadLine + " " + unreadReason);
    }
    return new CustodyCheck(lines, problems, hashes);
  }

  /**
   * The log's entries in order, read lazily; close the stream. Lines that are not entries (torn
   * lines) are skipped: {@link #verify} reports on them.
   */
  public static Stream<CustodyEntry> entries(Path file) throws IOException {
    CustodyJson json = new CustodyJson();
    CustodyLines reader = new CustodyLines(file);
    Spliterator<CustodyEntry> spliterator =
        new Spliterators.AbstractSpliterator<>(
            Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          @Override
          public boolean tryAdvance(Consumer<? super CustodyEntry> action) {
            try {
              while (reader.next()) {
                try {
                  action.accept(json.read(reader.bytes(), reader.length(), reader.hash()));
                  return true;
                } catch (CustodyJson.MalformedLine e) {
                  // a torn line; verify reports it
                }
              }
              return false;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        };
    return StreamSupport.stream(spliterator, false)
        .onClose(
            () -> {
              try {
                reader.close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private CustodyEntry parse(byte[] line) {
    try {
      return json.read(line, line.length, Sha256.of(line, line.length));
    } catch (CustodyJson.MalformedLine e) {
      return null;
    }
  }

  /** The seq of the last line before {@code end} that is an entry, or 0 when none is. */
  private long lastSeqBefore(FileChannel reader, long end) throws IOException {
    long lineEnd = end - 1;
    while (lineEnd >= 0) {
      long start = lineStart(reader, lineEnd);
      CustodyEntry entry = parse(readRange(reader, start, lineEnd));
      if (entry != null) {
        return entry.seq();
      }
      lineEnd = start - 1;
    }
    return 0;
  }

  /** Where the line ending just before {@code end} begins: after the previous newline, or at 0. */
  private static long lineStart(FileChannel reader, long end) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(TAIL_CHUNK);
    long position = end;
    while (position > 0) {
      int count = (int) Math.min(TAIL_CHUNK, position);
      position -= count;
      buffer.clear().limit(count);
      readFully(reader, buffer, position);
      for (int i = count - 1; i >= 0; i--) {
        if (buffer.get(i) == '\n') {
          return position + i + 1;
        }
      }
    }
    return 0;
  }

  private static long countNewlines(FileChannel reader, long end) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    long count = 0;
    for (long position = 0; position < end; ) {
      int length = (int) Math.min(buffer.capacity(), end - position);
      buffer.clear().limit(length);
      readFully(reader, buffer, position);
      for (int i = 0; i < length; i++) {
        if (buffer.get(i) == '\n') {
          count++;
        }
      }
      position += length;
    }
    return count;
  }

  private static byte readByte(FileChannel reader, long position) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(1);
    readFully(reader, buffer, position);
    return buffer.get(0);
  }

  private static byte[] readRange(FileChannel reader, long start, long end) throws IOException {
    if (end - start > Integer.MAX_VALUE - 8) {
      throw new IOException(
          "a line of the custody log is " + (end - start) + " bytes long, too long to be an entry");
    }
    ByteBuffer buffer = ByteBuffer.allocate((int) (end - start));
    readFully(reader, buffer, start);
    return buffer.array();
  }

  private static void readFully(FileChannel reader, ByteBuffer buffer, long position)
      throws IOException {
    long at = position;
    while (buffer.hasRemaining()) {
      int read = reader.read(buffer, at);
      if (read < 0) {
        throw new IOException("the custody log ended while being read at byte " + at);
      }
      at += read;
    }
  }
}
