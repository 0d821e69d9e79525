package org.corroborate.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Figure;
import org.corroborate.model.Incident;

/**
 * Writes the case file: one self-contained XHTML page (inline CSS and SVG, no scripts, no external
 * assets) with a title page summarising the case, one section per incident (figures with footnoted
 * sources, contradictions, a chronology timeline) and an annex listing every document. All text
 * from documents is escaped, and every fact is attributed to its source. The page is well-formed
 * XML, so it can also be rendered to PDF. The same input always gives the same bytes.
 */
public final class HtmlCaseFile {

  private static final String CSS =
      """
      body { font-family: Georgia, serif; max-width: 60em; margin: 2em auto; color: #111; }
      h1, h2, h3 { font-family: Helvetica, Arial, sans-serif; }
      section.incident, section.annex { page-break-before: always; }
      table { border-collapse: collapse; margin: 0.5em 0 1em; }
      th, td { border: 1px solid #bbb; padding: 0.2em 0.5em; vertical-align: top; text-align: left; }
      code { font-size: 0.85em; word-break: break-all; }
      mark { background: #ffe066; }
      .meta { color: #555; font-size: 0.85em; }
      .comment, .uncounted { color: #a33; }
      .contradiction { border-left: 3px solid #c60; padding-left: 0.8em; }
      svg.timeline .mark { fill: #3b6ea5; stroke: #1d3f66; }
      svg.timeline .axis { stroke: #333; }
      svg.timeline text { font: 11px Helvetica, Arial, sans-serif; }
      """;

  private final String caseTitle;

  /**
   * @param caseTitle the case's name, shown on the title page
   */
  public HtmlCaseFile(String caseTitle) {
    this.caseTitle = Objects.requireNonNull(caseTitle, "caseTitle");
  }

  /**
   * Writes the case file.
   *
   * @param documents every document of the case by id (SHA-256); all are listed in the annex
   * @param out where to write; the caller opens it as UTF-8 and closes it
   * @throws IllegalArgumentException when an incident cites a document not in {@code documents}
   * @throws UncheckedIOException when writing fails
   */
  public void write(List<Incident> incidents, Map<String, DocumentRef> documents, Writer out) {
    DocumentCatalog catalog = new DocumentCatalog(documents);
    IncidentSection sections = new IncidentSection(catalog);
    StringBuilder page = new StringBuilder();
    page.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n")
        .append("<head>\n<meta charset=\"utf-8\"/>\n<title>")
        .append(Markup.escape(caseTitle))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n")
        .append(titlePage(incidents, catalog));
    for (int i = 0; i < incidents.size(); i++) {
      page.append(sections.render(incidents.get(i), "i" + (i + 1)));
    }
    page.append(Annex.of(catalog)).append("</body>\n</html>\n");
    try {
      out.write(page.toString());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the HTML case file", e);
    }
  }

  private String titlePage(List<Incident> incidents, DocumentCatalog catalog) {
    StringBuilder out = new StringBuilder("<section class=\"title\">\n<h1>");
    out.append(Markup.escape(caseTitle)).append("</h1>\n<p>");
    out.append(incidents.size())
        .append(incidents.size() == 1 ? " incident" : " incidents")
        .append(" reconstructed from ")
        .append(catalog.sorted().size())
        .append(" documents")
        .append(period(incidents))
        .append(". Every figure below is attributed to the sources that state it; where sources")
        .append(" disagree, each side is shown with its claims. Reader comments are kept but")
        .append(" never counted.</p>\n");
    out.append("<table class=\"contents\">\n<tr><th>Incident</th><th>Start, as reported</th>")
        .append("<th>Place, as reported</th><th>Killed, best [low–high]</th></tr>\n");
    for (int i = 0; i < incidents.size(); i++) {
      Incident incident = incidents.get(i);
      Figure killed = incident.figures().get(ClaimProperty.KILLED);
      out.append("<tr><td><a href=\"#i")
          .append(i + 1)
          .append("\">")
          .append(Markup.escape(incident.title()))
          .append("</a></td><td>")
          .append(Markup.time(incident.start()))
          .append("</td><td>")
          .append(incident.place() == null ? "not placed" : Markup.escape(incident.place().name()))
          .append("</td><td>")
          .append(killed == null ? "no figure given" : Markup.figure(killed))
          .append("</td></tr>\n");
    }
    return out.append("</table>\n</section>\n").toString();
  }

  /** ", dated by the sources between 2011-04-08 and 2013-09-01", or nothing when none is dated. */
  private static String period(List<Incident> incidents) {
    List<LocalDate> days =
        incidents.stream()
            .filter(incident -> incident.start() != null)
            .map(incident -> TimeRange.of(incident.start()).firstDay())
            .sorted()
            .toList();
    if (days.isEmpty()) {
      return "";
    }
    return ", dated by the sources between " + days.get(0) + " and " + days.get(days.size() - 1);
  }
}
