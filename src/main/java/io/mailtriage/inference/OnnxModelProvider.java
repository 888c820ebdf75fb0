package io.mailtriage.inference;

import ai.onnxruntime.OrtException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads an exported model directory (card + ONNX head, optional spam and domain heads) and proves
 * it can serve before the job switches to it: the head's SHA-256 must equal the announced one, the
 * card must match the ONNX output contract (checked by {@link IntentModel#load}), every label must
 * have a queue in the intent mapping, and a smoke inference must return one verdict.
 *
 * <p>The intent mapping travels as text inside this object, read once at job submission, so
 * TaskManagers need no copy of conf/.
 */
public final class OnnxModelProvider implements ModelProvider {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(OnnxModelProvider.class);
  private static final String SMOKE_TEXT = "I lost my card yesterday, please block it";

  private final String intentsYaml;
  private final String intentsOrigin;
  private final int intraOpThreads;

  public OnnxModelProvider(String intentsYaml, String intentsOrigin, int intraOpThreads) {
    this.intentsYaml = intentsYaml;
    this.intentsOrigin = intentsOrigin;
    this.intraOpThreads = intraOpThreads;
  }

  @Override
  public TriageModel load(ModelAnnouncement announcement) throws ModelRejectedException {
    Path dir = ModelLocation.resolve(announcement.uri);
    IntentModel intents = null;
    IntentModel spam = null;
    IntentModel domain = null;
    try {
      ModelCard card = ModelCard.read(dir.resolve(ModelCard.FILE_NAME));
      String actual = sha256(dir.resolve(card.headFile()));
      if (announcement.sha256 != null && !announcement.sha256.equalsIgnoreCase(actual)) {
        throw new ModelRejectedException(
            "checksum mismatch for "
                + card.headFile()
                + ": announced "
                + announcement.sha256
                + ", file has "
                + actual);
      }
      IntentModel.Options options = new IntentModel.Options(intraOpThreads, 1, 32, 3, true, true);
      intents = IntentModel.load(dir, options);
      IntentQueues queues = IntentQueues.parse(intentsYaml, intentsOrigin, intents.labels());
      spam = optionalHead(dir, ModelLocation.SPAM_DIR, OnnxTriageModel.SPAM_LABEL, options);
      domain = optionalHead(dir, ModelLocation.DOMAIN_DIR, ModelLocation.DOMAIN_LABEL, options);
      if (domain == null) {
        // A model directory from before the domain head still serves; only the possibleP0 rule
        // loses its out-of-domain gate (every mail then counts as a support request).
        LOG.info(
            "model {}: no {}/ head, model.possibleP0 pages without its out-of-domain gate",
            announcement.version,
            ModelLocation.DOMAIN_DIR);
      }
      OnnxTriageModel model =
          new OnnxTriageModel(announcement.version, intents, spam, domain, queues);
      List<ModelVerdict> smoke = model.score(List.of(SMOKE_TEXT));
      if (smoke.size() != 1 || smoke.get(0).intent() == null) {
        throw new ModelRejectedException("smoke inference returned no verdict");
      }
      return model;
    } catch (ModelRejectedException e) {
      closeQuietly(intents, spam, domain);
      throw e;
    } catch (Exception e) {
      closeQuietly(intents, spam, domain);
      throw new ModelRejectedException(firstLine(e.getMessage()), e);
    }
  }

  /**
   * Proves a model directory's optional spam and domain heads can serve as {@link #load} takes them
   * (each loads, matches its card, knows its label), before the job starts.
   */
  public static void checkOptionalHeads(Path dir)
      throws ModelLoadException, ModelRejectedException, OrtException {
    IntentModel.Options options = IntentModel.Options.DEFAULT;
    try (IntentModel spam =
        optionalHead(dir, ModelLocation.SPAM_DIR, OnnxTriageModel.SPAM_LABEL, options)) {
      // closed at once: loading was the check
    }
    try (IntentModel domain =
        optionalHead(dir, ModelLocation.DOMAIN_DIR, ModelLocation.DOMAIN_LABEL, options)) {
      // closed at once: loading was the check
    }
  }

  /** The head in {@code dir/sub}, which must know {@code label}; null when there is none. */
  private static IntentModel optionalHead(
      Path dir, String sub, String label, IntentModel.Options options)
      throws ModelLoadException, ModelRejectedException, OrtException {
    Path headDir = dir.resolve(sub);
    if (!Files.isDirectory(headDir)) {
      return null;
    }
    IntentModel head = IntentModel.load(headDir, options);
    if (!head.labels().contains(label)) {
      head.close();
      throw new ModelRejectedException(
          sub + " head in " + headDir + " has no '" + label + "' label");
    }
    return head;
  }

  /** Lower-case hex SHA-256 of a file (also used to announce a model). */
  public static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        digest.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  private static void closeQuietly(IntentModel... models) {
    for (IntentModel m : models) {
      if (m != null) {
        try {
          m.close();
        } catch (Exception ignored) {
          // Already failing: the load error is the one worth reporting.
        }
      }
    }
  }

  private static String firstLine(String s) {
    return s == null ? "model failed validation" : s.lines().findFirst().orElse(s);
  }
}
