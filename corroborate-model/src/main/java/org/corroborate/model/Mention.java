package org.corroborate.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A typed piece of a document's text with its normalised value, as stored and listed: a time (ISO
 * value and precision), a quantity, a place (gazetteer entry), an actor. The typed records ({@link
 * TimeMention}, {@link Quantity}, {@link PlaceMention}, {@link ActorMention}) say more; this is
 * their common, flat form.
 */
public record Mention(Span span, Type type, String text, String value, String note) {

  /** The kinds of mention. */
  public enum Type {
    TIME,
    QUANTITY,
    PLACE,
    ACTOR;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Type fromLabel(String label) {
      return valueOf(label.toUpperCase(Locale.ROOT));
    }
  }

  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    note = note == null ? "" : note;
  }
}
