package io.mailtriage.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * JSON email envelopes (docs/schemas/email-envelope.v1.json) for tests and benchmarks that feed the
 * whole job. Every envelope goes to the demo tenant's support mailbox, so it needs no tenant
 * header.
 */
public final class Envelopes {
  public static final String SUPPORT_MAILBOX = "support@example.com";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Envelopes() {}

  /**
   * One email. {@code inReplyTo}, a Message-ID or null, makes it a reply: it is sent as both
   * In-Reply-To and References, as a mail client does for a reply to a thread's first message.
   */
  public static byte[] email(
      String messageId,
      String from,
      Instant receivedAt,
      String subject,
      String text,
      String inReplyTo) {
    ObjectNode e = JSON.createObjectNode();
    e.put("messageId", messageId);
    e.put("mailbox", SUPPORT_MAILBOX);
    e.put("receivedAt", receivedAt.toString());
    e.putObject("from").put("email", from);
    e.putArray("to").addObject().put("email", SUPPORT_MAILBOX);
    e.put("subject", subject);
    e.put("text", text);
    if (inReplyTo != null) {
      ArrayNode headers = e.putArray("headers");
      headers.addObject().put("name", "In-Reply-To").put("value", "<" + inReplyTo + ">");
      headers.addObject().put("name", "References").put("value", "<" + inReplyTo + ">");
    }
    try {
      return JSON.writeValueAsBytes(e);
    } catch (JsonProcessingException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
