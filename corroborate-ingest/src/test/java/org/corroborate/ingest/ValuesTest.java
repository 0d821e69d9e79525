package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.corroborate.ingest.segment.StructureHints;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void a_rejection_reads_as_reason_then_advice() {
    RejectedFileException e = new RejectedFileException("the file is empty", "check the download");

    assertThat(e.getMessage()).isEqualTo("the file is empty; check the download");
    assertThat(e.reason()).isEqualTo("the file is empty");
    assertThat(e.advice()).isEqualTo("check the download");
  }

  @Test
  void limits_must_be_positive_and_default_to_100_mb_and_20_million_characters() {
    assertThat(ExtractionLimits.DEFAULTS.maxBytes()).isEqualTo(100L * 1024 * 1024);
    assertThat(ExtractionLimits.DEFAULTS.maxChars()).isEqualTo(20_000_000);
    assertThatThrownBy(() -> new ExtractionLimits(0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBytes=0");
    assertThatThrownBy(() -> new ExtractionLimits(10, -1)).hasMessageContaining("maxChars=-1");
  }

  @Test
  void a_parsed_file_refuses_hints_beyond_its_text_and_unknown_language_codes() {
    StructureHints beyond = new StructureHints(List.of(new Span(0, 99)), List.of(), List.of());

    assertThatThrownBy(
            () ->
                new ParsedFile("text/html", "UTF-8", null, "short", beyond, "en", Optional.empty()))
        .hasMessageContaining("ends beyond the text of 5 characters");
    assertThatThrownBy(
            () ->
                new ParsedFile(
                    "text/plain", "UTF-8", null, "x", StructureHints.NONE, "eng", Optional.empty()))
        .hasMessageContaining("ISO 639-1");
  }
}
