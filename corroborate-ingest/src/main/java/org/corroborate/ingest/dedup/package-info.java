/**
 * Near-duplicate documents and shared passages, found without comparing all pairs.
 *
 * <p>{@link org.corroborate.ingest.dedup.Words} turns text into normalised words with their spans
 * and hashes. {@link org.corroborate.ingest.dedup.TextFingerprint#of} gives a document's keys: LSH
 * band keys (documents sharing one are candidate near-duplicates, confirmed by {@link
 * org.corroborate.ingest.dedup.NearDuplicates} on the MinHash similarity) and winnowed passage keys
 * (any shared run of {@value org.corroborate.ingest.dedup.Fingerprinter#GUARANTEED_WORDS} or more
 * words shares one). A store indexes these keys and asks which earlier documents share keys with a
 * new one; {@link org.corroborate.ingest.dedup.PassageMatcher} then locates the shared passages in
 * both texts. Everything here is deterministic across JVMs and free of state, so keys can be stored
 * and compared across runs.
 */
package org.corroborate.ingest.dedup;
