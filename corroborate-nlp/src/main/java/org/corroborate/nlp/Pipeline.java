package org.corroborate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Predicate;
import org.corroborate.model.Span;

/**
 * The CoreNLP wiring, in two passes. The first pass only tokenizes and splits the whole text into
 * sentences (hundreds of thousands of tokens a second). The second pass tags (part of speech,
 * lemma, 3-class named entities) and dependency-parses only the sentences the caller selects —
 * those that can hold a claim — because tagging and parsing cost a hundred times more than
 * splitting. Between the part-of-speech tagger and the rest, {@link TagRepairs} mends the tags the
 * tagger is known to get wrong in news of violence.
 *
 * <p>The CoreNLP pipelines are built once, in the constructor; building them loads the models
 * (seconds, and about 1 GB of heap for the parser). A {@code Pipeline} holds no other state, and
 * {@link StanfordCoreNLP#annotate} is safe to call from several threads at once (CoreNLP's own
 * multi-threaded mode shares one set of annotators across its threads), so one instance serves one
 * worker per core. Build it in the application's wiring and pass it on; never make it static.
 */
public final class Pipeline {

  /** Sentences longer than this are split but not parsed: the parser's time grows with length. */
  static final int MAX_PARSED_TOKENS = 150;

  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP analyzer;

  public Pipeline() {
    this.splitter = new StanfordCoreNLP(splitterProperties());
    this.tagger = new StanfordCoreNLP(taggerProperties(), false);
    this.analyzer = new StanfordCoreNLP(analyzerProperties(), false);
  }

  private static Properties splitterProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    p.setProperty("tokenize.language", "en");
    // characters the tokenizer cannot read (replacement characters, private-use code points)
    // are kept as tokens without a warning on stderr for each
    p.setProperty("tokenize.options", "untokenizable=noneKeep");
    // extracted text keeps one paragraph per line: a line break always ends a sentence
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    return p;
  }

  private static Properties taggerProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "pos");
    return p;
  }

  private static Properties analyzerProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "lemma,ner,depparse");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    // entity mentions are grouped from the tags where needed; the grouping annotator assumes a
    // fully tagged document, and the second pass tags only some sentences
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("depparse.language", "english");
    return p;
  }

  /**
   * Splits {@code text} into sentences and parses those whose lower-cased token words {@code
   * worthParsing} accepts. A news dateline joined to the first sentence by a hyphen is split off
   * (see {@link Datelines}), and so are sentences run together without a space (see {@link
   * RunTogetherSentences}) and a gallery's counter before its caption (see {@link
   * GalleryCaptions}); tokens keep the offsets of {@code text}.
   *
   * @return every sentence in text order, parsed or not
   */
  public List<Sentence> parse(String text, Predicate<List<String>> worthParsing) {
    Annotation document =
        new Annotation(GalleryCaptions.mask(RunTogetherSentences.mask(Datelines.mask(text))));
    splitter.annotate(document);
    List<CoreMap> all = document.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> selected = new ArrayList<>();
    for (CoreMap sentence : all) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.size() <= MAX_PARSED_TOKENS && worthParsing.test(words(tokens))) {
        selected.add(sentence);
      }
    }
    if (!selected.isEmpty()) {
      // the document's token list stays whole so that token indices keep their meaning
      document.set(CoreAnnotations.SentencesAnnotation.class, selected);
      tagger.annotate(document);
      for (CoreMap sentence : selected) {
        TagRepairs.apply(sentence.get(CoreAnnotations.TokensAnnotation.class));
      }
      analyzer.annotate(document);
    }
    List<Sentence> sentences = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      CoreMap sentence = all.get(i);
      SemanticGraph graph =
          sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      Span span =
          new Span(
              sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      sentences.add(
          new Sentence(i, span, sentence.get(CoreAnnotations.TokensAnnotation.class), graph));
    }
    return sentences;
  }

  private static List<String> words(List<CoreLabel> tokens) {
    List<String> words = new ArrayList<>(tokens.size());
    for (CoreLabel token : tokens) {
      words.add(token.word().toLowerCase(Locale.ROOT));
    }
    return words;
  }
}
