package org.corroborate.nlp.actor;

import java.util.List;

/** One construction that names actors; stateless and safe to share between threads. */
interface ActorRule {

  /** The candidates in {@code text}, offsets into it, in any order; overlaps are resolved later. */
  List<Candidate> find(String text);
}
