package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Objects;
import org.corroborate.model.ClaimProperty;

/**
 * A figure rule's finding: the people an amount counts were killed (injured, abducted, ...), and
 * the word that says so.
 */
record FigureLink(ClaimProperty property, IndexedWord trigger) {

  FigureLink {
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(trigger, "trigger");
    if (!property.isFigure()) {
      throw new IllegalArgumentException("a figure link is a count of people; got " + property);
    }
  }
}
