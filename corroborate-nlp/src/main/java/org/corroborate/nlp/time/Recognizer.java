package org.corroborate.nlp.time;

import java.util.List;

/** Finds one family of time expressions and adds what each says, unresolved, to a list. */
interface Recognizer {

  void find(String text, DateOrder order, List<Piece> out);
}
