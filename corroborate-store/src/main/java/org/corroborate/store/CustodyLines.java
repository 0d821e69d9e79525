package org.corroborate.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a custody log one line at a time, reusing one buffer, so that a log of millions of lines is
 * read in constant memory. A line is the bytes up to a {@code '\n'}, which is not part of it; the
 * last line may lack one, when a write was torn.
 */
final class CustodyLines implements Closeable {

  private final InputStream in;
  private final byte[] chunk = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] line = new byte[1024];
  private int length;
  private boolean terminated;
  private long number;

  CustodyLines(Path file) throws IOException {
    this.in = Files.newInputStream(file);
  }

  /** Moves to the next line; false at the end of the file. */
  boolean next() throws IOException {
    length = 0;
    while (true) {
      if (position == limit) {
        int read = in.read(chunk);
        position = 0;
        limit = Math.max(read, 0);
        if (read < 0) {
          terminated = false;
          if (length == 0) {
            return false;
          }
          number++;
          return true;
        }
      }
      int start = position;
      while (position < limit && chunk[position] != '\n') {
        position++;
      }
      append(start, position - start);
      if (position < limit) {
        position++;
        terminated = true;
        number++;
        return true;
      }
    }
  }

  /** The current line's bytes, valid up to {@link #length()} and until the next call to next. */
  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  /** Whether the current line ended with {@code '\n'}; only a torn last line does not. */
  boolean terminated() {
    return terminated;
  }

  /** The current line's number, from 1. */
  long number() {
    return number;
  }

  String hash() {
    return Sha256.of(line, length);
  }

  private void append(int start, int count) {
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
    }
    System.arraycopy(chunk, start, line, length, count);
    length += count;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
