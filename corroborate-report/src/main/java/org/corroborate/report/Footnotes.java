package org.corroborate.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.model.Claim;
import org.corroborate.model.FigureSource;
import org.corroborate.model.SegmentKind;

/**
 * The sources of one incident's facts, numbered in order of first citation. Each footnote gives the
 * document's name and SHA-256, the quoted sentence with the figure highlighted, the speaker, the
 * origin, the polarity, and whether it counted toward the figure.
 */
final class Footnotes {

  private final String prefix;
  private final DocumentCatalog documents;
  private final Map<String, Integer> numbers = new LinkedHashMap<>();
  private final List<FigureSource> sources = new ArrayList<>();

  /**
   * @param prefix makes anchors unique within the page, e.g. {@code i3}
   */
  Footnotes(String prefix, DocumentCatalog documents) {
    this.prefix = prefix;
    this.documents = documents;
  }

  /** A superscript link to the source's footnote, numbering it on its first citation. */
  String cite(FigureSource source) {
    int n =
        numbers.computeIfAbsent(
            source.claim().id(),
            id -> {
              sources.add(source);
              return sources.size();
            });
    return "<sup><a href=\"#" + prefix + "-fn" + n + "\">[" + n + "]</a></sup>";
  }

  String render() {
    if (sources.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("<ol class=\"footnotes\">\n");
    for (int i = 0; i < sources.size(); i++) {
      out.append("<li id=\"").append(prefix).append("-fn").append(i + 1).append("\">");
      out.append(footnote(sources.get(i))).append("</li>\n");
    }
    return out.append("</ol>\n").toString();
  }

  private String footnote(FigureSource source) {
    Claim claim = source.claim();
    String name = documents.name(claim.document());
    StringBuilder out = new StringBuilder();
    out.append(Attribution.of(claim, name)).append(": ");
    out.append("<q>").append(highlighted(claim)).append("</q>");
    out.append("<br/><span class=\"meta\">document <code>")
        .append(Markup.escape(name))
        .append("</code> · SHA-256 <code>")
        .append(claim.document())
        .append("</code> · figure as written “")
        .append(Markup.escape(claim.valueText()))
        .append("” · speaker ")
        .append(claim.speaker() == null ? "the author" : Markup.escape(claim.speaker()))
        .append(" · origin <code>")
        .append(Markup.escape(source.origin()))
        .append("</code> · ")
        .append(claim.polarity().label())
        .append(" · ")
        .append(claim.segment().label())
        .append(" · characters ")
        .append(claim.sentence().start())
        .append("–")
        .append(claim.sentence().end())
        .append("</span>");
    if (claim.segment() == SegmentKind.COMMENTS) {
      out.append("<br/><strong class=\"comment\">reader comment — not counted</strong>");
    } else if (!source.counted()) {
      out.append("<br/><strong class=\"uncounted\">not counted</strong>");
    }
    if (!source.note().isEmpty()) {
      out.append(" <em>").append(Markup.escape(source.note())).append("</em>");
    }
    return out.toString();
  }

  /** The quote with the figure's span marked; the claim guarantees the span lies inside. */
  private static String highlighted(Claim claim) {
    String quote = claim.quote();
    int from = claim.valueSpan().start() - claim.sentence().start();
    int to = claim.valueSpan().end() - claim.sentence().start();
    return Markup.escape(quote.substring(0, from))
        + "<mark>"
        + Markup.escape(quote.substring(from, to))
        + "</mark>"
        + Markup.escape(quote.substring(to));
  }
}
