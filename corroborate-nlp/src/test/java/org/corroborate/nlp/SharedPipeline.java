package org.corroborate.nlp;

/**
 * One CoreNLP pipeline (seconds to load, a gigabyte of heap) for all the tests of a test JVM that
 * parse text.
 */
public final class SharedPipeline {

  private static Pipeline pipeline;

  private SharedPipeline() {}

  public static synchronized Pipeline get() {
    if (pipeline == null) {
      pipeline = new Pipeline();
    }
    return pipeline;
  }
}
