/**
 * The resolve stage: from the claims of many documents to incidents. {@link
 * org.corroborate.resolve.Resolver#resolve} groups each document's claims into event mentions,
 * groups event mentions across documents into incidents (blocked by place and month, never all
 * pairs), finds the origins of claims (one original statement repeated by many documents counts
 * once), reconciles each figure with small named rules, and lists the contradictions and the
 * chronology. Everything in an {@link org.corroborate.model.Incident} points back at claim ids;
 * claims themselves are never changed. The stage is deterministic: the same input gives the same
 * incidents with the same ids.
 */
package org.corroborate.resolve;
