package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.model.SourceKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SourceKindsTest {

  @ParameterizedTest
  @CsvSource({
    "https://news.un.org/en/story/2015/09/1, UN",
    "https://unami.unmissions.org/report, UN",
    "https://www.ohchr.org/en/press-releases, UN",
    "https://reliefweb.int/report/somewhere, UN",
    "http://www.who.int/news, UN",
    "https://WWW.UNHCR.ORG/news, UN",
    "https://www.state.gov/reports/, GOVERNMENT",
    "https://www.gov.uk/government/news, GOVERNMENT",
    "https://www.diplomatie.gouv.fr/fr/, GOVERNMENT",
    "https://www.defense.gov/News/, GOVERNMENT",
    "https://www.army.mil/article/1, GOVERNMENT",
    "https://www.mofa.go.jp/press/, GOVERNMENT",
    "https://www.amnesty.org/en/latest/, NGO",
    "https://www.hrw.org/news/2015/09/01/x, NGO",
    "https://www.icrc.org/en/document/x, NGO",
    "www.msf.org/news, NGO",
  })
  void an_address_tells_who_published_it(String url, SourceKind kind) {
    assertThat(SourceKinds.fromUrl(url)).contains(kind);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://www.fun.org/story",
        "https://un.org.example.com/fake",
        "https://www.governmentnews.com/x",
        "https://example.com/gov/page",
        "https://www.bbc.co.uk/news",
        "not a url at all",
        ""
      })
  void an_address_that_does_not_tell_gives_nothing(String url) {
    assertThat(SourceKinds.fromUrl(url)).isEmpty();
  }
}
