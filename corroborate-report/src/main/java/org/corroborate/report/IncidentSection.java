package org.corroborate.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.ChronologyEntry;
import org.corroborate.model.Contradiction;
import org.corroborate.model.Figure;
import org.corroborate.model.FigureSource;
import org.corroborate.model.Incident;
import org.corroborate.model.Place;

/**
 * One incident of the case file: what the sources say of when, where, by whom and to whom, its
 * figures with footnoted sources, the contradictions with the claims on each side, and the
 * chronology drawn as a timeline.
 */
final class IncidentSection {

  private final DocumentCatalog documents;

  IncidentSection(DocumentCatalog documents) {
    this.documents = documents;
  }

  /**
   * @param anchor the section's id within the page, e.g. {@code i3}
   */
  String render(Incident incident, String anchor) {
    IncidentClaims claims = new IncidentClaims(incident);
    Footnotes notes = new Footnotes(anchor, documents);
    StringBuilder out = new StringBuilder();
    out.append("<section class=\"incident\" id=\"").append(anchor).append("\">\n");
    out.append("<h2>").append(Markup.escape(incident.title())).append("</h2>\n");
    out.append(summary(incident));
    out.append(facts(claims.figures(), notes));
    out.append(contradictions(incident.contradictions(), claims, notes));
    out.append(chronology(incident.chronology()));
    out.append("<h3>Sources</h3>\n").append(notes.render());
    return out.append("</section>\n").toString();
  }

  private String summary(Incident incident) {
    StringBuilder out = new StringBuilder("<table class=\"summary\">\n");
    row(out, "Identifier", "<code>" + Markup.escape(incident.id()) + "</code>");
    row(out, "Event type", Markup.escape(incident.type()));
    row(out, "Start, as reported", Markup.time(incident.start()));
    row(
        out,
        "End, as reported",
        incident.end() == null ? "not given" : Markup.time(incident.end()));
    row(out, "Place, as reported", place(incident.place()));
    row(out, "Perpetrators named by the sources", names(incident.perpetrators()));
    row(out, "Victims named by the sources", names(incident.victims()));
    List<String> cited = incident.documents().stream().map(documents::name).toList();
    row(out, "Reported in", names(cited));
    return out.append("</table>\n").toString();
  }

  private static void row(StringBuilder out, String label, String html) {
    out.append("<tr><th>").append(label).append("</th><td>").append(html).append("</td></tr>\n");
  }

  private static String place(Place place) {
    if (place == null) {
      return "not placed by the sources";
    }
    StringBuilder out = new StringBuilder(Markup.escape(place.name()));
    if (place.admin1() != null) {
      out.append(", ").append(Markup.escape(place.admin1()));
    }
    if (place.country() != null) {
      out.append(", ").append(Markup.escape(place.country()));
    }
    if (place.lat() != null) {
      out.append(" (").append(place.lat()).append(", ").append(place.lon()).append(")");
    }
    return out.toString();
  }

  private static String names(List<String> names) {
    if (names.isEmpty()) {
      return "none named";
    }
    return String.join("; ", names.stream().map(Markup::escape).toList());
  }

  private static String facts(List<Figure> figures, Footnotes notes) {
    if (figures.isEmpty()) {
      return "<h3>Figures</h3>\n<p>No source gives a figure.</p>\n";
    }
    StringBuilder out = new StringBuilder("<h3>Figures</h3>\n<table class=\"facts\">\n");
    out.append("<tr><th>Figure</th><th>Best [low–high]</th><th>Contested</th>")
        .append("<th>How it was reached</th><th>Sources</th></tr>\n");
    for (Figure figure : figures) {
      out.append("<tr><td>")
          .append(figure.property().label())
          .append("</td><td>")
          .append(Markup.figure(figure))
          .append("</td><td>")
          .append(figure.contested() ? "<strong>contested</strong>" : "no")
          .append("</td><td>")
          .append(Markup.escape(figure.explanation()))
          .append("</td><td>");
      figure.sources().forEach(source -> out.append(notes.cite(source)));
      out.append("</td></tr>\n");
    }
    return out.append("</table>\n").toString();
  }

  private static String contradictions(
      List<Contradiction> contradictions, IncidentClaims claims, Footnotes notes) {
    if (contradictions.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("<h3>Where the sources disagree</h3>\n");
    for (Contradiction contradiction : contradictions) {
      out.append("<div class=\"contradiction\"><p><strong>")
          .append(contradiction.property().label())
          .append("</strong>: ")
          .append(Markup.escape(contradiction.summary()))
          .append("</p>\n<ul>\n");
      for (Contradiction.Side side : contradiction.sides()) {
        out.append("<li>“").append(Markup.escape(side.value())).append("”, stated in ");
        List<String> cited = new ArrayList<>();
        for (String id : side.claims()) {
          Optional<FigureSource> source = claims.find(id);
          cited.add(
              source.isPresent()
                  ? notes.cite(source.get())
                  : "claim <code>" + Markup.escape(id) + "</code>");
        }
        out.append(String.join(", ", cited));
        out.append("</li>\n");
      }
      out.append("</ul></div>\n");
    }
    return out.toString();
  }

  private static String chronology(List<ChronologyEntry> entries) {
    if (entries.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("<h3>Chronology, as stated by the sources</h3>\n");
    out.append("<div class=\"figure\">").append(TimelineSvg.of(entries)).append("</div>\n");
    out.append("<p class=\"legend\">Each bar spans the time its source's precision allows (a day,")
        .append(" a month); a dot marks an hour or a minute; a dashed outline marks an")
        .append(" approximate time.</p>\n<ol class=\"chronology\">\n");
    for (ChronologyEntry entry : entries) {
      out.append("<li>")
          .append(Markup.time(entry.time()))
          .append(": ")
          .append(Markup.escape(entry.description()));
      if (!entry.claims().isEmpty()) {
        out.append(" <span class=\"meta\">(claims ");
        out.append(String.join(", ", entry.claims().stream().map(Markup::escape).toList()));
        out.append(")</span>");
      }
      out.append("</li>\n");
    }
    return out.append("</ol>\n").toString();
  }
}
