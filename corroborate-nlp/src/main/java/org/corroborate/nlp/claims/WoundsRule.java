package org.corroborate.nlp.claims;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corroborate.model.ClaimProperty;

/**
 * The people counted bear wounds: "three men walked into a gas station with gunshot wounds", "a
 * girl with a gunshot wound", "two officers were found with injuries", "police located a man with a
 * gunshot wound", "an officer sustained a gunshot wound", "three were treated for injuries", "two
 * were treated and released" (not "treated for shock and released"). Reports of the wounded often
 * use no casualty verb at all. Wounds called fatal or mortal count no injured; people found dead
 * with wounds are the killed only (see {@code ClaimExtractor}).
 */
final class WoundsRule implements FigureRule {

  private static final Set<String> WOUNDS = Set.of("wound", "injury");
  private static final Set<String> WITH = Set.of("with");
  private static final Set<String> FOR = Set.of("for");
  private static final Set<String> RELEASE = Set.of("release");
  private static final Set<String> FATAL = Set.of("fatal", "mortal", "deadly", "lethal");
  private static final Set<String> SUFFER = Set.of("suffer", "sustain", "receive");

  @Override
  public List<FigureLink> links(Parse parse, AmountNode amount) {
    IndexedWord role = parse.firstConjunct(amount.role());
    List<IndexedWord> candidates = new ArrayList<>(parse.children(amount.role(), "nmod"));
    String rel = parse.rel(role);
    IndexedWord verb = parse.parent(role);
    if (verb != null && (rel.equals("nsubj") || rel.equals("nsubj:pass") || rel.equals("obj"))) {
      // "found two men with gunshot wounds", "were found lying in the road with gunshot wounds",
      // "are at Bayside Medical Center with injuries"
      candidates.addAll(parse.children(verb, "obl", "nmod"));
      for (IndexedWord x : parse.children(verb, "xcomp")) {
        candidates.addAll(parse.children(x, "obl"));
      }
    }
    for (IndexedWord w : candidates) {
      if (WOUNDS.contains(Parse.lemma(w))
          && parse.hasChildLemma(w, "case", WITH)
          && !parse.hasChildLemma(w, "amod", FATAL)) {
        return List.of(new FigureLink(ClaimProperty.INJURED, w));
      }
    }
    if (verb != null && rel.equals("nsubj:pass") && Parse.lemma(verb).equals("treat")) {
      // "three were treated for non-life-threatening injuries"
      List<IndexedWord> treatedFor = new ArrayList<>();
      for (IndexedWord w : parse.children(verb, "obl")) {
        if (parse.hasChildLemma(w, "case", FOR)) {
          treatedFor.add(w);
        }
      }
      for (IndexedWord w : treatedFor) {
        if (WOUNDS.contains(Parse.lemma(w))) {
          return List.of(new FigureLink(ClaimProperty.INJURED, w));
        }
      }
      if (treatedFor.isEmpty() && parse.hasChildLemma(verb, "conj", RELEASE)) {
        // "four were treated and released": hurt, and alive
        return List.of(new FigureLink(ClaimProperty.INJURED, verb));
      }
    }
    if (verb != null && rel.equals("nsubj") && SUFFER.contains(Parse.lemma(verb))) {
      for (IndexedWord w : parse.children(verb, "obj")) {
        if (WOUNDS.contains(Parse.lemma(w)) && !parse.hasChildLemma(w, "amod", FATAL)) {
          return List.of(new FigureLink(ClaimProperty.INJURED, w));
        }
      }
    }
    return List.of();
  }
}
