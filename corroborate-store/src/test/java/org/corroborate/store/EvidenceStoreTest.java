package org.corroborate.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceStoreTest {

  /** SHA-256 of the three bytes "abc", from FIPS 180-2, appendix B.1. */
  private static final String ABC =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @TempDir Path temp;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(temp.resolve(name), content, UTF_8);
  }

  private EvidenceStore store() throws IOException {
    return new EvidenceStore(temp.resolve("case/evidence"));
  }

  @Test
  void the_store_creates_its_folder() throws IOException {
    store();

    assertThat(temp.resolve("case/evidence")).isDirectory();
  }

  @Test
  void preserving_stores_the_bytes_once_under_their_sha256() throws IOException {
    EvidenceStore store = store();

    EvidenceStore.Preserved preserved = store.preserve(write("report.txt", "abc"));

    assertThat(preserved.sha256()).isEqualTo(ABC);
    assertThat(preserved.size()).isEqualTo(3);
    assertThat(preserved.alreadyPresent()).isFalse();
    assertThat(preserved.path())
        .isEqualTo(temp.resolve("case/evidence/ba/" + ABC))
        .hasContent("abc");
    assertThat(store.path(ABC)).isEqualTo(preserved.path());
    assertThat(store.contains(ABC)).isTrue();
    assertThat(store.ids()).containsExactly(ABC);
    assertThat(store.check(ABC)).isEmpty();
  }

  @Test
  void the_same_bytes_under_another_name_are_already_present_and_nothing_is_written()
      throws IOException {
    EvidenceStore store = store();
    EvidenceStore.Preserved first = store.preserve(write("a.txt", "abc"));
    long modified = Files.getLastModifiedTime(first.path()).toMillis();

    EvidenceStore.Preserved second = store.preserve(write("copy-of-a.txt", "abc"));

    assertThat(second.alreadyPresent()).isTrue();
    assertThat(second.sha256()).isEqualTo(first.sha256());
    assertThat(second.path()).isEqualTo(first.path());
    assertThat(Files.getLastModifiedTime(first.path()).toMillis()).isEqualTo(modified);
    assertThat(store.ids()).containsExactly(ABC);
    try (var entries = Files.list(temp.resolve("case/evidence"))) {
      assertThat(entries).as("no temporary file is left").containsExactly(first.path().getParent());
    }
  }

  @Test
  void a_preserved_original_is_read_only_where_posix_permissions_exist() throws IOException {
    EvidenceStore store = store();
    assumeTrue(
        Files.getFileAttributeView(temp, PosixFileAttributeView.class) != null,
        "this file system has no POSIX permissions");

    Path preserved = store.preserve(write("a.txt", "abc")).path();

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(preserved)))
        .isEqualTo("r--r--r--");
  }

  @Test
  void a_50_mb_file_is_hashed_and_copied_whole() throws Exception {
    Path big = temp.resolve("video.bin");
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    Random random = new Random(50);
    byte[] block = new byte[1 << 20];
    try (OutputStream out = Files.newOutputStream(big, StandardOpenOption.CREATE_NEW)) {
      for (int i = 0; i < 50; i++) {
        random.nextBytes(block);
        digest.update(block);
        out.write(block);
      }
    }
    String expected = HexFormat.of().formatHex(digest.digest());

    EvidenceStore.Preserved preserved = store().preserve(big);

    assertThat(EvidenceStore.sha256(big)).isEqualTo(expected);
    assertThat(preserved.sha256()).isEqualTo(expected);
    assertThat(preserved.size()).isEqualTo(50L << 20);
    assertThat(Files.size(preserved.path())).isEqualTo(50L << 20);
    assertThat(EvidenceStore.sha256(preserved.path())).isEqualTo(expected);
  }

  @Test
  void an_empty_file_is_evidence_too() throws IOException {
    EvidenceStore.Preserved preserved = store().preserve(write("empty.txt", ""));

    assertThat(preserved.sha256())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(preserved.size()).isZero();
  }

  @Test
  void altering_a_preserved_original_is_reported_with_its_new_hash() throws IOException {
    EvidenceStore store = store();
    Path preserved = store.preserve(write("a.txt", "abc")).path();
    // tests may run as root, which writes through any permission: make it writable to be sure
    preserved.toFile().setWritable(true);
    Files.writeString(preserved, "abd", UTF_8);

    assertThat(store.check(ABC))
        .hasValue(
            "evidence/ba/"
                + ABC
                + " now hashes to "
                + EvidenceStore.sha256(preserved)
                + ": the preserved original was altered");
  }

  @Test
  void deleting_a_preserved_original_is_reported_as_missing() throws IOException {
    EvidenceStore store = store();
    Path preserved = store.preserve(write("a.txt", "abc")).path();
    Files.delete(preserved);

    assertThat(store.check(ABC)).hasValue("evidence/ba/" + ABC + " is missing");
    assertThat(store.contains(ABC)).isFalse();
    assertThat(store.ids()).isEmpty();
  }

  @Test
  void stale_temp_files_are_never_listed_as_evidence_and_are_cleaned() throws IOException {
    EvidenceStore store = store();
    store.preserve(write("a.txt", "abc"));
    Path evidence = temp.resolve("case/evidence");
    Path stale = Files.writeString(evidence.resolve(EvidenceStore.TEMP_PREFIX + "123.tmp"), "ab");
    Files.writeString(evidence.resolve("ba/not-a-hash"), "stray");

    assertThat(store.ids()).containsExactly(ABC);
    assertThat(store.cleanStaleTemps()).containsExactly(stale);
    assertThat(stale).doesNotExist();
    assertThat(store.ids()).containsExactly(ABC);
  }

  @Test
  void ids_are_every_preserved_hash_in_order() throws IOException {
    EvidenceStore store = store();
    for (int i = 0; i < 20; i++) {
      store.preserve(write(i + ".txt", "document " + i));
    }

    assertThat(store.ids()).hasSize(20).isSorted();
  }

  @Test
  void a_sha_that_is_not_lower_case_hex_is_refused() throws IOException {
    EvidenceStore store = store();

    assertThatThrownBy(() -> store.path(ABC.toUpperCase(Locale.ROOT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lower-case hex SHA-256");
    assertThatThrownBy(() -> store.check("ab12"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ab12");
  }
}
