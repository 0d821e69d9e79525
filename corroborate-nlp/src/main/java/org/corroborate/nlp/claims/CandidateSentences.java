package org.corroborate.nlp.claims;

import java.util.List;
import java.util.function.Predicate;

/**
 * Which sentences are worth tagging and parsing: those with a word that can name an event or a
 * casualty (matched on its surface form, before any tagging, so the list is wider than the {@link
 * TriggerLexicon}; "passed away" among them), and those that can introduce or close a quotation (a
 * quotation mark, or a final colon as in "Mr. Stevenson recounts:"), whose speaker the quoted
 * sentences need. A number alone does not select a sentence: every figure rule needs a casualty
 * word beside the number.
 */
final class CandidateSentences implements Predicate<List<String>> {

  private static final List<String> PREFIXES =
      List.of(
          "kill",
          "slaughter",
          "massacr",
          "murder",
          "slay",
          "slain",
          "assassin",
          "execut",
          "behead",
          "gas",
          "die",
          "died",
          "dying",
          "succumb",
          "dead",
          "death",
          "bod",
          "corpse",
          "fatal",
          "deceased",
          "toll",
          "wound",
          "injur",
          "hurt",
          "hospital",
          "medical",
          "trauma",
          "clinic",
          "infirmar",
          "condition",
          "treated",
          "abduct",
          "kidnap",
          "hostage",
          "disappear",
          "missing",
          "detain",
          "detention",
          "arrest",
          "attack",
          "storm",
          "raid",
          "assault",
          "ambush",
          "aggression",
          "target",
          "shoot",
          "shot",
          "gun",
          "bullet",
          "struck",
          "hit",
          "graz",
          "machine-gun",
          "stab",
          "tortur",
          "rape",
          "shell",
          "bomb",
          "explo",
          "blast",
          "airstrike",
          "clash",
          "battle",
          "firefight");

  @Override
  public boolean test(List<String> lowerCaseWords) {
    for (int i = 0; i < lowerCaseWords.size(); i++) {
      String w = lowerCaseWords.get(i);
      if (isQuotationMark(w) || isPassedAway(lowerCaseWords, i)) {
        return true;
      }
      for (String prefix : PREFIXES) {
        if (w.startsWith(prefix)) {
          return true;
        }
      }
    }
    return !lowerCaseWords.isEmpty() && lowerCaseWords.get(lowerCaseWords.size() - 1).equals(":");
  }

  /** "passed away", "passes away": a death in other words. */
  private static boolean isPassedAway(List<String> words, int i) {
    return words.get(i).startsWith("pass")
        && i + 1 < words.size()
        && words.get(i + 1).equals("away");
  }

  private static boolean isQuotationMark(String w) {
    return w.equals("``") || w.equals("''") || w.equals("\"") || w.equals("“") || w.equals("”");
  }
}
