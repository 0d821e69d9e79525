package org.corroborate.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagRepairsTest {

  @Test
  void shot_joined_to_a_verb_of_harm_takes_that_verbs_tag() {
    List<CoreLabel> tokens =
        tagged("The/DT gunman/NN shot/NN and/CC killed/VBD two/CD men/NNS ./.");

    TagRepairs.apply(tokens);

    assertThat(tokens.get(2).tag()).isEqualTo("VBD");
  }

  @Test
  void a_shot_that_is_a_noun_stays_one() {
    List<CoreLabel> fired = tagged("A/DT shot/NN and/CC a/DT scream/NN rang/VBD out/RP ./.");
    List<CoreLabel> heard =
        tagged("Neighbours/NNS heard/VBD one/CD shot/NN ,/, then/RB another/DT");

    TagRepairs.apply(fired);
    TagRepairs.apply(heard);

    assertThat(fired.get(1).tag()).isEqualTo("NN");
    assertThat(heard.get(3).tag()).isEqualTo("NN");
  }

  @Test
  void a_headlines_participle_after_the_people_is_one_and_its_number_a_number() {
    List<CoreLabel> tokens = tagged("3/LS Guards/NNPS Shot/NNP In/IN North/NNP Orlen/NNP");

    TagRepairs.apply(tokens);

    assertThat(tokens).extracting(CoreLabel::tag).startsWith("CD", "NNPS", "VBN");
  }

  @Test
  void a_shot_in_a_sentence_in_lower_case_is_left_to_the_tagger() {
    List<CoreLabel> tokens =
        tagged("Neighbours/NNS Shot/NNP first/RB ,/, police/NNS said/VBD later/RB ./.");

    TagRepairs.apply(tokens);

    assertThat(tokens.get(1).tag()).isEqualTo("NNP");
  }

  @Test
  void shot_after_a_person_and_before_a_preposition_is_a_participle() {
    List<CoreLabel> tokens = tagged("A/DT boy/NN shot/NN in/IN the/DT chest/NN died/VBD ./.");

    TagRepairs.apply(tokens);

    assertThat(tokens.get(2).tag()).isEqualTo("VBN");
  }

  @Test
  void shot_between_gun_and_wounds_is_a_noun() {
    List<CoreLabel> tokens = tagged("four/CD victims/NNS with/IN gun/NN shot/VBD wounds/NNS");

    TagRepairs.apply(tokens);

    assertThat(tokens.get(4).tag()).isEqualTo("NN");
  }

  private static List<CoreLabel> tagged(String wordsAndTags) {
    List<CoreLabel> out = new ArrayList<>();
    for (String pair : wordsAndTags.split(" ")) {
      int slash = pair.lastIndexOf('/');
      CoreLabel token = new CoreLabel();
      token.setWord(pair.substring(0, slash));
      token.setTag(pair.substring(slash + 1));
      out.add(token);
    }
    return out;
  }
}
