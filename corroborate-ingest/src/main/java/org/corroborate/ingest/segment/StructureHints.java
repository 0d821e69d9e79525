package org.corroborate.ingest.segment;

import java.util.List;
import org.corroborate.model.Span;

/**
 * What a file's own markup says about the structure of its extracted text: block quotations,
 * reader-comment sections and page furniture (navigation, share bars). Plain text has none; the
 * segmenter then relies on the text alone.
 */
public record StructureHints(List<Span> quotations, List<Span> comments, List<Span> boilerplate) {

  public static final StructureHints NONE = new StructureHints(List.of(), List.of(), List.of());

  public StructureHints {
    quotations = List.copyOf(quotations);
    comments = List.copyOf(comments);
    boilerplate = List.copyOf(boilerplate);
  }
}
