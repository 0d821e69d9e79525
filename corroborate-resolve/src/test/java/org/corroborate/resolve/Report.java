package org.corroborate.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Polarity;
import org.corroborate.model.Quantity;
import org.corroborate.model.QuantityKind;
import org.corroborate.model.SegmentKind;
import org.corroborate.model.SourceKind;
import org.corroborate.model.Span;

/**
 * A fictional report built claim by claim for tests: {@code report.event("e1",
 * "attack").time("2013-09-01").place(NARA).killed(52)}. Each claim gets a sentence of its own
 * unless {@link Event#at} places it.
 */
final class Report {

  private DocumentInfo info;
  private final List<Claim> claims = new ArrayList<>();
  private int nextSentence;

  Report(String name, String published, SourceKind kind) {
    this.info =
        new DocumentInfo(
            sha256(name), name, published == null ? null : LocalDate.parse(published), kind);
  }

  Report(String name, String published) {
    this(name, published, SourceKind.NEWS);
  }

  static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The town the report is datelined at, as a PLACE claim's value. */
  Report datelined(String place) {
    return with(place, info.names(), info.streets(), info.leadDay());
  }

  /** The proper names the report's text uses (see {@link ProperNames}). */
  Report naming(String text) {
    return with(info.place(), ProperNames.of(text), Streets.of(text), info.leadDay());
  }

  /** The report's headline, whose capitalised words join its names (see {@link ProperNames}). */
  Report titled(String title) {
    Set<String> names = new LinkedHashSet<>(info.names());
    names.addAll(ProperNames.ofTitle(title));
    return with(info.place(), names, info.streets(), info.leadDay());
  }

  /** The day the report's opening lines give (see {@link DocumentInfo#leadDay}). */
  Report leadingWith(String day) {
    return with(info.place(), info.names(), info.streets(), LocalDate.parse(day));
  }

  private Report with(String place, Set<String> names, Set<String> streets, LocalDate leadDay) {
    info =
        new DocumentInfo(
            info.id(), info.name(), info.published(), info.kind(), place, names, streets, leadDay);
    return this;
  }

  DocumentInfo info() {
    return info;
  }

  String id() {
    return info.id();
  }

  List<Claim> claims() {
    return List.copyOf(claims);
  }

  Event event(String event, String type) {
    return new Event(event, type);
  }

  /** The claims of one event mention. */
  final class Event {
    private final String event;
    private final String type;
    private String speaker;
    private Polarity polarity = Polarity.ASSERTED;
    private SegmentKind segment = SegmentKind.BODY;
    private String quote = "The attack on the camp was reported by the source.";
    private Integer at;
    private String trigger;

    private Event(String event, String type) {
      this.event = event;
      this.type = type;
      this.trigger = type;
    }

    /** The word that names the event, as written: "shot". */
    Event trigger(String word) {
      this.trigger = word;
      return this;
    }

    Event speaker(String s) {
      this.speaker = s;
      return this;
    }

    Event denied() {
      this.polarity = Polarity.DENIED;
      return this;
    }

    Event hedged() {
      this.polarity = Polarity.HEDGED;
      return this;
    }

    Event comments() {
      this.segment = SegmentKind.COMMENTS;
      return this;
    }

    Event quote(String q) {
      this.quote = q;
      return this;
    }

    /** Places the following claims' sentence at this offset. */
    Event at(int sentenceStart) {
      this.at = sentenceStart;
      return this;
    }

    Event occurred() {
      return add(ClaimProperty.OCCURRED, type, null);
    }

    Event time(String iso) {
      return add(ClaimProperty.TIME, iso, null);
    }

    Event place(String value) {
      return add(ClaimProperty.PLACE, value, null);
    }

    Event perpetrator(String value) {
      return add(ClaimProperty.PERPETRATOR, value, null);
    }

    Event victim(String value) {
      return add(ClaimProperty.VICTIM, value, null);
    }

    Event killed(long n) {
      return figure(ClaimProperty.KILLED, exact(n));
    }

    Event injured(long n) {
      return figure(ClaimProperty.INJURED, exact(n));
    }

    Event abducted(long n) {
      return figure(ClaimProperty.ABDUCTED, exact(n));
    }

    Event figure(ClaimProperty property, Quantity q) {
      String value = String.valueOf(q.estimate() != null ? q.estimate() : q.low());
      return add(property, value, q, value);
    }

    /**
     * A figure whose claim quotes the amount's own words ("Another woman") as its value text, at
     * their place in the quote.
     */
    Event figureWritten(ClaimProperty property, Quantity q) {
      return add(
          property, String.valueOf(q.estimate() != null ? q.estimate() : q.low()), q, q.text());
    }

    private Event add(ClaimProperty property, String value, Quantity quantity) {
      return add(property, value, quantity, value);
    }

    private Event add(ClaimProperty property, String value, Quantity quantity, String valueText) {
      int start = at != null ? at : nextSentence;
      nextSentence = Math.max(nextSentence, start + quote.length() + 1);
      Span sentence = new Span(start, start + quote.length());
      int written = quote.indexOf(valueText);
      Span valueSpan =
          written >= 0 && !valueText.equals(value)
              ? new Span(start + written, start + written + valueText.length())
              : new Span(start + claims.size() % quote.length(), start + quote.length());
      claims.add(
          new Claim(
              Claim.claimId(
                  info.id(), event, property, value, valueSpan, speaker, polarity, "test", "1"),
              info.id(),
              event,
              type,
              trigger,
              property,
              value,
              quantity,
              valueSpan,
              valueText,
              sentence,
              quote,
              speaker,
              polarity,
              segment,
              "test",
              "1"));
      return this;
    }
  }

  static Quantity exact(long n) {
    return Quantity.exact(new Span(0, 1), Long.toString(n), n);
  }

  static Quantity bounded(Long low, Long high, long estimate) {
    return new Quantity(
        new Span(0, 1), "about " + estimate, QuantityKind.BOUNDED, null, low, high, estimate);
  }

  static Quantity vague(long estimate) {
    return new Quantity(
        new Span(0, 1), "dozens", QuantityKind.VAGUE, null, estimate, null, estimate);
  }
}
