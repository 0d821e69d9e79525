package org.corroborate.nlp.actor;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.ActorKind;

/**
 * Capitalised names of institutions ({@link ActorKind#ORGANIZATION}, or the kind {@link Kinds}
 * reads from the name): a run of capitalised words ({@link NameRuns}) with a word that only
 * institutions' names have — "Ministry of Human Rights", "Kastrin Security Council", "Velmora
 * Relief Mission", "Mukhtar Army".
 */
final class OrganizationRule implements ActorRule {

  @Override
  public List<Candidate> find(String text) {
    List<Candidate> out = new ArrayList<>();
    for (NameRuns.Run run : NameRuns.find(text)) {
      for (NameRuns.Run part : split(run)) {
        String name = part.text(text);
        if (Kinds.isInstitutional(name)) {
          out.add(Candidate.of(part.start(), part.end(), Kinds.of(name)));
        }
      }
    }
    return out;
  }

  /**
   * A run split at "and" when both sides are institutions' names ("Relief Committee and the Hadrak
   * Army"), whole when one side is not ("Ministry of Trade and Industry").
   */
  private static List<NameRuns.Run> split(NameRuns.Run run) {
    List<NameRuns.Word> words = run.words();
    for (int i = 1; i < words.size() - 1; i++) {
      if (words.get(i).text().equals("and")) {
        List<NameRuns.Word> left = words.subList(0, i);
        List<NameRuns.Word> right = trimArticle(words.subList(i + 1, words.size()));
        if (!right.isEmpty() && isInstitutional(left) && isInstitutional(right)) {
          List<NameRuns.Run> parts = new ArrayList<>(List.of(run(left)));
          parts.addAll(split(run(right)));
          return parts;
        }
      }
    }
    return List.of(run);
  }

  private static List<NameRuns.Word> trimArticle(List<NameRuns.Word> words) {
    return !words.isEmpty() && words.get(0).text().equals("the")
        ? words.subList(1, words.size())
        : words;
  }

  private static boolean isInstitutional(List<NameRuns.Word> words) {
    StringBuilder sb = new StringBuilder();
    words.forEach(w -> sb.append(w.text()).append(' '));
    return Kinds.isInstitutional(sb.toString());
  }

  private static NameRuns.Run run(List<NameRuns.Word> words) {
    return new NameRuns.Run(words.get(0).start(), words.get(words.size() - 1).end(), words);
  }
}
