package org.corroborate.nlp.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.corroborate.model.Quantity;
import org.corroborate.model.QuantityKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityReaderTest {

  private final QuantityReader reader = new QuantityReader(VagueConventions.defaults());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # sentence                                                       | text                  | kind      | value | low   | high  | estimate
          Gunmen killed 52 villagers in Marrowby.                          | 52                    | EXACT     | 52    | 52    | 52    | 52
          Some 1,400 families fled Tell Aswan.                              | Some 1,400            | VAGUE     |       |       |       | 1400
          The camp now shelters 1,400 people.                               | 1,400                 | EXACT     | 1400  | 1400  | 1400  | 1400
          The camp now shelters 2500 people.                                | 2500                  | EXACT     | 2500  | 2500  | 2500  | 2500
          The camp now shelters 3 000 people.                               | 3 000                 | EXACT     | 3000  | 3000  | 3000  | 3000
          Fifty two bodies were recovered near Orvel.                       | Fifty two             | EXACT     | 52    | 52    | 52    | 52
          Militiamen shot fifty-two men in Orvel.                           | fifty-two             | EXACT     | 52    | 52    | 52    | 52
          Militiamen shot forty‑four men in Orvel.                          | forty‑four            | EXACT     | 44    | 44    | 44    | 44
          They buried one hundred and twenty people at Kessa.               | one hundred and twenty | EXACT    | 120   | 120   | 120   | 120
          A hundred people were taken from Kessa.                           | A hundred             | EXACT     | 100   | 100   | 100   | 100
          Two thousand residents fled the shelling.                         | Two thousand          | EXACT     | 2000  | 2000  | 2000  | 2000
          Two thousand five hundred and six residents fled.                 | Two thousand five hundred and six | EXACT | 2506 | 2506 | 2506 | 2506
          A dozen students were abducted from the school in Velm.           | A dozen               | EXACT     | 12    | 12    | 12    | 12
          Two dozen students were abducted.                                 | Two dozen             | EXACT     | 24    | 24    | 24    | 24
          The fighting displaced 1.5 million people.                        | 1.5 million           | EXACT     | 1500000 | 1500000 | 1500000 | 1500000
          One man died on the road to Harrow Cross.                         | One                   | EXACT     | 1     | 1     | 1     | 1
          Soldiers killed one civilian at the checkpoint.                   | one                   | EXACT     | 1     | 1     | 1     | 1
          Zero casualties were reported.                                    | Zero                  | EXACT     | 0     | 0     | 0     | 0
          Over 30 people were killed in Dunmere.                            | Over 30               | BOUNDED   |       | 31    |       | 31
          More than 300 homes were burned.                                  | More than 300         | BOUNDED   |       | 301   |       | 301
          At least 34 people died, said the governor of Pellam.             | At least 34           | BOUNDED   |       | 34    |       | 34
          34 or more people died in Pellam.                                 | 34 or more            | BOUNDED   |       | 34    |       | 34
          Up to 32 fishermen are missing.                                   | Up to 32              | BOUNDED   |       |       | 32    | 32
          As many as 32 fishermen are missing.                              | As many as 32         | BOUNDED   |       |       | 32    | 32
          Nearly 50 were wounded in the blast.                              | Nearly 50             | BOUNDED   |       |       | 49    | 49
          Almost fifty were wounded in the blast.                           | Almost fifty          | BOUNDED   |       |       | 49    | 49
          Fewer than 10 survived the crossing.                              | Fewer than 10         | BOUNDED   |       |       | 9     | 9
          Less than 10 survived the crossing.                               | Less than 10          | BOUNDED   |       |       | 9     | 9
          More than a dozen guards deserted.                                | More than a dozen     | BOUNDED   |       | 13    |       | 13
          About 2500 people marched to Calder.                              | About 2500            | VAGUE     |       |       |       | 2500
          Around 100 were detained.                                         | Around 100            | VAGUE     |       |       |       | 100
          Approximately forty were detained.                                | Approximately forty   | VAGUE     |       |       |       | 40
          Some 40 were detained.                                            | Some 40               | VAGUE     |       |       |       | 40
          40 or so were detained.                                           | 40 or so              | VAGUE     |       |       |       | 40
          Between 20 and 30 houses were looted.                             | Between 20 and 30     | BOUNDED   |       | 20    | 30    | 20
          Between twenty and thirty houses were looted.                     | Between twenty and thirty | BOUNDED |     | 20    | 30    | 20
          Witnesses counted 20 to 30 bodies.                                | 20 to 30              | BOUNDED   |       | 20    | 30    | 20
          Witnesses counted 20-30 bodies.                                   | 20-30                 | BOUNDED   |       | 20    | 30    | 20
          Witnesses counted 20–30 bodies.                                   | 20–30                 | BOUNDED   |       | 20    | 30    | 20
          Witnesses counted two or three bodies.                            | two or three          | BOUNDED   |       | 2     | 3     | 2
          Dozens were killed in Amberly.                                    | Dozens                | VAGUE     |       | 12    |       | 12
          Dozens of people were killed in Amberly.                          | Dozens                | VAGUE     |       | 12    |       | 12
          Scores of villagers fled.                                         | Scores                | VAGUE     |       | 20    |       | 20
          Hundreds of families fled.                                        | Hundreds              | VAGUE     |       | 100   |       | 100
          Thousands of families fled.                                       | Thousands             | VAGUE     |       | 1000  |       | 1000
          Tens of thousands of families fled.                               | Tens of thousands     | VAGUE     |       | 10000 |       | 10000
          Hundreds of thousands of families fled.                           | Hundreds of thousands | VAGUE     |       | 100000 |      | 100000
          Several hundred families fled.                                    | Several hundred       | VAGUE     |       | 300   |       | 300
          A few dozen families fled.                                        | A few dozen           | VAGUE     |       | 24    |       | 36
          Several were wounded.                                             | Several               | VAGUE     |       | 3     |       | 3
          Many were wounded.                                                | Many                  | VAGUE     |       | 2     |       |
          Numerous homes were torched.                                      | Numerous              | VAGUE     |       | 2     |       |
          A number of homes were torched.                                   | A number of           | VAGUE     |       | 2     |       |
          A handful of guards stayed.                                       | A handful             | VAGUE     |       | 2     |       | 3
          A few guards stayed.                                              | A few                 | VAGUE     |       | 2     |       | 3
          Six women and one man were abducted near Brack.                   | Six women and one man | COMPOSITE | 7     | 7     | 7     | 7
          Two children and three adults drowned.                            | Two children and three adults | COMPOSITE | 5 | 5 | 5 | 5
          The mother of two of the victims spoke.                           | two                   | EXACT     | 2     | 2     | 2     | 2
          Gunmen killed 4 soldiers, 2 policemen and a civilian.             | 4 soldiers, 2 policemen and a civilian | COMPOSITE | 7 | 7 | 7 | 7
          Six young women and one elderly man were abducted.                | Six young women and one elderly man | COMPOSITE | 7 | 7 | 7 | 7
          Nine residents, five women and four men, were taken from Orlen.   | Nine residents, five women and four men | COMPOSITE | 9 | 9 | 9 | 9
          Nine residents, five women, and four men were taken from Orlen.   | Nine residents, five women, and four men | COMPOSITE | 9 | 9 | 9 | 9
          Two men, a woman and a child were shot in Orlen.                  | Two men, a woman and a child | COMPOSITE | 4 | 4 | 4 | 4
          Two men, a woman and a child, all of Orlen, were shot.            | Two men, a woman and a child | COMPOSITE | 2 | 2 | 2 | 2
          """)
  void reads_the_one_amount_in_a_sentence(
      String sentence,
      String text,
      QuantityKind kind,
      Long value,
      Long low,
      Long high,
      Long estimate) {
    List<Quantity> found = reader.read(sentence, 0);

    assertThat(found).as("amounts in '%s'", sentence).hasSize(1);
    Quantity q = found.get(0);
    assertThat(q)
        .extracting(
            Quantity::text,
            Quantity::kind,
            Quantity::value,
            Quantity::low,
            Quantity::high,
            Quantity::estimate)
        .containsExactly(text, kind, value, low, high, estimate);
    assertThat(q.span().of(sentence)).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # sentence: no amount in it
          The massacre took place in 1995 near Orvel.
          It happened in 2014, according to witnesses.
          The attack took place on 31 August in Kessa.
          The attack took place on September 1 in Kessa.
          The attack took place on Sept. 1 in Kessa.
          The attack took place on 01/09/14 in Kessa.
          The attack took place on 2013-09-01 in Kessa.
          The attack began at 6am.
          The attack began at 6 AM.
          The attack began at 6 a.m. local time.
          The attack began at 04:30.
          The attack began at 12:40 on Friday.
          It was the fifth attack this year.
          It was the 2nd attack this year.
          It was the twenty fifth raid.
          Turnout fell by 30% in Dunmere.
          Turnout fell by 30 per cent in Dunmere.
          Turnout fell by 30 percent in Dunmere.
          They paid $5 for the bread.
          They paid 5 million dollars in ransom.
          Call +44 7539 307419 for the hotline.
          Call 07539 307419 for the hotline.
          Call 555-123-4567 for the hotline.
          A 16-year-old boy was arrested.
          An 11-month-old baby was hurt.
          The three-day siege ended.
          The town lies 100 Kilometres from the border.
          The town lies 14 km from the border.
          Trucks carried 40 tonnes of flour.
          Trucks carried 9,000 litres of water.
          The siege lasted 6 hours.
          The siege lasted 5 days.
          The siege lasted several days.
          Convoys travelled hundreds of kilometres.
          Planes struck three times.
          See statement 47/2021 of the council.
          The council adopted Resolution 2254.
          See No. 5 in the annex.
          The office is at 345 Burning Tree Dr in Calder.
          No one was hurt.
          One of the guards fled.
          One day the rebels came back.
          Someone opened fire.
          How many died is unknown.
          Prices rose 2.5 times in a year.
          The COVID-19 rules were lifted.
          Troops arrived in the 1990s.
          Dana Vale, 30, of Orlen was hurt.
          Police named Brisco Vale, 21; and Tobin Reyes, 31 all died.
          His wife called 911 and was taken to a hospital.
          The 911 call came at night.
          Image 2 of 16 Police at the scene in Orlen.
          He said he had fired his father's .22 at the dog.
          The wounded, ages 20 and 27, were taken to Orlen General.
          Those hurt, aged 19, 22 and 24, were released.
          A father cleaning a rifle shot his son, 7, in the arm.
          Police said the gunman, 19, was dead, and a guard hurt.
          Dana Okonjo 21, was found shot on Velmora Avenue.
          A 20 y/o was found shot on Velmora Avenue.
          The guard's widow, a mother of three, spoke in Orlen.
          """)
  void leaves_out_numbers_that_are_not_amounts(String sentence) {
    assertThat(reader.read(sentence, 0)).as("amounts in '%s'", sentence).isEmpty();
  }

  @Test
  void shifts_spans_by_the_offset_so_they_point_into_the_document() {
    String document = "Preface. Gunmen killed 52 villagers and wounded over 30 in Marrowby.";
    int sentenceStart = document.indexOf("Gunmen");
    String sentence = document.substring(sentenceStart);

    List<Quantity> found = reader.read(sentence, sentenceStart);

    assertThat(found).extracting(Quantity::text).containsExactly("52", "over 30");
    for (Quantity q : found) {
      assertThat(q.span().of(document)).isEqualTo(q.text());
    }
  }

  @Test
  void returns_every_amount_in_order_without_overlaps() {
    String sentence =
        "On 3 May 2021, 12 civilians were killed, dozens wounded and at least 7 abducted; "
            + "six women and one man remain missing, about 2500 fled 14 km to Tarn.";

    List<Quantity> found = reader.read(sentence, 0);

    assertThat(found)
        .extracting(Quantity::text)
        .containsExactly("12", "dozens", "at least 7", "six women and one man", "about 2500");
    for (int k = 1; k < found.size(); k++) {
      assertThat(found.get(k).span().start()).isGreaterThanOrEqualTo(found.get(k - 1).span().end());
    }
  }

  @Test
  void reads_a_number_after_a_place_and_a_comma_as_a_count() {
    assertThat(reader.read("In Orlen, 12 were killed and 3 wounded.", 0))
        .extracting(Quantity::value)
        .containsExactly(12L, 3L);
  }

  @Test
  void reads_a_year_as_an_amount_when_people_follow_it() {
    assertThat(reader.read("In the camp, 2000 people queued for water.", 0))
        .extracting(Quantity::value)
        .containsExactly(2000L);
  }

  @Test
  void reads_vague_words_by_the_conventions_it_is_given() {
    QuantityReader strict =
        new QuantityReader(
            VagueConventions.defaults()
                .with("dozens", new VagueConventions.Convention(24L, null, 24L))
                .with("multiple", new VagueConventions.Convention(2L, null, null)));

    assertThat(strict.read("Dozens died and multiple homes burned.", 0))
        .extracting(Quantity::text, Quantity::low, Quantity::estimate)
        .containsExactly(tuple("Dozens", 24L, 24L), tuple("multiple", 2L, null));
  }

  @Test
  void rejects_a_negative_offset_naming_it() {
    assertThatThrownBy(() -> reader.read("52 died.", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offset must be non-negative; got -1");
  }

  @Test
  void reads_nothing_in_empty_text() {
    assertThat(reader.read("", 0)).isEmpty();
  }
}
