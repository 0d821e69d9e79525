package org.corroborate.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.model.ChronologyEntry;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Contradiction;
import org.corroborate.model.Figure;
import org.corroborate.model.FigureSource;
import org.corroborate.model.Incident;
import org.corroborate.model.Place;
import org.corroborate.model.Polarity;
import org.corroborate.model.Quantity;
import org.corroborate.model.QuantityKind;
import org.corroborate.model.SegmentKind;
import org.corroborate.model.Span;
import org.corroborate.model.TimePrecision;
import org.corroborate.model.TimeValue;

/**
 * Builds fictional incidents and documents for the export tests: the places (Marrow Ford, Kesterby,
 * the province of Dunmere, country ZZ) and the sources are invented.
 */
final class TestCase {

  static final String HERALD = "news/kesterby-herald.txt";
  static final String MONITOR = "ngo/dunmere-monitor report.txt";
  static final String BLOG = "blogs/ford-watch.html";
  static final String UNCITED = "misc/unrelated-notes.txt";

  private final Map<String, DocumentRef> documents = new LinkedHashMap<>();

  TestCase() {
    add(HERALD, LocalDate.of(2019, 3, 5), "news", "Camp raid leaves dozens dead");
    add(MONITOR, LocalDate.of(2019, 3, 9), "ngo", "Preliminary findings on Marrow Ford");
    add(BLOG, null, "blog", "Ford Watch: what we saw");
    add(UNCITED, LocalDate.of(2018, 1, 1), null, null);
  }

  private void add(String name, LocalDate published, String kind, String title) {
    String id = sha256(name);
    documents.put(
        id, new DocumentRef(id, name, published, kind, title, "https://example.org/" + name));
  }

  Map<String, DocumentRef> documents() {
    return documents;
  }

  static String id(String name) {
    return sha256(name);
  }

  /**
   * A figure claim whose figure, as written, is the first occurrence of {@code text} in {@code
   * quote}.
   */
  static Claim figureClaim(
      String document,
      ClaimProperty property,
      String quote,
      String text,
      Quantity amount,
      String speaker,
      Polarity polarity,
      SegmentKind segment) {
    int sentenceStart = 40 + quote.length();
    int at = quote.indexOf(text);
    if (at < 0) {
      throw new IllegalArgumentException("'" + text + "' is not in: " + quote);
    }
    Span sentence = new Span(sentenceStart, sentenceStart + quote.length());
    Span value = new Span(sentenceStart + at, sentenceStart + at + text.length());
    Quantity quantity =
        new Quantity(
            value,
            text,
            amount.kind(),
            amount.value(),
            amount.low(),
            amount.high(),
            amount.estimate());
    String docId = id(document);
    String event = Claim.eventId(docId, value);
    String claimValue = String.valueOf(amount.estimate());
    return new Claim(
        Claim.claimId(docId, event, property, claimValue, value, speaker, polarity, "test", "1"),
        docId,
        event,
        "attack",
        "raid",
        property,
        claimValue,
        quantity,
        value,
        text,
        sentence,
        quote,
        speaker,
        polarity,
        segment,
        "test",
        "1");
  }

  static Quantity exact(long n) {
    return Quantity.exact(new Span(0, 1), "n", n);
  }

  static Quantity atLeast(long low, long estimate) {
    return new Quantity(new Span(0, 1), "n", QuantityKind.BOUNDED, null, low, null, estimate);
  }

  static TimeValue day(String iso) {
    return new TimeValue(iso, TimePrecision.DAY, false);
  }

  /**
   * The raid on Marrow Ford camp: 41 killed according to the monitor, 38 according to the Herald,
   * "at least 30" according to the blog, and 500 in a reader comment; a contradiction on the toll
   * and a three-step chronology.
   */
  Incident raid() {
    Claim monitor =
        figureClaim(
            MONITOR,
            ClaimProperty.KILLED,
            "The group's team counted 41 bodies at the camp, said Dunmere Monitoring Group.",
            "41",
            exact(41),
            "Dunmere Monitoring Group",
            Polarity.ASSERTED,
            SegmentKind.BODY);
    Claim herald =
        figureClaim(
            HERALD,
            ClaimProperty.KILLED,
            "Thirty-eight residents, including women, were killed in the raid.",
            "Thirty-eight",
            exact(38),
            null,
            Polarity.ASSERTED,
            SegmentKind.BODY);
    Claim blog =
        figureClaim(
            BLOG,
            ClaimProperty.KILLED,
            "At least 30 people died, \"by our count\".",
            "At least 30",
            atLeast(30, 30),
            null,
            Polarity.HEDGED,
            SegmentKind.BODY);
    Claim comment =
        figureClaim(
            HERALD,
            ClaimProperty.KILLED,
            "I heard 500 were killed, the Herald lies!",
            "500",
            exact(500),
            null,
            Polarity.ASSERTED,
            SegmentKind.COMMENTS);
    Claim injured =
        figureClaim(
            HERALD,
            ClaimProperty.INJURED,
            "Another 12 were wounded.",
            "12",
            exact(12),
            null,
            Polarity.ASSERTED,
            SegmentKind.BODY);
    Figure killed =
        new Figure(
            ClaimProperty.KILLED,
            41L,
            30L,
            41L,
            true,
            List.of(
                new FigureSource(monitor, "origin-monitor", true, "direct count"),
                new FigureSource(herald, "origin-herald", true, null),
                new FigureSource(blog, "origin-blog", true, "a lower bound"),
                new FigureSource(
                    comment, "origin-comment", false, "reader comment: never corroborates")),
            "the monitor's body count, the latest by a direct observer");
    Figure wounded =
        new Figure(
            ClaimProperty.INJURED,
            12L,
            12L,
            12L,
            false,
            List.of(new FigureSource(injured, "origin-herald-injured", true, null)),
            "one source");
    Contradiction toll =
        new Contradiction(
            ClaimProperty.KILLED,
            "the monitor counts 41 dead, the Herald 38",
            List.of(
                new Contradiction.Side("41", List.of(monitor.id())),
                new Contradiction.Side("38", List.of(herald.id(), "claim-of-a-dating-sentence"))));
    List<ChronologyEntry> chronology =
        List.of(
            new ChronologyEntry(
                new TimeValue("2019-03-04T05", TimePrecision.HOUR, true),
                "gunmen enter the camp",
                List.of("c-time-1")),
            new ChronologyEntry(day("2019-03-04"), "the raid", List.of(monitor.id())),
            new ChronologyEntry(
                new TimeValue("2019-03", TimePrecision.MONTH, false),
                "bodies buried nearby",
                List.of()));
    Map<ClaimProperty, Figure> figures = new LinkedHashMap<>();
    figures.put(ClaimProperty.INJURED, wounded);
    figures.put(ClaimProperty.KILLED, killed);
    return new Incident(
        "inc-marrow-ford",
        "Raid on Marrow Ford camp",
        "attack",
        day("2019-03-04"),
        null,
        new Place("Marrow Ford", "Dunmere", "ZZ", -12.25, 33.5, "camp", "case:test"),
        List.of("Northern Brigade"),
        List.of("camp residents"),
        List.of(id(HERALD), id(MONITOR), id(BLOG)),
        figures,
        List.of(toll),
        chronology);
  }

  /** An incident no source dates or places, with no figures. */
  Incident undated() {
    return new Incident(
        "inc-undated",
        "Abduction reported near Kesterby",
        "abduction",
        null,
        null,
        null,
        List.of(),
        List.of(),
        List.of(id(HERALD)),
        Map.of(),
        List.of(),
        List.of());
  }

  /** A copy of {@code incident} with other fields, for the CSV and HTML cases. */
  static Incident with(
      Incident incident,
      String title,
      String type,
      TimeValue start,
      TimeValue end,
      Place place,
      List<String> perpetrators,
      List<String> victims) {
    return new Incident(
        incident.id(),
        title,
        type,
        start,
        end,
        place,
        perpetrators,
        victims,
        incident.documents(),
        incident.figures(),
        incident.contradictions(),
        incident.chronology());
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
