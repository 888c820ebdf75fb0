package io.mailtriage.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Model directories for tests that damage, announce or swap a real model. */
public final class ModelDirs {
  /** The bundled model, as trained and committed. */
  public static final Path DEFAULT = Path.of("models/default");

  private ModelDirs() {}

  /**
   * Copies models/default (card, heads, spam/, domain/) to {@code target}, so a test can change its
   * files freely.
   */
  public static Path copyOfDefault(Path target) throws IOException {
    try (Stream<Path> files = Files.walk(DEFAULT)) {
      for (Path f : files.toList()) {
        Path to = target.resolve(DEFAULT.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    return target;
  }

  /**
   * Damages a file as a bad disk or a half-finished copy would: flips the bits of a middle byte.
   */
  public static void flipAByte(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x5A;
    Files.write(file, bytes);
  }
}
