/**
 * The exports of a case: {@link org.corroborate.report.JsonlExport} writes one JSON object per
 * incident per the contract {@code incident.schema.json}; {@link org.corroborate.report.CsvExport}
 * one row per incident in the columns of the UCDP Georeferenced Event Dataset; {@link
 * org.corroborate.report.HtmlCaseFile} a self-contained case file with footnoted sources, a
 * chronology timeline and an annex of documents.
 *
 * <p>Every export takes reconciled incidents and a {@link org.corroborate.report.DocumentRef} for
 * each document by id (SHA-256), names documents by their path relative to the ingested folder, and
 * gives every claim its document, hash, verbatim sentence and speaker. Exports are deterministic
 * (the same input gives the same bytes), write to a caller's {@link java.io.Writer} opened as
 * UTF-8, and never state a figure in their own voice.
 */
package org.corroborate.report;
