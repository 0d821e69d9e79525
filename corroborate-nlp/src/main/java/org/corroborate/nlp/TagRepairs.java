package org.corroborate.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Part-of-speech tags the tagger is known to get wrong in news of violence, mended before lemmas
 * and the parse are read from them:
 *
 * <ul>
 *   <li>after a noun, "shot" joined to a verb of harm is tagged a noun, "a gunman shot" read as "a
 *       gunman's shot", so that "The gunman shot and killed two men" parses without a subject or an
 *       object for either verb; it takes the tag of the verb it is joined to;
 *   <li>in a headline in title case the participle after the people is tagged a proper noun and the
 *       number before them a list marker ("4 People Shot In Orlen"): they are tagged a participle
 *       and a number;
 *   <li>"shot" after a noun for people and before a preposition ("a boy shot in the head") is a
 *       participle;
 *   <li>"shot" in "gun shot wounds" is a noun.
 * </ul>
 */
final class TagRepairs {

  private static final Set<String> HARM_VERBS =
      Set.of("killed", "wounded", "injured", "hurt", "murdered", "paralyzed", "paralysed");

  /** The participles a headline reports people with. */
  private static final Set<String> HEADLINE_PARTICIPLES =
      Set.of("shot", "killed", "wounded", "injured", "hurt", "stabbed", "slain", "murdered");

  /** Nouns for people a participle may follow: "a boy shot in the head". */
  private static final Set<String> PEOPLE =
      Set.of(
          ("man men woman women boy boys girl girls child children teen teens teenager teenagers"
                  + " person people victim victims officer officers student students toddler")
              .split(" "));

  private TagRepairs() {}

  static void apply(List<CoreLabel> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel w = tokens.get(i);
      if (isShotBeforeHarm(tokens, i)) {
        w.setTag(tokens.get(i + 2).tag());
      } else if (isShotPerson(tokens, i)) {
        w.setTag("VBN");
      } else if (isGunShotWound(tokens, i)) {
        w.setTag("NN");
      } else if (isHeadlineParticiple(tokens, i)) {
        w.setTag("VBN");
        for (int j = 0; j < i; j++) {
          if (tokens.get(j).tag().equals("LS") && isNumber(tokens.get(j).word())) {
            tokens.get(j).setTag("CD");
          }
        }
      }
    }
  }

  private static boolean isShotBeforeHarm(List<CoreLabel> tokens, int i) {
    if (i + 2 >= tokens.size()) {
      return false;
    }
    CoreLabel shot = tokens.get(i);
    CoreLabel verb = tokens.get(i + 2);
    String joint = tokens.get(i + 1).word();
    return shot.word().equalsIgnoreCase("shot")
        && shot.tag().startsWith("NN")
        && (joint.equals("and") || joint.equals(","))
        && HARM_VERBS.contains(verb.word().toLowerCase(Locale.ROOT))
        && (verb.tag().equals("VBD") || verb.tag().equals("VBN"));
  }

  /**
   * "a boy shot in the chest ... died": "shot" after a noun for a person and before a preposition,
   * which the tagger takes for a noun compounded with the person.
   */
  private static boolean isShotPerson(List<CoreLabel> tokens, int i) {
    return i > 0
        && i + 1 < tokens.size()
        && tokens.get(i).word().equals("shot")
        && tokens.get(i).tag().startsWith("NN")
        && PEOPLE.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))
        && tokens.get(i + 1).tag().equals("IN");
  }

  /** "gun shot wounds", the compound "gunshot" written apart: a noun, not a verb. */
  private static boolean isGunShotWound(List<CoreLabel> tokens, int i) {
    return i > 0
        && i + 1 < tokens.size()
        && tokens.get(i).word().equalsIgnoreCase("shot")
        && tokens.get(i - 1).word().equalsIgnoreCase("gun")
        && tokens.get(i + 1).word().toLowerCase(Locale.ROOT).startsWith("wound");
  }

  /**
   * "Shot" in "4 People Shot In Orlen": a capitalised participle after a capitalised plural noun,
   * in a line whose words are mostly capitalised.
   */
  private static boolean isHeadlineParticiple(List<CoreLabel> tokens, int i) {
    if (i == 0) {
      return false;
    }
    CoreLabel w = tokens.get(i);
    CoreLabel people = tokens.get(i - 1);
    return HEADLINE_PARTICIPLES.contains(w.word().toLowerCase(Locale.ROOT))
        && Character.isUpperCase(w.word().charAt(0))
        && w.tag().startsWith("NN")
        && Character.isUpperCase(people.word().charAt(0))
        && (people.tag().equals("NNS") || people.tag().equals("NNPS"))
        && isTitleCase(tokens);
  }

  private static boolean isTitleCase(List<CoreLabel> tokens) {
    int words = 0;
    int capitalised = 0;
    for (CoreLabel t : tokens) {
      String word = t.word();
      if (word.length() > 3 && Character.isLetter(word.charAt(0))) {
        words++;
        if (Character.isUpperCase(word.charAt(0))) {
          capitalised++;
        }
      }
    }
    return words >= 3 && capitalised * 4 >= words * 3;
  }

  private static boolean isNumber(String word) {
    return word.chars().allMatch(Character::isDigit);
  }
}
