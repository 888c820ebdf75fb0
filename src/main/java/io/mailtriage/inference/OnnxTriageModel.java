package io.mailtriage.inference;

import java.util.ArrayList;
import java.util.List;

/**
 * The served triage model: the intent head routed through the intent mapping, plus the optional
 * spam/ham head and the optional domain head (support request or not). Every head scores each text
 * on its own (the encoder runs one text at a time), so a verdict never depends on its batch
 * neighbours and a replay after failure gives the same result.
 */
final class OnnxTriageModel implements TriageModel {
  static final String SPAM_LABEL = "spam";

  private final String version;
  private final IntentModel intents;
  private final IntentModel spam;
  private final IntentModel domain;
  private final IntentQueues queues;

  OnnxTriageModel(
      String version,
      IntentModel intents,
      IntentModel spam,
      IntentModel domain,
      IntentQueues queues) {
    this.version = version;
    this.intents = intents;
    this.spam = spam;
    this.domain = domain;
    this.queues = queues;
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public List<ModelVerdict> score(List<String> texts, List<String> messages) throws Exception {
    List<List<Prediction>> heads =
        IntentModel.predictServed(intents, spam, domain, texts, messages);
    List<Prediction> predictions = heads.get(0);
    List<Prediction> spamPredictions = heads.get(1);
    List<Prediction> domainPredictions = heads.get(2);
    List<ModelVerdict> out = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      Prediction p = predictions.get(i);
      IntentQueues.Route route = queues.route(p);
      double spamProbability =
          spamPredictions == null ? 0.0 : spamPredictions.get(i).probability(SPAM_LABEL);
      // Without a domain head every text counts as a support request: the gate is off.
      double inDomain =
          domainPredictions == null
              ? 1.0
              : domainPredictions.get(i).probability(ModelLocation.DOMAIN_LABEL);
      out.add(
          new ModelVerdict(
              p.ok() ? p.label() : "none",
              p.confidence(),
              route.queue(),
              route.urgency(),
              spamProbability,
              inDomain,
              p.truncated(),
              p.topK().stream().map(Prediction.Scored::label).toArray(String[]::new),
              p.topK().stream().mapToDouble(Prediction.Scored::probability).toArray()));
    }
    return out;
  }

  @Override
  public void close() {
    try {
      intents.close();
      if (spam != null) {
        spam.close();
      }
      if (domain != null) {
        domain.close();
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot close ONNX sessions", e);
    }
  }
}
