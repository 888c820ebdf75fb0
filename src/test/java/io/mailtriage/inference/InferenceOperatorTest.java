package io.mailtriage.inference;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.deadletter.DeadLetter;
import io.mailtriage.inference.text.ModelText;
import io.mailtriage.pii.TokenizedEmail;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InferenceOperatorTest {
  /** Calls made to fake models, by version: each entry is one batch. */
  static final List<String> CALLS = new CopyOnWriteArrayList<>();

  /**
   * Scores a text by its length, and a message as spam when it says "unsubscribe"; deterministic
   * and batch-independent, like the real model must be.
   */
  static final class LengthModel implements TriageModel {
    private final String version;

    LengthModel(String version) {
      this.version = version;
    }

    @Override
    public String version() {
      return version;
    }

    @Override
    public List<ModelVerdict> score(List<String> texts, List<String> messages) {
      if (texts.contains("explode")) {
        throw new IllegalStateException("boom");
      }
      CALLS.add(version + ":" + String.join(",", texts));
      List<ModelVerdict> out = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        String t = texts.get(i);
        String queue = t.isEmpty() ? ModelVerdict.NEEDS_REVIEW : "cards";
        out.add(
            new ModelVerdict(
                "len_" + t.length(),
                0.9,
                queue,
                0.1,
                messages.get(i).contains("unsubscribe") ? 1.0 : 0.0,
                1.0,
                false,
                new String[] {"len_" + t.length()},
                new double[] {0.9}));
      }
      return out;
    }

    @Override
    public void close() {}
  }

  /** Loads {@link LengthModel}s; refuses any version starting with "bad". */
  static final class FakeProvider implements ModelProvider {
    @Override
    public TriageModel load(ModelAnnouncement a) throws ModelRejectedException {
      if (a.version.startsWith("bad")) {
        throw new ModelRejectedException("checksum mismatch for " + a.uri);
      }
      return new LengthModel(a.version);
    }
  }

  private static final ModelAnnouncement V1 = new ModelAnnouncement("v1", "classpath:m", "00", 0);

  private KeyedTwoInputStreamOperatorTestHarness<
          String, TokenizedEmail, ModelAnnouncement, ScoredEmail>
      harness;

  @AfterEach
  void tearDown() throws Exception {
    if (harness != null) {
      harness.close();
    }
    CALLS.clear();
    assertThat(SharedModels.loadedCount()).as("every model released").isZero();
  }

  private KeyedTwoInputStreamOperatorTestHarness<
          String, TokenizedEmail, ModelAnnouncement, ScoredEmail>
      open(int maxBatch, long maxDelayMs, OperatorSubtaskState restoreFrom) throws Exception {
    var h =
        new KeyedTwoInputStreamOperatorTestHarness<>(
            new InferenceOperator(V1, new FakeProvider(), maxBatch, maxDelayMs),
            (TokenizedEmail e) -> e.threadToken,
            (ModelAnnouncement a) -> "control",
            Types.STRING);
    if (restoreFrom != null) {
      h.initializeState(restoreFrom);
    }
    h.open();
    return h;
  }

  private static StreamRecord<TokenizedEmail> email(String id, String text) {
    TokenizedEmail e = new TokenizedEmail();
    e.emailId = id;
    e.threadToken = "thread-" + id;
    e.modelText = text;
    e.body = text;
    e.sourceTopic = "emails.raw";
    return new StreamRecord<>(e, 1000L);
  }

  private List<String> emitted() {
    return harness.extractOutputValues().stream()
        .map(s -> s.email.emailId + "=" + s.intent + "@" + s.modelVersion)
        .collect(Collectors.toList());
  }

  @Test
  void modelReadsTheNewMessageAndRecordsWhichPartItRead() throws Exception {
    harness = open(3, 60_000, null);
    harness.processElement1(
        email("new", "Re: pin\nHi,\nnew pin?\n\nOn Mon, 3 Jun 2024, <EMAIL> wrote:\n> old answer"));
    harness.processElement1(email("fwd", "Fwd: pin\n> I forgot my pin"));
    harness.processElement1(email("empty", "pin\nThanks,\n<PERSON>"));

    assertThat(CALLS)
        .as("the model saw the new message, the quote, the full text")
        .containsExactly("v1:new pin?,pin\nI forgot my pin,pin\nThanks,\n<PERSON>");
    assertThat(harness.extractOutputValues())
        .extracting(s -> s.modelTextPart)
        .containsExactly(
            ModelText.Part.NEW_MESSAGE, ModelText.Part.QUOTED_ONLY, ModelText.Part.FULL_TEXT);
    assertThat(harness.extractOutputValues().get(0).email.body)
        .as("the full tokenized text still goes downstream")
        .contains("old answer");
    assertThat(harness.extractOutputValues())
        .extracting(s -> s.email.modelText)
        .as("the model text does not ride along into the priority stage's state")
        .containsOnlyNulls();
    assertThat(harness.extractOutputValues())
        .extracting(s -> s.writerText)
        .as("the writer's words, subject as written, go on for the priority stage's cue words")
        .containsExactly(
            "Re: pin\nnew pin?", "Fwd: pin\nI forgot my pin", "pin\nThanks,\n<PERSON>");
  }

  @Test
  void spamIsJudgedOnTheWholeMessageAndTheIntentOnTheNewText() throws Exception {
    harness = open(2, 60_000, null);
    harness.processElement1(
        email("ad", "Re: pin\nHi,\nnew pin?\n\nOn Mon, 3 Jun 2024, <EMAIL> wrote:\n> unsubscribe"));
    harness.processElement1(
        email(
            "plain", "Re: pin\nHi,\nnew pin?\n\nOn Mon, 3 Jun 2024, <EMAIL> wrote:\n> old answer"));

    assertThat(CALLS)
        .as("the intent reads the new text of both")
        .containsExactly("v1:new pin?,new pin?");
    assertThat(harness.extractOutputValues())
        .extracting(s -> s.email.emailId + "=" + s.spamProbability)
        .as("the spam head read what the model text leaves out, each message's own")
        .containsExactlyInAnyOrder("ad=1.0", "plain=0.0");
  }

  @Test
  void scoresAFullBatchWithOneModelCall() throws Exception {
    harness = open(3, 60_000, null);
    harness.processElement1(email("a", "aaaa"));
    harness.processElement1(email("b", "b"));
    assertThat(harness.extractOutputValues()).isEmpty();
    harness.processElement1(email("c", "cc"));

    assertThat(emitted()).containsExactly("a=len_4@v1", "b=len_1@v1", "c=len_2@v1");
    assertThat(CALLS).as("one call, texts in length order").containsExactly("v1:b,cc,aaaa");
  }

  @Test
  void flushesAPartialBatchAfterTheDelay() throws Exception {
    harness = open(32, 50, null);
    harness.setProcessingTime(0);
    harness.processElement1(email("a", "hello"));
    assertThat(harness.extractOutputValues()).isEmpty();

    harness.setProcessingTime(50);
    assertThat(emitted()).containsExactly("a=len_5@v1");
    assertThat(harness.numProcessingTimeTimers()).isZero();
  }

  @Test
  void flushesEverythingBeforeACheckpointBarrierAndNeverScoresTwiceAfterRestore() throws Exception {
    harness = open(32, 60_000, null);
    harness.processElement1(email("a", "x"));
    harness.processElement1(email("b", "yy"));

    harness.prepareSnapshotPreBarrier(1);
    OperatorSubtaskState snapshot = harness.snapshot(1, 1);
    assertThat(emitted()).containsExactly("a=len_1@v1", "b=len_2@v1");
    harness.close();

    harness = open(32, 60_000, snapshot);
    harness.processElement1(email("c", "zzz"));
    harness.endInput1();
    harness.endInput2();
    harness.getOperator().finish();
    assertThat(emitted()).as("only the new record after restore").containsExactly("c=len_3@v1");
  }

  @Test
  void keepsTheTimestampOfEachRecord() throws Exception {
    harness = open(2, 60_000, null);
    StreamRecord<TokenizedEmail> early = email("a", "aaa");
    early.setTimestamp(5L);
    harness.processElement1(early);
    harness.processElement1(email("b", "b"));
    List<Long> timestamps = new ArrayList<>();
    for (Object o : harness.getOutput()) {
      if (o instanceof StreamRecord<?> r) {
        timestamps.add(r.getTimestamp());
      }
    }
    assertThat(timestamps).containsExactly(5L, 1000L);
  }

  @Test
  void swapsToAnAnnouncedModelWithoutRestart() throws Exception {
    harness = open(1, 60_000, null);
    harness.processElement1(email("a", "x"));
    harness.processElement2(new StreamRecord<>(new ModelAnnouncement("v2", "file:/m2", "11", 10)));
    awaitSwapLoaded();
    harness.processElement1(email("b", "y"));

    assertThat(emitted()).containsExactly("a=len_1@v1", "b=len_1@v2");
    assertThat(SharedModels.loadedCount()).as("v1 released once nobody serves it").isEqualTo(1);
  }

  /**
   * Versions whose load has returned; recorded under SharedModels' lock, before the lease exists.
   */
  static final List<String> LOADS = new CopyOnWriteArrayList<>();

  @Test
  void aModelSupersededBeforeAnyBatchIsReleasedAndTheNewestServes() throws Exception {
    LOADS.clear();
    ModelProvider recording =
        a -> {
          LOADS.add(a.version);
          return new LengthModel(a.version);
        };
    harness =
        new KeyedTwoInputStreamOperatorTestHarness<>(
            new InferenceOperator(V1, recording, 1, 60_000),
            (TokenizedEmail e) -> e.threadToken,
            (ModelAnnouncement a) -> "control",
            Types.STRING);
    harness.open();
    harness.processElement2(new StreamRecord<>(new ModelAnnouncement("v2", "file:/m2", "11", 10)));
    harness.processElement2(new StreamRecord<>(new ModelAnnouncement("v3", "file:/m3", "22", 20)));
    // v3's lease exists as soon as its load is recorded (same lock); v2 must then be let go.
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline
        && !(LOADS.contains("v3") && SharedModels.loadedCount() == 2)) {
      Thread.sleep(10);
    }
    assertThat(SharedModels.loadedCount()).as("v1 serving, v3 waiting, v2 released").isEqualTo(2);

    harness.processElement1(email("a", "x"));
    assertThat(emitted()).containsExactly("a=len_1@v3");
  }

  @Test
  void refusesABadModelAndKeepsServingTheOldOne() throws Exception {
    harness = open(1, 60_000, null);
    harness.processElement2(
        new StreamRecord<>(new ModelAnnouncement("bad-v2", "file:/m2", "11", 10)));
    awaitSwapLoaded();
    harness.processElement1(email("a", "x"));

    assertThat(emitted()).containsExactly("a=len_1@v1");
    assertThat(((InferenceOperator) harness.getOperator()).refusedSwaps()).isEqualTo(1);
  }

  @Test
  void aRestoredOperatorServesTheModelItWasServing() throws Exception {
    harness = open(1, 60_000, null);
    harness.processElement2(new StreamRecord<>(new ModelAnnouncement("v2", "file:/m2", "11", 10)));
    awaitSwapLoaded();
    harness.processElement1(email("a", "x"));
    OperatorSubtaskState snapshot = harness.snapshot(1, 1);
    harness.close();

    harness = open(1, 60_000, snapshot);
    harness.processElement1(email("b", "y"));
    assertThat(emitted()).containsExactly("b=len_1@v2");
  }

  @Test
  void deadLettersABatchTheModelCannotScore() throws Exception {
    harness = open(2, 60_000, null);
    harness.processElement1(email("a", "explode"));
    harness.processElement1(email("b", "fine"));

    assertThat(harness.extractOutputValues()).isEmpty();
    var dead = harness.getSideOutput(InferenceOperator.DEAD_LETTERS);
    assertThat(dead).hasSize(2);
    assertThat(dead.stream().map(r -> ((DeadLetter) r.getValue()).reason))
        .containsOnly("PROCESSING_ERROR");
  }

  @Test
  void routesEmptyTextToNeedsReview() throws Exception {
    harness = open(1, 60_000, null);
    harness.processElement1(email("a", ""));
    assertThat(harness.extractOutputValues().get(0).queue).isEqualTo(ModelVerdict.NEEDS_REVIEW);
  }

  /** The background load is quick but asynchronous: wait until it has been handed over. */
  private void awaitSwapLoaded() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    InferenceOperator op = (InferenceOperator) harness.getOperator();
    while (System.nanoTime() < deadline && !op.hasPendingSwap()) {
      Thread.sleep(10);
    }
    assertThat(op.hasPendingSwap()).as("model loaded in the background").isTrue();
  }
}
