package org.corroborate.app;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.corroborate.store.CaseFolder;

/**
 * The files named on a command line, folders walked recursively in name order. A file's name in the
 * case is its path relative to the folder that was named (with {@code /} separators), or its own
 * file name when the file was named directly. Hidden files and folders, and case folders, are
 * passed over and counted.
 */
final class InputFiles {

  final List<Ingester.Input> inputs = new ArrayList<>();
  int hidden;

  private InputFiles() {}

  static InputFiles collect(List<Path> paths, Set<Path> skip) throws IOException {
    InputFiles found = new InputFiles();
    for (Path path : paths) {
      if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        throw new Cli.UsageException("no such file or folder: " + path);
      }
      if (Files.isDirectory(path)) {
        found.walk(path.toAbsolutePath().normalize(), skip);
      } else {
        found.inputs.add(new Ingester.Input(path, path.getFileName().toString()));
      }
    }
    return found;
  }

  private void walk(Path root, Set<Path> skip) throws IOException {
    List<Ingester.Input> here = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(root) && isHidden(dir)) {
              if (!dir.getFileName().toString().equals(CaseFolder.MARKER)) {
                hidden++;
              }
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (isHidden(file)) {
              hidden++;
            } else if (!skip.contains(file.toAbsolutePath().normalize())) {
              here.add(new Ingester.Input(file, name(root, file)));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            here.add(new Ingester.Input(file, name(root, file)));
            return FileVisitResult.CONTINUE;
          }
        });
    here.sort(Comparator.comparing(Ingester.Input::name));
    inputs.addAll(here);
  }

  private static boolean isHidden(Path p) {
    return p.getFileName() != null && p.getFileName().toString().startsWith(".");
  }

  private static String name(Path root, Path file) {
    List<String> parts = new ArrayList<>();
    for (Path part : root.relativize(file)) {
      parts.add(part.toString());
    }
    return String.join("/", parts);
  }
}
