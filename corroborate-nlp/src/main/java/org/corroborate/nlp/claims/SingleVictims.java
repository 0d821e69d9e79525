package org.corroborate.nlp.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.Quantity;
import org.corroborate.model.Span;

/**
 * One person named without a number — "a man", "a 35-year-old woman", "an elderly resident", "one
 * person", "a 15-year-old", "another", "one of the victims" — read as an amount of one (two for "a
 * man and woman"), beside the amounts another reader finds. Most reports of a single death or
 * injury say "a man was shot and killed", never "1"; the figure rules then decide from the
 * dependency tree whether that person was a casualty, exactly as for a number, so "a man told
 * reporters" stays no figure. A person the report has already introduced ("he", "the victim") or
 * names in full ("Dana Okonjo"), by one name and an age ("Daniel, 5,") or by one name alone is read
 * as at least one (see {@link #isKnownPerson}).
 */
public final class SingleVictims implements AmountReader {

  /** Singular nouns for a person, as news and human-rights reports name victims. */
  private static final String PERSON =
      "man|woman|boy|girl|child|teen|teenager|toddler|infant|baby|person|resident|civilian"
          + "|student|officer|soldier|policeman|policewoman|deputy|trooper|guard|driver|passenger"
          + "|worker|farmer|shepherd|journalist|reporter|doctor|nurse|teacher|refugee|detainee"
          + "|prisoner|villager|bystander|pedestrian|father|mother|son|daughter|brother|sister"
          + "|husband|wife|relative|neighbor|neighbour|customer|employee|victim|youth|juvenile"
          + "|male|female|adult|senior|pastor|priest|imam|activist|grandfather|grandmother"
          + "|grandson|granddaughter|grandchild|uncle|aunt|cousin|nephew|niece|friend|boyfriend"
          + "|girlfriend|stepfather|stepmother|stepson|stepdaughter";

  /**
   * At most three modifiers before a person's noun, none of them "of", "or", "and", "who" nor a
   * person's noun ("a man shot his wife and daughter" is no pair under "a").
   */
  private static final String MODIFIERS =
      "(?:(?!(?i:of|or|and|who|that|" + PERSON + ")\\b)[\\p{L}\\d][\\p{L}\\d'’-]*\\s+){0,3}?";

  /**
   * "a", "an", "one" or "another" and at most three modifiers before the noun; "one of" is not one.
   */
  private static final Pattern ONE =
      Pattern.compile("\\b(?i:a|an|one|another)\\s+" + MODIFIERS + "(?:" + PERSON + ")\\b(?!-)");

  /** An age as news writes it: "15-year-old", also "15-year old" and "15 year old". */
  private static final String YEARS_OLD = "[\\p{L}\\d]+[- ]year[- ]old";

  /**
   * One more person of a list, named by age without an article after a comma or "and": the woman
   * and the boy of "a 40-year-old man, 38-year-old woman and 9-year-old boy".
   */
  private static final Pattern LISTED =
      Pattern.compile("(?<=,\\s|\\band\\s)" + YEARS_OLD + "\\s+(?:" + PERSON + ")\\b(?!-)");

  /**
   * "another" standing for a person, before a verb, an adverb or the end of a clause: "three were
   * killed and another injured", "wounding another". Before a noun ("another shooting") it is no
   * person.
   */
  private static final Pattern ANOTHER =
      Pattern.compile(
          "\\b(?i:another)(?=\\s*[.,;]|\\s+(?:was|were|is|remains|\\p{L}+ly|\\p{L}+ed|hurt|dead"
              + "|shot)\\b)");

  /** Two people under one article: "a man and woman", "a mother and daughter". */
  private static final Pattern PAIR =
      Pattern.compile(
          "\\b(?i:a|an)\\s+"
              + MODIFIERS
              + "(?:"
              + PERSON
              + ")\\s+and\\s+(?:"
              + PERSON
              + ")\\b(?!-)");

  /** What may stand before a relative's noun: "4-year-old", "teenage", "pregnant". */
  private static final String AGE =
      "(?:(?:"
          + YEARS_OLD
          + "|young|younger|youngest|older|oldest|elder|eldest|elderly|teenage"
          + "|adult|infant|baby|pregnant|twin)\\s+){0,2}";

  /**
   * Two relatives, or two people told of before, each named by a noun: "her brother and 4-year-old
   * daughter", "his wife and their son", "the mother and father", "the twins". Whoever the report
   * told of before, they are two.
   */
  private static final Pattern KNOWN_PAIR =
      Pattern.compile(
          "\\b(?i:the|his|her|their)\\s+"
              + AGE
              + "(?:(?:"
              + PERSON
              + ")\\s+and\\s+(?:(?i:the|his|her|their)\\s+)?"
              + AGE
              + "(?:"
              + PERSON
              + ")|twins|twin\\s+(?:brothers|sisters|boys|girls))\\b(?![-'’])");

  /**
   * One of people told of: "one of the victims", "one of them", "one of the two men". Read apart
   * from numbers, since "one of" is no amount of its own ("one of the worst years").
   */
  private static final Pattern ONE_OF =
      Pattern.compile(
          "\\b(?i:one)\\s+of\\s+(?:them|those|(?i:the|his|her|their)\\s+"
              + MODIFIERS
              + "(?:victims|people|men|women|boys|girls|children|teens|teenagers|officers"
              + "|passengers|wounded|injured))\\b");

  /**
   * A person added in order — "a fourth victim", "a third person", "a second teen" — one of at
   * least that many: "A fourth victim was grazed" tells of four hit. With "the" an ordinal more
   * often ranks ("the third resident killed this month").
   */
  private static final Pattern ORDINAL =
      Pattern.compile(
          "\\b(?i:a|an)\\s+(?i:(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))"
              + "\\s+"
              + MODIFIERS
              + "(?:"
              + PERSON
              + ")\\b(?!-)");

  private static final List<String> ORDINALS =
      List.of("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");

  /** A person named by age alone: "a 15-year-old", "an 8-year-old". */
  private static final Pattern AGED = Pattern.compile("\\b(?i:a|an)\\s+" + YEARS_OLD + "\\b(?!-)");

  /**
   * A person the report has already introduced: "he", "she", "the victim", "the 9-year-old boy",
   * "the 15-year-old", someone's relative ("their mother", "his wife"), and "himself" ("a boy
   * accidentally shot himself"). Such a person is at least one of the dead or the injured (see
   * {@link #isKnownPerson}).
   */
  private static final Pattern KNOWN =
      Pattern.compile(
          "\\b(?:(?i:he|she|himself|herself)\\b(?![\\p{L}'’-])"
              + "|(?i:the|his|her|their)\\s+"
              + MODIFIERS
              + "(?:"
              + PERSON
              + ")\\b(?!-)"
              + "|(?i:the)\\s+"
              + YEARS_OLD
              + "\\b(?!-))");

  /**
   * A person's full name: two or three capitalised words, perhaps with a middle initial or a
   * nickname in quotes ("Dana Okonjo", "Tobin J. Reyes", "Jefferson “Rex” Rivers"). Like a person
   * told of before, at least one, and a figure only where the name is a casualty's patient and the
   * tagger takes it for a person's ("the residents of Camp Ashraf" are counted otherwise).
   */
  private static final Pattern NAMED =
      Pattern.compile(
          "\\b\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\.|\\s+[\"“]\\p{Lu}\\p{Ll}+[\"”])?"
              + "(?:\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?){1,2}\\b(?![\\p{L}'’-])");

  /**
   * A person named by one name and an age, as news writes it: "Daniel, 5, was shot", "fatally shot
   * Kincaid-Hill, 57,". Like a full name, at least one.
   */
  private static final Pattern NAMED_AGED =
      Pattern.compile("\\b\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?=,\\s*\\d{1,2},)");

  /**
   * A person named by one name alone, as news names a victim after the first mention: "Okonjo was
   * pronounced dead". Like a full name, at least one, and a figure only where the tagger takes the
   * word for a person's name. After a determiner ("this brave Velmoran") the word is a noun for one
   * of a group, not a name.
   */
  private static final Pattern SURNAME =
      Pattern.compile(
          "(?<!\\b(?i:the|this|a|an|his|her|their|our|my|its|every|each)"
              + "\\s(?:\\p{L}{1,20}\\s)?)"
              + "\\b\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\b(?![\\p{L}'’-])");

  /** The patterns in the order they read: of two that overlap, the first one's amount stands. */
  private static final List<Pattern> READING_ORDER =
      List.of(
          ORDINAL,
          PAIR,
          KNOWN_PAIR,
          ONE,
          LISTED,
          ONE_OF,
          ANOTHER,
          AGED,
          KNOWN,
          NAMED,
          NAMED_AGED,
          SURNAME);

  private final AmountReader numbers;

  public SingleVictims(AmountReader numbers) {
    this.numbers = numbers;
  }

  /**
   * Whether an amount is a person the report has already introduced ("he", "the victim") or names
   * ("Dana Okonjo"): at least one, and a figure only of the killed and the injured. "he was shot"
   * may tell again of a man the report counts among the dead; reconciliation counts such an injured
   * claim as none when the report counts any dead.
   */
  static boolean isKnownPerson(Quantity q) {
    return q.isAtLeast(1)
        && (KNOWN.matcher(q.text()).matches()
            || NAMED.matcher(q.text()).matches()
            || NAMED_AGED.matcher(q.text()).matches()
            || isOneName(q));
  }

  /** Whether an amount is a person the report has introduced before: "he", "the victim". */
  static boolean isToldOfBefore(Quantity q) {
    return q.isAtLeast(1) && KNOWN.matcher(q.text()).matches();
  }

  /**
   * Whether an amount tells of people not told of before in the sentence: "a man", "another woman",
   * "a 24-year-old", a name.
   */
  static boolean isSomebodyNew(Quantity q) {
    return (ONE.matcher(q.text()).matches() && !isOrdinal(q))
        || LISTED.matcher(q.text()).matches()
        || q.text().equalsIgnoreCase("another")
        || PAIR.matcher(q.text()).matches()
        || AGED.matcher(q.text()).matches()
        || NAMED.matcher(q.text()).matches()
        || NAMED_AGED.matcher(q.text()).matches()
        || isOneName(q);
  }

  /**
   * Whether an amount is a person numbered in order ("a fourth victim"): one of at least that many,
   * never added to others.
   */
  static boolean isOrdinal(Quantity q) {
    return ORDINAL.matcher(q.text()).matches();
  }

  /** Whether an amount is a person's name, full or one word (see {@link #NAMED}). */
  static boolean isNamed(Quantity q) {
    return q.isAtLeast(1) && (NAMED.matcher(q.text()).matches() || isOneName(q));
  }

  /** "Okonjo": one name alone, not "He" nor a number. */
  private static boolean isOneName(Quantity q) {
    return q.isAtLeast(1)
        && SURNAME.matcher(q.text()).matches()
        && !KNOWN.matcher(q.text()).matches();
  }

  /**
   * The amount a match of {@code one} reads: "a fourth victim" at least four, a name at least one.
   */
  private static Quantity amount(Pattern one, Matcher m, Span span) {
    if (one == ORDINAL) {
      long n = ORDINALS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 2L;
      return Quantity.atLeast(span, m.group(), n);
    }
    if (one == KNOWN || one == NAMED || one == NAMED_AGED || one == SURNAME) {
      return Quantity.atLeast(span, m.group(), 1);
    }
    return Quantity.exact(span, m.group(), one == PAIR || one == KNOWN_PAIR ? 2 : 1);
  }

  @Override
  public List<Quantity> read(String text, int offset) {
    List<Quantity> found = new ArrayList<>(numbers.read(text, offset));
    List<Quantity> ones = new ArrayList<>();
    for (Pattern one : READING_ORDER) {
      Matcher m = one.matcher(text);
      while (m.find()) {
        Span span = new Span(offset + m.start(), offset + m.end());
        if (found.stream().noneMatch(q -> q.span().overlaps(span))
            && ones.stream().noneMatch(q -> q.span().overlaps(span))) {
          ones.add(amount(one, m, span));
        }
      }
    }
    found.addAll(ones);
    found.sort(Comparator.comparing(Quantity::span));
    return List.copyOf(found);
  }
}
