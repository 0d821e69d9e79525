package org.corroborate.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.corroborate.model.Incident;

/**
 * Writes incidents as JSON Lines, one object a line, per the export contract {@code
 * incident.schema.json}: documents and claims are named by the file's path relative to the ingested
 * folder, every claim carries its SHA-256, the verbatim sentence and its offsets, the figure as
 * written, its speaker and its origin. Claims made in reader comments never count toward a figure:
 * they are kept under {@code reader_comments}, beside the figure's {@code claims}, so that no
 * reader of {@code claims} takes them for evidence. Fields beyond the contract ({@code
 * explanation}, {@code reader_comments}, {@code counted}, {@code note}, {@code counts_as}, {@code
 * polarity}, {@code segment}, {@code chronology}) are added; none of the contract's is renamed or
 * dropped. The same input always gives the same bytes.
 */
public final class JsonlExport {

  private final ObjectMapper mapper = new JsonMapper();

  /**
   * Writes one line per incident, in the order given.
   *
   * @param documents every document the incidents cite, by id (SHA-256)
   * @param out where to write; the caller opens it as UTF-8 and closes it
   * @throws IllegalArgumentException when an incident cites a document not in {@code documents}
   * @throws UncheckedIOException when writing fails
   */
  public void write(List<Incident> incidents, Map<String, DocumentRef> documents, Writer out) {
    IncidentJson json = new IncidentJson(mapper.getNodeFactory(), new DocumentCatalog(documents));
    try {
      for (Incident incident : incidents) {
        out.write(mapper.writeValueAsString(json.of(incident)));
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the JSONL export", e);
    }
  }
}
