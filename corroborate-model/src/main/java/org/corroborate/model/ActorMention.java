package org.corroborate.model;

import java.util.List;
import java.util.Objects;

/**
 * An actor named in a document. {@code aliases} are the other names the text itself introduces for
 * it ("People's Mojahedin Organization of Iran, PMOI (Mujahedin-e Khalq, MEK)").
 */
public record ActorMention(Span span, String text, ActorKind kind, List<String> aliases) {

  public ActorMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    aliases = List.copyOf(aliases);
  }
}
