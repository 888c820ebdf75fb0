package io.mailtriage.priority;

import io.mailtriage.inference.ScoredEmail;
import io.mailtriage.inference.text.ModelText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.flink.api.common.functions.MapFunction;

/**
 * Stateless: turns the facts gathered upstream into a level, a score and the reasons. Runs after
 * {@link SenderEscalationFunction} (chained to it) and before the {@link TenantQueueKey} shuffle,
 * because it also settles the queue (an unknown queue becomes the policy's fallback queue).
 *
 * <p>Rules, in order: base level of the queue, replaced by the intent's override when the model is
 * confident; one level up per escalation that applies (model urgency of a confident read, text
 * cues, VIP tenant, VIP sender, repeat sender, thread follow-up), together at most {@code
 * escalation.maxLevels}; spam is P3 whatever else applied, unless the intent model is confident
 * that it is a customer's request ({@code spam.spareIntentsAbove}). Machine-sent mail (an
 * out-of-office reply, a bounce, a read receipt: {@code autoSubmitted}) skips all of them. See
 * docs/priority.md for the reasons vocabulary.
 */
public class PriorityAssigner implements MapFunction<PrioritizedEmail, PrioritizedEmail> {
  private static final long serialVersionUID = 1L;

  private final PriorityPolicy policy;
  private final CueMatcher cues;

  public PriorityAssigner(PriorityPolicy policy) {
    this.policy = policy;
    this.cues = new CueMatcher(policy.cueWords());
  }

  @Override
  public PrioritizedEmail map(PrioritizedEmail p) {
    ScoredEmail s = p.scored;
    // Read here and by nothing after: the windows that buffer the record do not keep it.
    String writerText = s.writerText;
    s.writerText = null;
    if (s.email.autoSubmitted != null) {
      return machineSent(p, s.email.autoSubmitted);
    }
    List<String> reasons = new ArrayList<>(6);

    if (!policy.isKnownQueue(p.queue)) {
      p.queue = policy.fallbackQueue();
      reasons.add("unknown_queue");
    }
    int level = policy.queueLevel(p.queue);
    int intentLevel = policy.intentLevel(p.intent);
    boolean confident = p.confidence >= policy.lowConfidence();
    if (confident && intentLevel >= 0) {
      level = intentLevel;
      reasons.add("intent:" + p.intent);
    } else {
      reasons.add("queue:" + p.queue);
    }
    if (!confident) {
      reasons.add("low_confidence");
    }
    String possible = possibleP0Intent(s);
    if (level > PriorityPolicy.P0 && possible != null) {
      if (s.inDomain >= policy.possibleP0InDomain()) {
        level = PriorityPolicy.P0;
        reasons.add("possible_intent:" + possible);
      } else {
        // Not paged, but said: whoever reads the record (or audits the gate) sees what was held.
        reasons.add("possible_intent_off_topic:" + possible);
      }
    }
    if (p.threadIntentInherited) {
      reasons.add("thread_intent:" + p.intent);
    }

    int escalations = 0;
    // Model urgency is the base urgency of the intent the model read, however unsure it is of it:
    // an unsure read must not escalate by itself (the possible-P0 rule is there for unsure P0
    // candidates), so it counts only when the model is confident enough of its intent.
    if (s.urgency >= policy.urgentAbove() && s.confidence >= policy.urgentConfidence()) {
      escalations++;
      reasons.add(String.format(Locale.ROOT, "urgency:%.2f", s.urgency));
    }
    // Cues are read in the writer's words only: a disclaimer's "notify the sender immediately", a
    // quoted "my card was stolen" of last month or a signature's "urgent matters: call …" is no
    // urgency of this mail.
    List<String> found = new ArrayList<>(2);
    cues.find(writerText, policy.cueScanChars(), found);
    if (!found.isEmpty()) {
      escalations++;
      for (String cue : found) {
        reasons.add("cue:" + cue);
      }
    }
    if (policy.isVipTenant(s.email.tenant)) {
      escalations++;
      reasons.add("vip_tenant");
    }
    if (s.email.senderToken == null) {
      // No usable From: nothing to escalate by sender (it counts no contacts either).
      reasons.add("sender_unknown");
    } else if (policy.isVipSender(s.email.senderToken)) {
      escalations++;
      reasons.add("vip_sender");
    }
    if (p.senderContacts >= policy.senderContacts()) {
      escalations++;
      reasons.add(
          "repeat_sender:"
              + p.senderContacts
              + "_in_"
              + PriorityPolicy.formatDuration(policy.senderWithinMs()));
    }
    if (p.threadFollowUps >= policy.threadFollowUps()) {
      escalations++;
      reasons.add("thread_followup:" + p.threadFollowUps);
    }
    level =
        Math.max(PriorityPolicy.P0, level - Math.min(escalations, policy.maxEscalationLevels()));

    boolean spam = policy.isSpam(s.spamProbability, p.confidence);
    if (spam) {
      level = PriorityPolicy.P3;
      reasons.add("spam");
    } else if (s.spamProbability >= policy.spamThreshold()) {
      reasons.add("spam_overruled");
    }
    if (s.modelTextPart == ModelText.Part.QUOTED_ONLY) {
      reasons.add("read_quoted_text");
    }
    if (s.email.receivedAtClamped) {
      reasons.add("timestamp_clamped");
    }

    p.level = level;
    p.priorityScore = score(level, s.urgency, escalations, p.confidence, spam, s.spamProbability);
    p.reasons = reasons.toArray(new String[0]);
    return p;
  }

  /**
   * Machine-sent mail goes to its kind's queue at its kind's level ({@code autoSubmitted} in the
   * policy, never P0) whatever the model read in it: the bounce of a reply quotes the customer's
   * "my card was stolen", an out-of-office reply repeats the subject it answers, and neither needs
   * a person now, nor a place in needs-review. No escalation applies, and upstream it counted as no
   * contact of its sender or thread.
   */
  private PrioritizedEmail machineSent(PrioritizedEmail p, String kind) {
    p.queue = policy.autoSubmittedQueue(kind);
    p.level = policy.autoSubmittedLevel(kind);
    p.priorityScore = score(p.level, 0, 0, 0, false, 0);
    p.reasons =
        p.scored.email.receivedAtClamped
            ? new String[] {"auto_submitted:" + kind, "timestamp_clamped"}
            : new String[] {"auto_submitted:" + kind};
    return p;
  }

  /**
   * The most probable of the model's top three intents that the policy raises to P0, when the model
   * gives it at least {@code model.possibleP0.probability}, the three hold at least {@code
   * model.possibleP0.topThree}; null when there is none. A lost card the model ranks second, or
   * names without confidence, is better paged than left in a queue; a newsletter whose probability
   * is spread over every intent is not a lost card. The caller pages it only when the email reads
   * like a support request ({@code model.possibleP0.inDomain}): a mailing-list post that happens to
   * lean on a P0 intent is not one either. The gate is only this safety net's: a confident P0
   * intent is paged whatever the domain head says.
   */
  private String possibleP0Intent(ScoredEmail s) {
    if (s.topIntents == null || s.topConfidences == null) {
      return null;
    }
    int n = Math.min(3, Math.min(s.topIntents.length, s.topConfidences.length));
    double topThree = 0;
    for (int i = 0; i < n; i++) {
      topThree += s.topConfidences[i];
    }
    if (topThree < policy.possibleP0TopThree()) {
      return null;
    }
    for (int i = 0; i < n; i++) {
      if (s.topConfidences[i] >= policy.possibleP0Probability()
          && policy.intentLevel(s.topIntents[i]) == PriorityPolicy.P0) {
        return s.topIntents[i];
      }
    }
    return null;
  }

  /**
   * The level dominates (100 points per level); within a level, model urgency (up to 40), the
   * number of escalations that applied (8 each, up to 5) and confidence (up to 5) order records, so
   * a score never crosses into the band of another level. Spam scores below zero: it sorts after
   * every other record of its window.
   */
  static double score(
      int level,
      double urgency,
      int escalations,
      double confidence,
      boolean spam,
      double spamProbability) {
    if (spam) {
      return -100.0 * spamProbability;
    }
    return 100.0 * (PriorityPolicy.P3 - level)
        + 40.0 * clamp01(urgency)
        + 8.0 * Math.min(escalations, 5)
        + 5.0 * clamp01(confidence);
  }

  private static double clamp01(double v) {
    return v < 0 ? 0 : Math.min(v, 1);
  }
}
