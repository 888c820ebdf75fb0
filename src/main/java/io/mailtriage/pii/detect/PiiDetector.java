package io.mailtriage.pii.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds personal data and secrets in free text.
 *
 * <p>Each call normalises a copy of the text (zero-width characters removed, look-alike characters
 * folded to ASCII), runs one linear recogniser per enabled type, resolves overlaps and maps the
 * spans back to the original text. Every recogniser bounds how far it looks from a cheap trigger
 * character or keyword, so the cost grows linearly with input size.
 *
 * <p>Thread-safe: instances hold only immutable settings and stateless recognisers; create one per
 * job and share it.
 */
public final class PiiDetector {

  private final PiiSettings settings;
  private final List<Recognizer> recognizers;
  private final ContextEnhancer enhancer;

  public PiiDetector() {
    this(PiiSettings.defaults());
  }

  public PiiDetector(PiiSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    List<Recognizer> all =
        List.of(
            new SecretRecognizer(),
            new CreditCardRecognizer(),
            new IbanRecognizer(),
            new SsnRecognizer(),
            new EmailRecognizer(),
            new UrlRecognizer(),
            new PhoneRecognizer(),
            new IpAddressRecognizer(),
            new MacAddressRecognizer(),
            new MedicalIdRecognizer(),
            new PassportRecognizer(),
            new DriverLicenseRecognizer(),
            new DateOfBirthRecognizer(),
            new AddressRecognizer(),
            new PersonRecognizer());
    List<Recognizer> enabled = new ArrayList<>();
    for (Recognizer r : all) {
      if (settings.isEnabled(r.type())) {
        enabled.add(r);
      }
    }
    this.recognizers = List.copyOf(enabled);
    this.enhancer = new ContextEnhancer(this.recognizers);
  }

  public PiiSettings settings() {
    return settings;
  }

  public List<Finding> detect(String text) {
    return detect(text, DetectionHints.none());
  }

  /**
   * Returns non-overlapping findings sorted by start offset, with offsets into {@code text}. Never
   * throws on malformed text (unpaired surrogates, control characters).
   */
  public List<Finding> detect(String text, DetectionHints hints) {
    if (text == null || text.isEmpty() || recognizers.isEmpty()) {
      return List.of();
    }
    NormalizedText norm = NormalizedText.of(text);
    Scan scan = new Scan(norm, hints == null ? DetectionHints.none() : hints, settings);
    for (Recognizer r : recognizers) {
      r.scan(scan);
    }
    List<Finding> resolved = OverlapResolver.resolve(enhancer.enhance(scan), settings);
    List<Finding> out = new ArrayList<>(resolved.size());
    for (Finding f : resolved) {
      out.add(
          new Finding(
              f.type(), norm.originalStart(f.start()), norm.originalEnd(f.end()), f.confidence()));
    }
    return out;
  }
}
