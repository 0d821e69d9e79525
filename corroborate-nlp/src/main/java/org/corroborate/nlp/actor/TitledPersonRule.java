package org.corroborate.nlp.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.ActorKind;

/**
 * Persons named with a title ({@link ActorKind#PERSON}): a title, possibly qualified ("Prime
 * Minister", "Deputy Foreign Minister", "Brigadier General", "Mr."), then one to four capitalised
 * names with their particles ("Nuri al-Maliki", "Ali bin Hamad"). The title stays in the mention. A
 * title before an institution's name is no person: "General Assembly", "Minister of Interior".
 */
final class TitledPersonRule implements ActorRule {

  private static final String QUALIFIERS =
      "(?:(?:Deputy|Vice|Acting|Former|Prime|Foreign|Defen[cs]e|Interior|Justice|Finance|Chief"
          + "|Lieutenant|Major|Brigadier|Supreme|Grand|Police|Army)\\s+){0,3}";
  private static final String TITLES =
      "(?:(?:Mr|Mrs|Ms|Dr|Gen|Col|Maj|Capt|Lt|Sgt|Prof|Rev)\\.?|President|Minister|General"
          + "|Colonel|Major|Captain|Lieutenant|Sergeant|Commander|Governor|Judge|Ambassador"
          + "|Senator|Mayor|Sheikh|Shaykh|Imam|Mullah|Ayatollah|Emir|Prince|King|Queen|Sir"
          + "|Professor|Envoy|Spokesman|Spokeswoman)";
  private static final String NAME =
      "(?:(?:al|el|ad|as|ash|bin|ibn|abu|bint|de|da|van|von)[-\\s])?\\p{Lu}[\\p{L}\\p{M}’'\\-]*";

  private static final Pattern TITLED =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])"
              + QUALIFIERS
              + TITLES
              + "\\s+(?<name>"
              + NAME
              + "(?:\\s+"
              + NAME
              + "){0,3})(?![\\p{L}\\p{N}])");

  @Override
  public List<Candidate> find(String text) {
    List<Candidate> out = new ArrayList<>();
    Matcher m = TITLED.matcher(text);
    while (m.find()) {
      if (!Kinds.isInstitutional(m.group("name"))) {
        out.add(Candidate.of(m.start(), m.end(), ActorKind.PERSON));
      }
    }
    return out;
  }
}
