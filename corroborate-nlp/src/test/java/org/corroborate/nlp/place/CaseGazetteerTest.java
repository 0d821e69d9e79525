package org.corroborate.nlp.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseGazetteerTest {

  private static final String HEADER = "name\taliases\tkind\tadmin1\tcountry\tlat\tlon\n";

  @TempDir Path dir;

  private Path write(String content) throws IOException {
    Path file = dir.resolve("gazetteer.tsv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void reads_places_and_their_aliases() throws IOException {
    CaseGazetteer read =
        CaseGazetteer.read(
            write(
                HEADER
                    + "Camp Ashraf\tAshraf|Ashraf camp\tcamp\tDiyala\tIQ\t33.6450\t44.6350\n"
                    + "\n"
                    + "# a comment\n"
                    + "Kesterby\t\ttown\t\tZZ\t\t\n"));
    assertThat(read.places())
        .containsExactly(
            new Place("Camp Ashraf", "Diyala", "IQ", 33.645, 44.635, "camp", "case:gazetteer.tsv"),
            new Place("Kesterby", null, "ZZ", null, null, "town", "case:gazetteer.tsv"));
    assertThat(read.aliases())
        .containsEntry("Camp Ashraf", java.util.List.of("Ashraf", "Ashraf camp"));
    assertThat(read.aliases()).doesNotContainKey("Kesterby");
  }

  @Test
  void reads_the_example_case_gazetteer() throws IOException {
    Path example = Path.of("..", "examples", "marrow-ford", "gazetteer.tsv");
    CaseGazetteer read = CaseGazetteer.read(example);
    assertThat(read.places()).extracting(Place::name).contains("Marrow Ford", "Kesterby");
    Gazetteer gazetteer = read.applyTo(Gazetteer.load());
    assertThat(gazetteer.lookup("Marro Vadh"))
        .extracting(Place::name)
        .containsExactly("Marrow Ford");
  }

  @Test
  void a_wrong_header_is_reported_on_line_1() throws IOException {
    Path file = write("name\tkind\tcountry\nCamp Ashraf\tcamp\tIQ\n");
    assertThatThrownBy(() -> CaseGazetteer.read(file))
        .isInstanceOf(CaseGazetteer.CaseGazetteerException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("line 1")
        .hasMessageContaining("name<TAB>aliases<TAB>kind");
  }

  @Test
  void a_missing_column_is_reported_with_file_and_line() throws IOException {
    Path file = write(HEADER + "Kesterby\t\ttown\t\tZZ\t\t\nOrlen\t\ttown\tZZ\t-50.3\t-130.4\n");
    assertThatThrownBy(() -> CaseGazetteer.read(file))
        .isInstanceOf(CaseGazetteer.CaseGazetteerException.class)
        .hasMessageContaining(file + ", line 3")
        .hasMessageContaining("6 columns");
  }

  @Test
  void coordinates_must_be_decimal_degrees_and_come_in_pairs() throws IOException {
    Path text = write(HEADER + "Orlen\t\ttown\t\tZZ\tnorth\t-130.4\n");
    assertThatThrownBy(() -> CaseGazetteer.read(text))
        .hasMessageContaining("line 2")
        .hasMessageContaining("lat 'north'");
    Path range = write(HEADER + "Orlen\t\ttown\t\tZZ\t95\t-130.4\n");
    assertThatThrownBy(() -> CaseGazetteer.read(range)).hasMessageContaining("lat 95");
    Path half = write(HEADER + "Orlen\t\ttown\t\tZZ\t-50.3\t\n");
    assertThatThrownBy(() -> CaseGazetteer.read(half)).hasMessageContaining("both or neither");
  }

  @Test
  void countries_are_iso_codes_and_names_are_unique() throws IOException {
    Path country = write(HEADER + "Orlen\t\ttown\t\tIraq\t\t\n");
    assertThatThrownBy(() -> CaseGazetteer.read(country)).hasMessageContaining("ISO 3166-1");
    Path twice = write(HEADER + "Orlen\t\ttown\t\tZZ\t\t\nORLEN\t\tvillage\t\tZZ\t\t\n");
    assertThatThrownBy(() -> CaseGazetteer.read(twice))
        .hasMessageContaining("line 3")
        .hasMessageContaining("line 2");
  }

  @Test
  void every_place_needs_a_name_and_a_kind() throws IOException {
    Path noKind = write(HEADER + "Orlen\t\t\t\tZZ\t\t\n");
    assertThatThrownBy(() -> CaseGazetteer.read(noKind)).hasMessageContaining("needs a kind");
    Path noName = write(HEADER + "\tOrl\ttown\t\tZZ\t\t\n");
    assertThatThrownBy(() -> CaseGazetteer.read(noName)).hasMessageContaining("needs a name");
  }

  @Test
  void an_empty_file_says_what_the_header_should_be() throws IOException {
    Path empty = write("");
    assertThatThrownBy(() -> CaseGazetteer.read(empty))
        .isInstanceOf(CaseGazetteer.CaseGazetteerException.class)
        .hasMessageContaining("is empty");
  }
}
