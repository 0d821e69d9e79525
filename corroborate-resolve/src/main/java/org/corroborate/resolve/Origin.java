package org.corroborate.resolve;

import java.util.Objects;

/**
 * One original statement that claims repeat.
 *
 * @param id the smallest id of its claims, so stable across re-runs
 * @param label who made it, for explanations: "UNAMI", "author of 002.html"
 */
record Origin(String id, String label) {

  Origin {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
  }
}
