package org.corroborate.app;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.model.Incident;
import org.corroborate.model.Mention;
import org.corroborate.model.TimeMention;
import org.corroborate.nlp.place.PublisherRegions;
import org.corroborate.report.DocumentRef;
import org.corroborate.resolve.DocumentInfo;
import org.corroborate.resolve.HeadlinePlaces;
import org.corroborate.resolve.ProperNames;
import org.corroborate.resolve.ResolveInput;
import org.corroborate.resolve.ResolveOptions;
import org.corroborate.resolve.Resolver;
import org.corroborate.resolve.Streets;
import org.corroborate.store.DocumentSummary;

/**
 * The resolve and reconcile stages, run on what the case holds: every claim of every document,
 * grouped into incidents with reconciled figures, contradictions and chronology. They take seconds
 * even on thousands of documents, so every command that shows incidents runs them afresh on the
 * case's current claims.
 */
final class Incidents {

  /** The incidents and the documents they cite. */
  record Resolved(List<Incident> incidents, Map<String, DocumentRef> documents) {}

  /** Where a report's dateline is: a place named in its first characters. */
  static final int DATELINE = 200;

  /** Where a report's lead is: its first characters, which say when what it tells happened. */
  static final int LEAD = 600;

  static final int PUBLISHER_REPORTS = 3;
  static final int PUBLISHER_SHARE_PERCENT = 50;

  private Incidents() {}

  /**
   * Where a document's events happened when their own sentences do not say: the case's own site it
   * names most often, else the town in its dateline (named in its first characters), else the town
   * it names most often, else the region its dateline names ("STOKES COUNTY, N.C."); null when it
   * names none of these (then its headline may name a town, see {@link HeadlinePlaces}). A place
   * mention's note is the gazetteer entry's source.
   */
  static String documentPlace(List<Mention> mentions) {
    Map<String, Integer> sites = new LinkedHashMap<>();
    Map<String, Integer> towns = new LinkedHashMap<>();
    String dateline = null;
    String datelineRegion = null;
    for (Mention m : mentions) {
      if (m.type() != Mention.Type.PLACE) {
        continue;
      }
      if (!m.value().contains("(")) {
        // regions and countries carry no coordinates: "STOKES COUNTY, N.C." names only its state
        if (datelineRegion == null && m.span().start() < DATELINE && isRegion(m)) {
          datelineRegion = m.value();
        }
        continue;
      }
      if (m.note().startsWith("case")) {
        sites.merge(m.value(), 1, Integer::sum);
      }
      if (dateline == null && m.span().start() < DATELINE) {
        dateline = m.value();
      }
      towns.merge(m.value(), 1, Integer::sum);
    }
    if (!sites.isEmpty()) {
      return mostFrequent(sites);
    }
    if (dateline != null) {
      return dateline;
    }
    return towns.isEmpty() ? datelineRegion : mostFrequent(towns);
  }

  /**
   * The day a report's lead gives for what it tells: the first time in its first {@value #LEAD}
   * characters that names a day, is no statement's date ("police said Thursday") nor an arrest's or
   * a hearing's ("was charged Thursday") and falls in the week up to publication; null when there
   * is none or no publication date. News leads say when ("Police were called to the house late
   * Sunday night") though the sentence that counts the victims may not.
   */
  static LocalDate leadDay(List<Mention> mentions, LocalDate published) {
    if (published == null) {
      return null;
    }
    return mentions.stream()
        .filter(m -> m.type() == Mention.Type.TIME && m.span().start() < LEAD)
        .filter(m -> !m.note().contains(TimeMention.OF_STATEMENT))
        .filter(m -> !m.note().contains(TimeMention.OF_LEGAL_STEP))
        .sorted(Comparator.comparing(Mention::span))
        .map(m -> day(m.value()))
        .filter(d -> d != null && !d.isAfter(published) && !d.isBefore(published.minusDays(7)))
        .findFirst()
        .orElse(null);
  }

  /** The day of a time mention's value ("2021-03-04T22 hour"), or null when it names none. */
  private static LocalDate day(String value) {
    String iso = value.split(" ", 2)[0];
    if (iso.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(iso.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Whether a place mention names an admin1 region: its gazetteer source says so. */
  private static boolean isRegion(Mention m) {
    return m.note().contains(":admin1:");
  }

  /**
   * The town each publisher's placed reports are mostly of — at least {@value #PUBLISHER_REPORTS}
   * of them, more than {@value #PUBLISHER_SHARE_PERCENT}% — by publisher (see {@link
   * PublisherRegions#publisherOf}). A local outlet's report that names no place at all ("shot near
   * 84th and Q streets") is of the town it covers.
   */
  static Map<String, String> publisherPlaces(
      List<DocumentSummary> docs, Map<String, String> placed) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (DocumentSummary d : docs) {
      String publisher = PublisherRegions.publisherOf(d.url());
      String place = placed.get(d.id());
      if (publisher != null && place != null) {
        counts.computeIfAbsent(publisher, p -> new LinkedHashMap<>()).merge(place, 1, Integer::sum);
      }
    }
    Map<String, String> out = new HashMap<>();
    counts.forEach(
        (publisher, places) ->
            PublisherRegions.mostOf(places, PUBLISHER_REPORTS, PUBLISHER_SHARE_PERCENT)
                .ifPresent(place -> out.put(publisher, place)));
    return out;
  }

  private static String mostFrequent(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  static Resolved resolve(OpenCase open) throws IOException {
    List<DocumentSummary> docs = open.store.documents();
    Map<String, List<Mention>> mentions = new HashMap<>();
    List<String> placesNamed = new ArrayList<>();
    for (DocumentSummary d : docs) {
      List<Mention> of = open.store.mentions(d.id());
      mentions.put(d.id(), of);
      of.stream()
          .filter(m -> m.type() == Mention.Type.PLACE)
          .forEach(m -> placesNamed.add(m.value()));
    }
    HeadlinePlaces headlines = new HeadlinePlaces(placesNamed);
    Map<String, String> placed = new HashMap<>();
    for (DocumentSummary d : docs) {
      String place = documentPlace(mentions.get(d.id()));
      if (place == null) {
        place = headlines.of(d.title()).orElse(null);
      }
      if (place != null) {
        placed.put(d.id(), place);
      }
    }
    Map<String, String> publisherPlaces = publisherPlaces(docs, placed);
    Map<String, DocumentRef> refs = new LinkedHashMap<>();
    List<DocumentInfo> infos = new ArrayList<>();
    for (DocumentSummary d : docs) {
      String name = d.names().isEmpty() ? d.id() : d.names().get(0);
      LocalDate published = d.published().map(p -> p.date()).orElse(null);
      String text = open.store.text(d.id());
      Set<String> names = new LinkedHashSet<>(ProperNames.of(text));
      if (d.title() != null) {
        names.addAll(ProperNames.ofTitle(d.title()));
      }
      String place = placed.get(d.id());
      infos.add(
          new DocumentInfo(
              d.id(),
              name,
              published,
              d.sourceKind(),
              place != null ? place : publisherPlaces.get(PublisherRegions.publisherOf(d.url())),
              names,
              Streets.of(text),
              leadDay(mentions.get(d.id()), published)));
      refs.put(
          d.id(),
          new DocumentRef(d.id(), name, published, d.sourceKind().label(), d.title(), d.url()));
    }
    List<Incident> incidents =
        Resolver.resolve(
            new ResolveInput(infos, open.store.claims(null, null), open.store.allLinks()),
            ResolveOptions.defaults());
    return new Resolved(incidents, refs);
  }
}
