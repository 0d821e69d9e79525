package org.corroborate.app;

import java.io.PrintWriter;
import java.util.Map;
import org.corroborate.model.ChronologyEntry;
import org.corroborate.model.Contradiction;
import org.corroborate.model.Figure;
import org.corroborate.model.FigureSource;
import org.corroborate.model.Incident;
import org.corroborate.report.DocumentRef;

/** One incident in full, for the terminal: every figure with its sources, then the disputes. */
final class IncidentPrinter {

  private IncidentPrinter() {}

  static void print(PrintWriter out, Incident i, Map<String, DocumentRef> docs) {
    out.println("incident   " + i.id());
    out.println("title      " + i.title());
    out.println("type       " + i.type());
    out.println(
        "start      "
            + (i.start() == null
                ? "unknown"
                : i.start().iso()
                    + " ("
                    + i.start().precision().label()
                    + (i.start().approximate() ? ", approximate" : "")
                    + ")"));
    out.println("place      " + (i.place() == null ? "unknown" : i.place().describe()));
    out.println("by         " + String.join("; ", i.perpetrators()));
    out.println("against    " + String.join("; ", i.victims()));
    out.println("documents  " + i.documents().size());
    for (Figure f : i.figures().values()) {
      out.println();
      out.println(
          f.property().label()
              + ": "
              + IncidentsCommand.figure(f)
              + (f.contested() ? " (contested)" : "")
              + " — "
              + f.explanation());
      for (FigureSource s : f.sources()) {
        DocumentRef d = docs.get(s.claim().document());
        out.println(
            "  "
                + (s.counted() ? "+ " : "- ")
                + ClaimsCommand.value(s.claim())
                + " \""
                + s.claim().valueText()
                + "\" in "
                + (d == null ? s.claim().document() : d.name())
                + (s.claim().speaker() == null ? "" : ", according to " + s.claim().speaker())
                + ", origin "
                + s.origin()
                + (s.note().isEmpty() ? "" : " (" + s.note() + ")"));
      }
    }
    if (!i.contradictions().isEmpty()) {
      out.println();
      out.println("contradictions:");
      for (Contradiction c : i.contradictions()) {
        out.println("  " + c.property().label() + ": " + c.summary());
        for (Contradiction.Side side : c.sides()) {
          out.println("    " + side.value() + " — claims " + String.join(", ", side.claims()));
        }
      }
    }
    if (!i.chronology().isEmpty()) {
      out.println();
      out.println("chronology:");
      for (ChronologyEntry e : i.chronology()) {
        out.println(
            "  " + e.time().iso() + " (" + e.time().precision().label() + ") " + e.description());
      }
    }
    out.flush();
  }
}
