package io.mailtriage.priority;

import static io.mailtriage.priority.Fixtures.cardsEmail;
import static io.mailtriage.priority.Fixtures.email;
import static io.mailtriage.priority.Fixtures.policy;
import static io.mailtriage.priority.Fixtures.prioritized;
import static org.assertj.core.api.Assertions.assertThat;

import io.mailtriage.inference.ScoredEmail;
import io.mailtriage.inference.text.ModelText;
import org.junit.jupiter.api.Test;

class PriorityAssignerTest {
  private final PriorityPolicy policy = policy();

  @Test
  void confidentLostCardIsP0ForItsIntent() {
    PrioritizedEmail p =
        prioritized(policy, email("a", "lost_or_stolen_card", "cards", 0.93, 1_000));
    assertThat(p.level).isZero();
    assertThat(p.reasons).containsExactly("intent:lost_or_stolen_card");
  }

  @Test
  void queueGivesTheBaseLevelWhenTheIntentHasNoOverride() {
    PrioritizedEmail p = prioritized(policy, cardsEmail("a", 1_000));
    assertThat(p.level).isEqualTo(2);
    assertThat(p.reasons).containsExactly("queue:cards");
  }

  @Test
  void lowConfidenceIgnoresTheIntentOverride() {
    PrioritizedEmail p =
        prioritized(policy, email("a", "lost_or_stolen_card", "needs-review", 0.3, 1_000));
    assertThat(p.level).isEqualTo(2);
    assertThat(p.reasons).containsExactly("queue:needs-review", "low_confidence");
  }

  @Test
  void aP0IntentTheModelThinksPossibleIsPagedEvenWhenAnotherIntentWon() {
    ScoredEmail s = email("a", "topping_up_by_card", "top-ups", 0.6, 1_000);
    s.topIntents = new String[] {"topping_up_by_card", "lost_or_stolen_card", "card_linking"};
    s.topConfidences = new double[] {0.6, 0.18, 0.07};
    PrioritizedEmail p = prioritized(policy, s);
    assertThat(p.level).isZero();
    assertThat(p.queue).isEqualTo("top-ups");
    assertThat(p.reasons).containsExactly("queue:top-ups", "possible_intent:lost_or_stolen_card");
  }

  @Test
  void aP0IntentNamedWithoutConfidenceIsPagedToo() {
    ScoredEmail s = email("a", "compromised_card", "needs-review", 0.47, 1_000);
    s.topIntents = new String[] {"compromised_card", "card_not_working"};
    s.topConfidences = new double[] {0.47, 0.3};
    assertThat(prioritized(policy, s).reasons)
        .containsExactly(
            "queue:needs-review", "low_confidence", "possible_intent:compromised_card");
  }

  @Test
  void aP0IntentBelowThePossibleThresholdOrRuledOutChangesNothing() {
    ScoredEmail s = email("a", "topping_up_by_card", "top-ups", 0.9, 1_000);
    s.topIntents = new String[] {"topping_up_by_card", "lost_or_stolen_card"};
    s.topConfidences = new double[] {0.9, 0.01};
    assertThat(prioritized(policy, s).level).isEqualTo(3);
    s.confidence = 0.6;
    s.topConfidences = new double[] {0.6, 0.3};
    assertThat(prioritized(policy("    probability: 0.02", "    probability: 1"), s).level)
        .isEqualTo(3);
  }

  @Test
  void aP0IntentAmongAnswersSpreadOverManyIntentsIsNotPaged() {
    ScoredEmail s = email("a", "card_arrival", "needs-review", 0.2, 1_000);
    s.topIntents = new String[] {"card_arrival", "lost_or_stolen_card", "exchange_rate"};
    s.topConfidences = new double[] {0.2, 0.15, 0.05}; // a newsletter: 60 % over everything else
    assertThat(prioritized(policy, s).level).isEqualTo(2);
    s.confidence = 0.3;
    s.topConfidences = new double[] {0.3, 0.15, 0.05};
    assertThat(prioritized(policy, s).level).isZero();
  }

  @Test
  void aMailingListPostWithAP0IntentAmongItsAnswersIsNotPagedOnAGuessButSaysWhatWasHeld() {
    // "[Razor-users] Razor 2.14 - the day after": the model leans on an intent it has to pick, and
    // a P0 intent comes third; the domain head reads a mailing-list post, not a support request.
    ScoredEmail s = email("a", "card_not_working", "needs-review", 0.31, 1_000);
    s.topIntents = new String[] {"card_not_working", "verify_top_up", "compromised_card"};
    s.topConfidences = new double[] {0.31, 0.12, 0.08};
    s.inDomain = 0.03;
    PrioritizedEmail p = prioritized(policy, s);
    assertThat(p.level).isEqualTo(2);
    assertThat(p.reasons)
        .containsExactly(
            "queue:needs-review", "low_confidence", "possible_intent_off_topic:compromised_card");

    s.inDomain = 0.9; // the same answers on a customer's mail: paged
    assertThat(prioritized(policy, s).reasons)
        .contains("possible_intent:compromised_card")
        .doesNotContain("possible_intent_off_topic:compromised_card");
  }

  @Test
  void theDomainGateIsTheSafetyNetsOnlyAConfidentP0IntentIsPagedWhateverItReads() {
    ScoredEmail s = email("a", "lost_or_stolen_card", "fraud", 0.93, 1_000);
    s.topIntents = new String[] {"lost_or_stolen_card", "card_not_working", "compromised_card"};
    s.topConfidences = new double[] {0.93, 0.03, 0.02};
    s.inDomain = 0.01;
    PrioritizedEmail p = prioritized(policy, s);
    assertThat(p.level).isZero();
    assertThat(p.reasons).containsExactly("intent:lost_or_stolen_card");
  }

  @Test
  void aDomainThresholdOfZeroPagesAPossibleP0WhateverTheMailReadsLike() {
    ScoredEmail s = email("a", "topping_up_by_card", "top-ups", 0.6, 1_000);
    s.topIntents = new String[] {"topping_up_by_card", "lost_or_stolen_card", "card_linking"};
    s.topConfidences = new double[] {0.6, 0.18, 0.07};
    s.inDomain = 0.0;
    assertThat(prioritized(policy, s).level).isEqualTo(3);
    assertThat(prioritized(policy("    inDomain: 0.45", "    inDomain: 0"), s).reasons)
        .contains("possible_intent:lost_or_stolen_card");
  }

  @Test
  void spamStillDemotesAPossibleP0() {
    ScoredEmail s = email("a", "topping_up_by_card", "top-ups", 0.6, 1_000);
    s.topIntents = new String[] {"topping_up_by_card", "lost_or_stolen_card"};
    s.topConfidences = new double[] {0.6, 0.2};
    s.spamProbability = 0.95;
    PrioritizedEmail p = prioritized(policy, s);
    assertThat(p.level).isEqualTo(3);
    assertThat(p.reasons).contains("possible_intent:lost_or_stolen_card", "spam");
  }

  @Test
  void unknownQueueGoesToTheFallbackQueue() {
    PrioritizedEmail p = prioritized(policy, email("a", "card_arrival", "crypto", 0.9, 1_000));
    assertThat(p.queue).isEqualTo("needs-review");
    assertThat(p.reasons).containsExactly("unknown_queue", "queue:needs-review");
  }

  @Test
  void cuesInTheTextEscalateOneLevelAndAreEachNamed() {
    ScoredEmail s = cardsEmail("a", 1_000);
    s.writerText =
        "URGENT: card\nMy card was stolen and I am locked\n out of the app. Please help asap. <PERSON_1>";
    PrioritizedEmail p = prioritized(policy, s);
    assertThat(p.level).isEqualTo(1);
    assertThat(p.reasons)
        .containsExactly("queue:cards", "cue:urgent", "cue:stolen", "cue:locked out", "cue:asap");
  }

  @Test
  void cuesAreReadInTheWritersWordsNotInTheDisclaimerBelowThem() {
    ScoredEmail s = cardsEmail("a", 1_000);
    s.email.body =
        "When will my new card arrive?\nRegards, <PERSON_1>\n\nIf you received this in error,"
            + " please notify the sender immediately.";
    s.writerText = "When will my new card arrive?";
    PrioritizedEmail p = prioritized(policy, s);
    assertThat(p.level).isEqualTo(2);
    assertThat(p.reasons).containsExactly("queue:cards");
    assertThat(s.writerText).as("read once, not carried into the windows").isNull();
  }

  @Test
  void cuesMatchWholeWordsOnlyAndOnlyNearTheStart() {
    ScoredEmail s = cardsEmail("a", 1_000);
    s.writerText = "Non-urgentish question." + " filler".repeat(400) + " this is urgent";
    PrioritizedEmail p = prioritized(policy, s);
    assertThat(p.level).isEqualTo(2);
    assertThat(p.reasons).containsExactly("queue:cards");
  }

  @Test
  void phraseCueNeedsWhitespaceBetweenItsWords() {
    ScoredEmail s = cardsEmail("a", 1_000);
    s.writerText = "I was locked-out, then lockedout, then Locked_out.";
    assertThat(prioritized(policy, s).reasons).containsExactly("queue:cards");
    s.writerText = "Still LOCKED \t OUT";
    assertThat(prioritized(policy, s).reasons).containsExactly("queue:cards", "cue:locked out");
  }

  @Test
  void highModelUrgencyEscalatesOneLevel() {
    ScoredEmail s = cardsEmail("a", 1_000);
    s.urgency = 0.85;
    PrioritizedEmail p = prioritized(policy, s);
    assertThat(p.level).isEqualTo(1);
    assertThat(p.reasons).containsExactly("queue:cards", "urgency:0.85");
  }

  @Test
  void unsureModelDoesNotEscalateByItself() {
    // A mailing-list post about a stolen laptop, read as compromised_card at 0.10: the intent's
    // urgency (0.95) is not the model's, and with a cue it used to page the post.
    ScoredEmail s = email("a", "compromised_card", "needs-review", 0.10, 1_000);
    s.urgency = 0.95;
    s.inDomain = 0.01;
    s.writerText = "My laptop was stolen last night, the patch is attached.";
    PrioritizedEmail p = prioritized(policy, s);
    assertThat(p.level).isEqualTo(1);
    assertThat(p.reasons).containsExactly("queue:needs-review", "low_confidence", "cue:stolen");
  }

  @Test
  void confidentUrgentIntentStillEscalates() {
    ScoredEmail s = email("a", "card_payment_not_recognised", "fraud", 0.8, 1_000);
    s.urgency = 0.85;
    PrioritizedEmail p = prioritized(policy, s);
    assertThat(p.level).isZero();
    assertThat(p.reasons).containsExactly("intent:card_payment_not_recognised", "urgency:0.85");
  }

  @Test
  void urgencyEscalatesFromTheConfiguredConfidenceOn() {
    // A confident read (the P1 override applies) below model.urgentConfidence keeps its level.
    double at = policy.urgentConfidence();
    ScoredEmail s = email("a", "card_payment_not_recognised", "fraud", at, 1_000);
    s.urgency = 0.85;
    PrioritizedEmail p = prioritized(policy, s);
    assertThat(p.level).isZero();
    assertThat(p.reasons).containsExactly("intent:card_payment_not_recognised", "urgency:0.85");
    s.confidence = at - 0.01;
    p = prioritized(policy, s);
    assertThat(p.level).isEqualTo(1);
    assertThat(p.reasons).containsExactly("intent:card_payment_not_recognised");
  }

  @Test
  void urgentConfidenceOfZeroLetsUrgencyEscalateWhateverTheConfidence() {
    ScoredEmail s = email("a", "compromised_card", "needs-review", 0.10, 1_000);
    s.urgency = 0.95;
    s.writerText = "Please act immediately.";
    PrioritizedEmail p = prioritized(policy("  urgentConfidence: 0.7", "  urgentConfidence: 0"), s);
    assertThat(p.level).isZero();
    assertThat(p.reasons)
        .containsExactly("queue:needs-review", "low_confidence", "urgency:0.95", "cue:immediately");
  }

  @Test
  void anUnsureP0ReadOfASupportRequestIsStillPagedByTheSafetyNet() {
    ScoredEmail s = email("a", "compromised_card", "needs-review", 0.30, 1_000);
    s.urgency = 0.95;
    s.topIntents = new String[] {"compromised_card", "card_not_working", "lost_or_stolen_card"};
    s.topConfidences = new double[] {0.30, 0.20, 0.10};
    PrioritizedEmail p = prioritized(policy, s);
    assertThat(p.level).isZero();
    assertThat(p.reasons)
        .containsExactly(
            "queue:needs-review", "low_confidence", "possible_intent:compromised_card");
  }

  @Test
  void urgencyFollowsTheModelsOwnConfidenceNotTheThreadsIntent() {
    // A reply the model reads, unsure, as a fraud intent, on a thread about a card delivery it was
    // sure of: the reply takes the thread's intent and confidence, but the urgency is its own
    // unsure read's.
    ScoredEmail s = email("a", "cash_withdrawal_not_recognised", "needs-review", 0.2, 1_000);
    s.urgency = 0.85;
    PrioritizedEmail p = PrioritizedEmail.of(s);
    p.intent = "card_arrival";
    p.queue = "cards";
    p.confidence = 0.9;
    p.threadIntentInherited = true;
    new PriorityAssigner(policy).map(p);
    assertThat(p.level).isEqualTo(2);
    assertThat(p.reasons).containsExactly("queue:cards", "thread_intent:card_arrival");
  }

  @Test
  void anUnsureUrgentReadStillSortsFirstWithinItsLevel() {
    ScoredEmail urgent = email("a", "compromised_card", "needs-review", 0.2, 1_000);
    urgent.urgency = 0.95;
    ScoredEmail calm = email("b", "exchange_rate", "needs-review", 0.2, 1_000);
    calm.urgency = 0.2;
    PrioritizedEmail u = prioritized(policy, urgent);
    PrioritizedEmail c = prioritized(policy, calm);
    assertThat(u.level).isEqualTo(c.level);
    assertThat(u.priorityScore).isGreaterThan(c.priorityScore);
  }

  @Test
  void escalationsTogetherAreCappedAtMaxLevels() {
    ScoredEmail s = email("a", "age_limit", "account", 0.9, 1_000);
    s.urgency = 0.95;
    s.writerText = "urgent";
    PrioritizedEmail p = PrioritizedEmail.of(s);
    p.senderContacts = 5;
    p.threadFollowUps = 4;
    new PriorityAssigner(policy).map(p);
    // P3 with four escalations, capped at two levels.
    assertThat(p.level).isEqualTo(1);
    assertThat(p.reasons)
        .containsExactly(
            "intent:age_limit",
            "urgency:0.95",
            "cue:urgent",
            "repeat_sender:5_in_24h",
            "thread_followup:4");
  }

  @Test
  void vipTenantAndSenderEscalate() {
    PriorityPolicy vip =
        policy("  tenants: []", "  tenants: [demo]", "  senders: []", "  senders: [snd_a]");
    PrioritizedEmail p = prioritized(vip, email("a", "age_limit", "account", 0.9, 1_000));
    assertThat(p.level).isEqualTo(1);
    assertThat(p.reasons).containsExactly("intent:age_limit", "vip_tenant", "vip_sender");
  }

  @Test
  void mailWithoutASenderIsTriagedAsSenderUnknownAndNeverEscalatedBySender() {
    PriorityPolicy vip = policy("  senders: []", "  senders: [snd_a]");
    ScoredEmail s = email("a", "age_limit", "account", 0.9, 1_000);
    s.email.senderToken = null;
    PrioritizedEmail p = prioritized(vip, s);
    assertThat(p.level)
        .isEqualTo(prioritized(policy, email("b", "age_limit", "account", 0.9, 1_000)).level);
    assertThat(p.reasons).containsExactly("intent:age_limit", "sender_unknown");
  }

  @Test
  void spamIsNeverAboveP3AndSortsLast() {
    ScoredEmail s = email("a", "lost_or_stolen_card", "cards", 0.6, 1_000);
    s.spamProbability = 0.97;
    s.writerText = "URGENT your card is stolen, verify immediately";
    PrioritizedEmail spam = prioritized(policy, s);
    assertThat(spam.level).isEqualTo(3);
    assertThat(spam.reasons).contains("spam");
    PrioritizedEmail quiet = prioritized(policy, email("b", "age_limit", "account", 0.1, 1_000));
    assertThat(spam.priorityScore).isLessThan(quiet.priorityScore);
  }

  @Test
  void spamNeverBuriesARequestTheIntentModelIsSureOf() {
    ScoredEmail s = email("a", "lost_or_stolen_card", "cards", 0.93, 1_000);
    s.spamProbability = 0.99;
    PrioritizedEmail p = prioritized(policy, s);
    assertThat(p.level).isZero();
    assertThat(p.reasons).containsExactly("intent:lost_or_stolen_card", "spam_overruled");
    assertThat(p.priorityScore).isPositive();
  }

  @Test
  void spamDemotesRightBelowTheSparingConfidence() {
    ScoredEmail s = email("a", "lost_or_stolen_card", "cards", 0.79, 1_000);
    s.spamProbability = 0.9;
    assertThat(prioritized(policy, s).level).isEqualTo(3);
    s.confidence = 0.8;
    assertThat(prioritized(policy, s).level).isZero();
  }

  @Test
  void sparingAtOneLetsSpamDemoteEverything() {
    PriorityPolicy strict = policy("spareIntentsAbove: 0.8", "spareIntentsAbove: 1");
    ScoredEmail s = email("a", "lost_or_stolen_card", "cards", 0.999, 1_000);
    s.spamProbability = 0.95;
    PrioritizedEmail p = prioritized(strict, s);
    assertThat(p.level).isEqualTo(3);
    assertThat(p.reasons).containsExactly("intent:lost_or_stolen_card", "spam");
  }

  @Test
  void clampedTimestampIsReported() {
    ScoredEmail s = cardsEmail("a", 1_000);
    s.email.receivedAtClamped = true;
    assertThat(prioritized(policy, s).reasons).containsExactly("queue:cards", "timestamp_clamped");
  }

  @Test
  void emailReadOnItsQuotedTextSaysSo() {
    ScoredEmail s = cardsEmail("a", 1_000);
    s.modelTextPart = ModelText.Part.QUOTED_ONLY;
    assertThat(prioritized(policy, s).reasons).containsExactly("queue:cards", "read_quoted_text");
    s.modelTextPart = ModelText.Part.NEW_MESSAGE;
    assertThat(prioritized(policy, s).reasons).containsExactly("queue:cards");
  }

  @Test
  void scoreOrdersByLevelFirst() {
    double bestP2 = PriorityAssigner.score(2, 1.0, 9, 1.0, false, 0);
    double worstP1 = PriorityAssigner.score(1, 0.0, 0, 0.0, false, 0);
    assertThat(worstP1).isGreaterThan(bestP2);
  }

  @Test
  void aBounceQuotingAStolenCardIsNeverPagedAndGoesToItsOwnQueue() {
    ScoredEmail s = email("a", "lost_or_stolen_card", "fraud", 0.95, 1_000);
    s.email.autoSubmitted = "delivery_status";
    s.urgency = 0.95;
    s.writerText = "My card was stolen, please block it immediately. It is urgent.";
    s.email.senderToken = "snd_a";
    PriorityPolicy vip =
        policy("  tenants: []", "  tenants: [demo]", "  senders: []", "  senders: [snd_a]");
    PrioritizedEmail p = PrioritizedEmail.of(s);
    p.senderContacts = 5;
    p.threadFollowUps = 4;
    new PriorityAssigner(vip).map(p);
    assertThat(p.level).isEqualTo(3);
    assertThat(p.queue).isEqualTo("delivery-failures");
    assertThat(p.reasons).containsExactly("auto_submitted:delivery_status");
    assertThat(p.priorityScore).isEqualTo(0.0);
  }

  @Test
  void anAutoReplyTheModelThinksMightBeAP0IsNotPagedNorSentToReview() {
    ScoredEmail s = email("a", "compromised_card", "needs-review", 0.47, 1_000);
    s.topIntents = new String[] {"compromised_card", "card_not_working"};
    s.topConfidences = new double[] {0.47, 0.3};
    s.email.autoSubmitted = "auto_reply";
    PrioritizedEmail p = prioritized(policy, s);
    assertThat(p.level).isEqualTo(3);
    assertThat(p.queue).isEqualTo("automated");
    assertThat(p.reasons).containsExactly("auto_submitted:auto_reply");
    assertThat(p.intent).as("the model's read is kept").isEqualTo("compromised_card");
  }

  @Test
  void eachKindOfMachineMailTakesTheQueueAndLevelOfThePolicy() {
    PriorityPolicy custom =
        policy(
            "  read_receipt: {queue: automated, level: P3}",
            "  read_receipt: {queue: receipts, level: P2}");
    ScoredEmail s = cardsEmail("a", 1_000);
    s.email.autoSubmitted = "read_receipt";
    s.email.receivedAtClamped = true;
    PrioritizedEmail p = prioritized(custom, s);
    assertThat(p.level).isEqualTo(2);
    assertThat(p.queue).isEqualTo("receipts");
    assertThat(p.reasons).containsExactly("auto_submitted:read_receipt", "timestamp_clamped");
    assertThat(custom.autoSubmittedQueues())
        .containsExactlyInAnyOrder("automated", "receipts", "delivery-failures");
  }
}
