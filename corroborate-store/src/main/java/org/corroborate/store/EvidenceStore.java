package org.corroborate.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.model.Document;

/**
 * Preserved originals, each stored once under the SHA-256 of its bytes as {@code <dir>/<first two
 * hex digits>/<64 hex digits>}, read-only, and never modified. See the package documentation for
 * the folder's contract.
 *
 * <p>Safe for concurrent {@link #preserve} calls within a process; across processes the caller must
 * hold the case's file lock.
 */
public final class EvidenceStore {

  /** The name prefix of the temporary files {@link #preserve} writes before moving them. */
  static final String TEMP_PREFIX = ".tmp-";

  private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern SUBFOLDER = Pattern.compile("[0-9a-f]{2}");
  private static final int BUFFER = 1 << 16;
  private static final Set<PosixFilePermission> READ_ONLY =
      PosixFilePermissions.fromString("r--r--r--");

  /**
   * The outcome of preserving one file.
   *
   * @param sha256 the SHA-256 of its bytes, lower-case hex
   * @param size its length in bytes
   * @param alreadyPresent whether the same bytes were preserved before, in which case nothing was
   *     written
   * @param path where the preserved original is
   */
  public record Preserved(String sha256, long size, boolean alreadyPresent, Path path) {

    public Preserved {
      Document.requireSha256(sha256);
      if (size < 0) {
        throw new IllegalArgumentException("size must be non-negative; got " + size);
      }
      Objects.requireNonNull(path, "path");
    }
  }

  private final Path dir;
  private final boolean posix;

  /** A store in {@code dir}, which is created if missing. */
  public EvidenceStore(Path dir) throws IOException {
    this.dir = Files.createDirectories(dir);
    this.posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
  }

  /**
   * Copies {@code source} into the store, streaming: to a temporary file in the store's folder
   * while hashing, forced to the device, made read-only, then moved atomically under its hash. If
   * those bytes are already preserved, the temporary file is deleted and nothing is written.
   */
  public Preserved preserve(Path source) throws IOException {
    Path temp = Files.createTempFile(dir, TEMP_PREFIX, null);
    try {
      MessageDigest digest = Sha256.digest();
      long size = 0;
      try (InputStream in = Files.newInputStream(source);
          FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        byte[] buffer = new byte[BUFFER];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
          digest.update(buffer, 0, read);
          ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, read);
          while (bytes.hasRemaining()) {
            out.write(bytes);
          }
          size += read;
        }
        out.force(true);
      }
      if (posix) {
        // read-only before the move, so that the original never appears writable
        Files.setPosixFilePermissions(temp, READ_ONLY);
      }
      return settle(temp, Sha256.hex(digest), size);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private synchronized Preserved settle(Path temp, String sha, long size) throws IOException {
    Path target = path(sha);
    if (Files.exists(target)) {
      return new Preserved(sha, size, true, target);
    }
    Files.createDirectories(target.getParent());
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    if (posix) {
      // the rename is durable only once the folders that record it are
      forceDirectory(target.getParent());
      forceDirectory(dir);
    } else if (!target.toFile().setReadOnly()) {
      throw new IOException("could not make " + target + " read-only");
    }
    return new Preserved(sha, size, false, target);
  }

  private static void forceDirectory(Path directory) throws IOException {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }

  /**
   * Deletes the temporary files that a crash during {@link #preserve} left behind. Call it while
   * holding the case lock, when no preserve is running; they are never taken for evidence anyway.
   *
   * @return the files deleted
   */
  public List<Path> cleanStaleTemps() throws IOException {
    List<Path> deleted = new ArrayList<>();
    try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, TEMP_PREFIX + "*")) {
      for (Path temp : temps) {
        if (Files.isRegularFile(temp) && Files.deleteIfExists(temp)) {
          deleted.add(temp);
        }
      }
    }
    deleted.sort(null);
    return List.copyOf(deleted);
  }

  /** The lower-case hex SHA-256 of a file's bytes, read streaming. */
  public static String sha256(Path file) throws IOException {
    MessageDigest digest = Sha256.digest();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[BUFFER];
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        digest.update(buffer, 0, read);
      }
    }
    return Sha256.hex(digest);
  }

  /** Where the original with this SHA-256 is, or would be, preserved. */
  public Path path(String sha) {
    Document.requireSha256(sha);
    return dir.resolve(sha.substring(0, 2)).resolve(sha);
  }

  public boolean contains(String sha) {
    return Files.isRegularFile(path(sha));
  }

  /** The SHA-256 of every preserved original, sorted; temporary and stray files are not listed. */
  public List<String> ids() throws IOException {
    List<String> ids = new ArrayList<>();
    try (DirectoryStream<Path> subfolders = Files.newDirectoryStream(dir)) {
      for (Path subfolder : subfolders) {
        String prefix = subfolder.getFileName().toString();
        if (!SUBFOLDER.matcher(prefix).matches() || !Files.isDirectory(subfolder)) {
          continue;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(subfolder)) {
          for (Path file : files) {
            String name = file.getFileName().toString();
            if (HEX_SHA256.matcher(name).matches()
                && name.startsWith(prefix)
                && Files.isRegularFile(file)) {
              ids.add(name);
            }
          }
        }
      }
    }
    ids.sort(null);
    return List.copyOf(ids);
  }

  /**
   * Re-hashes the preserved original.
   *
   * @return empty when it still hashes to its name; otherwise what is wrong, e.g. {@code
   *     evidence/ab/ab12… is missing}
   */
  public Optional<String> check(String sha) throws IOException {
    Path file = path(sha);
    String name = dir.getFileName() + "/" + sha.substring(0, 2) + "/" + sha;
    if (!Files.exists(file)) {
      return Optional.of(name + " is missing");
    }
    if (!Files.isRegularFile(file)) {
      return Optional.of(name + " is not a regular file");
    }
    String actual = sha256(file);
    if (!actual.equals(sha)) {
      return Optional.of(
          name + " now hashes to " + actual + ": the preserved original was altered");
    }
    return Optional.empty();
  }
}
