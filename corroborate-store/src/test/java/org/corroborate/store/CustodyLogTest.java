package org.corroborate.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustodyLogTest {

  private static final String DOC =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T09:30:00Z"), ZoneOffset.UTC);

  @TempDir Path temp;

  private Path log() {
    return temp.resolve("custody.log");
  }

  /** A log of {@code n} entries; returns what append returned for each. */
  private List<CustodyEntry> logOf(int n) throws IOException {
    List<CustodyEntry> entries = new ArrayList<>();
    try (CustodyLog log = CustodyLog.open(log(), clock)) {
      entries.add(log.append("amira", "init", null, Map.of()));
      for (int i = 2; i <= n; i++) {
        entries.add(log.append("amira", "ingest", DOC, Map.of("name", "reports/" + i + ".html")));
      }
    }
    return entries;
  }

  private List<String> lines() throws IOException {
    return Files.readAllLines(log(), UTF_8);
  }

  private void rewrite(List<String> lines) throws IOException {
    Files.writeString(log(), String.join("\n", lines) + "\n", UTF_8);
  }

  private static String sha256(String line) {
    byte[] bytes = line.getBytes(UTF_8);
    return Sha256.of(bytes, bytes.length);
  }

  @Test
  void each_line_is_one_json_object_with_its_fields_in_a_fixed_order() throws IOException {
    try (CustodyLog log = CustodyLog.open(log(), clock)) {
      log.append("amira", "init", null, Map.of());
      log.append("amira", "ingest", DOC, Map.of("name", "بيان.pdf", "from", "a \"quoted\"\nline"));
    }

    List<String> lines = lines();
    assertThat(lines.get(0))
        .isEqualTo(
            "{\"seq\":1,\"time\":\"2025-03-01T09:30:00Z\",\"actor\":\"amira\",\"action\":\"init\","
                + "\"document\":null,\"details\":{},\"prev\":\""
                + "0".repeat(64)
                + "\"}");
    assertThat(lines.get(1))
        .isEqualTo(
            "{\"seq\":2,\"time\":\"2025-03-01T09:30:00Z\",\"actor\":\"amira\",\"action\":\"ingest\","
                + "\"document\":\""
                + DOC
                + "\",\"details\":{\"from\":\"a \\\"quoted\\\"\\nline\",\"name\":\"بيان.pdf\"},"
                + "\"prev\":\""
                + sha256(lines.get(0))
                + "\"}");
    assertThat(Files.readString(log(), UTF_8)).endsWith("}\n");
  }

  @Test
  void append_returns_the_entry_with_the_hash_of_its_line() throws IOException {
    List<CustodyEntry> entries = logOf(2);

    assertThat(entries.get(1).seq()).isEqualTo(2);
    assertThat(entries.get(1).hash()).isEqualTo(sha256(lines().get(1)));
    assertThat(entries.get(1).prev()).isEqualTo(entries.get(0).hash());
    assertThat(entries.get(1).time()).isEqualTo(clock.instant());
  }

  @Test
  void a_fresh_log_verifies() throws IOException {
    List<CustodyEntry> entries = logOf(10);

    CustodyCheck check = CustodyLog.verify(log());

    assertThat(check.problems()).isEmpty();
    assertThat(check.ok()).isTrue();
    assertThat(check.lines()).isEqualTo(10);
    for (CustodyEntry entry : entries) {
      assertThat(check.stands(entry.seq(), entry.hash())).isTrue();
    }
  }

  @Test
  void an_empty_log_verifies() throws IOException {
    CustodyLog.open(log(), clock).close();

    assertThat(log()).exists().isEmptyFile();
    assertThat(CustodyLog.verify(log()).ok()).isTrue();
  }

  @Test
  void reopening_a_log_continues_its_chain() throws IOException {
    logOf(3);
    CustodyEntry fourth;
    try (CustodyLog log = CustodyLog.open(log(), clock)) {
      fourth = log.append("karim", "ingest", DOC, Map.of());
    }

    assertThat(fourth.seq()).isEqualTo(4);
    assertThat(fourth.prev()).isEqualTo(sha256(lines().get(2)));
    assertThat(CustodyLog.verify(log()).ok()).isTrue();
  }

  @Test
  void entries_reads_back_what_was_appended() throws IOException {
    List<CustodyEntry> appended = logOf(5);

    try (Stream<CustodyEntry> entries = CustodyLog.entries(log())) {
      assertThat(entries).containsExactlyElementsOf(appended);
    }
  }

  @Test
  void editing_one_character_of_a_middle_line_is_caught_naming_that_line() throws IOException {
    logOf(10);
    List<String> lines = new ArrayList<>(lines());
    lines.set(5, lines.get(5).replace("reports/6.html", "reports/7.html"));
    rewrite(lines);

    assertThat(CustodyLog.verify(log()).problems())
        .containsExactly(
            "line 7: prev does not match line 6: line 6 was altered, or a line was deleted or"
                + " moved between them");
  }

  @Test
  void a_middle_line_made_unreadable_is_caught() throws IOException {
    logOf(5);
    List<String> lines = new ArrayList<>(lines());
    lines.set(2, lines.get(2).substring(1));
    rewrite(lines);

    assertThat(CustodyLog.verify(log()).problems())
        .hasSize(2)
        .anySatisfy(problem -> assertThat(problem).startsWith("line 3 is not valid JSON"))
        .anySatisfy(problem -> assertThat(problem).startsWith("line 4: prev does not match"));
  }

  @Test
  void deleting_a_middle_line_is_caught() throws IOException {
    logOf(10);
    List<String> lines = new ArrayList<>(lines());
    lines.remove(8);
    rewrite(lines);

    assertThat(CustodyLog.verify(log()).problems())
        .containsExactly(
            "line 9: prev does not match line 8: line 8 was altered, or a line was deleted or"
                + " moved between them",
            "line 9 has seq 10, expected 9: lines were deleted or reordered");
  }

  @Test
  void deleting_the_first_line_is_caught() throws IOException {
    logOf(3);
    List<String> lines = new ArrayList<>(lines());
    lines.remove(0);
    rewrite(lines);

    assertThat(CustodyLog.verify(log()).problems())
        .contains("line 1 has seq 2, expected 1: lines were deleted or reordered")
        .anySatisfy(problem -> assertThat(problem).startsWith("line 1: prev is not 000"));
  }

  @Test
  void swapping_two_lines_is_caught() throws IOException {
    logOf(10);
    List<String> lines = new ArrayList<>(lines());
    String fourth = lines.get(3);
    lines.set(3, lines.get(4));
    lines.set(4, fourth);
    rewrite(lines);

    assertThat(CustodyLog.verify(log()).problems())
        .contains(
            "line 4 has seq 5, expected 4: lines were deleted or reordered",
            "line 5 has seq 4, expected 6: lines were deleted or reordered")
        .anySatisfy(problem -> assertThat(problem).startsWith("line 4: prev does not match"));
  }

  @Test
  void deleting_the_last_line_is_caught_by_the_hash_the_caller_recorded() throws IOException {
    List<CustodyEntry> entries = logOf(10);
    CustodyEntry last = entries.get(9);
    rewrite(lines().subList(0, 9));

    CustodyCheck check = CustodyLog.verify(log());

    assertThat(check.ok()).as("the chain alone cannot show a cut end").isTrue();
    assertThat(check.stands(last.seq(), last.hash())).isFalse();
    assertThat(check.hashes()).doesNotContainKey(10L).hasSize(9);
  }

  @Test
  void a_torn_last_line_is_repaired_on_open_without_rewriting_anything() throws IOException {
    logOf(3);
    String torn = "{\"seq\":4,\"time\":\"2025-03-01T09:3";
    Files.writeString(log(), torn, UTF_8, StandardOpenOption.APPEND);
    byte[] before = Files.readAllBytes(log());
    assertThat(CustodyLog.verify(log()).problems())
        .containsExactly(
            "line 4 does not end with a newline: a write was torn and the log not yet repaired"
                + " (opening it repairs it)");

    CustodyEntry next;
    try (CustodyLog log = CustodyLog.open(log(), clock)) {
      next = log.append("amira", "ingest", DOC, Map.of());
    }

    byte[] after = Files.readAllBytes(log());
    assertThat(Arrays.copyOf(after, before.length)).isEqualTo(before);
    List<String> lines = lines();
    assertThat(lines).hasSize(6);
    assertThat(lines.get(3)).isEqualTo(torn);
    try (Stream<CustodyEntry> entries = CustodyLog.entries(log())) {
      CustodyEntry repair = entries.filter(e -> e.seq() == 4).findFirst().orElseThrow();
      assertThat(repair.action()).isEqualTo("log-repair");
      assertThat(repair.actor()).isEqualTo(CustodyLog.REPAIR_ACTOR);
      assertThat(repair.details()).containsExactly(Map.entry("torn_line", "4"));
      assertThat(repair.prev()).isEqualTo(sha256(torn));
      assertThat(repair.document()).isNull();
    }
    assertThat(next.seq()).isEqualTo(5);
    CustodyCheck check = CustodyLog.verify(log());
    assertThat(check.problems()).isEmpty();
    assertThat(check.lines()).isEqualTo(6);
  }

  @Test
  void a_log_torn_in_its_first_line_is_repaired_on_open() throws IOException {
    Files.writeString(log(), "{\"seq\":1,\"ti", UTF_8);

    CustodyLog.open(log(), clock).close();

    assertThat(CustodyLog.verify(log()).problems()).isEmpty();
    try (Stream<CustodyEntry> entries = CustodyLog.entries(log())) {
      assertThat(entries)
          .singleElement()
          .satisfies(e -> assertThat(e.seq()).isEqualTo(1))
          .satisfies(e -> assertThat(e.details()).containsEntry("torn_line", "1"));
    }
  }

  @Test
  void a_torn_line_whose_newline_was_written_but_not_its_repair_is_repaired_on_open()
      throws IOException {
    logOf(2);
    Files.writeString(log(), "{\"seq\":3,\"ti\n", UTF_8, StandardOpenOption.APPEND);

    try (CustodyLog log = CustodyLog.open(log(), clock)) {
      assertThat(log.append("amira", "ingest", DOC, Map.of()).seq()).isEqualTo(4);
    }

    assertThat(CustodyLog.verify(log()).problems()).isEmpty();
  }

  @Test
  void a_log_cut_at_any_byte_is_repaired_on_open_and_then_verifies() throws IOException {
    logOf(3);
    byte[] whole = Files.readAllBytes(log());
    for (int cut = 1; cut < whole.length; cut++) {
      Files.write(log(), Arrays.copyOf(whole, cut));

      CustodyLog.open(log(), clock).close();

      assertThat(CustodyLog.verify(log()).problems()).as("cut at byte %d", cut).isEmpty();
    }
  }

  @Test
  void concurrent_appends_from_8_threads_form_one_chain_with_consecutive_seqs() throws Exception {
    int threads = 8;
    int each = 250;
    List<CustodyEntry> appended = new ArrayList<>();
    try (CustodyLog log = CustodyLog.open(log(), clock)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<CustodyEntry>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String actor = "worker-" + t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  List<CustodyEntry> mine = new ArrayList<>();
                  for (int i = 0; i < each; i++) {
                    mine.add(log.append(actor, "ingest", DOC, Map.of("i", Integer.toString(i))));
                  }
                  return mine;
                }));
      }
      start.countDown();
      for (Future<List<CustodyEntry>> future : futures) {
        appended.addAll(future.get());
      }
      pool.shutdown();
    }

    CustodyCheck check = CustodyLog.verify(log());
    assertThat(check.problems()).isEmpty();
    assertThat(check.lines()).isEqualTo(threads * each);
    assertThat(appended.stream().mapToLong(CustodyEntry::seq).sorted())
        .containsExactlyElementsOf(
            Stream.iterate(1L, s -> s + 1).limit((long) threads * each).toList());
    assertThat(appended).allSatisfy(e -> assertThat(check.stands(e.seq(), e.hash())).isTrue());
  }

  @Test
  void an_invalid_entry_is_refused_and_nothing_is_written() throws IOException {
    try (CustodyLog log = CustodyLog.open(log(), clock)) {
      assertThatThrownBy(() -> log.append("amira", "ingest", "not-a-sha", Map.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not-a-sha");
      assertThatThrownBy(() -> log.append(" ", "ingest", null, Map.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("actor must not be blank");
      log.append("amira", "init", null, Map.of());
    }

    assertThat(lines()).hasSize(1).allSatisfy(line -> assertThat(line).contains("\"seq\":1,"));
  }

  @Test
  void an_append_after_another_writer_changed_the_file_is_refused() throws IOException {
    try (CustodyLog log = CustodyLog.open(log(), clock)) {
      log.append("amira", "init", null, Map.of());
      Files.writeString(log(), "{}\n", UTF_8, StandardOpenOption.APPEND);

      assertThatThrownBy(() -> log.append("amira", "ingest", DOC, Map.of()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("without holding the case lock");
    }
  }

  @Test
  void a_line_with_fields_out_of_order_is_not_an_entry() throws IOException {
    logOf(1);
    String line = lines().get(0);
    String reordered =
        line.replace(
            "\"actor\":\"amira\",\"action\":\"init\"", "\"action\":\"init\",\"actor\":\"amira\"");
    rewrite(List.of(reordered));

    assertThat(CustodyLog.verify(log()).problems())
        .singleElement()
        .asString()
        .startsWith("line 1 has fields [seq, time, action, actor");
  }
}
