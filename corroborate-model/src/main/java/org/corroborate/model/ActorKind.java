package org.corroborate.model;

import java.util.Locale;

/** What kind of actor a mention names. */
public enum ActorKind {
  PERSON,
  ORGANIZATION,
  /** A state's armed or security forces: "Iraqi forces", "the army", "police". */
  ARMED_FORCE,
  /** A non-state armed group or militia. */
  ARMED_GROUP,
  /** A group of people named by what they share: "residents", "Iranian dissidents". */
  GROUP;

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
