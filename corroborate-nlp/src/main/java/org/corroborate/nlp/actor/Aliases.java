package org.corroborate.nlp.actor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether two written names may stand for the same actor, for grouping the names of one actor
 * across documents.
 *
 * <p>{@link #key} folds what varies between spellings of one name and rarely tells two names apart:
 *
 * <ul>
 *   <li>case and diacritics ("Nūrī" is "nuri"); apostrophes and the ayn and hamza marks go;
 *   <li>hyphens, dashes and dots become word breaks ("Mujahedin-e Khalq", "U.S.");
 *   <li>the article: a leading "the", and "al"/"el" before or inside a name ("al-Maliki", "Al
 *       Maliki" and "Maliki" agree);
 *   <li>transliteration of vowels: "e" is read as "i" and "o" as "u", then doubled letters
 *       collapse, so "ee" and "ii" are "i" and "oo" and "ou" are "u" (Mojahedin, Mujahedin and
 *       Mujahedeen; Nuri and Nouri; Qods and Quds);
 *   <li>transliteration of consonants: "ph" is "f", "ck" and "q" are "k".
 * </ul>
 *
 * <p>{@link #sameActor} also allows one edit between keys of {@value #MIN_LETTERS_FOR_TYPO} or more
 * letters each (typos and the variants the folding leaves, "Muhammad" and "Mohammed"), and an
 * acronym against the name it abbreviates ("PMOI" and "People's Mojahedin Organization of Iran";
 * see {@link #initials}).
 *
 * <p>Stateless; all methods are pure functions.
 */
public final class Aliases {

  /** Letters each key needs before one edit between them is taken as a spelling variant. */
  public static final int MIN_LETTERS_FOR_TYPO = 6;

  private static final Pattern MARKS = Pattern.compile("[\\p{M}'’‘`´ʿʾʼ]");
  private static final Pattern BREAKS = Pattern.compile("[\\s\\-‐‑‒–—_./]+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N} ]");
  private static final Set<String> ARTICLES = Set.of("al", "el");

  /** Small words an acronym skips: "Organization of Iran" is "OI". */
  private static final Set<String> SKIPPED_IN_ACRONYMS =
      Set.of("of", "for", "the", "and", "in", "on", "to", "de", "du", "des", "la", "le");

  private static final Pattern ACRONYM = Pattern.compile("(?:\\p{Lu}\\.?){2,8}");

  private Aliases() {}

  /** The folded form of a name: equal keys are taken as the same name. */
  public static String key(String name) {
    Objects.requireNonNull(name, "name");
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.toLowerCase(Locale.ROOT);
    s = BREAKS.matcher(s).replaceAll(" ");
    s = NOT_ALNUM.matcher(s).replaceAll("");
    List<String> words = new ArrayList<>();
    for (String w : s.trim().split(" +")) {
      if (w.isEmpty() || ARTICLES.contains(w) || (words.isEmpty() && w.equals("the"))) {
        continue;
      }
      words.add(fold(w));
    }
    return String.join(" ", words);
  }

  /**
   * Whether {@code a} and {@code b} may name the same actor: equal keys, keys one edit apart when
   * both are long enough, or one an acronym of the other.
   */
  public static boolean sameActor(String a, String b) {
    String ka = key(a);
    String kb = key(b);
    if (ka.isEmpty() || kb.isEmpty()) {
      return false;
    }
    if (ka.equals(kb)) {
      return true;
    }
    if (letters(ka) >= MIN_LETTERS_FOR_TYPO
        && letters(kb) >= MIN_LETTERS_FOR_TYPO
        && withinOneEdit(ka, kb)) {
      return true;
    }
    return abbreviates(a, b) || abbreviates(b, a);
  }

  /**
   * The initials of a name, upper-cased: one letter per word, hyphenated parts counting as words,
   * skipping small function words ("of", "for", "the", ...): "People's Mojahedin Organization of
   * Iran" gives "PMOI", "Mujahedin-e Khalq" gives "MEK".
   */
  public static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : BREAKS.split(stripArticle(name))) {
      String letters = MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFD)).replaceAll("");
      if (letters.isEmpty()
          || SKIPPED_IN_ACRONYMS.contains(letters.toLowerCase(Locale.ROOT))
          || !Character.isLetter(letters.charAt(0))) {
        continue;
      }
      sb.append(Character.toUpperCase(letters.charAt(0)));
    }
    return sb.toString();
  }

  /** Whether {@code s} is written as an acronym: two to eight capitals, dots allowed ("U.N."). */
  public static boolean isAcronym(String s) {
    return ACRONYM.matcher(stripArticle(s)).matches();
  }

  private static boolean abbreviates(String acronym, String name) {
    if (!isAcronym(acronym) || isAcronym(name)) {
      return false;
    }
    return stripArticle(acronym).replace(".", "").equals(initials(name));
  }

  private static String stripArticle(String s) {
    String t = s.strip();
    return t.regionMatches(true, 0, "the ", 0, 4) ? t.substring(4) : t;
  }

  /** The vowel and consonant folding of one lower-case word. */
  private static String fold(String w) {
    String s = w.replace("ph", "f").replace("ck", "k").replace('q', 'k');
    s = s.replace('e', 'i').replace('o', 'u');
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (sb.isEmpty() || sb.charAt(sb.length() - 1) != c || Character.isDigit(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static int letters(String key) {
    int n = 0;
    for (int i = 0; i < key.length(); i++) {
      if (Character.isLetter(key.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** One substitution, insertion or deletion at most. */
  static boolean withinOneEdit(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    String s = a.length() <= b.length() ? a : b;
    String l = a.length() <= b.length() ? b : a;
    int i = 0;
    while (i < s.length() && s.charAt(i) == l.charAt(i)) {
      i++;
    }
    if (i == s.length()) {
      return true;
    }
    return s.length() == l.length()
        ? s.substring(i + 1).equals(l.substring(i + 1))
        : s.substring(i).equals(l.substring(i + 1));
  }
}
