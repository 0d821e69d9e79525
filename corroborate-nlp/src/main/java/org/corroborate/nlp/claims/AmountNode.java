package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.Quantity;
import org.corroborate.model.QuantityKind;

/**
 * Where an amount sits in the dependency tree.
 *
 * @param head the amount's head word ("two" of "Fifty two", "30" of "over 30", "women" of "six
 *     women and one man")
 * @param role the word whose relation to a predicate says what happened to the people counted: the
 *     noun a number modifies ("residents" of "52 residents"), the collective noun of "a group of
 *     seven" and of "a total of five people", else the head itself ("killing forty-four")
 * @param counted the noun counted: "injuries" of "dozens of severe injuries", "them" of "2500 of
 *     them", else {@code role} (a name's "of" is where the person is from: "Dana Okonjo, 16, of
 *     Orlen")
 */
record AmountNode(IndexedWord head, IndexedWord role, IndexedWord counted) {

  private static final Set<String> COLLECTIVES =
      Set.of("group", "total", "number", "band", "batch", "party", "set");
  private static final Set<String> NEGATIVE_DETERMINERS = Set.of("no");

  AmountNode {
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(counted, "counted");
  }

  /** Locates an amount in a parse; empty when its words were not parsed or it reads "no one". */
  static Optional<AmountNode> locate(Parse parse, Quantity amount) {
    List<IndexedWord> words = overlapping(parse, amount);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    Set<IndexedWord> inside = new HashSet<>(words);
    IndexedWord head = null;
    for (IndexedWord w : words) {
      IndexedWord parent = parse.parent(w);
      if (parent == null || !inside.contains(parent)) {
        head = w;
      }
    }
    if (head == null || parse.hasChildLemma(head, "det", NEGATIVE_DETERMINERS)) {
      return Optional.empty();
    }
    IndexedWord role = role(parse, head, amount.kind());
    IndexedWord counted = role;
    IndexedWord collective = parse.parent(role);
    if (!role.equals(head)
        && collective != null
        && parse.rel(role).equals("nmod")
        && parse.caseOf(role).equals("of")
        && COLLECTIVES.contains(Parse.lemma(collective))) {
      role = collective; // "a total of five people were shot"
    }
    if (role.equals(head) && !head.tag().startsWith("NNP")) {
      for (IndexedWord c : parse.children(head, "nmod")) {
        if (parse.caseOf(c).equals("of")) {
          counted = c;
        }
      }
    }
    return Optional.of(new AmountNode(head, role, counted));
  }

  private static IndexedWord role(Parse parse, IndexedWord head, QuantityKind kind) {
    IndexedWord parent = parse.parent(head);
    if (parent == null) {
      return head;
    }
    String rel = parse.rel(head);
    if (kind == QuantityKind.VAGUE
        && rel.equals("amod")
        && Set.of("more", "other").contains(Parse.lemma(parent))) {
      return parent;
    }
    if (!parent.tag().startsWith("N")) {
      return head;
    }
    if (rel.equals("nummod")) {
      return parent;
    }
    if (kind == QuantityKind.VAGUE && (rel.equals("amod") || rel.equals("det"))) {
      return parent;
    }
    if (rel.equals("nmod")
        && parse.caseOf(head).equals("of")
        && COLLECTIVES.contains(Parse.lemma(parent))) {
      return parent;
    }
    return head;
  }

  private static List<IndexedWord> overlapping(Parse parse, Quantity amount) {
    return parse.words().stream().filter(w -> Parse.span(w).overlaps(amount.span())).toList();
  }
}
