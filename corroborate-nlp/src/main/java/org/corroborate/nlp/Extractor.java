package org.corroborate.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.model.ActorMention;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Document;
import org.corroborate.model.Mention;
import org.corroborate.model.Place;
import org.corroborate.model.PlaceMention;
import org.corroborate.model.Quantity;
import org.corroborate.model.Span;
import org.corroborate.model.TimeMention;
import org.corroborate.nlp.actor.ActorFinder;
import org.corroborate.nlp.claims.ClaimExtractor;
import org.corroborate.nlp.claims.EventTypes;
import org.corroborate.nlp.claims.SingleVictims;
import org.corroborate.nlp.place.CaseCountries;
import org.corroborate.nlp.place.CaseGazetteer;
import org.corroborate.nlp.place.Gazetteer;
import org.corroborate.nlp.place.HospitalTowns;
import org.corroborate.nlp.place.PlaceFinder;
import org.corroborate.nlp.place.PublisherRegions;
import org.corroborate.nlp.quantity.QuantityReader;
import org.corroborate.nlp.quantity.VagueConventions;
import org.corroborate.nlp.time.DateOrder;
import org.corroborate.nlp.time.DateOrders;
import org.corroborate.nlp.time.LegalSteps;
import org.corroborate.nlp.time.StoryTime;
import org.corroborate.nlp.time.TimeContext;
import org.corroborate.nlp.time.TimeExpressions;

/**
 * The extraction stage in one place: CoreNLP's parse and the claim rules for events and figures,
 * then our own layers for times, places, quantities and actors, and the time and place of each
 * event from the mentions in its sentence. Built once per process (loading the models takes
 * seconds) and shared by the workers: every part is thread-safe.
 */
public final class Extractor {

  public static final String NAME = ClaimExtractor.EXTRACTOR;

  /** Bumped with the claim rules' version or with this class's own rules. */
  public static final String VERSION = ClaimExtractor.VERSION + ".89";

  /**
   * How ambiguous numeric dates (01/09/14) are read when the document itself does not tell: day
   * first, as in most of the world's reporting.
   */
  public static final DateOrder DEFAULT_DATE_ORDER = DateOrder.DAY_FIRST;

  /** What was found in one document. */
  public record Found(List<Claim> claims, List<Mention> mentions, int tokens) {
    public Found {
      claims = List.copyOf(claims);
      mentions = List.copyOf(mentions);
    }
  }

  private final ClaimExtractor claims;
  private final TimeExpressions times = new TimeExpressions();
  private final PlaceFinder places;
  private final QuantityReader quantities;
  private final ActorFinder actors = new ActorFinder();

  /** Where each publisher reports from, by publisher (see {@link PublisherRegions}). */
  private final Map<String, String> publisherRegions;

  public Extractor(Pipeline pipeline, Gazetteer gazetteer, VagueConventions conventions) {
    this.quantities = new QuantityReader(conventions);
    this.claims = new ClaimExtractor(pipeline, new SingleVictims(quantities::read));
    this.places = new PlaceFinder(gazetteer);
    this.publisherRegions = Map.of();
  }

  private Extractor(
      ClaimExtractor claims,
      QuantityReader quantities,
      PlaceFinder places,
      Map<String, String> publisherRegions) {
    this.claims = claims;
    this.quantities = quantities;
    this.places = places;
    this.publisherRegions = Map.copyOf(publisherRegions);
  }

  /** Counts the countries of a collection's documents, for {@link #forCase}. */
  public CaseCountries caseCountries() {
    return new CaseCountries(places);
  }

  /**
   * This extractor, sharing its models, for a collection about these countries (see {@link
   * CaseCountries}).
   */
  public Extractor forCase(Set<String> countries) {
    return new Extractor(claims, quantities, places.forCase(countries), publisherRegions);
  }

  /** Counts where each publisher reports from, for {@link #withPublisherRegions}. */
  public PublisherRegions publisherRegions() {
    return new PublisherRegions(places);
  }

  /**
   * This extractor, sharing its models, reading each report's places knowing where its publisher
   * reports from (see {@link PublisherRegions}).
   */
  public Extractor withPublisherRegions(Map<String, String> regions) {
    return new Extractor(claims, quantities, places, regions);
  }

  /** Loads the models and the gazetteer with the case's own places. */
  public static Extractor create(CaseGazetteer additions) {
    return new Extractor(
        new Pipeline(), additions.applyTo(Gazetteer.load()), VagueConventions.defaults());
  }

  public Found extract(Document doc) {
    String text = doc.text();
    ClaimExtractor.Result read = claims.read(doc);
    LocalDate published = doc.published().map(p -> p.date()).orElse(null);
    TimeContext ctx =
        new TimeContext(
            published,
            DateOrders.decide(text, DEFAULT_DATE_ORDER),
            StoryTime.infer(text, published));
    List<TimeMention> timeMentions = times.find(text, 0, ctx);
    Set<Span> legalSteps = new HashSet<>();
    for (TimeMention t : timeMentions) {
      if (LegalSteps.dates(text, t.span().start(), t.span().end())) {
        legalSteps.add(t.span());
      }
    }
    String publisher = PublisherRegions.publisherOf(doc.url());
    List<PlaceMention> placeMentions =
        places.inDocument(text, publisher == null ? null : publisherRegions.get(publisher));
    List<Mention> mentions = new ArrayList<>();
    for (TimeMention t : timeMentions) {
      mentions.add(
          new Mention(
              t.span(),
              Mention.Type.TIME,
              t.text(),
              timeValue(t),
              note(t, legalSteps.contains(t.span()))));
    }
    for (PlaceMention p : placeMentions) {
      mentions.add(
          new Mention(
              p.span(), Mention.Type.PLACE, p.text(), p.place().describe(), p.place().source()));
    }
    for (Quantity q : quantities.read(text, 0)) {
      mentions.add(new Mention(q.span(), Mention.Type.QUANTITY, q.text(), quantity(q), ""));
    }
    for (ActorMention a : actors.find(text, 0)) {
      mentions.add(new Mention(a.span(), Mention.Type.ACTOR, a.text(), actor(a), ""));
    }
    mentions.sort(Comparator.comparing(Mention::span).thenComparing(Mention::type));
    List<Claim> all = new ArrayList<>(read.claims());
    List<PlaceMention> eventPlaces =
        placeMentions.stream().filter(p -> !HospitalTowns.at(text, p.span().start())).toList();
    all.addAll(eventArguments(read, timeMentions, legalSteps, eventPlaces));
    all.sort(
        Comparator.comparing(Claim::sentence)
            .thenComparing(Claim::valueSpan)
            .thenComparing(c -> c.property().ordinal()));
    return new Found(all, mentions, read.tokens());
  }

  /**
   * The time and the place of each event, from the time and place mentions in the sentence of its
   * first claim (a date of a statement, "police said Thursday", is not the event's, nor the date of
   * an arrest or a hearing, "was charged Wednesday with murder", another event's than an arrest's;
   * nor is a hospital's town, "taken to a hospital in Orlen", a place of the events it names, see
   * {@link HospitalTowns}): claims of their own, asserted by the same speaker with the same
   * polarity. Where the sentence names one of the case's own sites, the investigator's sites place
   * the event and the general gazetteer's names beside them (a press release's "London, 8 March —")
   * do not. Where the sentence's times fall in different months, each event takes, of the times the
   * parse does not give to something else (see {@link ClaimExtractor.Result#othersTimes()}), the
   * one nearest its anchor word and those of the same month: "The attack Thursday took place near
   * the scene of a July 2014 attack that left a guard dead" dates the guard's death in July 2014.
   * "The raid came six weeks after a massacre" dates the massacre alone (see {@link #whatFollows}).
   */
  private static List<Claim> eventArguments(
      ClaimExtractor.Result read,
      List<TimeMention> timeMentions,
      Set<Span> legalSteps,
      List<PlaceMention> placeMentions) {
    Map<String, Claim> firstOfEvent = new LinkedHashMap<>();
    for (Claim c : read.claims()) {
      firstOfEvent.putIfAbsent(c.event(), c);
    }
    List<Claim> out = new ArrayList<>();
    for (Claim c : firstOfEvent.values()) {
      List<TimeMention> eventTimes =
          timeMentions.stream()
              .filter(
                  t ->
                      c.sentence().contains(t.span())
                          && !t.ofStatement()
                          && (EventTypes.ARREST.label().equals(c.eventType())
                              || !legalSteps.contains(t.span())))
              .toList();
      Span anchor = read.anchors().get(c.event());
      List<Span> others = read.othersTimes().getOrDefault(c.event(), List.of());
      for (TimeMention t : nearestMonth(whatFollows(eventTimes, anchor), anchor, others)) {
        out.add(argument(c, ClaimProperty.TIME, t.value().iso(), t.span(), t.text()));
      }
      List<PlaceMention> inSentence =
          placeMentions.stream().filter(p -> c.sentence().contains(p.span())).toList();
      boolean caseSite = inSentence.stream().anyMatch(p -> isCaseSite(p.place()));
      for (PlaceMention p : inSentence) {
        if (!caseSite || isCaseSite(p.place())) {
          out.add(argument(c, ClaimProperty.PLACE, p.place().describe(), p.span(), p.text()));
        }
      }
    }
    return out;
  }

  /**
   * An event told of after "came six weeks after" takes that time alone (the nearest such before
   * it); an event before it, in the clause the phrase counts from, does not take it.
   */
  private static List<TimeMention> whatFollows(List<TimeMention> times, Span anchor) {
    List<TimeMention> before =
        times.stream()
            .filter(t -> datesWhatFollows(t) && anchor != null && t.span().end() <= anchor.start())
            .toList();
    if (!before.isEmpty()) {
      return List.of(before.get(before.size() - 1));
    }
    return times.stream().filter(t -> !datesWhatFollows(t)).toList();
  }

  private static boolean datesWhatFollows(TimeMention t) {
    return t.note().contains(TimeMention.OF_WHAT_FOLLOWS);
  }

  /**
   * The times of one month with the one nearest the anchor, when the times fall in different
   * months; else all of them. Of times in different months, those in {@code others}, the parts of
   * the sentence that tell of something else, are not the event's.
   */
  private static List<TimeMention> nearestMonth(
      List<TimeMention> times, Span anchor, List<Span> others) {
    if (anchor == null || times.stream().allMatch(t -> sameMonth(t, times.get(0)))) {
      return times;
    }
    List<TimeMention> own =
        times.stream().filter(t -> others.stream().noneMatch(o -> o.contains(t.span()))).toList();
    return own.stream()
        .min(Comparator.comparingInt(t -> gap(t.span(), anchor)))
        .map(nearest -> own.stream().filter(t -> sameMonth(t, nearest)).toList())
        .orElse(List.of());
  }

  /** Whether two times can fall in one month: "2016", "2016-02" and "2016-02-29" can. */
  private static boolean sameMonth(TimeMention a, TimeMention b) {
    String x = a.value().iso();
    String y = b.value().iso();
    int n = Math.min(7, Math.min(x.length(), y.length()));
    return x.regionMatches(0, y, 0, n);
  }

  private static int gap(Span a, Span b) {
    return Math.max(0, Math.max(a.start() - b.end(), b.start() - a.end()));
  }

  private static boolean isCaseSite(Place p) {
    return p.source().startsWith("case");
  }

  private static Claim argument(
      Claim of, ClaimProperty property, String value, Span span, String text) {
    return new Claim(
        Claim.claimId(
            of.document(),
            of.event(),
            property,
            value,
            span,
            of.speaker(),
            of.polarity(),
            NAME,
            VERSION),
        of.document(),
        of.event(),
        of.eventType(),
        of.trigger(),
        property,
        value,
        null,
        span,
        text,
        of.sentence(),
        of.quote(),
        of.speaker(),
        of.polarity(),
        of.segment(),
        NAME,
        VERSION);
  }

  /**
   * A time mention's stored note: a statement's date and a legal step's say so, so that later
   * stages reading the stored mentions can tell "police said Thursday" and "was charged Thursday"
   * from "shot Thursday".
   */
  static String note(TimeMention t, boolean ofLegalStep) {
    String of =
        t.ofStatement() ? TimeMention.OF_STATEMENT : ofLegalStep ? TimeMention.OF_LEGAL_STEP : "";
    if (of.isEmpty() || t.note().isEmpty()) {
      return t.note() + of;
    }
    return t.note() + "; " + of;
  }

  private static String timeValue(TimeMention t) {
    return t.value().iso()
        + " "
        + t.value().precision().label()
        + (t.value().approximate() ? " approximate" : "");
  }

  /** An actor as "kind | alias; alias", the aliases being the other names the text gives it. */
  static String actor(ActorMention a) {
    return a.kind().label() + " | " + String.join("; ", a.aliases());
  }

  private static String quantity(Quantity q) {
    return q.kind().label()
        + " value="
        + q.value()
        + " low="
        + q.low()
        + " high="
        + q.high()
        + " estimate="
        + q.estimate();
  }
}
