package org.corroborate.nlp.claims;

import static org.corroborate.model.ClaimProperty.ABDUCTED;
import static org.corroborate.model.ClaimProperty.DETAINED;
import static org.corroborate.model.ClaimProperty.INJURED;
import static org.corroborate.model.ClaimProperty.KILLED;
import static org.corroborate.model.ClaimProperty.MISSING;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.model.ClaimProperty;
import org.corroborate.nlp.claims.EventTypes.EventType;

/**
 * The words that name violent events or their toll, by lemma and coarse part of speech (verb, noun,
 * adjective): "storm" names an attack; "kill" names a killing and counts the killed; "body" names
 * no event but a counted body is a person killed.
 */
final class TriggerLexicon {

  /** Coarse part of speech of a lexicon entry. */
  enum Pos {
    VERB,
    NOUN,
    ADJ;

    static Optional<Pos> of(String tag) {
      if (tag == null || tag.isEmpty()) {
        return Optional.empty();
      }
      return switch (tag.charAt(0)) {
        case 'V' -> Optional.of(VERB);
        case 'N' -> Optional.of(NOUN);
        case 'J' -> Optional.of(ADJ);
        default -> Optional.empty();
      };
    }
  }

  /**
   * A lexicon entry.
   *
   * @param figure what a count of the word's victims is, or null when the word counts nobody
   *     ("storm", "attack")
   * @param namesEvent whether the word names the event itself, so that it is an event mention with
   *     an {@code occurred} claim; "body" and "injury" count casualties but name no event
   */
  record Entry(EventType type, ClaimProperty figure, boolean namesEvent) {
    Entry {
      Objects.requireNonNull(type, "type");
    }
  }

  private final Map<String, Entry> entries = new HashMap<>();

  TriggerLexicon() {
    event(Pos.VERB, EventTypes.ATTACK, "attack", "storm", "raid", "assault", "ambush", "target");
    event(Pos.NOUN, EventTypes.ATTACK, "attack", "raid", "assault", "ambush", "aggression");
    counting(Pos.VERB, EventTypes.SHOOTING, INJURED, "shoot");
    event(Pos.VERB, EventTypes.SHOOTING, "gun", "machine-gun");
    event(Pos.NOUN, EventTypes.SHOOTING, "shooting", "gunfire", "shot");
    counting(Pos.VERB, EventTypes.STABBING, INJURED, "stab");
    event(Pos.NOUN, EventTypes.STABBING, "stabbing");
    event(Pos.VERB, EventTypes.TORTURE, "torture");
    event(Pos.NOUN, EventTypes.TORTURE, "torture");
    event(Pos.VERB, EventTypes.SEXUAL_VIOLENCE, "rape");
    event(Pos.NOUN, EventTypes.SEXUAL_VIOLENCE, "rape");
    event(Pos.VERB, EventTypes.SHELLING, "shell");
    event(Pos.NOUN, EventTypes.SHELLING, "shelling", "bombardment");
    event(Pos.VERB, EventTypes.BOMBING, "bomb", "explode");
    event(Pos.NOUN, EventTypes.BOMBING, "bombing", "explosion", "blast");
    event(Pos.NOUN, EventTypes.AIR_STRIKE, "airstrike");
    event(Pos.NOUN, EventTypes.ARMED_CLASH, "clash", "battle", "firefight");
    event(Pos.VERB, EventTypes.ARMED_CLASH, "clash");

    counting(Pos.VERB, EventTypes.KILLING, KILLED, "kill", "murder", "slay", "assassinate");
    counting(Pos.NOUN, EventTypes.KILLING, KILLED, "killing", "murder", "assassination");
    counting(Pos.VERB, EventTypes.MASSACRE, KILLED, "massacre", "slaughter");
    counting(Pos.NOUN, EventTypes.MASSACRE, KILLED, "massacre", "slaughter");
    counting(Pos.VERB, EventTypes.EXECUTION, KILLED, "execute", "behead");
    counting(Pos.NOUN, EventTypes.EXECUTION, KILLED, "execution");
    counting(Pos.VERB, EventTypes.CHEMICAL_ATTACK, KILLED, "gas");
    counting(Pos.NOUN, EventTypes.CHEMICAL_ATTACK, KILLED, "gassing");
    counting(Pos.VERB, EventTypes.ATTACK, INJURED, "wound", "injure", "hurt", "hospitalize");
    counting(Pos.VERB, EventTypes.ABDUCTION, ABDUCTED, "abduct", "kidnap");
    counting(Pos.NOUN, EventTypes.ABDUCTION, ABDUCTED, "abduction", "kidnapping");
    counting(Pos.VERB, EventTypes.ABDUCTION, MISSING, "disappear");
    counting(Pos.NOUN, EventTypes.ABDUCTION, MISSING, "disappearance");
    counting(Pos.VERB, EventTypes.ARREST, DETAINED, "detain", "arrest");
    counting(Pos.NOUN, EventTypes.ARREST, DETAINED, "arrest", "detention");

    toll(Pos.VERB, EventTypes.KILLING, KILLED, "die", "perish", "succumb");
    toll(
        Pos.NOUN,
        EventTypes.KILLING,
        KILLED,
        "death",
        "body",
        "corpse",
        "fatality",
        "dead",
        "toll");
    toll(Pos.ADJ, EventTypes.KILLING, KILLED, "dead", "deceased");
    toll(Pos.NOUN, EventTypes.ATTACK, INJURED, "injury", "wounded", "injured");
    toll(Pos.ADJ, EventTypes.ATTACK, INJURED, "injured", "wounded", "hurt");
    toll(Pos.NOUN, EventTypes.ABDUCTION, ABDUCTED, "hostage", "abductee");
    toll(Pos.NOUN, EventTypes.ARREST, DETAINED, "detainee");
    toll(Pos.ADJ, EventTypes.ABDUCTION, MISSING, "missing");
  }

  private void event(Pos pos, EventType type, String... lemmas) {
    put(pos, new Entry(type, null, true), lemmas);
  }

  private void counting(Pos pos, EventType type, ClaimProperty figure, String... lemmas) {
    put(pos, new Entry(type, figure, true), lemmas);
  }

  private void toll(Pos pos, EventType type, ClaimProperty figure, String... lemmas) {
    put(pos, new Entry(type, figure, false), lemmas);
  }

  private void put(Pos pos, Entry entry, String... lemmas) {
    for (String lemma : lemmas) {
      entries.put(key(pos, lemma), entry);
    }
  }

  private static String key(Pos pos, String lemma) {
    return pos + ":" + lemma.toLowerCase(Locale.ROOT);
  }

  /** The entry for a tagged word: its lemma, then (for participles) its form, are looked up. */
  Optional<Entry> lookup(String lemma, String word, String tag) {
    Optional<Pos> pos = Pos.of(tag);
    if (pos.isEmpty() || lemma == null) {
      return Optional.empty();
    }
    for (String candidate : List.of(lemma, word)) {
      Entry e = entries.get(key(pos.get(), candidate));
      if (e != null) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
