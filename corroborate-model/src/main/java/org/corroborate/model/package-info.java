/**
 * Corroborate's domain records: immutable, validated in their constructors, depending on the JDK
 * only. Offsets are {@link org.corroborate.model.Span}s into a document's extracted text; a
 * document's id is the SHA-256 of its original bytes.
 */
package org.corroborate.model;
