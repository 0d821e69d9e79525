package org.corroborate.nlp.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.corroborate.model.Place;

/**
 * The places a case adds to the gazetteer: sites general gazetteers lack (camps, compounds,
 * villages) and the spellings its sources use.
 *
 * <p>Read from a UTF-8 TSV whose first line is the header {@code
 * name<TAB>aliases<TAB>kind<TAB>admin1<TAB>country<TAB>lat<TAB>lon}; aliases are separated by
 * {@code |}; admin1, country, lat and lon may be empty (lat and lon together); country is an ISO
 * 3166-1 alpha-2 code (ZZ for fictional or unknown). Blank lines and lines starting with {@code #}
 * are skipped.
 *
 * @param places the additions, in file order; each has source {@code case:FILE_NAME}
 * @param aliases other names of the additions, keyed by the addition's name
 */
public record CaseGazetteer(List<Place> places, Map<String, List<String>> aliases) {

  public static final List<String> HEADER =
      List.of("name", "aliases", "kind", "admin1", "country", "lat", "lon");

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  public CaseGazetteer {
    places = List.copyOf(places);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    aliases.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    aliases = java.util.Collections.unmodifiableMap(copy);
  }

  /** No additions. */
  public static CaseGazetteer empty() {
    return new CaseGazetteer(List.of(), Map.of());
  }

  /**
   * Reads a case's gazetteer TSV.
   *
   * @throws CaseGazetteerException naming the file and line when the file is malformed
   * @throws IOException when it cannot be read
   */
  public static CaseGazetteer read(Path tsv) throws IOException {
    Objects.requireNonNull(tsv, "tsv");
    List<String> lines;
    try (BufferedReader in =
        new BufferedReader(
            new java.io.InputStreamReader(
                Files.newInputStream(tsv),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      lines = in.lines().toList();
    } catch (java.io.UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new CaseGazetteerException(tsv, 0, "is not UTF-8 text; save it as UTF-8");
      }
      throw e.getCause();
    }
    if (lines.isEmpty()) {
      throw new CaseGazetteerException(
          tsv, 1, "is empty; the first line must be the header " + header());
    }
    List<String> header = Arrays.asList(stripBom(lines.get(0)).split("\t", -1));
    if (!header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList().equals(HEADER)) {
      throw new CaseGazetteerException(
          tsv, 1, "has header " + String.join(",", header) + "; expected " + header());
    }
    List<Place> places = new ArrayList<>();
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    String source = "case:" + tsv.getFileName();
    for (int i = 1; i < lines.size(); i++) {
      int lineNumber = i + 1;
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != HEADER.size()) {
        throw new CaseGazetteerException(
            tsv,
            lineNumber,
            "has " + f.length + " columns; expected " + HEADER.size() + " separated by tabs");
      }
      String name = f[0].strip();
      if (PlaceNames.key(name).isEmpty()) {
        throw new CaseGazetteerException(tsv, lineNumber, "needs a name");
      }
      Integer earlier = seen.put(PlaceNames.key(name), lineNumber);
      if (earlier != null) {
        throw new CaseGazetteerException(
            tsv, lineNumber, "repeats the name " + name + " of line " + earlier);
      }
      String kind = f[2].strip();
      if (kind.isEmpty()) {
        throw new CaseGazetteerException(
            tsv, lineNumber, "needs a kind for " + name + " (camp, town, village, region...)");
      }
      String country = f[4].strip();
      if (!country.isEmpty() && !COUNTRY.matcher(country).matches()) {
        throw new CaseGazetteerException(
            tsv,
            lineNumber,
            "has country '" + country + "'; expected an ISO 3166-1 alpha-2 code such as IQ, or ZZ");
      }
      Double lat = coordinate(tsv, lineNumber, "lat", f[5], 90);
      Double lon = coordinate(tsv, lineNumber, "lon", f[6], 180);
      if ((lat == null) != (lon == null)) {
        throw new CaseGazetteerException(
            tsv,
            lineNumber,
            "gives only one of lat and lon for " + name + "; give both or neither");
      }
      String admin1 = f[3].strip();
      places.add(
          new Place(
              name,
              admin1.isEmpty() ? null : admin1,
              country.isEmpty() ? null : country,
              lat,
              lon,
              kind,
              source));
      List<String> names = new ArrayList<>();
      for (String alias : f[1].split("\\|")) {
        if (!alias.isBlank()) {
          names.add(alias.strip());
        }
      }
      if (!names.isEmpty()) {
        aliases.put(name, names);
      }
    }
    return new CaseGazetteer(places, aliases);
  }

  /** The gazetteer with these additions. */
  public Gazetteer applyTo(Gazetteer gazetteer) {
    return gazetteer.withAdditions(places, aliases);
  }

  private static Double coordinate(Path tsv, int line, String column, String value, double max)
      throws CaseGazetteerException {
    String v = value.strip();
    if (v.isEmpty()) {
      return null;
    }
    double d;
    try {
      d = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new CaseGazetteerException(
          tsv, line, "has " + column + " '" + v + "'; expected decimal degrees such as 33.75");
    }
    if (!(Math.abs(d) <= max)) {
      throw new CaseGazetteerException(
          tsv, line, "has " + column + " " + v + "; expected between -" + max + " and " + max);
    }
    return d;
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static String header() {
    return String.join("<TAB>", HEADER);
  }

  /** A malformed case gazetteer file; the message names the file and the line. */
  public static final class CaseGazetteerException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    CaseGazetteerException(Path file, int line, String problem) {
      super(file + (line > 0 ? ", line " + line : "") + ": " + problem);
      this.file = file;
      this.line = line;
    }

    public Path file() {
      return file;
    }

    /** The 1-based line, or 0 when the problem is the whole file. */
    public int line() {
      return line;
    }
  }
}
