package io.mailtriage.tools.savepoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.flink.runtime.checkpoint.metadata.CheckpointMetadata;
import org.apache.flink.runtime.state.IncrementalKeyedStateHandle;
import org.apache.flink.state.api.OperatorIdentifier;
import org.apache.flink.state.api.runtime.SavepointLoader;

/**
 * Checks an input directory before any Flink job is built, so a wrong path fails in one line
 * instead of in a job failure deep inside the reader.
 */
public final class SavepointFiles {
  private SavepointFiles() {}

  private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]+:");

  /** The metadata of a savepoint or retained checkpoint ({@code chk-N}) directory. */
  public static CheckpointMetadata load(String path) throws BadInputException {
    // A URI (file:, s3:, ...) is left to Flink's file systems; a plain path is checked here.
    if (!SCHEME.matcher(path).lookingAt() && !Files.isDirectory(Path.of(path))) {
      throw new BadInputException("no such directory: " + path);
    }
    CheckpointMetadata metadata;
    try {
      metadata = SavepointLoader.loadSavepointMetadata(path);
    } catch (IOException | RuntimeException e) {
      throw new BadInputException(
          path + " is not a savepoint or retained checkpoint directory (no readable _metadata)");
    }
    // Production checkpoints are RocksDB incremental ones: files shared across checkpoints, in
    // RocksDB's own format. The tools read and copy the canonical format, which the hashmap
    // backend's checkpoints and every canonical savepoint use; say so rather than fail mid-job.
    boolean incremental =
        metadata.getOperatorStates().stream()
            .flatMap(op -> op.getStates().stream())
            .flatMap(subtask -> subtask.getManagedKeyedState().stream())
            .anyMatch(handle -> handle instanceof IncrementalKeyedStateHandle);
    if (incremental) {
      throw new BadInputException(
          path
              + " is an incremental RocksDB checkpoint; take a canonical savepoint of the job"
              + " (flink savepoint --type canonical) and use that");
    }
    return metadata;
  }

  public static boolean has(CheckpointMetadata metadata, OperatorIdentifier id) {
    return metadata.getOperatorStates().stream()
        .anyMatch(s -> s.getOperatorID().equals(id.getOperatorId()));
  }

  /** Returns {@code id} when the savepoint has state for it. */
  public static OperatorIdentifier require(
      CheckpointMetadata metadata, OperatorIdentifier id, String path) throws BadInputException {
    if (!has(metadata, id)) {
      throw new BadInputException(
          path + " has no state for operator uid " + id.getUid().orElseThrow());
    }
    return id;
  }
}
