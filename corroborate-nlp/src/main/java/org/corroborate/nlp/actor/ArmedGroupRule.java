package org.corroborate.nlp.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.ActorKind;

/**
 * Non-state armed groups named by what they are ({@link ActorKind#ARMED_GROUP}): "militia",
 * "militiamen", "gunmen", "armed men", "armed group", "masked men", with the capitalised words or
 * "pro-" word that say whose they are ("Kastrin militia", "pro-government militias"). When those
 * words are an institution's name ("the Hadrak Army militia"), the institution is its own mention
 * and the group is the noun alone.
 */
final class ArmedGroupRule implements ActorRule {

  private static final Pattern GROUP =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:((?:\\p{Lu}[\\p{L}’'\\-]+\\s+){1,3}|pro-[\\p{L}\\-]+\\s+))?"
              + "(?:[Mm]ilitias?|[Mm]ilitiam[ae]n|[Gg]unm[ae]n|[Aa]rmed\\s+(?:men|groups?)"
              + "|[Mm]asked\\s+(?:gunmen|men))(?![\\p{L}\\p{N}])");

  @Override
  public List<Candidate> find(String text) {
    List<Candidate> out = new ArrayList<>();
    Matcher m = GROUP.matcher(text);
    while (m.find()) {
      out.add(Candidate.of(start(text, m), m.end(), ActorKind.ARMED_GROUP));
    }
    return out;
  }

  /**
   * Where the group's name starts: at its owner without the words that open the sentence ("The
   * Kastrin militia"), or at the noun when the owner is an institution or nothing is left.
   */
  private static int start(String text, Matcher m) {
    if (m.group(1) == null) {
      return m.start();
    }
    List<NameRuns.Word> owner = NameRuns.words(m.group(1));
    int first = 0;
    while (first < owner.size()
        && NameRuns.OPENERS.contains(owner.get(first).text().toLowerCase(Locale.ROOT))) {
      first++;
    }
    String rest =
        text.substring(m.start(1), m.end(1))
            .substring(first < owner.size() ? owner.get(first).start() : m.group(1).length());
    if (rest.isBlank() || Kinds.isInstitutional(rest)) {
      return m.end(1);
    }
    return m.start(1) + owner.get(first).start();
  }
}
