package org.corroborate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * CoreNLP's stock pipeline ({@code tokenize,ssplit,pos,lemma,ner,depparse} with default settings),
 * as a user of CoreNLP would run it: the baseline the extraction benchmark compares ours with.
 */
public final class StockPipeline {

  private final StanfordCoreNLP pipeline;

  public StockPipeline() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    pipeline = new StanfordCoreNLP(props);
  }

  /** Annotates a text and returns its number of tokens. */
  public int annotate(String text) {
    Annotation annotation = new Annotation(text);
    pipeline.annotate(annotation);
    return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
  }
}
