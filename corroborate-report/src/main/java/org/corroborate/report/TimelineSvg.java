package org.corroborate.report;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.corroborate.model.ChronologyEntry;

/**
 * Draws an incident's chronology as an inline SVG timeline: one row per dated sub-event, its mark
 * spanning the stretch of time its precision covers on a common axis (a bar for a day or a month, a
 * dot when the stretch is too short to see, dashed when the sources say "about"), labelled with the
 * time as given and the description. Each mark carries class {@code mark}.
 */
final class TimelineSvg {

  private static final int WIDTH = 900;
  private static final int AXIS_LEFT = 20;
  private static final int AXIS_RIGHT = 440;
  private static final int LABEL_LEFT = 455;
  private static final int ROW = 26;
  private static final int TOP = 10;
  private static final int MAX_LABEL = 70;
  private static final double MIN_BAR = 4;

  private TimelineSvg() {}

  static String of(List<ChronologyEntry> entries) {
    if (entries.isEmpty()) {
      return "";
    }
    List<TimeRange> ranges = entries.stream().map(e -> TimeRange.of(e.time())).toList();
    long min = ranges.stream().mapToLong(r -> seconds(r.from())).min().orElseThrow();
    long max = ranges.stream().mapToLong(r -> seconds(r.until())).max().orElseThrow();
    double scale = (AXIS_RIGHT - AXIS_LEFT) / (double) (max - min);
    int axisY = TOP + entries.size() * ROW + 4;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" role=\"img\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(axisY + 30)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(axisY + 30)
        .append("\">\n<title>Chronology as stated by the sources</title>\n");
    for (int i = 0; i < entries.size(); i++) {
      double x1 = AXIS_LEFT + (seconds(ranges.get(i).from()) - min) * scale;
      double x2 = AXIS_LEFT + (seconds(ranges.get(i).until()) - min) * scale;
      svg.append(row(entries.get(i), TOP + i * ROW, x1, x2));
    }
    svg.append(axis(axisY, ranges));
    return svg.append("</svg>\n").toString();
  }

  private static String row(ChronologyEntry entry, int y, double x1, double x2) {
    String dash = entry.time().approximate() ? " stroke-dasharray=\"3,2\"" : "";
    String tooltip =
        "<title>"
            + Markup.time(entry.time())
            + ": "
            + Markup.escape(entry.description())
            + "</title>";
    StringBuilder out = new StringBuilder("<g>");
    if (x2 - x1 < MIN_BAR) {
      out.append("<circle class=\"mark\" cx=\"")
          .append(Markup.coordinate((x1 + x2) / 2))
          .append("\" cy=\"")
          .append(y + 8)
          .append("\" r=\"4\"")
          .append(dash)
          .append(">")
          .append(tooltip)
          .append("</circle>");
    } else {
      out.append("<rect class=\"mark\" x=\"")
          .append(Markup.coordinate(x1))
          .append("\" y=\"")
          .append(y + 2)
          .append("\" width=\"")
          .append(Markup.coordinate(x2 - x1))
          .append("\" height=\"12\"")
          .append(dash)
          .append(">")
          .append(tooltip)
          .append("</rect>");
    }
    out.append("<text x=\"")
        .append(LABEL_LEFT)
        .append("\" y=\"")
        .append(y + 12)
        .append("\">")
        .append(Markup.time(entry.time()))
        .append(" — ")
        .append(Markup.escape(shortened(entry.description())))
        .append("</text></g>\n");
    return out.toString();
  }

  private static String axis(int y, List<TimeRange> ranges) {
    String first =
        ranges.stream().map(TimeRange::from).min(LocalDateTime::compareTo).orElseThrow().toString();
    String last =
        ranges.stream()
            .map(TimeRange::until)
            .max(LocalDateTime::compareTo)
            .orElseThrow()
            .toString();
    return "<line class=\"axis\" x1=\""
        + AXIS_LEFT
        + "\" y1=\""
        + y
        + "\" x2=\""
        + AXIS_RIGHT
        + "\" y2=\""
        + y
        + "\"/>\n<text class=\"tick\" x=\""
        + AXIS_LEFT
        + "\" y=\""
        + (y + 16)
        + "\">"
        + Markup.escape(first)
        + "</text>\n<text class=\"tick\" x=\""
        + AXIS_RIGHT
        + "\" y=\""
        + (y + 16)
        + "\" text-anchor=\"end\">"
        + Markup.escape(last)
        + "</text>\n";
  }

  private static String shortened(String text) {
    if (text.length() <= MAX_LABEL) {
      return text;
    }
    int cut = MAX_LABEL - 1;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut) + "…";
  }

  private static long seconds(LocalDateTime time) {
    return time.toEpochSecond(ZoneOffset.UTC);
  }
}
