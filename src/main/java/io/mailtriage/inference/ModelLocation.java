package io.mailtriage.inference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a model URI into a local directory. {@code classpath:models/default} is the model bundled
 * in the job jar, copied once per JVM to a temporary directory (ONNX Runtime wants files); a path
 * or {@code file:} URI must be visible to every TaskManager (a shared volume).
 */
public final class ModelLocation {
  public static final String CLASSPATH = "classpath:";
  private static final Map<String, Path> EXTRACTED = new HashMap<>();

  private ModelLocation() {}

  public static synchronized Path resolve(String uri) throws ModelRejectedException {
    if (uri.startsWith(CLASSPATH)) {
      String root = uri.substring(CLASSPATH.length()).replaceAll("^/+|/+$", "");
      Path dir = EXTRACTED.get(root);
      if (dir == null) {
        dir = extract(root);
        EXTRACTED.put(root, dir);
      }
      return dir;
    }
    Path dir = uri.startsWith("file:") ? Path.of(java.net.URI.create(uri)) : Path.of(uri);
    if (!Files.isDirectory(dir)) {
      throw new ModelRejectedException("model directory not found: " + dir);
    }
    return dir;
  }

  /**
   * Copies the card, the heads it names (the cascade's too), and the optional spam/ and domain/
   * sub-models out of the jar.
   */
  private static Path extract(String root) throws ModelRejectedException {
    try {
      Path dir = Files.createTempDirectory("mailtriage-model-");
      dir.toFile().deleteOnExit();
      if (!copyModel(root, dir)) {
        throw new ModelRejectedException(
            "no model at classpath:" + root + " (" + ModelCard.FILE_NAME + " missing)");
      }
      copyModel(root + "/" + SPAM_DIR, dir.resolve(SPAM_DIR));
      copyModel(root + "/" + DOMAIN_DIR, dir.resolve(DOMAIN_DIR));
      return dir;
    } catch (IOException | ModelLoadException e) {
      throw new ModelRejectedException(
          "cannot unpack classpath:" + root + ": " + e.getMessage(), e);
    }
  }

  /** The card, every head it names and its idf table; false when there is no card. */
  private static boolean copyModel(String root, Path dir) throws IOException, ModelLoadException {
    if (!copy(root, ModelCard.FILE_NAME, dir)) {
      return false;
    }
    ModelCard card = ModelCard.read(dir.resolve(ModelCard.FILE_NAME));
    copy(root, card.headFile(), dir);
    if (card.features().idfFile() != null) {
      copy(root, card.features().idfFile(), dir);
    }
    if (card.cascade() != null) {
      copy(root, card.cascade().headFile(), dir);
    }
    return true;
  }

  /** Sub-directory of a model directory that holds its spam/ham head, when it has one. */
  public static final String SPAM_DIR = "spam";

  /**
   * Sub-directory of a model directory that holds its domain head, when it has one: whether a text
   * reads like a support request at all (label {@value #DOMAIN_LABEL}) or like a mailing-list post,
   * a newsletter or spam. Only the priority stage's {@code model.possibleP0} rule reads it.
   */
  public static final String DOMAIN_DIR = "domain";

  /** The domain head's label for a support request. */
  public static final String DOMAIN_LABEL = "support";

  private static boolean copy(String root, String name, Path dir) throws IOException {
    try (InputStream in =
        ModelLocation.class.getClassLoader().getResourceAsStream(root + "/" + name)) {
      if (in == null) {
        return false;
      }
      Files.createDirectories(dir);
      Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      dir.resolve(name).toFile().deleteOnExit();
      return true;
    }
  }
}
