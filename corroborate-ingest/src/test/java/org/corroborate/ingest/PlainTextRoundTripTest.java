package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random text in each supported encoding comes back character for character, whatever its spacing
 * and line ends; the seed is in the test's name and in every failure message.
 */
class PlainTextRoundTripTest {

  private static final String WORDS =
      "Kestrel Valley Norrow Lirac bridge clinic convoy river market shelter water road council"
          + " caf\u00e9 na\u00efve d\u00e9j\u00e0 \u00fcber \u2013 \u201cquoted\u201d 12 1,200 km (north)";

  private static final List<String> GAPS =
      List.of(" ", "  ", "\t", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", " \n ", ", ", ". ");

  private static FileParser parser;

  @TempDir Path dir;

  @BeforeAll
  static void loadParser() {
    parser = new FileParser(ExtractionLimits.DEFAULTS);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 20150901, 424242})
  void random_text_in_any_supported_encoding_is_decoded_exactly(long seed) throws Exception {
    Random random = new Random(seed);
    String[] words = WORDS.split(" ");
    StringBuilder text = new StringBuilder(GAPS.get(random.nextInt(GAPS.size())));
    for (int i = 0, n = 40 + random.nextInt(400); i < n; i++) {
      text.append(words[random.nextInt(words.length)])
          .append(GAPS.get(random.nextInt(GAPS.size())));
    }
    String original = text.toString();
    String expected = original.replace("\r\n", "\n").replace('\r', '\n');

    for (Charset charset :
        List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      byte[] bom =
          charset.equals(StandardCharsets.UTF_8) && random.nextBoolean()
              ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
              : charset.equals(StandardCharsets.UTF_16LE)
                  ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                  : charset.equals(StandardCharsets.UTF_16BE)
                      ? new byte[] {(byte) 0xFE, (byte) 0xFF}
                      : new byte[0];
      Path file = dir.resolve(charset.name() + ".txt");
      Files.write(file, bom);
      Files.write(file, original.getBytes(charset), StandardOpenOption.APPEND);

      assertThat(parser.parse(file).text()).as("seed %d, %s", seed, charset).isEqualTo(expected);
    }
    Path file = dir.resolve("windows-1252.txt");
    Files.write(file, original.getBytes(Charset.forName("windows-1252")));
    assertThat(parser.parse(file).text()).as("seed %d, windows-1252", seed).isEqualTo(expected);
  }
}
