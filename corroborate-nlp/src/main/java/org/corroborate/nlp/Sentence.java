package org.corroborate.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import java.util.Objects;
import org.corroborate.model.Span;

/**
 * One sentence of a document as the {@link Pipeline} left it.
 *
 * @param index the sentence's 0-based position in the document
 * @param span where the sentence lies in the text the pipeline was given
 * @param tokens its tokens, with character offsets into that text; tagged (part of speech, lemma,
 *     named entity) only when the sentence was parsed
 * @param graph its basic Universal Dependencies tree, or null when the sentence was not selected
 *     for parsing
 */
public record Sentence(int index, Span span, List<CoreLabel> tokens, SemanticGraph graph) {

  public Sentence {
    if (index < 0) {
      throw new IllegalArgumentException("index must be non-negative; got " + index);
    }
    Objects.requireNonNull(span, "span");
    tokens = List.copyOf(tokens);
  }

  public boolean isParsed() {
    return graph != null;
  }
}
