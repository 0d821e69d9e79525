package org.corroborate.report;

import java.util.Locale;
import org.corroborate.model.Figure;
import org.corroborate.model.TimeValue;

/** Escaping and small phrases shared by the case file's parts; everything it returns is XHTML. */
final class Markup {

  private Markup() {}

  /** Escapes text for an XHTML element or a quoted attribute; null becomes empty. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            out.append(' ');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** "2013-09-01 (day)", "2013-09 (month, approximate)", or "not dated by the sources". */
  static String time(TimeValue time) {
    if (time == null) {
      return "not dated by the sources";
    }
    String precision = time.precision().label() + (time.approximate() ? ", approximate" : "");
    return escape(time.iso()) + " (" + precision + ")";
  }

  /** "52 [44–52]", "52", "no best estimate [31–?]" or "no estimate". */
  static String figure(Figure figure) {
    String best = figure.best() == null ? "" : figure.best().toString();
    if (figure.low() == null && figure.high() == null) {
      return best.isEmpty() ? "no estimate" : best;
    }
    String range = bound(figure.low()) + "\u2013" + bound(figure.high());
    return (best.isEmpty() ? "no best estimate " : best + " ") + "[" + range + "]";
  }

  private static String bound(Long value) {
    return value == null ? "?" : value.toString();
  }

  /** A number for SVG coordinates, with a dot whatever the platform's locale. */
  static String coordinate(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
