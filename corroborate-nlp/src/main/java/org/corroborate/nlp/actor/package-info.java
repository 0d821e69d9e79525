/**
 * Actors: who a text names — persons, organisations, state forces, armed groups — and the other
 * names it gives them.
 *
 * <p>{@link org.corroborate.nlp.actor.ActorFinder} reads plain text with small, named rules (no
 * model), each a construction that names an actor; a name introduced with an acronym or an alias
 * ("the Kastrin Relief Mission (KRM)") carries its aliases, and so does every later use of any of
 * them. {@link org.corroborate.nlp.actor.Aliases} decides whether two written names may be one
 * actor's (case, diacritics, articles, transliteration, one typo, acronyms), for resolution across
 * documents.
 *
 * <p>Contract: mentions are in text order and never overlap; an actor's kind is read from its words
 * alone and may be wrong for a name with no telling word; both classes are safe to share between
 * threads.
 */
package org.corroborate.nlp.actor;
