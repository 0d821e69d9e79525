package org.corroborate.nlp.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.ActorKind;

/**
 * Names that the text gives other names for, right after them: a comma and an acronym, a
 * parenthesis of one or more names or acronyms, or both — "Velmora Liberation Front, VLF", "the
 * Kastrin Relief Mission (KRM)", "Velmoran People’s Union, VPU (Ittehad-e Mardom, IM)", "Oren Dask
 * (OD)", "the IM (Ittehad-e Mardom)".
 *
 * <p>To tell an alias from a list or an aside: a comma-acronym without a parenthesis must be the
 * name's initials; a parenthesis must hold only capitalised names and acronyms, and one lone name
 * in it (or several, without a comma-acronym before) are aliases only when the name or one of them
 * is an institution's ({@link Kinds#isInstitutional}) or one is the other's acronym. When an
 * acronym is the initials of the name's last words, the name starts there: "Yesterday the Kastrin
 * Human Rights Office (HRO)" names "Human Rights Office".
 *
 * <p>The candidate's name is the first name; its aliases are the others, in the order written; its
 * region runs to the end of the construction.
 */
final class AliasIntroductionRule implements ActorRule {

  private static final String ACRONYM = "\\p{Lu}[\\p{Lu}\\p{N}&]*(?:\\.\\p{Lu})*\\.?";
  private static final Pattern AFTER =
      Pattern.compile(
          "(?:[ \\t]*,[ \\t]*(?<acronym>"
              + ACRONYM
              + ")(?![\\p{L}\\p{N}]))?(?:\\s*\\((?<paren>[^()\\n]{1,160})\\))?");
  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,;/]|\\bor\\b)\\s*");
  private static final Pattern KNOWN_AS =
      Pattern.compile("^(?:also\\s+)?(?:known\\s+as|called|aka|a\\.k\\.a\\.|formerly)\\s+");
  private static final Pattern NAME =
      Pattern.compile(
          "(?:the\\s+)?\\p{Lu}[\\p{L}\\p{M}\\p{N}’'\\-]*"
              + "(?:\\s+(?:(?:of|for|the|and|in|on|de|du|al|el|bin|ibn)\\s+)*"
              + "\\p{Lu}[\\p{L}\\p{M}\\p{N}’'\\-]*)*");

  @Override
  public List<Candidate> find(String text) {
    List<Candidate> out = new ArrayList<>();
    for (NameRuns.Run run : NameRuns.find(text)) {
      Matcher m = AFTER.matcher(text).region(run.end(), text.length());
      if (!m.lookingAt() || m.end() == run.end()) {
        continue;
      }
      String name = run.text(text);
      List<String> aliases = new ArrayList<>();
      String acronym = m.group("acronym");
      if (acronym != null && Aliases.isAcronym(acronym)) {
        aliases.add(acronym);
      }
      List<String> inParen = m.group("paren") == null ? List.of() : parenthesis(m.group("paren"));
      if (aliases.isEmpty() && inParen.stream().noneMatch(a -> related(name, a))) {
        inParen = List.of();
      }
      if (inParen.isEmpty() && initialsStart(run, aliases) < 0) {
        continue;
      }
      aliases.addAll(inParen);
      int start = nameStart(run, aliases);
      int end = inParen.isEmpty() ? m.end("acronym") : m.end();
      String primary = text.substring(start, run.end());
      out.add(new Candidate(start, run.end(), start, end, kind(primary, aliases), aliases));
    }
    return out;
  }

  /** The names in a parenthesis, or none when it holds anything else. */
  private static List<String> parenthesis(String inside) {
    String s = KNOWN_AS.matcher(inside.strip()).replaceFirst("");
    List<String> names = new ArrayList<>();
    for (String item : SEPARATORS.split(s)) {
      String t = item.strip();
      if (!(Aliases.isAcronym(t) || NAME.matcher(t).matches())) {
        return List.of();
      }
      names.add(t.startsWith("the ") ? t.substring(4) : t);
    }
    return names;
  }

  private static boolean related(String name, String alias) {
    return Kinds.isInstitutional(name)
        || Kinds.isInstitutional(alias)
        || Aliases.sameActor(name, alias);
  }

  /** Where the name starts: at the words whose initials an alias spells, else at the run. */
  private static int nameStart(NameRuns.Run run, List<String> aliases) {
    int start = initialsStart(run, aliases);
    return start < 0 ? run.start() : start;
  }

  /** Where the last words whose initials an acronym among {@code aliases} spells start, or -1. */
  private static int initialsStart(NameRuns.Run run, List<String> aliases) {
    List<NameRuns.Word> words = run.words();
    for (int i = 0; i < words.size(); i++) {
      if (!words.get(i).isCapitalised()) {
        continue;
      }
      StringBuilder tail = new StringBuilder();
      for (NameRuns.Word w : words.subList(i, words.size())) {
        tail.append(w.text()).append(' ');
      }
      String initials = Aliases.initials(tail.toString());
      for (String a : aliases) {
        if (Aliases.isAcronym(a) && a.replace(".", "").equals(initials)) {
          return words.get(i).start();
        }
      }
    }
    return -1;
  }

  private static ActorKind kind(String name, List<String> aliases) {
    ActorKind kind = Kinds.of(name);
    if (kind == ActorKind.PERSON) {
      for (String a : aliases) {
        if (Kinds.isInstitutional(a)) {
          return Kinds.of(a);
        }
      }
    }
    return kind;
  }
}
