package org.corroborate.nlp.place;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** The lookup key of a place name: case, diacritics, apostrophes and punctuation folded away. */
final class PlaceNames {

  private PlaceNames() {}

  /**
   * Folds a name to its key: "Sant Julià de Lòria" and "SANT JULIA DE LORIA" both become "sant
   * julia de loria"; "Ba'qubah" becomes "baqubah"; "Al-Hasakah" becomes "al hasakah".
   */
  /** A name's first word written out or abbreviated: "saint" and "st", "fort" and "ft". */
  private static final Map<String, String> ABBREVIATIONS =
      Map.of(
          "saint", "st", "sainte", "ste", "fort", "ft", "mount", "mt", "st", "saint", "ste",
          "sainte", "ft", "fort", "mt", "mount");

  /**
   * The key with its first word abbreviated, or written out when abbreviated ("saint augustine" and
   * "st augustine"), or null when the first word is neither: news writes "St. Augustine" of the
   * place the gazetteer names Saint Augustine, and the other way round.
   */
  static String abbreviated(String key) {
    int space = key.indexOf(' ');
    if (space < 0) {
      return null;
    }
    String other = ABBREVIATIONS.get(key.substring(0, space));
    return other == null ? null : other + key.substring(space);
  }

  static String key(String name) {
    String s = name;
    if (!isAscii(s)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFD);
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128) {
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + ('a' - 'A'));
        }
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
          if (space && b.length() > 0) {
            b.append(' ');
          }
          space = false;
          b.append(c);
        } else if (c == '\'' || c == '`') {
          continue;
        } else {
          space = true;
        }
      } else if (Character.getType(c) == Character.NON_SPACING_MARK
          || Character.getType(c) == Character.ENCLOSING_MARK
          || Character.getType(c) == Character.COMBINING_SPACING_MARK
          || c == '’'
          || c == 'ʼ'
          || c == 'ʻ'
          || c == 'ʿ'
          || c == 'ʾ') {
        continue;
      } else if (Character.isLetterOrDigit(c)) {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(fold(c));
      } else {
        space = true;
      }
    }
    return b.toString();
  }

  private static String fold(char c) {
    return switch (c) {
      case 'ø', 'Ø' -> "o";
      case 'ł', 'Ł' -> "l";
      case 'đ', 'Đ' -> "d";
      case 'ı' -> "i";
      case 'æ', 'Æ' -> "ae";
      case 'œ', 'Œ' -> "oe";
      case 'ß' -> "ss";
      case 'þ', 'Þ' -> "th";
      default -> String.valueOf(c).toLowerCase(Locale.ROOT);
    };
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** Number of letters and digits in a key. */
  static int letters(String key) {
    int n = 0;
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != ' ') {
        n++;
      }
    }
    return n;
  }

  /** Whether two keys are at most one edit apart (insertion, deletion, substitution, swap). */
  static boolean withinOneEdit(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (la == lb) {
      if (a.substring(i + 1).equals(b.substring(i + 1))) {
        return true;
      }
      return i + 1 < la
          && a.charAt(i) == b.charAt(i + 1)
          && a.charAt(i + 1) == b.charAt(i)
          && a.substring(i + 2).equals(b.substring(i + 2));
    }
    return la > lb
        ? a.substring(i + 1).equals(b.substring(i))
        : a.substring(i).equals(b.substring(i + 1));
  }
}
