package org.corroborate.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A case: a folder holding {@code .corroborate/} with the case database, the preserved originals
 * and the custody log. Like a git repository, a case is found from any folder inside it.
 */
public final class CaseFolder {

  /** The name of the folder that marks a case. */
  public static final String MARKER = ".corroborate";

  private final Path root;

  private CaseFolder(Path root) {
    this.root = root;
  }

  /**
   * Creates the case folder's layout under {@code dir} (which is created if missing) and returns
   * it; an existing case is returned unchanged.
   */
  public static CaseFolder create(Path dir) throws IOException {
    CaseFolder folder = new CaseFolder(dir.toAbsolutePath().normalize());
    Files.createDirectories(folder.evidence());
    return folder;
  }

  /** Whether {@code dir} already holds a case. */
  public static boolean isCase(Path dir) {
    return Files.isRegularFile(dir.resolve(MARKER).resolve("case.db"));
  }

  /** The case at {@code dir} or the nearest folder above it, if any. */
  public static Optional<CaseFolder> find(Path dir) {
    for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      if (isCase(p)) {
        return Optional.of(new CaseFolder(p));
      }
    }
    return Optional.empty();
  }

  /** The folder the case lives in (the one holding {@code .corroborate/}). */
  public Path root() {
    return root;
  }

  public Path meta() {
    return root.resolve(MARKER);
  }

  public Path database() {
    return meta().resolve("case.db");
  }

  public Path evidence() {
    return meta().resolve("evidence");
  }

  public Path custodyLog() {
    return meta().resolve("custody.log");
  }

  /**
   * Takes the case's write lock, so that two commands never interleave their writes; the operating
   * system releases it when the process ends, however it ends.
   *
   * @throws CaseBusyException when another process holds it
   */
  public WriteLock lockForWriting() throws IOException {
    FileChannel channel =
        FileChannel.open(
            meta().resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        throw new CaseBusyException(root);
      }
      return new WriteLock(channel, lock);
    } catch (OverlappingFileLockException e) {
      channel.close();
      throw new CaseBusyException(root);
    }
  }

  /** The held write lock; closing it releases the case. */
  public static final class WriteLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private WriteLock(FileChannel channel, FileLock lock) {
      this.channel = channel;
      this.lock = lock;
    }

    @Override
    public void close() throws IOException {
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }

  /** Another process is writing to the case. */
  public static final class CaseBusyException extends IOException {
    private static final long serialVersionUID = 1L;

    CaseBusyException(Path root) {
      super(
          "another corroborate command is writing to the case at "
              + root
              + "; wait for it to finish and run this command again");
    }
  }
}
