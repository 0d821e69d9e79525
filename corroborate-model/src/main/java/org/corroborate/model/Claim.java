package org.corroborate.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The unit of evidence: one thing one document states about one event, with the sentence that
 * states it and who asserts it. A claim is never edited; review and reconciliation are separate
 * records that point at claims by id, and the id is derived from what defines the claim, so a
 * re-run of the same extractor version yields the same ids.
 *
 * @param event the id of the event mention the claim is about (see {@link #eventId})
 * @param eventType the event's type in the project's taxonomy, e.g. {@code attack}, {@code
 *     abduction}, {@code shelling}
 * @param trigger the word that names the event, as written ("stormed", "massacre", "killing")
 * @param value the claim's value normalised: the count to reckon with for a figure, an ISO time, a
 *     place or actor name, the event type for {@link ClaimProperty#OCCURRED}
 * @param quantity for figures, the amount as read (exact, bounded, vague, composite); else null
 * @param valueSpan where the value is written, e.g. the figure "Fifty two"
 * @param sentence the span of the sentence that states the claim; {@code quote} is its text
 * @param speaker who asserts it when the document quotes or reports someone ("UNAMI", "police");
 *     null when it is the author
 * @param segment the kind of segment the sentence lies in: claims in reader comments never
 *     corroborate
 */
public record Claim(
    String id,
    String document,
    String event,
    String eventType,
    String trigger,
    ClaimProperty property,
    String value,
    Quantity quantity,
    Span valueSpan,
    String valueText,
    Span sentence,
    String quote,
    String speaker,
    Polarity polarity,
    SegmentKind segment,
    String extractor,
    String version) {

  public Claim {
    Objects.requireNonNull(id, "id");
    Document.requireSha256(document);
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(valueSpan, "valueSpan");
    Objects.requireNonNull(valueText, "valueText");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(extractor, "extractor");
    Objects.requireNonNull(version, "version");
    if (property.isFigure() != (quantity != null)) {
      throw new IllegalArgumentException(
          "a quantity goes with a figure (killed, injured, ...) and only with one; got "
              + property.label()
              + " with "
              + quantity);
    }
    if (!sentence.contains(valueSpan)) {
      throw new IllegalArgumentException(
          "the value " + valueSpan + " lies outside its sentence " + sentence);
    }
    if (quote.length() != sentence.length()) {
      throw new IllegalArgumentException(
          "the quote is the sentence's text: "
              + sentence.length()
              + " characters expected, got "
              + quote.length());
    }
  }

  /** The id of an event mention: its document and the span of its trigger. */
  public static String eventId(String document, Span trigger) {
    return hash(document + "|" + trigger.start() + "|" + trigger.end()).substring(0, 24);
  }

  /** The content-derived id of a claim with these defining parts. */
  public static String claimId(
      String document,
      String event,
      ClaimProperty property,
      String value,
      Span valueSpan,
      String speaker,
      Polarity polarity,
      String extractor,
      String version) {
    return hash(String.join(
            "|",
            document,
            event,
            property.label(),
            value,
            valueSpan.start() + "-" + valueSpan.end(),
            String.valueOf(speaker),
            polarity.label(),
            extractor,
            version))
        .substring(0, 32);
  }

  private static String hash(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
