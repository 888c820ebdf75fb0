package io.mailtriage.train;

import io.mailtriage.inference.FeatureSpec;
import io.mailtriage.inference.SentenceEncoder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The trainer's file of sentence embeddings by text ({@code --cache FILE}), so a rerun with other
 * head settings or more renderings only encodes texts it has not met. The file starts with the
 * encoder's SHA-256, token window and text budget; a file written for anything else is ignored and
 * replaced, so a cache can never feed embeddings of another encoder or window.
 */
final class EmbeddingCache {
  private final Path file;
  private final String key;
  private final Map<String, SentenceEncoder.Embedded> embeddings;

  private EmbeddingCache(Path file, String key, Map<String, SentenceEncoder.Embedded> embeddings) {
    this.file = file;
    this.key = key;
    this.embeddings = embeddings;
  }

  static EmbeddingCache open(Path file, FeatureSpec spec) throws IOException {
    String key = spec.encoderSha256() + "/" + spec.maxTokens() + "/" + spec.maxChars();
    Map<String, SentenceEncoder.Embedded> map = new HashMap<>();
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      if (in.readUTF().equals(key)) {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
          byte[] utf8 = new byte[in.readInt()];
          in.readFully(utf8);
          String text = new String(utf8, StandardCharsets.UTF_8);
          boolean truncated = in.readBoolean();
          float[] v = new float[SentenceEncoder.DIM];
          for (int d = 0; d < v.length; d++) {
            v[d] = in.readFloat();
          }
          map.put(text, new SentenceEncoder.Embedded(v, truncated));
        }
      }
    } catch (NoSuchFileException e) {
      // First run: start empty.
    } catch (EOFException e) {
      map.clear(); // a file cut short by an interrupted run: start over rather than trust part of
      // it
    }
    System.err.printf("embedding cache %s: %d embeddings%n", file, map.size());
    return new EmbeddingCache(file, key, map);
  }

  Map<String, SentenceEncoder.Embedded> embeddings() {
    return embeddings;
  }

  /**
   * Writes beside the file, then moves it over, so an interrupted save leaves the old cache whole.
   */
  void save() throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // A file of its own, so two runs sharing a cache never move each other's half-written copy.
    Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
      out.writeUTF(key);
      out.writeInt(embeddings.size());
      for (Map.Entry<String, SentenceEncoder.Embedded> e : embeddings.entrySet()) {
        byte[] utf8 = e.getKey().getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
        out.writeBoolean(e.getValue().truncated());
        for (float f : e.getValue().vector()) {
          out.writeFloat(f);
        }
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
