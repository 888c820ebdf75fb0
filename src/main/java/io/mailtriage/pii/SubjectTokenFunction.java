package io.mailtriage.pii;

import io.mailtriage.config.MailtriageConfig;
import io.mailtriage.ingest.RawEmail;
import io.mailtriage.keys.MasterKeys;
import io.mailtriage.keys.TenantKeys;
import io.mailtriage.pii.detect.PiiType;
import io.mailtriage.pii.token.SubjectKeys;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Stamps each raw email with its sender's subject token (a keyed HMAC of the normalised address),
 * so the tokenization operator can be keyed by data subject without the address ever becoming a
 * state key. Chained to the parser: the raw email does not cross the network before this point.
 */
public class SubjectTokenFunction extends ProcessFunction<RawEmail, RawEmail> {
  private static final long serialVersionUID = 1L;

  private final MailtriageConfig.Keys keys;
  private final MailtriageConfig.Tenants tenants;
  private transient SubjectKeys subjectKeys;

  public SubjectTokenFunction(MailtriageConfig.Keys keys, MailtriageConfig.Tenants tenants) {
    this.keys = keys;
    this.tenants = tenants;
  }

  /**
   * Key of the tokenization operator: tenant and subject, as {@link ErasureRequest#subjectKey}
   * builds it. Mail without a known sender has no subject and no keyed state; it is keyed by its
   * own digest so that it spreads over the subtasks instead of piling onto one key.
   */
  public static String subjectKey(RawEmail email) {
    return email.subjectToken.isEmpty()
        ? email.tenant + "|#" + email.rawSha256
        : email.tenant + "|" + email.subjectToken;
  }

  @Override
  public void open(OpenContext openContext) {
    subjectKeys = new SubjectKeys(new TenantKeys(MasterKeys.load(keys)));
  }

  @Override
  public void processElement(RawEmail email, Context ctx, Collector<RawEmail> out) {
    String region =
        tenants.find(email.tenant).map(MailtriageConfig.Tenant::phoneRegion).orElse(null);
    String id =
        email.from == null || email.from.email == null
            ? null
            : subjectKeys.subjectId(email.tenant, PiiType.EMAIL, email.from.email, region);
    email.subjectToken = id == null ? "" : id;
    out.collect(email);
  }
}
