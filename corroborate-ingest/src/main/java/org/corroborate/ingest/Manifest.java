package org.corroborate.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.SourceKind;

/**
 * What the investigator knows about each file, read from a tab-separated manifest with a header
 * row. The column {@code file} (a path relative to the ingested folder) is required; {@code
 * published} (ISO date), {@code publisher_type}, {@code url}, {@code publisher} and {@code title}
 * are optional, and other columns are ignored.
 */
public final class Manifest {

  /** One row of the manifest. */
  public record Entry(
      String file,
      int line,
      Optional<LocalDate> published,
      SourceKind publisherType,
      String url,
      String publisher,
      String title) {}

  private final Path source;
  private final Map<String, Entry> entries;

  private Manifest(Path source, Map<String, Entry> entries) {
    this.source = source;
    this.entries = entries;
  }

  public static Manifest empty() {
    return new Manifest(null, Map.of());
  }

  /**
   * Reads a manifest.
   *
   * @throws InvalidManifestException naming the file, the line and what is wrong
   */
  public static Manifest read(Path file) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null) {
        throw new InvalidManifestException(file, 1, "the manifest is empty; it needs a header row");
      }
      List<String> columns =
          Arrays.stream(stripBom(header).split("\t", -1))
              .map(c -> c.strip().toLowerCase(Locale.ROOT))
              .toList();
      int fileColumn = columns.indexOf("file");
      if (fileColumn < 0) {
        throw new InvalidManifestException(
            file, 1, "the header has no 'file' column (columns are separated by tabs)");
      }
      int lineNumber = 1;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        String name = cell(cells, fileColumn);
        if (name == null) {
          throw new InvalidManifestException(file, lineNumber, "the 'file' cell is empty");
        }
        Optional<LocalDate> published = Optional.empty();
        String date = cell(cells, columns.indexOf("published"));
        if (date != null) {
          try {
            published = Optional.of(LocalDate.parse(date));
          } catch (DateTimeParseException e) {
            throw new InvalidManifestException(
                file, lineNumber, "'" + date + "' is not a date of the form 2013-09-01");
          }
        }
        SourceKind kind;
        try {
          kind = SourceKind.parse(cell(cells, columns.indexOf("publisher_type")));
        } catch (IllegalArgumentException e) {
          throw new InvalidManifestException(file, lineNumber, e.getMessage());
        }
        Entry previous =
            entries.put(
                name,
                new Entry(
                    name,
                    lineNumber,
                    published,
                    kind,
                    cell(cells, columns.indexOf("url")),
                    cell(cells, columns.indexOf("publisher")),
                    cell(cells, columns.indexOf("title"))));
        if (previous != null) {
          throw new InvalidManifestException(
              file, lineNumber, "'" + name + "' is listed already on line " + previous.line());
        }
      }
    }
    return new Manifest(file, entries);
  }

  /** The row for a file name relative to the ingested folder. */
  public Optional<Entry> entry(String name) {
    return Optional.ofNullable(entries.get(name));
  }

  /** Where the manifest was read from, if anywhere. */
  public Optional<Path> source() {
    return Optional.ofNullable(source);
  }

  /** Rows whose files were not among those ingested. */
  public List<String> unmatched(Set<String> ingestedNames) {
    List<String> missing = new ArrayList<>();
    for (String name : entries.keySet()) {
      if (!ingestedNames.contains(name)) {
        missing.add(name);
      }
    }
    return missing;
  }

  private static String cell(String[] cells, int column) {
    if (column < 0 || column >= cells.length) {
      return null;
    }
    String value = cells[column].strip();
    return value.isEmpty() ? null : value;
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /** A manifest that cannot be used as it is. */
  public static final class InvalidManifestException extends IOException {
    private static final long serialVersionUID = 1L;

    InvalidManifestException(Path file, int line, String problem) {
      super(file + ":" + line + ": " + problem + "; fix the manifest and run the command again");
    }
  }
}
