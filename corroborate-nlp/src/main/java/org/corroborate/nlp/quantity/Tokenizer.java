package org.corroborate.nlp.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into {@link Token}s and decides, from the characters alone, which runs of digits can
 * be amounts.
 *
 * <p>A run of digits joined by single separators ({@code , . / : -}, a dash or a space) is read as
 * a whole, so that "01/09/14", "04:30", "2013-09-01" and "+44 7539 307419" are each one opaque
 * token rather than several small numbers.
 */
final class Tokenizer {

  private static final Pattern CLUSTER =
      Pattern.compile("\\d+(?:[ \\u00A0\\u202F,./:\\-\\u2010-\\u2013\\u2212]\\d+)*");
  private static final Pattern PLAIN = Pattern.compile("0|[1-9]\\d{0,14}");
  private static final Pattern GROUPED = Pattern.compile("[1-9]\\d{0,2}(?:,\\d{3})+");
  private static final Pattern SPACED =
      Pattern.compile("[1-9]\\d{0,2}(?:[ \\u00A0\\u202F]\\d{3})+");
  private static final Pattern DECIMAL =
      Pattern.compile("(?:0|[1-9]\\d{0,2}(?:,\\d{3})*|[1-9]\\d*)\\.\\d+");
  private static final Pattern SPACE = Pattern.compile("[ \\u00A0\\u202F]");
  private static final Pattern DASH = Pattern.compile("[\\-\\u2010-\\u2013\\u2212]");

  private Tokenizer() {}

  static boolean isDash(char c) {
    return c == '-' || (c >= '\u2010' && c <= '\u2013') || c == '\u2212';
  }

  static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    Matcher cluster = CLUSTER.matcher(text);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else if (Character.isLetter(c)) {
        i = word(text, i, out);
      } else if (c >= '0' && c <= '9') {
        cluster.region(i, text.length()).lookingAt();
        digits(text, i, cluster.end(), out);
        i = cluster.end();
      } else {
        out.add(Token.other(Token.Kind.SYMBOL, i, i + 1, String.valueOf(c), 0, 0));
        i++;
      }
    }
    return out;
  }

  private static int word(String text, int start, List<Token> out) {
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      boolean apostrophe =
          (c == '\'' || c == '\u2019')
              && i + 1 < text.length()
              && Character.isLetter(text.charAt(i + 1));
      if (!Character.isLetterOrDigit(c) && !apostrophe) {
        break;
      }
      i++;
    }
    String w = text.substring(start, i).toLowerCase(Locale.ROOT);
    boolean capitalised = Character.isUpperCase(text.charAt(start));
    if ((w.equals("a") || w.equals("p")) && text.startsWith(".m", i)) {
      int end = text.startsWith(".m.", i) ? i + 3 : i + 2;
      out.add(Token.word(start, end, w + "m", capitalised));
      return end;
    }
    out.add(Token.word(start, i, w, capitalised));
    return i;
  }

  private static void digits(String text, int start, int end, List<Token> out) {
    String raw = text.substring(start, end);
    if (glued(text, start, end)) {
      out.add(Token.other(Token.Kind.OPAQUE, start, end, raw, 0, 0));
      return;
    }
    Long plain = whole(raw);
    if (plain != null) {
      out.add(Token.other(Token.Kind.NUMBER, start, end, raw, plain, plain));
    } else if (raw.indexOf('/') >= 0 || raw.indexOf(':') >= 0) {
      out.add(Token.other(Token.Kind.OPAQUE, start, end, raw, 0, 0));
    } else if (DECIMAL.matcher(raw).matches()) {
      out.add(Token.other(Token.Kind.DECIMAL, start, end, raw, 0, 0));
    } else if (DASH.matcher(raw).find()) {
      range(raw, start, end, out);
    } else {
      spaced(raw, start, out);
    }
  }

  /** Digits stuck to letters ("6am", "2nd", "COVID-19", "16-year"), a "+" or a "%". */
  private static boolean glued(String text, int start, int end) {
    char before = start > 0 ? text.charAt(start - 1) : ' ';
    boolean afterLetterDash =
        isDash(before) && start > 1 && Character.isLetter(text.charAt(start - 2));
    if (Character.isLetter(before) || before == '+' || afterLetterDash) {
      return true;
    }
    char after = end < text.length() ? text.charAt(end) : ' ';
    boolean dashLetter =
        isDash(after) && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1));
    return Character.isLetter(after) || after == '%' || dashLetter;
  }

  /** Two figures joined by one dash, the second larger and neither a year; else opaque. */
  private static void range(String raw, int start, int end, List<Token> out) {
    String[] sides = DASH.split(raw, -1);
    Long low = sides.length == 2 ? whole(sides[0]) : null;
    Long high = sides.length == 2 ? whole(sides[1]) : null;
    if (low != null && high != null && high > low && !isYear(sides[0]) && !isYear(sides[1])) {
      out.add(Token.other(Token.Kind.RANGE, start, end, raw, low, high));
    } else {
      out.add(Token.other(Token.Kind.OPAQUE, start, end, raw, 0, 0));
    }
  }

  /**
   * Figures separated by spaces that are not a thousands grouping: a phone number when there are
   * three or more groups, nine or more digits or a leading zero; otherwise separate figures.
   */
  private static void spaced(String raw, int start, List<Token> out) {
    String[] groups = SPACE.split(raw, -1);
    int digitCount = raw.replaceAll("\\D", "").length();
    boolean phone = groups.length >= 3 || digitCount >= 9 || !SPACE.matcher(raw).find();
    for (String g : groups) {
      phone |= whole(g) == null;
    }
    if (phone) {
      out.add(Token.other(Token.Kind.OPAQUE, start, start + raw.length(), raw, 0, 0));
      return;
    }
    int at = start;
    for (String g : groups) {
      long v = whole(g);
      out.add(Token.other(Token.Kind.NUMBER, at, at + g.length(), g, v, v));
      at += g.length() + 1;
    }
  }

  /** A whole number written plainly or with thousands separators, or null. */
  static Long whole(String s) {
    if (PLAIN.matcher(s).matches()) {
      return Long.valueOf(s);
    }
    if (GROUPED.matcher(s).matches() || SPACED.matcher(s).matches()) {
      String digits = s.replaceAll("\\D", "");
      return digits.length() <= 15 ? Long.valueOf(digits) : null;
    }
    return null;
  }

  /** Four digits from 1900 to 2099, written without separators. */
  static boolean isYear(String raw) {
    return raw.length() == 4 && raw.matches("19\\d\\d|20\\d\\d");
  }
}
