/**
 * The case folder: what a case keeps on disk, and the guarantees each part gives. A case is a
 * folder holding {@code .corroborate/}; every part below lives inside it. Each section describes
 * one part and the class that owns it.
 *
 * <h2>{@code case.db}: the case database</h2>
 *
 * <p>Owned by {@link org.corroborate.store.CaseStore}. SQLite in WAL mode with full synchronous
 * commits; Flyway creates and migrates its schema from {@code db/migration}. It holds what ingest
 * read out of every preserved original (text, metadata, segments, the other names of the same
 * bytes), the keys that find documents sharing text, the links between them, and the files that
 * failed. Every write is one transaction, so a killed process leaves a document whole or absent.
 * The folder is located by {@link org.corroborate.store.CaseFolder}, which also holds the lock that
 * keeps two writers apart.
 *
 * <h2>{@code evidence/}: preserved originals</h2>
 *
 * <p>Owned by {@link org.corroborate.store.EvidenceStore}. Every original file ingested into the
 * case is stored once, under the lower-case hex SHA-256 of its bytes, as {@code evidence/<first two
 * hex digits>/<all 64 hex digits>}, read-only, and never modified or deleted by Corroborate. A
 * file's name is therefore its own checksum: {@link org.corroborate.store.EvidenceStore#check}
 * re-hashes it to prove it unaltered. A file is written to a temporary {@code evidence/.tmp-*}
 * file, forced to the device, then renamed into place, so that a crash leaves either the whole
 * original or a temporary file, which is never taken for evidence and is removed by {@link
 * org.corroborate.store.EvidenceStore#cleanStaleTemps}. Nothing else belongs in {@code evidence/}.
 *
 * <h2>{@code custody.log}: the chain of custody</h2>
 *
 * <p>Owned by {@link org.corroborate.store.CustodyLog}. An append-only file of UTF-8 JSON lines,
 * each ended by {@code '\n'}, one per act on the case (initialising it, ingesting a document, a
 * failed ingest, ...). Lines are never rewritten; each holds, in this order:
 *
 * <pre>{@code
 * {"seq":1,"time":"2025-03-01T09:30:00Z","actor":"amira","action":"ingest",
 *  "document":"9f86d0…","details":{"name":"reports/a.pdf"},"prev":"0000…"}
 * }</pre>
 *
 * (shown here on two lines; it is one). {@code seq} counts from 1 without gaps; {@code time} is an
 * ISO-8601 instant in UTC; {@code document} is a SHA-256 or {@code null}; {@code details} maps
 * names to text, sorted by name; {@code prev} is the SHA-256 of the previous line's bytes without
 * its newline, or 64 zeros on the first line. Altering, removing or moving any line therefore
 * breaks the chain at the next line, which {@link org.corroborate.store.CustodyLog#verify} reports.
 * Removing the <em>last</em> lines leaves a valid chain; to catch it, the case records the {@code
 * (seq, hash)} of the entry for each document, and checks it against {@link
 * org.corroborate.store.CustodyCheck#hashes()}.
 *
 * <p>If a write is torn (the file does not end with {@code '\n'}), opening the log appends a
 * newline and a {@code log-repair} entry whose {@code prev} is the hash of the torn line and whose
 * {@code torn_line} detail is its line number; the torn bytes stay as they are.
 */
package org.corroborate.store;
