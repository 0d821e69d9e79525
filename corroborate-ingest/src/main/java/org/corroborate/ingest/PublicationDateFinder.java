package org.corroborate.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.metadata.Metadata;
import org.corroborate.model.DateOrigin;
import org.corroborate.model.PublicationDate;

/**
 * Finds the date a document says it was published, most explicit source first:
 *
 * <ol>
 *   <li>for HTML, a meta tag such as {@code article:published_time} ({@link DateOrigin#HTML_META},
 *       evidence: the tag's name);
 *   <li>for other files, the file's creation date: PDF and office properties, an e-mail's Date
 *       header ({@link DateOrigin#FILE_METADATA}, evidence: the metadata key);
 *   <li>a date written in the first {@value #TEXT_WINDOW} characters of the text, a "Published"
 *       date before any other ({@link DateOrigin#TEXT}, evidence: the words).
 * </ol>
 *
 * Only unambiguous dates count: month names or year-first ISO dates, never {@code 01/09/14}. A
 * file's modification time is never used, since a copy's is the copy's date.
 */
public final class PublicationDateFinder {

  /** The metadata key under which the HTML handler records {@code itemprop="datePublished"}. */
  static final String ITEMPROP_DATE_PUBLISHED = "itemprop:datePublished";

  static final int TEXT_WINDOW = 600;

  private static final List<String> HTML_META_KEYS =
      List.of(
          "article:published_time",
          "og:published_time",
          ITEMPROP_DATE_PUBLISHED,
          "parsely-pub-date",
          "sailthru.date",
          "DC.date.issued",
          "dcterms.issued",
          "dcterms.created",
          "pubdate",
          "publishdate",
          "publish-date",
          "publish_date",
          "date",
          "DC.date");

  private static final List<String> FILE_METADATA_KEYS =
      List.of(
          "dcterms:created",
          "pdf:docinfo:created",
          "xmp:CreateDate",
          "meta:creation-date",
          "Creation-Date");

  private static final String MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";

  private static final String WEEKDAY = "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?";

  private static final Pattern DATE =
      Pattern.compile(
          "(?:\\b(published|posted|issued|released|dated|updated|last updated|date)"
              + "(?:\\s+on)?\\s*:?\\s*)?"
              + WEEKDAY
              + "(?:\\b"
              + MONTH
              + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b"
              + "|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
              + MONTH
              + ",?\\s+(\\d{4})\\b"
              + "|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern ISO_DATE_START = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");

  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2100;

  /**
   * @param metadata what Tika read from the file (and, for HTML, its meta tags)
   * @param mediaType the file's media type; meta tags are read for HTML only
   * @param text the extracted text
   */
  public Optional<PublicationDate> find(Metadata metadata, String mediaType, String text) {
    Map<String, String> values = new HashMap<>();
    for (String name : metadata.names()) {
      values.putIfAbsent(name.toLowerCase(Locale.ROOT), metadata.get(name));
    }
    boolean html = mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
    List<String> keys = html ? HTML_META_KEYS : FILE_METADATA_KEYS;
    DateOrigin origin = html ? DateOrigin.HTML_META : DateOrigin.FILE_METADATA;
    for (String key : keys) {
      String value = values.get(key.toLowerCase(Locale.ROOT));
      Optional<LocalDate> date = value == null ? Optional.empty() : parseValue(value);
      if (date.isPresent()) {
        return Optional.of(new PublicationDate(date.get(), origin, key));
      }
    }
    return inText(text.substring(0, Math.min(text.length(), TEXT_WINDOW)));
  }

  /** A metadata value: an ISO timestamp's date as written, else a date in words. */
  private static Optional<LocalDate> parseValue(String value) {
    Matcher iso = ISO_DATE_START.matcher(value);
    if (iso.find()) {
      return date(iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher m = DATE.matcher(value);
    return m.find() ? dateOf(m) : Optional.empty();
  }

  private static Optional<PublicationDate> inText(String head) {
    Matcher m = DATE.matcher(head);
    PublicationDate first = null;
    while (m.find()) {
      Optional<LocalDate> date = dateOf(m);
      if (date.isEmpty()) {
        continue;
      }
      PublicationDate found = new PublicationDate(date.get(), DateOrigin.TEXT, m.group().strip());
      String keyword = m.group(1);
      if (keyword != null && !keyword.toLowerCase(Locale.ROOT).contains("updated")) {
        return Optional.of(found);
      }
      if (first == null) {
        first = found;
      }
    }
    return Optional.ofNullable(first);
  }

  private static Optional<LocalDate> dateOf(Matcher m) {
    if (m.group(2) != null) {
      return date(m.group(4), month(m.group(2)), m.group(3));
    }
    if (m.group(6) != null) {
      return date(m.group(7), month(m.group(6)), m.group(5));
    }
    return date(m.group(8), m.group(9), m.group(10));
  }

  private static String month(String name) {
    String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
    int index =
        List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
            .indexOf(prefix);
    return Integer.toString(index + 1);
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < MIN_YEAR || y > MAX_YEAR) {
        return Optional.empty();
      }
      return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
