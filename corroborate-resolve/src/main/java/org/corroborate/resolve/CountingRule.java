package org.corroborate.resolve;

import java.util.List;
import java.util.Optional;
import org.corroborate.model.Claim;

/** A reason a figure's claim is shown but does not count toward best, low and high. */
interface CountingRule {

  /**
   * Why {@code claim} does not count, as a note for readers, or empty when this rule lets it count.
   *
   * @param sameProperty every claim of the incident for the claim's property, the claim included
   */
  Optional<String> excludes(Claim claim, List<Claim> sameProperty);
}
