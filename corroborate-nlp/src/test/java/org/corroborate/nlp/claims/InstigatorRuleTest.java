package org.corroborate.nlp.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimProperty;
import org.corroborate.model.Polarity;
import org.junit.jupiter.api.Test;

/** Instigators as specifications, on sentences about fictional organisations and places. */
class InstigatorRuleTest extends ExtractorTestBase {

  private static List<Claim> instigators(String text) {
    return claims(text).stream().filter(c -> c.property() == ClaimProperty.INSTIGATOR).toList();
  }

  private static Claim only(String text) {
    List<Claim> found = instigators(text);
    assertThat(found).as("instigator claims in '%s': %s", text, claims(text)).hasSize(1);
    return found.get(0);
  }

  private static Claim occurred(String text, String trigger) {
    return claims(text).stream()
        .filter(c -> c.property() == ClaimProperty.OCCURRED && c.trigger().equals(trigger))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void at_the_behest_of_names_the_instigator_of_the_event_it_modifies() {
    String text = "Militiamen stormed Kastrin at the behest of the Hadrak Council.";
    Claim c = only(text);
    assertThat(c.value()).isEqualTo("Hadrak Council");
    assertThat(c.trigger()).isEqualTo("stormed");
    assertThat(c.event()).isEqualTo(occurred(text, "stormed").event());
    assertThat(c.polarity()).isEqualTo(Polarity.ASSERTED);
  }

  @Test
  void a_participle_acting_on_orders_from_someone_names_the_instigator() {
    Claim c = only("Gunmen acting on orders from General Lida Marr attacked the village.");
    assertThat(c.value()).isEqualTo("General Lida Marr");
    assertThat(c.trigger()).isEqualTo("attacked");
  }

  @Test
  void on_the_orders_of_names_the_instigator() {
    Claim c = only("Soldiers shelled Velmora on the orders of the Tarvo Ministry of Defence.");
    assertThat(c.value()).startsWith("Tarvo Ministry");
  }

  @Test
  void a_passive_ordered_by_names_the_instigator_of_the_event_noun() {
    Claim c = only("The raid on Kastrin, ordered by Colonel Ovan Rask, killed 12 farmers.");
    assertThat(c.value()).isEqualTo("Colonel Ovan Rask");
    assertThat(c.trigger()).isEqualTo("raid");
  }

  @Test
  void at_the_instigation_of_and_directed_by_name_instigators() {
    assertThat(only("The massacre at Velmora happened at the instigation of Mr. Dask.").value())
        .isEqualTo("Mr. Dask");
    assertThat(only("Militiamen directed by the Hadrak Council abducted 30 students.").value())
        .isEqualTo("Hadrak Council");
  }

  @Test
  void an_event_noun_carried_out_at_someones_behest_gets_the_instigator() {
    Claim c = only("The attack was carried out at the behest of the Velmora Front.");
    assertThat(c.value()).isEqualTo("Velmora Front");
    assertThat(c.trigger()).isEqualTo("attack");
  }

  @Test
  void a_denied_event_denies_its_instigator_too() {
    Claim c = only("Hadrak forces did not attack Kastrin at the behest of the Tarvo Council.");
    assertThat(c.polarity()).isEqualTo(Polarity.DENIED);
  }

  @Test
  void orders_that_no_event_follows_name_no_instigator() {
    assertThat(instigators("The convoy left Kastrin on the orders of the Hadrak Council."))
        .isEmpty();
    assertThat(instigators("Militiamen were attacked after the council ordered a curfew."))
        .isEmpty();
  }
}
