package org.corroborate.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.model.ActorKind;
import org.corroborate.model.ActorMention;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;

/** How the extraction stage writes actors in the flat mention form. */
class ExtractorActorsTest {

  @Test
  void an_actors_value_is_its_kind_then_its_aliases() {
    ActorMention m =
        new ActorMention(
            new Span(4, 36),
            "Velmoran People’s Union of Ardan",
            ActorKind.ORGANIZATION,
            List.of("VPUA", "Ittehad-e Mardom", "IM"));
    assertThat(Extractor.actor(m)).isEqualTo("organization | VPUA; Ittehad-e Mardom; IM");
  }

  @Test
  void an_actor_without_aliases_keeps_the_separator() {
    ActorMention m = new ActorMention(new Span(0, 6), "Gunmen", ActorKind.ARMED_GROUP, List.of());
    assertThat(Extractor.actor(m)).isEqualTo("armed-group | ");
  }
}
