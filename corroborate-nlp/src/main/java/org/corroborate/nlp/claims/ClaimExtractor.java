package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Document;
import org.corroborate.model.Polarity;
import org.corroborate.model.Quantity;
import org.corroborate.model.QuantityKind;
import org.corroborate.model.Segment;
import org.corroborate.model.SegmentKind;
import org.corroborate.model.Span;
import org.corroborate.nlp.Pipeline;
import org.corroborate.nlp.Sentence;
import org.corroborate.nlp.claims.EventTypes.EventType;

/**
 * Extracts the claims of one document: for every parsed sentence, its event mentions ({@code
 * occurred}), the casualty figures that depend on them in the dependency tree ({@code killed},
 * {@code injured}, {@code abducted}, {@code detained}, {@code missing}), the perpetrators and
 * victims named as their arguments, and the instigators they were carried out for ("at the behest
 * of", "on the orders of", "ordered by"); each with its sentence, speaker and polarity.
 *
 * <p>Thread-safe: it holds only the shared {@link Pipeline}, the amount reader and immutable rule
 * tables; per-document state lives in {@link #extract}.
 */
public final class ClaimExtractor {

  public static final String EXTRACTOR = "corroborate-nlp";

  /** Bumped whenever a rule changes what is extracted. */
  public static final String VERSION = "4";

  private static final String PERSON = "PERSON";

  private static final Set<String> DEFINITE = Set.of("the", "these", "those", "this", "that");

  /** Determiners of a kind of event rather than of one: "every shooting", "any homicide". */
  private static final Set<String> EVERY = Set.of("every", "each", "any", "all");

  /** Verbs that say a person was hit, surviving or not. */
  private static final Set<String> HIT =
      Set.of("shoot", "stab", "wound", "injury", "strike", "hit");

  private final Pipeline pipeline;
  private final AmountReader amounts;
  private final TriggerLexicon lexicon = new TriggerLexicon();
  private final CandidateSentences candidates = new CandidateSentences();
  private final ReportingVerbs reporting = new ReportingVerbs();
  private final EventAnchor anchors = new EventAnchor(reporting);
  private final PolarityRule polarity = new PolarityRule(reporting);
  private final ActorRoles actors = new ActorRoles();
  private final InstigatorRule instigators = new InstigatorRule(reporting);
  private final ZeroFigures zeros = new ZeroFigures();
  private final List<FigureRule> figureRules =
      List.of(
          new CasualtyNounRule(),
          new PredicateRoleRule(),
          new ModifierRule(),
          new LeftInAStateRule(),
          new NominalEventRule(),
          new DeathTollRule(),
          new WoundsRule(),
          new ConditionRule(),
          new TurnedTheGunRule(),
          new FatallyRule());

  public ClaimExtractor(Pipeline pipeline, AmountReader amounts) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.amounts = Objects.requireNonNull(amounts, "amounts");
  }

  /**
   * The claims of a document, the span of each event's anchor word by event id, the parts of its
   * sentence whose times are not the event's (see {@link OthersTimes}) by event id, and the number
   * of tokens read to find them.
   */
  public record Result(
      List<Claim> claims,
      Map<String, Span> anchors,
      Map<String, List<Span>> othersTimes,
      int tokens) {
    public Result {
      claims = List.copyOf(claims);
      anchors = Map.copyOf(anchors);
      othersTimes = Map.copyOf(othersTimes);
    }
  }

  /** The claims of {@code doc}, in text order. */
  public List<Claim> extract(Document doc) {
    return read(doc).claims();
  }

  /** The claims of {@code doc}, in text order, with the number of tokens read. */
  public Result read(Document doc) {
    String text = doc.text();
    List<Sentence> sentences = pipeline.parse(text, candidates);
    int tokens = 0;
    for (Sentence s : sentences) {
      tokens += s.tokens().size();
    }
    Map<Integer, Parse> parses = new HashMap<>();
    for (Sentence s : sentences) {
      if (s.isParsed()) {
        parses.put(s.index(), new Parse(s, text, lexicon));
      }
    }
    List<Segment> segments = doc.extraction().segments();
    Speakers speakers =
        new Speakers(reporting, sentences, parses, QuotedRegions.of(text, segments));
    Map<String, Claim> claims = new LinkedHashMap<>();
    Map<String, Span> anchorSpans = new HashMap<>();
    Map<String, List<Span>> othersTimes = new HashMap<>();
    for (Sentence s : sentences) {
      Parse parse = parses.get(s.index());
      if (parse != null) {
        SentenceClaims sc =
            new SentenceClaims(
                doc.id(), parse, speakers, segmentKind(segments, s.span()), anchorSpans);
        sc.events(claims);
        sc.instigators(claims);
        sc.figures(claims);
        sc.zeros(claims);
        sc.othersTimes(othersTimes);
      }
    }
    List<Claim> out = new ArrayList<>(claims.values());
    out.sort(
        Comparator.comparing((Claim c) -> c.sentence())
            .thenComparing(Claim::valueSpan)
            .thenComparing(c -> c.property().ordinal()));
    return new Result(out, anchorSpans, othersTimes, tokens);
  }

  private static SegmentKind segmentKind(List<Segment> segments, Span sentence) {
    for (Segment seg : segments) {
      if (seg.span().start() <= sentence.start() && sentence.start() < seg.span().end()) {
        return seg.kind();
      }
    }
    return SegmentKind.BODY;
  }

  /** The claims of one sentence. */
  private final class SentenceClaims {
    private final String document;
    private final Parse parse;
    private final Speakers speakers;
    private final SegmentKind segment;
    private final Map<String, Span> anchorSpans;
    private final Map<String, IndexedWord> anchorWords = new LinkedHashMap<>();

    SentenceClaims(
        String document,
        Parse parse,
        Speakers speakers,
        SegmentKind segment,
        Map<String, Span> anchorSpans) {
      this.document = document;
      this.parse = parse;
      this.speakers = speakers;
      this.segment = segment;
      this.anchorSpans = anchorSpans;
    }

    void events(Map<String, Claim> out) {
      for (IndexedWord w : parse.words()) {
        Optional<TriggerLexicon.Entry> e = parse.trigger(w);
        if (e.isEmpty()
            || !e.get().namesEvent()
            || !anchors.of(parse, w).equals(w)
            || isEveryEvent(w)) {
          continue;
        }
        Span span = Parse.span(w);
        add(out, w, w, ClaimProperty.OCCURRED, type(w).label(), null, span, polarity.of(parse, w));
        for (ActorRoles.Role r : actors.of(parse, w)) {
          Span phrase = Phrases.span(parse, r.head());
          add(out, w, w, r.property(), parse.textOf(phrase), null, phrase, polarity.of(parse, w));
        }
      }
    }

    /**
     * "every shooting in the city since 2010", "any homicide", "all attacks": events of a kind, not
     * one that happened.
     */
    private boolean isEveryEvent(IndexedWord w) {
      return w.tag().startsWith("NN")
          && (parse.hasChildLemma(w, "det", EVERY) || parse.hasChildLemma(w, "det:predet", EVERY));
    }

    void instigators(Map<String, Claim> out) {
      for (InstigatorRule.Instigation i : instigators.find(parse)) {
        IndexedWord event = i.event();
        Span phrase = Phrases.span(parse, i.instigator());
        add(
            out,
            event,
            anchors.of(parse, event),
            ClaimProperty.INSTIGATOR,
            parse.textOf(phrase),
            null,
            phrase,
            polarity.of(parse, event));
      }
    }

    /** An amount, where it sits, and what a rule found happened to the people it counts. */
    private record Counted(Quantity quantity, AmountNode node, FigureLink link) {}

    void figures(Map<String, Claim> out) {
      for (Counted c :
          summed(summed(summed(counted(), this::conjoined), this::clauses), this::withTheShooter)) {
        Quantity q = c.quantity();
        FigureLink link = c.link();
        add(
            out,
            link.trigger(),
            anchors.of(parse, link.trigger()),
            link.property(),
            figureValue(q),
            q,
            q.span(),
            polarity.of(parse, link.trigger()));
      }
    }

    /**
     * Each amount with those {@code together} joins to it, summed into one that keeps the first's
     * place and figure (see {@link #sum}).
     */
    private List<Counted> summed(
        List<Counted> amounts, BiFunction<Counted, List<Counted>, List<Counted>> together) {
      List<Counted> done = new ArrayList<>();
      List<Counted> out = new ArrayList<>();
      for (Counted c : amounts) {
        if (done.contains(c)) {
          continue;
        }
        List<Counted> group = together.apply(c, amounts);
        done.addAll(group);
        out.add(group.size() == 1 ? c : new Counted(sum(group), c.node(), c.link()));
      }
      return out;
    }

    /**
     * The amounts conjoined with {@code first} that the same word makes the same figure: "a woman
     * and a man were found dead" counts two dead, not one twice. Vague amounts stand alone.
     */
    private List<Counted> conjoined(Counted first, List<Counted> counted) {
      List<Counted> out = new ArrayList<>(List.of(first));
      if (!summable(first.quantity())) {
        return out;
      }
      IndexedWord head = parse.firstConjunct(first.node().role());
      for (Counted c : counted) {
        if (c != first
            && c.link().equals(first.link())
            && summable(c.quantity())
            && !c.node().role().equals(first.node().role())
            && parse.firstConjunct(c.node().role()).equals(head)) {
          out.add(c);
        }
      }
      return out;
    }

    /**
     * The amounts of conjoined clauses that each tell of other people the same figure: "a woman was
     * shot in the back, another woman was shot in the face and a man was shot in the chest" counts
     * three hit; "two men were shot and a woman was wounded", three. After the first, each must be
     * somebody new ("a man", "another", a name): in "five people were shot and two were wounded
     * critically" the two are among the five.
     */
    private List<Counted> clauses(Counted first, List<Counted> units) {
      List<Counted> out = new ArrayList<>(List.of(first));
      if (!summable(first.quantity()) || SingleVictims.isToldOfBefore(first.quantity())) {
        return out;
      }
      IndexedWord head = conjunctionHead(first.link().trigger());
      for (Counted c : units) {
        if (c != first
            && c.link().property() == first.link().property()
            && out.stream().noneMatch(o -> o.link().trigger().equals(c.link().trigger()))
            && conjunctionHead(c.link().trigger()).equals(head)
            && SingleVictims.isSomebodyNew(c.quantity())) {
          out.add(c);
        }
      }
      return out;
    }

    /**
     * The people killed with the death of whoever killed them, told in one sentence: "a man shot
     * his wife and two sons before turning the gun on himself" counts four dead. The killer is the
     * subject of the killing, never one of the people it counts.
     */
    private List<Counted> withTheShooter(Counted first, List<Counted> units) {
      List<Counted> out = new ArrayList<>(List.of(first));
      if (first.link().property() != ClaimProperty.KILLED
          || isReflexive(first.quantity())
          || !parse.rel(parse.firstConjunct(first.node().role())).equals("obj")) {
        return out;
      }
      units.stream()
          .filter(c -> c.link().property() == ClaimProperty.KILLED && isReflexive(c.quantity()))
          .findFirst()
          .ifPresent(out::add);
      return out;
    }

    /** "himself", "he", "the victim": one person, if told of before. */
    private static boolean isOnePerson(Quantity q) {
      return isReflexive(q) || SingleVictims.isToldOfBefore(q);
    }

    private static boolean isReflexive(Quantity q) {
      return Parse.isReflexive(q.text());
    }

    private IndexedWord conjunctionHead(IndexedWord w) {
      IndexedWord head = w;
      while (parse.rel(head).equals("conj")) {
        head = parse.parent(head);
      }
      return head;
    }

    private static boolean summable(Quantity q) {
      return (q.value() != null || (q.low() != null && q.isAtLeast(q.low())))
          && !SingleVictims.isOrdinal(q);
    }

    /**
     * The sum of conjoined amounts, spanning them: exact when each is, or is one person told of
     * before beside a number ("he and four others": five), else at least their sum. A number
     * followed by its parts between commas ("the five victims, three men and two women, were hurt")
     * is that number: the parts are a breakdown, not more people.
     */
    private Quantity sum(List<Counted> together) {
      List<Quantity> parts = together.stream().map(Counted::quantity).toList();
      if (isBreakdown(together)) {
        return parts.get(0);
      }
      Span span =
          new Span(
              parts.stream().mapToInt(q -> q.span().start()).min().orElseThrow(),
              parts.stream().mapToInt(q -> q.span().end()).max().orElseThrow());
      String text = parse.textOf(span);
      long low = parts.stream().mapToLong(Quantity::low).sum();
      if (parts.stream().anyMatch(q -> q.value() != null)
          && parts.stream().allMatch(q -> q.value() != null || isOnePerson(q))) {
        return new Quantity(span, text, QuantityKind.COMPOSITE, low, low, low, low);
      }
      return Quantity.atLeast(span, text, low);
    }

    private boolean isBreakdown(List<Counted> together) {
      Quantity whole = together.get(0).quantity();
      List<Counted> rest = together.subList(1, together.size());
      return whole.value() != null
          && whole.value() > 1
          && rest.stream().allMatch(c -> c.quantity().value() != null)
          && rest.stream().mapToLong(c -> c.quantity().value()).sum() == whole.value()
          && parse.isFollowedByComma(rest.get(rest.size() - 1).node().role());
    }

    /** Every amount of the sentence with each figure the rules find for it. */
    private List<Counted> counted() {
      List<Counted> out = new ArrayList<>();
      Span sentence = parse.sentence().span();
      List<Quantity> read = amounts.read(parse.textOf(sentence), sentence.start());
      for (Quantity q : read) {
        if (isInsideAnother(q, read)) {
          continue;
        }
        Optional<AmountNode> node = AmountNode.locate(parse, q);
        if (node.isEmpty()) {
          continue;
        }
        if (isShareOfKnownGroup(q, node.get()) || Intentions.intended(parse, node.get().role())) {
          continue;
        }
        if (SingleVictims.isNamed(q) && !PERSON.equals(node.get().counted().ner())) {
          continue; // a place's or an organisation's name, not a person's
        }
        Map<ClaimProperty, FigureLink> links = new LinkedHashMap<>();
        for (FigureRule rule : figureRules) {
          for (FigureLink link : rule.links(parse, node.get())) {
            links.putIfAbsent(link.property(), link);
          }
        }
        hitAndKilled(links);
        if (SingleVictims.isKnownPerson(q)) {
          links.keySet().retainAll(Set.of(ClaimProperty.KILLED, ClaimProperty.INJURED));
        }
        for (FigureLink link : links.values()) {
          out.add(new Counted(q, node.get(), link));
        }
      }
      return out;
    }

    /**
     * "many of the villagers", "some of them": a vague share of people the report has already
     * counted or named, not a count of its own.
     */
    private boolean isShareOfKnownGroup(Quantity q, AmountNode node) {
      IndexedWord group = node.counted();
      return q.kind() == QuantityKind.VAGUE
          && !group.equals(node.role())
          && (group.tag().startsWith("PRP")
              || parse.hasChildLemma(group, "det", DEFINITE)
              || !parse.children(group, "nmod:poss").isEmpty());
    }

    /**
     * People shot or stabbed and killed ("were shot and killed", "was stabbed and died", "shot
     * dead") are counted among the killed only: being hit is not a second, survived injury. Nor is
     * being carried to a hospital: "were killed and taken to a hospital".
     */
    private void hitAndKilled(Map<ClaimProperty, FigureLink> links) {
      FigureLink injured = links.get(ClaimProperty.INJURED);
      if (injured != null
          && links.containsKey(ClaimProperty.KILLED)
          && (HIT.contains(Parse.lemma(injured.trigger()))
              || parse
                  .trigger(injured.trigger())
                  .filter(e -> e == TakenToHospital.ENTRY)
                  .isPresent())) {
        links.remove(ClaimProperty.INJURED);
      }
    }

    void othersTimes(Map<String, List<Span>> out) {
      for (Map.Entry<String, IndexedWord> e : anchorWords.entrySet()) {
        out.put(e.getKey(), OthersTimes.of(parse, e.getValue(), anchorWords.values()));
      }
    }

    void zeros(Map<String, Claim> out) {
      for (ZeroFigures.Zero z : zeros.find(parse)) {
        IndexedWord trigger = z.link().trigger();
        add(
            out,
            trigger,
            anchors.of(parse, trigger),
            z.link().property(),
            "0",
            z.quantity(),
            z.quantity().span(),
            polarity.ofZeroFigure(parse, trigger));
      }
    }

    private void add(
        Map<String, Claim> out,
        IndexedWord trigger,
        IndexedWord anchor,
        ClaimProperty property,
        String value,
        Quantity quantity,
        Span valueSpan,
        Polarity pol) {
      Span anchorSpan = Parse.span(anchor);
      String event = Claim.eventId(document, anchorSpan);
      anchorSpans.putIfAbsent(event, anchorSpan);
      anchorWords.putIfAbsent(event, anchor);
      String speaker = speakers.of(parse, trigger);
      String id =
          Claim.claimId(
              document, event, property, value, valueSpan, speaker, pol, EXTRACTOR, VERSION);
      Span sentence = parse.sentence().span();
      out.putIfAbsent(
          id,
          new Claim(
              id,
              document,
              event,
              type(anchor).label(),
              parse.textOf(anchorSpan),
              property,
              value,
              quantity,
              valueSpan,
              parse.textOf(valueSpan),
              sentence,
              parse.textOf(sentence),
              speaker,
              pol,
              segment,
              EXTRACTOR,
              VERSION));
    }

    private EventType type(IndexedWord anchor) {
      EventType base =
          parse.trigger(anchor).map(TriggerLexicon.Entry::type).orElse(EventTypes.KILLING);
      List<String> modifiers = new ArrayList<>();
      for (IndexedWord m : parse.children(anchor, "compound", "amod")) {
        modifiers.add(Parse.lemma(m));
      }
      return EventTypes.refine(base, modifiers);
    }
  }

  /** The count to reckon with: the estimate, else the exact value, else a bound, else the text. */
  private static String figureValue(Quantity q) {
    for (Long v : new Long[] {q.estimate(), q.value(), q.low(), q.high()}) {
      if (v != null) {
        return Long.toString(v);
      }
    }
    return q.text();
  }

  private static boolean isInsideAnother(Quantity q, List<Quantity> all) {
    for (Quantity other : all) {
      if (other != q && other.span().contains(q.span()) && !other.span().equals(q.span())) {
        return true;
      }
    }
    return false;
  }
}
