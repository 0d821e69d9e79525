package org.corroborate.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real seed documents and their gold file, read from the shared corpus folder named by the
 * system property {@code corroborate.shared} (the build passes it; {@code ../../shared} from the
 * module otherwise). Their text never enters the repository.
 */
public final class SeedCorpus {

  private final Path seeds;

  public SeedCorpus() {
    Path shared = Path.of(System.getProperty("corroborate.shared", "../../shared"));
    this.seeds = shared.resolve("corpus").resolve("seeds");
  }

  /** The names of the seed documents, sorted. */
  public List<String> documentNames() {
    try (Stream<Path> files = Files.list(seeds.resolve("docs"))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the seed documents under " + seeds, e);
    }
  }

  /** The seed document whose name starts with {@code prefix} ("004"), as UTF-8 with LF lines. */
  public String document(String prefix) {
    String name =
        documentNames().stream()
            .filter(n -> n.startsWith(prefix))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no seed document named " + prefix));
    return read(seeds.resolve("docs").resolve(name));
  }

  /** The gold file, parsed. */
  public JsonNode gold() {
    try {
      return new ObjectMapper().readTree(read(seeds.resolve("gold.json")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse the seed gold file under " + seeds, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the seed file " + file, e);
    }
  }
}
