package org.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds random logs, tampers with each in one random way, and expects every tampering to be seen:
 * as a problem in the chain, or as an entry whose recorded {@code (seq, hash)} no longer stands.
 * The seed is printed; rerun one with {@code -Dcorroborate.seed=<seed>}.
 */
class CustodyLogTamperingTest {

  private static final int LOGS = 300;
  private static final String[] ACTIONS = {"init", "ingest", "ingest-failed", "duplicate-name"};
  private static final String[] WORDS = {"report", "بيان", "témoin", "\"quoted\"", "a\nb", "ا€"};

  @TempDir Path temp;

  @Test
  void every_single_tampering_is_reported() throws IOException {
    long seed = Long.getLong("corroborate.seed", System.nanoTime());
    System.out.println("CustodyLogTamperingTest seed: " + seed);
    Random random = new Random(seed);
    for (int n = 0; n < LOGS; n++) {
      Path file = temp.resolve("custody-" + n + ".log");
      Map<Long, String> recorded = build(file, 2 + random.nextInt(40), random);
      String tampering = tamper(file, random);

      CustodyCheck check = CustodyLog.verify(file);

      boolean allStand =
          recorded.entrySet().stream().allMatch(e -> check.stands(e.getKey(), e.getValue()));
      assertThat(!check.ok() || !allStand)
          .as("seed %d, log %d: %s went unnoticed", seed, n, tampering)
          .isTrue();
    }
  }

  /** Appends {@code count} random entries and returns the (seq, hash) a caller would record. */
  private static Map<Long, String> build(Path file, int count, Random random) throws IOException {
    Clock clock =
        Clock.offset(
            Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC),
            Duration.ofMillis(random.nextInt(1_000_000_000)));
    Map<Long, String> recorded = new HashMap<>();
    try (CustodyLog log = CustodyLog.open(file, clock)) {
      for (int i = 0; i < count; i++) {
        Map<String, String> details = new HashMap<>();
        for (int d = random.nextInt(3); d > 0; d--) {
          details.put(word(random), word(random) + random.nextInt(100));
        }
        byte[] sha = new byte[32];
        random.nextBytes(sha);
        String document = random.nextBoolean() ? HexFormat.of().formatHex(sha) : null;
        CustodyEntry entry =
            log.append(word(random), ACTIONS[random.nextInt(ACTIONS.length)], document, details);
        recorded.put(entry.seq(), entry.hash());
      }
    }
    return recorded;
  }

  private static String word(Random random) {
    return WORDS[random.nextInt(WORDS.length)];
  }

  /** Applies one random tampering to the file and says which. */
  private static String tamper(Path file, Random random) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    List<byte[]> lines = split(bytes);
    int kind = random.nextInt(4);
    String tampering;
    if (kind == 0) {
      int at = random.nextInt(bytes.length);
      bytes[at] ^= (byte) (1 + random.nextInt(255));
      Files.write(file, bytes);
      return "editing byte " + at;
    }
    int i = random.nextInt(lines.size());
    if (kind == 1) {
      lines.remove(i);
      tampering = "deleting line " + (i + 1);
    } else if (kind == 2) {
      int j = (i + 1 + random.nextInt(lines.size() - 1)) % lines.size();
      byte[] line = lines.get(i);
      lines.set(i, lines.get(j));
      lines.set(j, line);
      tampering = "swapping lines " + (i + 1) + " and " + (j + 1);
    } else {
      int at = random.nextInt(lines.size() + 1);
      lines.add(at, lines.get(i));
      tampering = "copying line " + (i + 1) + " to before line " + (at + 1);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    lines.forEach(out::writeBytes);
    Files.write(file, out.toByteArray());
    return tampering;
  }

  /** The file's lines, each with its newline. */
  private static List<byte[]> split(byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines.add(Arrays.copyOfRange(bytes, start, i + 1));
        start = i + 1;
      }
    }
    return lines;
  }
}
