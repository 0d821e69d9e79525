package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real seed reports, read where the shared corpus lives (system property {@code
 * corroborate.shared}) and never copied into the repository.
 */
class SeedDocumentsTest {

  private static FileParser parser;

  @BeforeAll
  static void loadParser() {
    parser = new FileParser(ExtractionLimits.DEFAULTS);
  }

  static Stream<Path> seeds() throws IOException {
    Path docs =
        Path.of(
            System.getProperty("corroborate.shared", "../../shared"), "corpus", "seeds", "docs");
    try (Stream<Path> files = Files.list(docs)) {
      return files.filter(Files::isRegularFile).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void a_seed_report_parses_to_its_own_text_in_english(Path seed) throws Exception {
    String expected = PlainText.normalizeLineEnds(Files.readString(seed, StandardCharsets.UTF_8));

    ParsedFile parsed = parser.parse(seed);

    assertThat(parsed.mediaType()).isEqualTo("text/plain");
    assertThat(parsed.charset()).isEqualTo("UTF-8");
    assertThat(parsed.text()).isEqualTo(expected);
    assertThat(parsed.language()).isEqualTo("en");
  }
}
