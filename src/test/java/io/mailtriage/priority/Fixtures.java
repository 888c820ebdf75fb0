package io.mailtriage.priority;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailtriage.inference.ScoredEmail;
import io.mailtriage.pii.TokenizedEmail;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Shared test data: the real label list, the shipped policy, and email builders. */
final class Fixtures {
  private Fixtures() {}

  static final Path SHIPPED = Path.of("conf/priority.yaml");
  static final Set<String> INTENTS = loadIntents();

  /** The queues the shipped intent mapping routes to, as the job checks the policy against them. */
  static final Set<String> QUEUES = loadQueues();

  private static Set<String> loadQueues() {
    return io.mailtriage.inference.IntentQueues.load(
            java.nio.file.Path.of("conf/intents.yaml"), java.util.List.copyOf(INTENTS))
        .queues();
  }

  private static Set<String> loadIntents() {
    try (InputStream in = Fixtures.class.getResourceAsStream("/banking77-categories.json")) {
      return Set.of(new ObjectMapper().readValue(in, String[].class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String shippedText() {
    try {
      return Files.readString(SHIPPED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PriorityPolicy policy() {
    return PriorityPolicy.load(SHIPPED, INTENTS, QUEUES);
  }

  /**
   * The shipped policy with text replaced pairwise: {@code policy("within: 24h", "within: 1h")}.
   */
  static PriorityPolicy policy(String... replacements) {
    String text = shippedText();
    for (int i = 0; i < replacements.length; i += 2) {
      if (!text.contains(replacements[i])) {
        throw new IllegalArgumentException("not in the shipped policy: " + replacements[i]);
      }
      text = text.replace(replacements[i], replacements[i + 1]);
    }
    return PriorityPolicy.parse(text, SHIPPED.toString(), INTENTS, QUEUES);
  }

  static ScoredEmail email(
      String id, String intent, String queue, double confidence, long receivedAt) {
    TokenizedEmail e = new TokenizedEmail();
    e.emailId = id;
    e.tenant = "demo";
    e.mailbox = "support@example.com";
    e.senderToken = "snd_" + id;
    e.threadToken = "thr_" + id;
    e.subject = "Question about my account";
    e.body = "Hello, could you please look into this for me? Thanks, <PERSON_7f3a>";
    e.modelText = e.subject + "\n" + e.body;
    e.piiTypes = new String[] {"PERSON"};
    e.receivedAt = receivedAt;
    e.ingestedAt = receivedAt + 50;
    e.sourceTopic = "emails.raw";
    e.sourcePartition = 0;
    e.sourceOffset = Math.abs(id.hashCode());
    ScoredEmail s = new ScoredEmail();
    s.email = e;
    s.intent = intent;
    s.queue = queue;
    s.confidence = confidence;
    s.urgency = 0.1;
    s.spamProbability = 0.01;
    s.inDomain = 0.98; // reads like a support request
    s.writerText = e.modelText;
    s.modelVersion = "banking77-minilm-1";
    s.scoredAt = receivedAt + 80;
    return s;
  }

  /** A P2 email (card_arrival → cards, no override) unless changed by the caller. */
  static ScoredEmail cardsEmail(String id, long receivedAt) {
    return email(id, "card_arrival", "cards", 0.9, receivedAt);
  }

  /** Runs the stateless part of the stage (no thread or sender history). */
  static PrioritizedEmail prioritized(PriorityPolicy policy, ScoredEmail s) {
    return new PriorityAssigner(policy).map(PrioritizedEmail.of(s));
  }
}
