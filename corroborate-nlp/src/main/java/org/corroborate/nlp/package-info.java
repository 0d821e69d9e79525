/**
 * The extraction stage: mentions of times, quantities, places and actors, and the claims built from
 * event mentions and their arguments. The only package tree that imports Stanford CoreNLP.
 */
package org.corroborate.nlp;
