package org.corroborate.nlp.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.corroborate.model.ActorKind;
import org.corroborate.model.ActorMention;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;

/** The actor rules as specifications, on sentences about fictional organisations and places. */
class ActorFinderTest {

  private final ActorFinder finder = new ActorFinder();

  private List<ActorMention> find(String text) {
    return finder.find(text, 0);
  }

  private ActorMention named(String text, String name) {
    List<ActorMention> of = find(text).stream().filter(m -> m.text().equals(name)).toList();
    assertThat(of).as("mentions named '%s' in %s", name, find(text)).hasSize(1);
    return of.get(0);
  }

  @Test
  void a_name_with_a_comma_acronym_and_a_parenthesis_of_aliases_carries_them_all() {
    String text =
        "The Velmoran People’s Union of Ardan, VPUA (Ittehad-e Mardom, IM) held a rally in"
            + " Kastrin.";
    ActorMention m = named(text, "Velmoran People’s Union of Ardan");
    assertThat(m.kind()).isEqualTo(ActorKind.ORGANIZATION);
    assertThat(m.aliases()).containsExactly("VPUA", "Ittehad-e Mardom", "IM");
    assertThat(m.span()).isEqualTo(new Span(4, 36));
  }

  @Test
  void straight_apostrophes_introduce_names_as_well_as_curly_ones() {
    ActorMention m = named("The Ardan People's Front (APF) denied it.", "Ardan People's Front");
    assertThat(m.aliases()).containsExactly("APF");
  }

  @Test
  void an_acronym_in_parentheses_after_a_mission_is_its_alias() {
    ActorMention m =
        named(
            "Observers of the Northern Assistance Mission for Kastria (NAMK) arrived.",
            "Northern Assistance Mission for Kastria");
    assertThat(m.aliases()).containsExactly("NAMK");
    assertThat(m.kind()).isEqualTo(ActorKind.ORGANIZATION);
  }

  @Test
  void a_persons_initials_in_parentheses_are_an_alias_of_the_person() {
    ActorMention m = named("Oren Dask (OD) said he saw the convoy.", "Oren Dask");
    assertThat(m.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(m.aliases()).containsExactly("OD");
  }

  @Test
  void the_name_starts_at_the_words_the_acronym_abbreviates() {
    ActorMention m =
        named("Yesterday Kastrin Human Rights Office (HRO) staff left.", "Human Rights Office");
    assertThat(m.aliases()).containsExactly("HRO");
  }

  @Test
  void later_bare_uses_of_an_acronym_or_alias_are_mentions_with_the_same_aliases() {
    String text =
        "The Velmoran People’s Union of Ardan, VPUA (Ittehad-e Mardom, IM) was attacked. Later"
            + " the IM said that VPUA members were shelled; Ittehad-e Mardom buried them.";
    assertThat(find(text))
        .extracting(ActorMention::text, ActorMention::kind, ActorMention::aliases)
        .containsExactly(
            tuple(
                "Velmoran People’s Union of Ardan",
                ActorKind.ORGANIZATION,
                List.of("VPUA", "Ittehad-e Mardom", "IM")),
            tuple(
                "IM",
                ActorKind.ORGANIZATION,
                List.of("Velmoran People’s Union of Ardan", "VPUA", "Ittehad-e Mardom")),
            tuple(
                "VPUA",
                ActorKind.ORGANIZATION,
                List.of("Velmoran People’s Union of Ardan", "Ittehad-e Mardom", "IM")),
            tuple(
                "Ittehad-e Mardom",
                ActorKind.ORGANIZATION,
                List.of("Velmoran People’s Union of Ardan", "VPUA", "IM")));
  }

  @Test
  void a_comma_acronym_that_is_not_the_initials_is_a_list_not_an_alias() {
    assertThat(find("The Kastrin Council, NAMK and the police met."))
        .extracting(ActorMention::text, ActorMention::aliases)
        .contains(tuple("Kastrin Council", List.of()), tuple("police", List.of()));
  }

  @Test
  void a_place_in_parentheses_is_no_alias() {
    assertThat(find("Refugees reached Kastrin (Velmora) on foot.")).isEmpty();
  }

  @Test
  void nationalities_and_countries_with_a_force_noun_are_armed_forces() {
    String text =
        "Velmoran forces, U.S. special forces, Kastria’s army, Ardanese security forces, Velmoran"
            + " police and Ardanese SWAT teams took part.";
    assertThat(find(text))
        .extracting(ActorMention::text, ActorMention::kind)
        .containsExactly(
            tuple("Velmoran forces", ActorKind.ARMED_FORCE),
            tuple("U.S. special forces", ActorKind.ARMED_FORCE),
            tuple("Kastria’s army", ActorKind.ARMED_FORCE),
            tuple("Ardanese security forces", ActorKind.ARMED_FORCE),
            tuple("Velmoran police", ActorKind.ARMED_FORCE),
            tuple("Ardanese SWAT teams", ActorKind.ARMED_FORCE));
  }

  @Test
  void forces_without_a_nationality_are_armed_forces_without_their_article() {
    assertThat(find("The army and government forces shelled Kastrin; the police stood by."))
        .extracting(ActorMention::text, ActorMention::kind)
        .containsExactly(
            tuple("army", ActorKind.ARMED_FORCE),
            tuple("government forces", ActorKind.ARMED_FORCE),
            tuple("police", ActorKind.ARMED_FORCE));
  }

  @Test
  void militias_gunmen_and_armed_men_are_armed_groups() {
    assertThat(find("Kastrin militia, gunmen and armed men, then pro-government militias, came."))
        .extracting(ActorMention::text, ActorMention::kind)
        .containsExactly(
            tuple("Kastrin militia", ActorKind.ARMED_GROUP),
            tuple("gunmen", ActorKind.ARMED_GROUP),
            tuple("armed men", ActorKind.ARMED_GROUP),
            tuple("pro-government militias", ActorKind.ARMED_GROUP));
  }

  @Test
  void a_sentence_opening_article_is_not_the_owner_of_a_militia() {
    assertThat(find("The militia fled.")).extracting(ActorMention::text).containsExactly("militia");
  }

  @Test
  void an_institutions_militia_names_the_institution_and_the_group_apart() {
    assertThat(find("Then the Hadrak Army militia and The Kastrin militia arrived."))
        .extracting(ActorMention::text, ActorMention::kind)
        .containsExactly(
            tuple("Hadrak Army", ActorKind.ORGANIZATION),
            tuple("militia", ActorKind.ARMED_GROUP),
            tuple("Kastrin militia", ActorKind.ARMED_GROUP));
  }

  @Test
  void a_named_force_that_is_no_nationalitys_is_an_organisation() {
    assertThat(find("Velmora’s Qadr Force trained them."))
        .extracting(ActorMention::text, ActorMention::kind)
        .containsExactly(tuple("Velmora’s Qadr Force", ActorKind.ORGANIZATION));
  }

  @Test
  void persons_with_titles_are_persons_title_included() {
    String text = "Prime Minister Tarek al-Vasni met Mr. Oren Dask and General Lida Marr.";
    assertThat(find(text))
        .extracting(ActorMention::text, ActorMention::kind)
        .containsExactly(
            tuple("Prime Minister Tarek al-Vasni", ActorKind.PERSON),
            tuple("Mr. Oren Dask", ActorKind.PERSON),
            tuple("General Lida Marr", ActorKind.PERSON));
  }

  @Test
  void a_title_before_an_institution_is_no_person() {
    assertThat(find("The General Assembly of Velmora voted."))
        .extracting(ActorMention::text, ActorMention::kind)
        .containsExactly(tuple("General Assembly of Velmora", ActorKind.ORGANIZATION));
  }

  @Test
  void institutions_are_organisations_and_a_named_army_is_one_too() {
    String text =
        "The Ministry of Water of Velmora, the Kastrin Security Council, the Ardan Relief"
            + " Committee and the Hadrak Army were blamed.";
    assertThat(find(text))
        .extracting(ActorMention::text, ActorMention::kind)
        .containsExactly(
            tuple("Ministry of Water of Velmora", ActorKind.ORGANIZATION),
            tuple("Kastrin Security Council", ActorKind.ORGANIZATION),
            tuple("Ardan Relief Committee", ActorKind.ORGANIZATION),
            tuple("Hadrak Army", ActorKind.ORGANIZATION));
  }

  @Test
  void institutions_joined_by_and_with_an_article_are_two_mentions() {
    assertThat(find("The Trade and Water Office and the Relief Committee of Kastrin met."))
        .extracting(ActorMention::text)
        .containsExactly("Trade and Water Office", "Relief Committee of Kastrin");
  }

  @Test
  void a_nationality_with_a_capitalised_army_is_a_state_force() {
    assertThat(find("The Velmoran Army denied it."))
        .extracting(ActorMention::text, ActorMention::kind)
        .containsExactly(tuple("Velmoran Army", ActorKind.ARMED_FORCE));
  }

  @Test
  void spans_are_document_offsets() {
    assertThat(finder.find("Gunmen fired.", 100))
        .extracting(ActorMention::span)
        .containsExactly(new Span(100, 106));
  }
}
