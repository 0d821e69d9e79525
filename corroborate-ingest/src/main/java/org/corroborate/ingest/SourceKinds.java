package org.corroborate.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.model.SourceKind;

/**
 * Tells from a document's address alone whether the United Nations, a government or a well-known
 * human-rights or humanitarian NGO published it. Anything else (news, blogs, advocacy) cannot be
 * told from the host and is left to the investigator's manifest.
 *
 * <p>A host matches a listed domain when it is that domain or a subdomain of it ({@code
 * news.un.org} matches {@code un.org}; {@code fun.org} does not).
 */
public final class SourceKinds {

  /** The UN Secretariat, its missions, programmes, funds and specialised agencies. */
  private static final Set<String> UN =
      Set.of(
          "un.org",
          "unmissions.org",
          "ohchr.org",
          "reliefweb.int",
          "unocha.org",
          "unhcr.org",
          "unicef.org",
          "who.int",
          "wfp.org",
          "undp.org",
          "unfpa.org",
          "unwomen.org",
          "unrwa.org",
          "unesco.org",
          "fao.org",
          "ilo.org",
          "iom.int",
          "unodc.org",
          "icj-cij.org",
          "unops.org",
          "unep.org",
          "unaids.org",
          "ifad.org",
          "unhabitat.org",
          "unitar.org",
          "undrr.org");

  private static final Set<String> NGO =
      Set.of(
          "amnesty.org",
          "amnestyusa.org",
          "hrw.org",
          "icrc.org",
          "ifrc.org",
          "msf.org",
          "doctorswithoutborders.org",
          "savethechildren.org",
          "oxfam.org",
          "crisisgroup.org",
          "fidh.org",
          "rescue.org",
          "nrc.no",
          "refugeesinternational.org",
          "phr.org",
          "airwars.org",
          "civiliansinconflict.org",
          "minorityrights.org",
          "omct.org",
          "frontlinedefenders.org",
          "cpj.org",
          "rsf.org",
          "article19.org",
          "redress.org");

  /**
   * A government's top-level labels: {@code .gov} and {@code .mil}, and the second-level labels
   * countries use under their country code ({@code .gov.uk}, {@code .gouv.fr}, {@code .gob.mx},
   * {@code .go.ke}, {@code .govt.nz}, {@code .gv.at}, {@code .mil.ng}).
   */
  private static final Pattern GOVERNMENT =
      Pattern.compile("(^|.*\\.)(gov|mil)|.*\\.(gov|gouv|gob|go|govt|gv|mil)\\.[a-z]{2}");

  private SourceKinds() {}

  /** The kind of publisher the address names, or empty when the host does not tell. */
  public static Optional<SourceKind> fromUrl(String url) {
    String host = host(url);
    if (host == null) {
      return Optional.empty();
    }
    if (matches(host, UN)) {
      return Optional.of(SourceKind.UN);
    }
    if (GOVERNMENT.matcher(host).matches()) {
      return Optional.of(SourceKind.GOVERNMENT);
    }
    if (matches(host, NGO)) {
      return Optional.of(SourceKind.NGO);
    }
    return Optional.empty();
  }

  private static String host(String url) {
    String address = url.strip();
    if (!address.contains("://")) {
      address = "https://" + address;
    }
    try {
      String host = new URI(address).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static boolean matches(String host, Set<String> domains) {
    for (String domain : domains) {
      if (host.equals(domain) || host.endsWith("." + domain)) {
        return true;
      }
    }
    return false;
  }
}
