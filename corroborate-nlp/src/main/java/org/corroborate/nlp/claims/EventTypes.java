package org.corroborate.nlp.claims;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The project's event taxonomy and its mapping to ACLED's event and sub-event types. The label is
 * what {@link org.corroborate.model.Claim#eventType()} holds.
 *
 * <table>
 *   <caption>event types</caption>
 *   <tr><th>label</th><th>ACLED event type / sub-event type</th></tr>
 *   <tr><td>attack</td><td>Violence against civilians / Attack</td></tr>
 *   <tr><td>killing</td><td>Violence against civilians / Attack</td></tr>
 *   <tr><td>massacre</td><td>Violence against civilians / Attack</td></tr>
 *   <tr><td>execution</td><td>Violence against civilians / Attack</td></tr>
 *   <tr><td>shooting</td><td>Violence against civilians / Attack</td></tr>
 *   <tr><td>stabbing</td><td>Violence against civilians / Attack</td></tr>
 *   <tr><td>torture</td><td>Violence against civilians / Attack</td></tr>
 *   <tr><td>sexual violence</td><td>Violence against civilians / Sexual violence</td></tr>
 *   <tr><td>abduction</td><td>Violence against civilians / Abduction/forced disappearance</td></tr>
 *   <tr><td>arrest</td><td>Strategic developments / Arrests</td></tr>
 *   <tr><td>shelling</td><td>Explosions/Remote violence / Shelling/artillery/missile attack</td></tr>
 *   <tr><td>bombing</td><td>Explosions/Remote violence / Remote explosive/landmine/IED</td></tr>
 *   <tr><td>air strike</td><td>Explosions/Remote violence / Air/drone strike</td></tr>
 *   <tr><td>chemical attack</td><td>Explosions/Remote violence / Chemical weapon</td></tr>
 *   <tr><td>armed clash</td><td>Battles / Armed clash</td></tr>
 * </table>
 */
public final class EventTypes {

  /** One type of the taxonomy. */
  public record EventType(String label, String acledEventType, String acledSubEventType) {

    public EventType {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(acledEventType, "acledEventType");
      Objects.requireNonNull(acledSubEventType, "acledSubEventType");
    }

    /** "Violence against civilians / Attack". */
    public String acled() {
      return acledEventType + " / " + acledSubEventType;
    }
  }

  private static final String CIVILIANS = "Violence against civilians";
  private static final String REMOTE = "Explosions/Remote violence";

  public static final EventType ATTACK = new EventType("attack", CIVILIANS, "Attack");
  public static final EventType KILLING = new EventType("killing", CIVILIANS, "Attack");
  public static final EventType MASSACRE = new EventType("massacre", CIVILIANS, "Attack");
  public static final EventType EXECUTION = new EventType("execution", CIVILIANS, "Attack");
  public static final EventType SHOOTING = new EventType("shooting", CIVILIANS, "Attack");
  public static final EventType STABBING = new EventType("stabbing", CIVILIANS, "Attack");
  public static final EventType TORTURE = new EventType("torture", CIVILIANS, "Attack");
  public static final EventType SEXUAL_VIOLENCE =
      new EventType("sexual violence", CIVILIANS, "Sexual violence");
  public static final EventType ABDUCTION =
      new EventType("abduction", CIVILIANS, "Abduction/forced disappearance");
  public static final EventType ARREST =
      new EventType("arrest", "Strategic developments", "Arrests");
  public static final EventType SHELLING =
      new EventType("shelling", REMOTE, "Shelling/artillery/missile attack");
  public static final EventType BOMBING =
      new EventType("bombing", REMOTE, "Remote explosive/landmine/IED");
  public static final EventType AIR_STRIKE =
      new EventType("air strike", REMOTE, "Air/drone strike");
  public static final EventType CHEMICAL_ATTACK =
      new EventType("chemical attack", REMOTE, "Chemical weapon");
  public static final EventType ARMED_CLASH =
      new EventType("armed clash", "Battles", "Armed clash");

  /** Every type, for documentation and lookups by label. */
  public static final List<EventType> ALL =
      List.of(
          ATTACK,
          KILLING,
          MASSACRE,
          EXECUTION,
          SHOOTING,
          STABBING,
          TORTURE,
          SEXUAL_VIOLENCE,
          ABDUCTION,
          ARREST,
          SHELLING,
          BOMBING,
          AIR_STRIKE,
          CHEMICAL_ATTACK,
          ARMED_CLASH);

  private EventTypes() {}

  /**
   * Narrows a generic attack by the weapon named in front of it: "mortar attack" is shelling, "air
   * strike" an air strike, "chemical attack" a chemical attack, "bomb attack" a bombing.
   */
  public static EventType refine(EventType type, List<String> modifierLemmas) {
    if (type != ATTACK) {
      return type;
    }
    for (String m : modifierLemmas) {
      switch (m.toLowerCase(Locale.ROOT)) {
        case "mortar", "rocket", "missile", "artillery", "shell" -> {
          return SHELLING;
        }
        case "air", "drone", "aerial" -> {
          return AIR_STRIKE;
        }
        case "chemical", "gas", "sarin", "chlorine" -> {
          return CHEMICAL_ATTACK;
        }
        case "bomb", "suicide", "ied", "car" -> {
          return BOMBING;
        }
        default -> {}
      }
    }
    return type;
  }
}
