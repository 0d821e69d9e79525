package org.corroborate.nlp.quantity;

import java.util.List;
import java.util.Set;
import org.corroborate.model.QuantityKind;

/**
 * Decides from the surrounding words that a number is not an amount of people or things: a measure,
 * a duration, a time, a price, a percentage, a label, a date, a year, an address, an ordinal, an
 * age (after a name, "Coleman, 31,", listed after "ages", or "14 y/o"), a parent's children ("a
 * mother of four"), the emergency number "911", a gun's calibre (".22") or the pronoun "one".
 */
final class NotAmounts {

  /** Nouns for a person an age may follow: "his son, 7,". */
  private static final Set<String> PERSON_NOUNS =
      Set.of(
          ("son daughter wife husband brother sister mother father man woman boy girl child"
                  + " toddler teen teenager baby infant victim friend cousin nephew niece grandson"
                  + " granddaughter boyfriend girlfriend stepson stepdaughter shooter gunman"
                  + " suspect student driver passenger officer deputy guard soldier resident"
                  + " neighbor neighbour")
              .split(" "));

  private static final Set<String> PARENTS =
      Set.of(
          ("mother father mom dad mum parent grandmother grandfather grandparent stepmother"
                  + " stepfather")
              .split(" "));

  private NotAmounts() {}

  /**
   * Whether {@code whole}, read around the number {@code core} it contains, is not an amount.
   * {@code whole} includes any modifier ("over 30") and {@code core} is the bare number ("30").
   */
  static boolean excluded(List<Token> t, Atom whole, Atom core) {
    Token previous = whole.first() > 0 ? t.get(whole.first() - 1) : null;
    return unitFollows(t, whole.end())
        || hyphenatedWordFollows(t, whole.end())
        || labelPrecedes(t, whole.first())
        || (core.end() < t.size() && t.get(core.end()).in(Lexicon.ORDINALS))
        || digits(t, core) && (dateAround(t, whole) || year(t, core) || address(t, core.end()))
        || pronounOne(t, whole, core)
        || ageAfterName(t, whole, core)
        || agesListed(t, whole.first())
        || ageAbbreviated(t, core.end())
        || childrenOfAParent(t, whole)
        || emergencyNumber(t, core)
        || calibre(t, whole)
        || (core.kind() == QuantityKind.VAGUE && previous != null && previous.is("how"));
  }

  private static boolean unitFollows(List<Token> t, int i) {
    if (i < t.size() && t.get(i).is("of")) {
      i++;
    }
    if (i >= t.size()) {
      return false;
    }
    Token next = t.get(i);
    return next.in(Lexicon.UNITS) || next.isSymbol('%') || next.isSymbol('\u2030');
  }

  /** "three-day", "forty-four-year-old": the number qualifies the word it is joined to. */
  private static boolean hyphenatedWordFollows(List<Token> t, int i) {
    return i + 1 < t.size()
        && t.get(i).isDash()
        && NumberWords.adjacent(t.get(i - 1), t.get(i))
        && NumberWords.adjacent(t.get(i), t.get(i + 1))
        && t.get(i + 1).kind() == Token.Kind.WORD;
  }

  private static boolean labelPrecedes(List<Token> t, int first) {
    if (first == 0) {
      return false;
    }
    Token previous = t.get(first - 1);
    if (previous.kind() == Token.Kind.SYMBOL
        && Lexicon.LABEL_SYMBOLS.indexOf(previous.text().charAt(0)) >= 0) {
      return true;
    }
    if (previous.isSymbol('.') && first >= 2) {
      previous = t.get(first - 2);
    }
    if (previous.is("of")
        && first >= 3
        && t.get(first - 2).kind() == Token.Kind.NUMBER
        && t.get(first - 3).in(Lexicon.LABELS)) {
      return true; // the count of a numbered series: "Image 2 of 16"
    }
    return previous.in(Lexicon.LABELS);
  }

  /** ".22", ".45": a point joined to the number, after no digit, names a calibre. */
  private static boolean calibre(List<Token> t, Atom whole) {
    int first = whole.first();
    if (first == 0 || !t.get(first - 1).isSymbol('.')) {
      return false;
    }
    Token point = t.get(first - 1);
    return NumberWords.adjacent(point, t.get(first))
        && (first < 2
            || t.get(first - 2).kind() != Token.Kind.NUMBER
            || !NumberWords.adjacent(t.get(first - 2), point));
  }

  private static boolean digits(List<Token> t, Atom core) {
    Token.Kind kind = t.get(core.first()).kind();
    return kind == Token.Kind.NUMBER || kind == Token.Kind.RANGE || kind == Token.Kind.DECIMAL;
  }

  /** "31 August", "September 1", "Sept. 1", "August 2014". */
  private static boolean dateAround(List<Token> t, Atom whole) {
    int before = whole.first() - 1;
    if (before >= 1 && t.get(before).isSymbol('.')) {
      before--;
    }
    return (before >= 0 && month(t.get(before)))
        || (whole.end() < t.size() && month(t.get(whole.end())));
  }

  private static boolean month(Token k) {
    return k.in(Lexicon.MONTHS) && (k.capitalised() || !k.in(Lexicon.AMBIGUOUS_MONTHS));
  }

  /** A year standing alone, unless people follow it: "2000 people fled". */
  private static boolean year(List<Token> t, Atom core) {
    Token k = t.get(core.first());
    boolean people = core.end() < t.size() && t.get(core.end()).in(Lexicon.PEOPLE);
    return core.end() == core.first() + 1 && Tokenizer.isYear(k.text()) && !people;
  }

  /** "345 Burning Tree Dr": capitalised words ending in a street word, at most four. */
  private static boolean address(List<Token> t, int i) {
    for (int j = i; j < t.size() && j < i + 4; j++) {
      Token k = t.get(j);
      if (k.kind() != Token.Kind.WORD || !k.capitalised()) {
        return false;
      }
      if (j > i && k.in(Lexicon.STREETS)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A person's age after the name, set off by commas as news writes it: "Jerry Coleman, 31, of
   * Orlen", "Dana Vale, 30; Brisco Vale, 21; and ...", "... and Tobin Reyes, 31 all died", "shot
   * his son, 7, in the arm". The number, in digits and under 120, follows a capitalised word or a
   * noun for a person and a comma, and a comma, a semicolon, a bracket, a full stop, "and", "all"
   * or "both" follows it: "In Orlen, 12 were killed" is a count.
   */
  private static boolean ageAfterName(List<Token> t, Atom whole, Atom core) {
    int first = whole.first();
    if (ageAfterFullName(t, whole, core)) {
      return true;
    }
    if (first < 2
        || whole.first() != core.first()
        || core.end() != core.first() + 1
        || t.get(core.first()).kind() != Token.Kind.NUMBER
        || t.get(core.first()).value() >= 120
        || !t.get(first - 1).isSymbol(',')
        || t.get(first - 2).kind() != Token.Kind.WORD
        || !(t.get(first - 2).capitalised() || t.get(first - 2).in(PERSON_NOUNS))
        || core.end() >= t.size()) {
      return false;
    }
    Token next = t.get(core.end());
    return next.isSymbol(',')
        || next.isSymbol(';')
        || next.isSymbol(')')
        || next.isSymbol('.')
        || next.is("and")
        || next.is("all")
        || next.is("both");
  }

  /** An age after a full name whose comma the writer left out: "Dana Okonjo 21, was found shot". */
  private static boolean ageAfterFullName(List<Token> t, Atom whole, Atom core) {
    int first = whole.first();
    return first >= 2
        && whole.first() == core.first()
        && core.end() == core.first() + 1
        && core.end() < t.size()
        && t.get(first).kind() == Token.Kind.NUMBER
        && t.get(first).value() < 120
        && t.get(first - 1).kind() == Token.Kind.WORD
        && t.get(first - 1).capitalised()
        && t.get(first - 2).kind() == Token.Kind.WORD
        && t.get(first - 2).capitalised()
        && t.get(core.end()).isSymbol(',');
  }

  /** "a 14 y/o", "20 y.o.": an age in the abbreviation of "years old". */
  private static boolean ageAbbreviated(List<Token> t, int i) {
    return i + 2 < t.size()
        && t.get(i).is("y")
        && (t.get(i + 1).isSymbol('/') || t.get(i + 1).isSymbol('.'))
        && t.get(i + 2).is("o");
  }

  /**
   * "a mother of four", "the father of three": how many children a parent has, unless a count of
   * someone's follows, "the mother of two of the victims".
   */
  private static boolean childrenOfAParent(List<Token> t, Atom whole) {
    int first = whole.first();
    return first >= 2
        && t.get(first - 1).is("of")
        && t.get(first - 2).in(PARENTS)
        && !(whole.end() < t.size() && t.get(whole.end()).is("of"));
  }

  /**
   * "two men, ages 20 and 27", "aged 19, 22 and 24": numbers listed after "ages" or "aged" are the
   * ages of people counted elsewhere.
   */
  private static boolean agesListed(List<Token> t, int first) {
    for (int i = first - 1; i >= 0 && i >= first - 8; i--) {
      Token w = t.get(i);
      if (w.is("ages") || w.is("aged") || w.is("age")) {
        return true;
      }
      if (!(w.kind() == Token.Kind.NUMBER || w.isSymbol(',') || w.is("and"))) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> DIALLED =
      Set.of(
          "call",
          "called",
          "calls",
          "calling",
          "dial",
          "dialed",
          "dialled",
          "dialing",
          "dialling",
          "phoned",
          "to");

  private static final Set<String> EMERGENCY_SERVICE =
      Set.of(
          "call",
          "calls",
          "caller",
          "callers",
          "dispatcher",
          "dispatchers",
          "operator",
          "operators",
          "center",
          "centre",
          "emergency",
          "system",
          "tape",
          "tapes",
          "recording",
          "recordings");

  /** The emergency number: "called 911", "a 911 call", "the 911 dispatcher". */
  private static boolean emergencyNumber(List<Token> t, Atom core) {
    if (core.end() != core.first() + 1 || !t.get(core.first()).text().equals("911")) {
      return false;
    }
    boolean dialled = core.first() > 0 && t.get(core.first() - 1).in(DIALLED);
    boolean service = core.end() < t.size() && t.get(core.end()).in(EMERGENCY_SERVICE);
    return dialled || service;
  }

  /** "no one", "one of the", "one day": "one" as a pronoun or in an idiom. */
  private static boolean pronounOne(List<Token> t, Atom whole, Atom core) {
    if (core.end() != core.first() + 1 || !t.get(core.first()).is("one")) {
      return false;
    }
    boolean before =
        whole.first() == core.first()
            && core.first() > 0
            && t.get(core.first() - 1).in(Lexicon.BEFORE_PRONOUN_ONE);
    boolean after = core.end() < t.size() && t.get(core.end()).in(Lexicon.AFTER_PRONOUN_ONE);
    return before || after;
  }
}
