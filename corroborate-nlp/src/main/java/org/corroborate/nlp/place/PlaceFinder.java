package org.corroborate.nlp.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.Place;
import org.corroborate.model.PlaceMention;
import org.corroborate.model.Span;

/**
 * Finds the places a text names and resolves each to a gazetteer entry.
 *
 * <p>Candidates are runs of capitalised words (with connectors such as "de", "of", "al-"), longest
 * match first: "Camp Ashraf" before "Ashraf". A run is taken as a place only when it is a country,
 * an admin1 region, a county, one of the case's additions, or a populated place large enough not to
 * be a coincidence: at least {@value #MIN_POPULATION} people; {@value #MIN_POPULATION_IN_CONTEXT}
 * in an admin1 region the document names or opening a dateline ("GUNTOWN — A man was shot"); in
 * another region of a country whose regions it names, a city's {@value
 * #MIN_POPULATION_SENTENCE_START} for a single word and {@value #MIN_POPULATION} for several; in a
 * country it names without its regions, {@value #MIN_POPULATION_IN_COUNTRY} for a single word and
 * {@value #MIN_POPULATION_IN_CONTEXT} for several. A capitalised word that opens a sentence needs
 * {@value #MIN_POPULATION_SENTENCE_START} or that context, and so does a word the document also
 * uses as a person's surname ("Lena Jasper ... Jasper was taken"), and a single word naming a town
 * abroad in a document that names other countries. Names that run into another capitalised word
 * ("Paris Hilton", though not a weekday, a month or a town's service: "in Crestview Wednesday",
 * "Waco Police") or follow a title ("Mr Jackson") are left alone, as are weekdays and months, a
 * name before "County" or "Parish" (the county, not a town of its name) and a name before "Street"
 * or "Avenue" or after "block of" (a street's: "the 1600 block of West Chicago"), and a word before
 * a colon (a form's label: "Date:"); common words ("Mobile", "Reading") are places only in a region
 * the document names. Over a whole document, towns far from where it is from are left out (see
 * {@link #inDocument}).
 *
 * <p>Ambiguous names resolve to the namesake in an admin1 region the document names, else in a
 * country it names, else to the one with the largest population. The context is what the caller
 * passes plus the countries, regions and counties named in the text itself (a county only when no
 * other region has one of its name, or when a place of another name the text uses lies near it
 * alone: "Pike County" and "McComb"), and the US states whose abbreviations follow a town
 * ("Franklin, Ind.", see {@link StateAbbreviations}); such an abbreviation is itself a mention of
 * its state.
 *
 * <p>"Camp X" and "X camp" resolve to a case addition named X, "Camp X" or "X camp"; a case
 * addition's name of six or more letters also matches with one typo ("Asfraf" for "Ashraf"). Names
 * from GeoNames must match exactly (ignoring case and diacritics).
 *
 * <p>Immutable and safe to share between threads.
 */
public final class PlaceFinder {

  /** Population a single-word place needs when the document names none of its country. */
  public static final long MIN_POPULATION = 15_000;

  /** Population a name of several words needs when the document names none of its country. */
  public static final long MIN_POPULATION_MULTIWORD = 5_000;

  /**
   * Population a place needs when the document names its region, or for a name of several words its
   * country.
   */
  public static final long MIN_POPULATION_IN_CONTEXT = 1_000;

  /**
   * Population a single-word place needs when the document names its country but not its region.
   */
  public static final long MIN_POPULATION_IN_COUNTRY = 5_000;

  /** Population a single capitalised word opening a sentence needs, without context. */
  public static final long MIN_POPULATION_SENTENCE_START = 100_000;

  /** How far from a place of a report's home region a town of another region may lie. */
  public static final long LOCAL_KM = 100;

  /** How many mentions a dateline's place counts for where a report is from. */
  private static final int DATELINE_WEIGHT = 3;

  /** Population of a city named bare wherever it lies. */
  private static final long MILLION_CITY = 1_000_000;

  /** How many times more people a namesake abroad may have and yield to the collection's own. */
  private static final long CASE_COUNTRY_RATIO = 10;

  private static final int MAX_TOKENS = 6;
  private static final int MIN_LETTERS_FOR_TYPO = 6;

  private static final Pattern TOKEN =
      Pattern.compile(
          "(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['’][\\p{L}\\p{M}]+)*");

  private static final Set<String> CONNECTORS =
      words(
          "de del della di da do dos das du des la le les los las el al an ad ar as ash at "
              + "az of the and upon on sur am im en y van von der den bin ibn abu bani");

  /** Lowercase particles that may start a name when a hyphen joins them to it: "al-Hasakah". */
  private static final Set<String> PARTICLES = words("al el ad an ar as ash at az");

  /** Capitalised words before a name that make it part of a person's name or title. */
  private static final Set<String> TITLES =
      words(
          "mr mrs ms miss dr sir lord lady president general gen colonel col captain capt "
              + "major maj sergeant sgt lieutenant lt sheikh shaykh imam mullah ayatollah prince "
              + "princess king queen judge justice minister senator sen rep governor gov mayor "
              + "commander officer private pte brother sister father reverend rev professor prof "
              + "mister madam emir");

  /**
   * Capitalised words before a name that belong to it or leave it a place: "North", "Greater", and
   * the function words that open sentences ("In Baghdad").
   */
  private static final Set<String> PREFIXES =
      words(
          "north south east west northeast northwest southeast southwest northern southern "
              + "eastern western central greater upper "
              + "lower old new camp in at near from to outside inside around across of the and "
              + "via into downtown on for by with after before since during when while as if but "
              + "yet so then a an our his her their its my this that both all every throughout "
              + "within beyond towards toward between over under like unlike rural urban occupied "
              + "liberated besieged today yesterday there here");

  /**
   * Capitalised words after a name that leave it a place: "Diyala Province", "Baghdad Airport", and
   * the local services named after their town or county ("Waco Police", "Todd County Sheriff").
   */
  private static final Set<String> FEATURES =
      words(
          "province governorate region district county state oblast city town village camp "
              + "airport airbase base valley river mountains mountain plain desert square street "
              + "road highway bridge market prison hospital mosque church checkpoint border "
              + "crossing area municipality department prefecture territory island islands "
              + "police sheriff fire coroner jail courthouse");

  private static final Set<String> ABBREVIATIONS = words("mt st ft");

  private static final Set<String> MEDICAL = words("hospital hospitals clinic infirmary medical");

  /** Words after a name that make it a county's, not a town's: "Erie County", "Orleans Parish". */
  private static final Set<String> COUNTIES = words("county parish borough");

  /**
   * Capitalised words after a name that make it a street's: "Wisconsin Street", "Texas Avenue" name
   * no state.
   */
  private static final Set<String> STREETS =
      words("street st avenue ave road rd boulevard blvd drive dr lane ln parkway terrace");

  /**
   * Words, in any case, after a name or a pair of names that make them streets: "Franklin and
   * Odessa streets", "between Lexington and Jefferson Avenues".
   */
  private static final Set<String> STREETS_PLURAL =
      words("streets avenues roads boulevards drives lanes");

  /**
   * Words after a name that make it a part of a town, not a town of that name elsewhere: "the
   * Englewood neighborhood", "the Hub community".
   */
  private static final Set<String> NEIGHBOURHOODS =
      words("neighborhood neighbourhood neighborhoods neighbourhoods section community");

  /** Capitalised words that are far more often something else: never taken as places. */
  private static final Set<String> NEVER =
      words(
          "monday tuesday wednesday thursday friday saturday sunday january february march "
              + "april may june july august september october november december god allah i");

  /** Capitalised single words that are places only where the document names their country. */
  private static final Set<String> COMMON_WORDS =
      words(
          "police most many reading mobile nice bath split of hit will best union metro "
              + "independence liberty university victoria mercy hope justice mission progress "
              + "eagle buffalo federal national opposition army security commerce industry sale "
              + "lead man male female why she he they we you it this that these those there "
              + "here one two three however after before during among west east north south "
              + "central centre"
              + " northeast northwest southeast southwest midwest"
              + " capital coast");

  /**
   * Words after a name that make it a person, not a place: "Obama said", and "the Obama
   * administration".
   */
  private static final Set<String> SPEAKING =
      words("said says told tells stated states added wrote writes declared announced");

  /** An age between commas after a name: "Santiago, 40, was". */
  private static final Pattern AGE_AFTER = Pattern.compile(",\\s*\\d{1,2},");

  /** What follows a dateline's place: perhaps a state, perhaps the outlet, then a dash. */
  private static final Pattern DATELINE_END =
      Pattern.compile("(?:,[^,\\n()–—-]{2,25})?\\s*(?:\\([^)\\n]{1,40}\\))?\\s*(?:--?|–|—)\\s");

  private final Gazetteer gazetteer;
  private final Set<String> caseCountries;

  private static Set<String> words(String spaceSeparated) {
    return Set.of(spaceSeparated.split(" "));
  }

  public PlaceFinder(Gazetteer gazetteer) {
    this(gazetteer, Set.of());
  }

  /**
   * @param caseCountries the countries the collection is about (see {@link CaseCountries}): of
   *     namesakes none of which lies in a country the text names, the one in these is taken
   */
  public PlaceFinder(Gazetteer gazetteer, Set<String> caseCountries) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.caseCountries = Set.copyOf(caseCountries);
  }

  /** The same finder, for a collection about these countries. */
  public PlaceFinder forCase(Set<String> countries) {
    return new PlaceFinder(gazetteer, countries);
  }

  private record Token(int start, int end, String lower, boolean capitalised, boolean opens) {}

  private record Match(int first, int last, int start, int end, List<Gazetteer.Entry> entries) {}

  /**
   * The places named in {@code text}, in text order.
   *
   * @param text a part of a document's extracted text
   * @param offset where {@code text} starts in the document: spans are document offsets
   * @param ctx the countries and admin1 regions the document named before this text
   */
  public List<PlaceMention> find(String text, int offset, PlaceContext ctx) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(ctx, "ctx");
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be non-negative; got " + offset);
    }
    List<Token> tokens = tokenize(text);
    return find(text, offset, ctx, tokens, matches(tokens, text)).stream()
        .map(Pick::mention)
        .toList();
  }

  private List<Pick> find(
      String text, int offset, PlaceContext ctx, List<Token> tokens, List<Match> matches) {
    Set<String> surnames = surnames(tokens, text);
    PlaceContext local = StateAbbreviations.addTo(ctx, text, gazetteer);
    for (Match m : matches) {
      Gazetteer.Entry first = m.entries().get(0);
      if ((first.isRegion() || first.addition() || onlyCounty(m.entries()))
          && accepted(m, first, tokens, text, local, surnames)) {
        local = local.with(first.place());
      }
    }

    List<Pick> picks = new ArrayList<>();
    for (Match m : matches) {
      Gazetteer.Entry chosen = choose(m.entries(), local);
      if (accepted(m, chosen, tokens, text, local, surnames)) {
        picks.add(
            new Pick(
                new PlaceMention(
                    new Span(offset + m.start(), offset + m.end()),
                    text.substring(m.start(), m.end()),
                    chosen.place()),
                chosen.population(),
                dateline(m, text),
                m.entries()));
      }
    }
    for (PlaceMention state : StateAbbreviations.find(text, offset, gazetteer)) {
      if (picks.stream().noneMatch(p -> p.mention().span().overlaps(state.span()))) {
        picks.add(new Pick(state, 0, false, List.of()));
      }
    }
    picks.sort(Comparator.comparing(p -> p.mention().span()));
    return List.copyOf(picks);
  }

  /**
   * A place found, with its population, whether it opens a dateline, and every gazetteer entry of
   * its name.
   */
  private record Pick(
      PlaceMention mention, long population, boolean dateline, List<Gazetteer.Entry> entries) {}

  /**
   * The places a whole document names, each resolved in the context of all the others (see {@link
   * #contextOf}). A report is from where most of its places lie: each region counts the mentions of
   * places in it, a dateline's {@value #DATELINE_WEIGHT} times, ties to the region named first; a
   * region of the collection's countries comes before any other. A town or county of a region that
   * counts less than half as much as that home region, or of a country other than the collection's
   * when the home region is in one of them, is left out, unless it lies within {@value #LOCAL_KM}
   * km of a place of the home region, in a country the document names by name, or is a city of a
   * million or more: local news names a town of its own region bare and one elsewhere with its
   * state, so "Fullerton" in a report of Chicago's shootings is a street, and "Whitehaven" in one
   * of Memphis, Tennessee, a neighbourhood, not the towns in California and England. Where the home
   * region has a town or county of the name, the name is that one: "Forest" in a report of Scott
   * County, Mississippi, is Forest, Mississippi, not the larger Forest in Belgium.
   */
  public List<PlaceMention> inDocument(String text) {
    return inDocument(text, null);
  }

  /**
   * The places a whole document names (see {@link #inDocument(String)}), in a report of a publisher
   * whose reports are from {@code publisherHome} (see {@link PublisherRegions}): that region counts
   * as much as a dateline toward where the report is from.
   *
   * @param publisherHome a region key of {@link #homeRegion}, or null
   */
  public List<PlaceMention> inDocument(String text, String publisherHome) {
    List<Pick> picks = picksOf(text);
    Home home = home(picks, publisherHome);
    List<PlaceMention> out = new ArrayList<>();
    for (Pick p : picks) {
      if (!home.isFar(p)) {
        out.add(p.mention());
        continue;
      }
      p.entries().stream()
          .filter(e -> e.place().admin1() != null && regionOf(e.place()).equals(home.key()))
          .filter(e -> e.isCounty() || e.population() >= MIN_POPULATION_IN_CONTEXT)
          .findFirst()
          .ifPresent(
              e -> out.add(new PlaceMention(p.mention().span(), p.mention().text(), e.place())));
    }
    return List.copyOf(out);
  }

  /**
   * Where a report is from: its home region's key (null when it names none), how much each region
   * counts, the countries it names by name and the places it names in its home region.
   */
  private record Home(
      String key,
      Map<String, Integer> support,
      Set<String> countries,
      List<Place> places,
      Set<String> caseCountries) {

    /** Whether a town or county is far from home (see {@link PlaceFinder#inDocument}). */
    boolean isFar(Pick p) {
      Place place = p.mention().place();
      return key != null
          && place.admin1() != null
          && (Gazetteer.KIND_CITY.equals(place.kind())
              || Gazetteer.KIND_COUNTY.equals(place.kind()))
          && p.population() < MILLION_CITY
          && !countries.contains(place.country())
          && (2 * support.get(regionOf(place)) < support.get(key)
              || (caseCountries.contains(countryOf(key))
                  && !caseCountries.contains(place.country())))
          && places.stream().allMatch(h -> h.kilometresTo(place).orElse(0) > LOCAL_KM);
    }
  }

  /**
   * The key of the region a whole document is from ("US/Illinois", see {@link #inDocument}), or
   * null when it names none.
   */
  public String homeRegion(String text) {
    return home(picksOf(text), null).key();
  }

  /** The places a whole text names, each resolved in the context of all the others. */
  private List<Pick> picksOf(String text) {
    List<Token> tokens = tokenize(text);
    List<Match> matches = matches(tokens, text);
    return find(text, 0, contextOf(text, tokens, matches), tokens, matches);
  }

  private Home home(List<Pick> picks, String publisherHome) {
    Map<String, Integer> support = new LinkedHashMap<>();
    if (publisherHome != null) {
      support.put(publisherHome, DATELINE_WEIGHT);
    }
    Set<String> countries = new HashSet<>();
    for (Pick p : picks) {
      Place place = p.mention().place();
      if (Gazetteer.KIND_COUNTRY.equals(place.kind()) && place.country() != null) {
        countries.add(place.country());
      } else if (place.admin1() != null) {
        support.merge(regionOf(place), p.dateline() ? DATELINE_WEIGHT : 1, Integer::sum);
      }
    }
    String key =
        support.entrySet().stream()
            .filter(e -> caseCountries.contains(countryOf(e.getKey())))
            .max(Map.Entry.comparingByValue())
            .or(() -> support.entrySet().stream().max(Map.Entry.comparingByValue()))
            .map(Map.Entry::getKey)
            .orElse(null);
    List<Place> places =
        picks.stream()
            .map(p -> p.mention().place())
            .filter(p -> p.lat() != null && p.admin1() != null && regionOf(p).equals(key))
            .toList();
    return new Home(key, support, countries, places, caseCountries);
  }

  private static String regionOf(Place p) {
    return p.country() + "/" + p.admin1();
  }

  private static String countryOf(String region) {
    return region.substring(0, region.indexOf('/'));
  }

  /**
   * The context a document gives its own places: the countries and regions of every place it names,
   * save counties whose name is shared by counties of other regions ("Wayne County" is in sixteen
   * states): their region is for the rest of the text to tell, and it tells when a place of another
   * name the text uses lies near one of them alone.
   */
  public PlaceContext contextOf(String text) {
    List<Token> tokens = tokenize(text);
    return contextOf(text, tokens, matches(tokens, text));
  }

  private PlaceContext contextOf(String text, List<Token> tokens, List<Match> matches) {
    PlaceContext ctx = PlaceContext.empty();
    for (Pick p : find(text, 0, PlaceContext.empty(), tokens, matches)) {
      PlaceMention m = p.mention();
      if (!Gazetteer.KIND_COUNTY.equals(m.place().kind())
          || onlyCounty(gazetteer.entries(PlaceNames.key(m.text())))) {
        ctx = ctx.with(m.place());
      }
    }
    for (Match m : matches) {
      Gazetteer.Entry county = countyTheTextSupports(m, matches);
      if (county != null) {
        ctx = ctx.with(county.place());
      }
    }
    return ctx;
  }

  /**
   * Of the counties a name may be, the one alone near which lies a place of another name the text
   * uses, however small ("Pike County" and "McComb": Pike County, Mississippi); null when none or
   * several are.
   */
  private static Gazetteer.Entry countyTheTextSupports(Match m, List<Match> matches) {
    List<Gazetteer.Entry> counties =
        m.entries().stream().filter(Gazetteer.Entry::isCounty).toList();
    if (counties.size() < 2) {
      return null;
    }
    Gazetteer.Entry supported = null;
    for (Gazetteer.Entry county : counties) {
      Place c = county.place();
      boolean holdsOne =
          matches.stream()
              .filter(other -> other != m)
              .flatMap(other -> other.entries().stream())
              .anyMatch(e -> !e.isCounty() && near(c, e.place()));
      if (holdsOne) {
        if (supported != null) {
          return null;
        }
        supported = county;
      }
    }
    return supported;
  }

  /**
   * Whether a place lies in a county's region within {@value Place#COUNTY_REACH_KM} km of its
   * centre.
   */
  private static boolean near(Place county, Place p) {
    return Objects.equals(p.country(), county.country())
        && Objects.equals(p.admin1(), county.admin1())
        && county.kilometresTo(p).orElse(Double.MAX_VALUE) <= Place.COUNTY_REACH_KM;
  }

  /** The runs of the text that name gazetteer entries, longest first, in text order. */
  private List<Match> matches(List<Token> tokens, String text) {
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Match m = startsName(tokens, i, text) ? longestMatch(tokens, i, text) : null;
      if (m == null) {
        i++;
      } else {
        matches.add(m);
        i = m.last() + 1;
      }
    }
    return matches;
  }

  /** Whether a name's entries hold exactly one county, and it first. */
  private static boolean onlyCounty(List<Gazetteer.Entry> entries) {
    return entries.get(0).isCounty()
        && entries.stream().filter(Gazetteer.Entry::isCounty).count() == 1;
  }

  private Match longestMatch(List<Token> tokens, int i, String text) {
    int max = i;
    while (max + 1 < tokens.size()
        && max + 1 - i < MAX_TOKENS
        && joined(text, tokens.get(max), tokens.get(max + 1))
        && (tokens.get(max + 1).capitalised()
            || CONNECTORS.contains(tokens.get(max + 1).lower()))) {
      max++;
    }
    boolean camp = tokens.get(i).lower().equals("camp");
    for (int j = max; j >= i; j--) {
      if (!tokens.get(j).capitalised()) {
        continue;
      }
      int start = tokens.get(i).start();
      int end = tokens.get(j).end();
      String key = PlaceNames.key(text.substring(start, end));
      List<Gazetteer.Entry> entries = gazetteer.entries(key);
      if (!entries.isEmpty()) {
        return withCampSuffix(tokens, i, j, text, entries);
      }
      if (camp && j > i) {
        String rest = PlaceNames.key(text.substring(tokens.get(i + 1).start(), end));
        List<Gazetteer.Entry> added = gazetteer.additions(rest);
        if (added.isEmpty()) {
          added = gazetteer.additions(rest + " camp");
        }
        if (!added.isEmpty()) {
          return new Match(i, j, start, end, added);
        }
      }
      Match suffixed = campSuffix(tokens, i, j, text, key);
      if (suffixed != null) {
        return suffixed;
      }
      List<Gazetteer.Entry> near = nearMiss(key);
      if (near.isEmpty() && camp && j > i) {
        near = nearMiss(PlaceNames.key(text.substring(tokens.get(i + 1).start(), end)));
      }
      if (!near.isEmpty()) {
        return withCampSuffix(tokens, i, j, text, near);
      }
    }
    return null;
  }

  /** "X camp" where the case has X, "Camp X" or "X camp". */
  private Match campSuffix(List<Token> tokens, int i, int j, String text, String key) {
    if (!followedByCamp(tokens, j, text)) {
      return null;
    }
    List<Gazetteer.Entry> added = gazetteer.additions(key);
    if (added.isEmpty()) {
      added = gazetteer.additions("camp " + key);
    }
    if (added.isEmpty()) {
      added = gazetteer.additions(key + " camp");
    }
    if (added.isEmpty()) {
      return null;
    }
    return new Match(i, j + 1, tokens.get(i).start(), tokens.get(j + 1).end(), added);
  }

  /** A case addition's match, with a following "camp" taken into the span. */
  private static Match withCampSuffix(
      List<Token> tokens, int i, int j, String text, List<Gazetteer.Entry> entries) {
    if (entries.get(0).addition() && followedByCamp(tokens, j, text)) {
      return new Match(i, j + 1, tokens.get(i).start(), tokens.get(j + 1).end(), entries);
    }
    return new Match(i, j, tokens.get(i).start(), tokens.get(j).end(), entries);
  }

  private static boolean followedByCamp(List<Token> tokens, int j, String text) {
    return j + 1 < tokens.size()
        && tokens.get(j + 1).lower().equals("camp")
        && joined(text, tokens.get(j), tokens.get(j + 1));
  }

  /** Case additions one edit away from a name of six or more letters. */
  private List<Gazetteer.Entry> nearMiss(String key) {
    if (PlaceNames.letters(key) < MIN_LETTERS_FOR_TYPO) {
      return List.of();
    }
    List<Gazetteer.Entry> found = new ArrayList<>();
    for (String k : gazetteer.additionKeys()) {
      if (PlaceNames.letters(k) >= MIN_LETTERS_FOR_TYPO && PlaceNames.withinOneEdit(key, k)) {
        for (Gazetteer.Entry e : gazetteer.additions(k)) {
          if (!found.contains(e)) {
            found.add(e);
          }
        }
      }
    }
    return found;
  }

  /**
   * The case's own places win over namesakes; among equals, context decides (a region the text
   * names, then a country it names, then a country the collection is about), then prior. A town of
   * the collection's country is taken only when it is a town of some size and no namesake dwarfs it
   * (see {@link #CASE_COUNTRY_RATIO}): in American news, "Chelsea" is Chelsea, Massachusetts, but
   * "Paris" still Paris, France.
   */
  private Gazetteer.Entry choose(List<Gazetteer.Entry> entries, PlaceContext ctx) {
    boolean additions = entries.get(0).addition();
    Gazetteer.Entry inCountry = null;
    Gazetteer.Entry inCaseCountry = null;
    for (Gazetteer.Entry e : entries) {
      if (additions && !e.addition()) {
        break;
      }
      Place p = e.place();
      if (ctx.mentionsAdmin1(p.country(), p.admin1())) {
        return e;
      }
      if (inCountry == null && ctx.mentionsCountry(p.country())) {
        inCountry = e;
      }
      if (inCaseCountry == null
          && p.country() != null
          && caseCountries.contains(p.country())
          && e.population() >= MIN_POPULATION
          && e.population() * CASE_COUNTRY_RATIO >= entries.get(0).population()) {
        inCaseCountry = e;
      }
    }
    if (inCountry != null) {
      return inCountry;
    }
    return inCaseCountry != null ? inCaseCountry : entries.get(0);
  }

  /**
   * The words the text uses as the last word of a longer capitalised name that is not a place
   * ("Lena Jasper", "Tomas Ardell"): alone later in the text ("Jasper was taken"), they are that
   * person, not a town of the name.
   */
  private Set<String> surnames(List<Token> tokens, String text) {
    Set<String> out = new HashSet<>();
    for (int i = 1; i < tokens.size(); i++) {
      Token before = tokens.get(i - 1);
      Token t = tokens.get(i);
      if (t.capitalised()
          && before.capitalised()
          && joined(text, before, t)
          && !PREFIXES.contains(before.lower())
          && !TITLES.contains(before.lower())
          && !FEATURES.contains(t.lower())
          && gazetteer.entries(PlaceNames.key(text.substring(before.start(), t.end()))).isEmpty()) {
        out.add(PlaceNames.key(text.substring(t.start(), t.end())));
      }
    }
    return out;
  }

  private static boolean accepted(
      Match m,
      Gazetteer.Entry chosen,
      List<Token> tokens,
      String text,
      PlaceContext ctx,
      Set<String> surnames) {
    if (inHospitalName(m, tokens, text)) {
      return false;
    }
    if (chosen.addition()) {
      return true;
    }
    boolean single = m.first() == m.last();
    Token first = tokens.get(m.first());
    if (single && NEVER.contains(first.lower())) {
      return false;
    }
    if (single
        && m.end() < text.length()
        && text.charAt(m.end()) == ':'
        && chosen.population() < MIN_POPULATION_SENTENCE_START) {
      return false; // a form's label: "Name:", "Date:", "Race:"
    }
    if (single && personNamed(m, tokens, text)) {
      return false;
    }
    if (!single && STREETS.contains(tokens.get(m.last()).lower())) {
      return false; // "Park Avenue" is a street before it is a suburb of that name
    }
    if (m.first() > 0) {
      Token before = tokens.get(m.first() - 1);
      if (single && before.lower().equals("the") && !chosen.isRegion()) {
        // towns take no article: "the West", "the Hague" aside, it marks a common noun
        return false;
      }
      if (TITLES.contains(before.lower()) && before.capitalised()) {
        return false;
      }
      if (m.first() > 1
          && before.lower().equals("of")
          && tokens.get(m.first() - 2).lower().equals("block")) {
        return false;
      }
      if (before.capitalised()
          && joined(text, before, first)
          && !PREFIXES.contains(before.lower())) {
        return false;
      }
    }
    if (m.last() + 1 < tokens.size()) {
      Token last = tokens.get(m.last());
      Token after = tokens.get(m.last() + 1);
      if (after.capitalised()
          && joined(text, last, after)
          && !FEATURES.contains(after.lower())
          && !NEVER.contains(after.lower())
          && !regionFollows(chosen, after)) {
        return false;
      }
      if ((after.capitalised() && STREETS.contains(after.lower()))
          || (STREETS_PLURAL.contains(after.lower())
              && text.substring(m.end(), after.start()).isBlank())
          || streetPairFollows(tokens, m.last() + 1)) {
        return false;
      }
      if (NEIGHBOURHOODS.contains(after.lower()) && !chosen.isRegion() && !chosen.isCounty()) {
        return false;
      }
      if (COUNTIES.contains(after.lower()) && !chosen.isRegion()) {
        // "Warren County" is a county, and the town of its name is as likely in another state
        return false;
      }
      if ((SPEAKING.contains(after.lower()) || after.lower().equals("administration"))
          && !chosen.isRegion()) {
        return false;
      }
    }
    String written = text.substring(m.start(), m.end());
    if (single
        && written.length() <= 3
        && written.equals(written.toUpperCase(Locale.ROOT))
        && !Gazetteer.KIND_COUNTRY.equals(chosen.place().kind())) {
      // an acronym (UN, EU, ICC) rather than a town that happens to be spelled so
      return false;
    }
    Place place = chosen.place();
    boolean inContext =
        ctx.mentionsCountry(place.country()) || ctx.mentionsAdmin1(place.country(), place.admin1());
    String surface = PlaceNames.key(text.substring(m.start(), m.end()));
    if (single
        && COMMON_WORDS.contains(surface)
        && (first.opens() || !ctx.mentionsAdmin1(place.country(), place.admin1()))) {
      return false;
    }
    if (chosen.isRegion() || chosen.isCounty()) {
      return true;
    }
    if (single && surnames.contains(surface)) {
      return chosen.population() >= MIN_POPULATION_SENTENCE_START;
    }
    if (ctx.mentionsAdmin1(place.country(), place.admin1()) || dateline(m, text)) {
      return chosen.population() >= MIN_POPULATION_IN_CONTEXT;
    }
    if (ctx.mentionsAdmin1In(place.country())) {
      // the document names other regions of this country: a namesake here is more often a word
      return chosen.population() >= (single ? MIN_POPULATION_SENTENCE_START : MIN_POPULATION);
    }
    if (inContext) {
      return chosen.population()
          >= (single ? MIN_POPULATION_IN_COUNTRY : MIN_POPULATION_IN_CONTEXT);
    }
    if (single && (first.opens() || !ctx.countries().isEmpty())) {
      // a town abroad, in a story set in another country, is more often a word or a surname
      return chosen.population() >= MIN_POPULATION_SENTENCE_START;
    }
    return chosen.population() >= (single ? MIN_POPULATION : MIN_POPULATION_MULTIWORD);
  }

  /**
   * A single name that is a person's by its neighbours: after a first name and a middle initial
   * ("Dana H. Santiago") or before an age between commas ("Santiago, 40, was hurt").
   */
  private static boolean personNamed(Match m, List<Token> tokens, String text) {
    if (AGE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
      return true;
    }
    if (m.first() < 2) {
      return false;
    }
    Token initial = tokens.get(m.first() - 1);
    Token name = tokens.get(m.first() - 2);
    return initial.end() - initial.start() == 1
        && initial.capitalised()
        && name.capitalised()
        && !PREFIXES.contains(name.lower())
        && text.startsWith(". ", initial.end())
        && initial.end() + 2 == tokens.get(m.first()).start()
        && joined(text, name, initial);
  }

  /** "Bridgeport Connecticut": the place's own region written after it without a comma. */
  private static boolean regionFollows(Gazetteer.Entry chosen, Token after) {
    String region = chosen.place().admin1();
    return region != null
        && (PlaceNames.key(region) + " ").startsWith(after.lower() + " ")
        && !chosen.isRegion();
  }

  /**
   * "and Odessa streets", "and Jefferson Avenues" from {@code i}: the name before is a street's.
   */
  private static boolean streetPairFollows(List<Token> tokens, int i) {
    return i + 2 < tokens.size()
        && tokens.get(i).lower().equals("and")
        && tokens.get(i + 1).capitalised()
        && STREETS_PLURAL.contains(tokens.get(i + 2).lower());
  }

  /**
   * Whether the name opens a news dateline: a line's first words, in capitals or not, then perhaps
   * a state and the outlet, then a dash ("SMICKSBURG — A member of", "Harrisburg, Pa. (AP) --
   * Two"). A dateline names the place the report is from, so a small town there is no coincidence.
   */
  private static boolean dateline(Match m, String text) {
    int start = m.start();
    if (start > 0 && text.charAt(start - 1) != '\n') {
      return false;
    }
    return DATELINE_END.matcher(text).region(m.end(), text.length()).lookingAt();
  }

  private static boolean startsName(List<Token> tokens, int i, String text) {
    Token t = tokens.get(i);
    if (t.capitalised()) {
      return true;
    }
    return PARTICLES.contains(t.lower())
        && i + 1 < tokens.size()
        && tokens.get(i + 1).capitalised()
        && text.charAt(t.end()) == '-'
        && tokens.get(i + 1).start() == t.end() + 1;
  }

  /** Whether two neighbouring tokens belong to one name: one or two spaces, or a hyphen. */
  private static boolean joined(String text, Token a, Token b) {
    int gap = b.start() - a.end();
    if (gap == 1) {
      char c = text.charAt(a.end());
      return c == ' ' || c == '-' || c == '\u00a0';
    }
    return gap == 2
        && text.charAt(a.end() + 1) == ' '
        && (text.charAt(a.end()) == ' ' || (text.charAt(a.end()) == '.' && abbreviation(a)));
  }

  /**
   * Whether the name opens a hospital's: "Kesterby Provincial Hospital", "Bayside General Medical
   * Center". A hospital's town is where the wounded were treated, not where they were hurt.
   */
  private static boolean inHospitalName(Match m, List<Token> tokens, String text) {
    for (int j = m.last() + 1; j < tokens.size() && j <= m.last() + 3; j++) {
      Token t = tokens.get(j);
      if (!t.capitalised() || !joined(text, tokens.get(j - 1), t)) {
        return false;
      }
      if (MEDICAL.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /** "Mt.", "St.", "Ft.": a name's abbreviated first word, joined to the next by its full stop. */
  private static boolean abbreviation(Token t) {
    return ABBREVIATIONS.contains(t.lower());
  }

  private static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (end - start > 2 && (text.startsWith("'s", end - 2) || text.startsWith("’s", end - 2))) {
        end -= 2;
      }
      char c = text.charAt(start);
      boolean capitalised = Character.isUpperCase(c) || Character.isTitleCase(c);
      tokens.add(
          new Token(
              start,
              end,
              text.substring(start, end).toLowerCase(Locale.ROOT).replace(".", ""),
              capitalised,
              opensSentence(text, start)));
    }
    return tokens;
  }

  /** Whether the word at {@code start} opens the text, a line or a sentence. */
  private static boolean opensSentence(String text, int start) {
    int k = start - 1;
    while (k >= 0) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r') {
        return true;
      }
      if (Character.isWhitespace(c) || "\"“‘'([«".indexOf(c) >= 0) {
        k--;
        continue;
      }
      return c == '.' || c == '!' || c == '?' || c == '…';
    }
    return true;
  }
}
