package org.corroborate.store;

import java.util.Objects;

/**
 * A document's keys for finding the documents that share its text: its MinHash signature, the LSH
 * band keys of that signature, and its winnowed passage keys.
 */
public record DocumentKeys(long[] signature, long[] bandKeys, long[] passageKeys) {

  public DocumentKeys {
    signature = Objects.requireNonNull(signature, "signature").clone();
    bandKeys = Objects.requireNonNull(bandKeys, "bandKeys").clone();
    passageKeys = Objects.requireNonNull(passageKeys, "passageKeys").clone();
  }

  @Override
  public long[] signature() {
    return signature.clone();
  }

  @Override
  public long[] bandKeys() {
    return bandKeys.clone();
  }

  @Override
  public long[] passageKeys() {
    return passageKeys.clone();
  }
}
