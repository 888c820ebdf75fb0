package io.mailtriage.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a machine sent the mail rather than a person, and what kind of machine mail it is: an
 * out-of-office reply, a bounce, a read receipt. The priority stage never pages such mail nor
 * counts it as a contact of its sender or thread (docs/priority.md, "Machine-sent mail"); a bounce
 * of the bank's reply quotes the customer's "my card was stolen", an auto-reply loop looks like a
 * customer writing again and again.
 *
 * <p>Read from the top-level headers only, in both input forms (a customer who forwards a bounce as
 * an attachment wrote the mail herself). Standard signals decide: the report type of a {@code
 * multipart/report} (RFC 6522: {@code delivery-status} of RFC 3464, {@code
 * disposition-notification} of RFC 8098), a {@code MAILER-DAEMON} sender, {@code Auto-Submitted}
 * other than {@code no} (RFC 3834), {@code X-Autoreply}, {@code X-Autorespond}, {@code Precedence:
 * auto_reply}, and a null {@code Return-Path: <>}. The subject is a weak signal: a customer may
 * well write "Out of office" or "Undeliverable: my transfer", so it never marks mail as
 * machine-sent alone. It names the kind of mail a standard signal left open (Exchange sends its
 * out-of-office replies as {@code auto-generated}, subject "Automatic reply:"), and marks mail as
 * machine-sent together with one of two other weak signals: Exchange's {@code
 * X-MS-Exchange-Generated-Message-Source}, which Exchange also sets on mail its inbox rules
 * forward, and a {@code postmaster} sender, which can be a person's address (and was a spammer's in
 * one of the 6,057 messages of the SpamAssassin corpus).
 */
public final class AutoSubmitted {
  /** An out-of-office or vacation reply, an auto-responder (RFC 3834 {@code auto-replied}). */
  public static final String AUTO_REPLY = "auto_reply";

  /** Other machine mail: {@code Auto-Submitted: auto-generated}, other report types. */
  public static final String AUTO_GENERATED = "auto_generated";

  /** A bounce or delay notice: a mail sent from the support mailbox did not reach someone. */
  public static final String DELIVERY_STATUS = "delivery_status";

  /** A read receipt (message disposition notification). */
  public static final String READ_RECEIPT = "read_receipt";

  /** Every kind {@link #kind} can answer; the priority policy names a queue and level for each. */
  public static final List<String> KINDS =
      List.of(AUTO_REPLY, AUTO_GENERATED, DELIVERY_STATUS, READ_RECEIPT);

  /** The type and {@code report-type} parameter of a report's Content-Type (RFC 6522). */
  private static final Pattern REPORT =
      Pattern.compile(
          "\\s*multipart/report\\s*;(?:.*;)?\\s*report-type\\s*=\\s*\"?([a-z0-9.-]+)",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** Subject prefixes (lower case) of each kind, as common mail systems and clients write them. */
  private static final Map<String, List<String>> SUBJECTS =
      Map.of(
          AUTO_REPLY,
          List.of(
              "automatic reply:",
              "auto-reply:",
              "autoreply:",
              "auto reply:",
              "auto response:",
              "out of office",
              "out of the office"),
          DELIVERY_STATUS,
          List.of(
              "undeliverable:",
              "undelivered mail",
              "delivery status notification",
              "mail delivery failed",
              "returned mail:",
              "delivery failure",
              "failure notice"),
          READ_RECEIPT,
          List.of("read:", "read receipt", "return receipt"));

  private AutoSubmitted() {}

  /** The top-level headers of a mail, as the input form carries them. */
  interface Headers {
    /** The first value of the header (name case-insensitive), unfolded, or null when absent. */
    String first(String name);
  }

  /**
   * The kind of machine mail, one of {@link #KINDS}, or null when a person wrote it (as far as its
   * headers tell). {@code fromAddress} is the sender's address or null, {@code subject} the decoded
   * subject or null.
   */
  static String kind(Headers headers, String fromAddress, String subject) {
    String report = reportType(headers.first("Content-Type"));
    if (report != null) {
      return switch (report) {
        case "delivery-status" -> DELIVERY_STATUS;
        case "disposition-notification" -> READ_RECEIPT;
        default -> AUTO_GENERATED;
      };
    }
    String bySubject = bySubject(subject);
    String byHeaders = byHeaders(headers, fromAddress);
    if (byHeaders != null) {
      return AUTO_GENERATED.equals(byHeaders) && bySubject != null ? bySubject : byHeaders;
    }
    if (headers.first("X-MS-Exchange-Generated-Message-Source") != null
        || "postmaster".equals(localPart(fromAddress))) {
      return bySubject;
    }
    return null;
  }

  /** The standard header signals but the report type, strongest first; null when none. */
  private static String byHeaders(Headers headers, String fromAddress) {
    if ("mailer-daemon".equals(localPart(fromAddress))) {
      return DELIVERY_STATUS;
    }
    String autoSubmitted = keyword(headers.first("Auto-Submitted"));
    if ("auto-replied".equals(autoSubmitted)
        || isSet(headers.first("X-Autoreply"))
        || isSet(headers.first("X-Autorespond"))
        || "auto_reply".equals(keyword(headers.first("Precedence")))) {
      return AUTO_REPLY;
    }
    if ((autoSubmitted != null && !autoSubmitted.equals("no"))
        || isNullPath(headers.first("Return-Path"))) {
      return AUTO_GENERATED;
    }
    return null;
  }

  /** The part of an address before the {@code @}, lower case; null without an address. */
  private static String localPart(String address) {
    return address == null
        ? null
        : address.substring(0, Math.max(0, address.indexOf('@'))).toLowerCase(Locale.ROOT);
  }

  /** The report type of a top-level {@code multipart/report}, lower case; null otherwise. */
  private static String reportType(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = REPORT.matcher(contentType);
    return m.lookingAt() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /** The kind a subject's prefix names, or null. */
  private static String bySubject(String subject) {
    if (subject == null) {
      return null;
    }
    String s = subject.strip().toLowerCase(Locale.ROOT);
    for (Map.Entry<String, List<String>> kind : SUBJECTS.entrySet()) {
      for (String prefix : kind.getValue()) {
        if (s.startsWith(prefix)) {
          return kind.getKey();
        }
      }
    }
    return null;
  }

  /** A header value's first word (before parameters and comments), lower case; null if none. */
  private static String keyword(String value) {
    if (value == null) {
      return null;
    }
    String word = value.strip().split("[\\s;(]", 2)[0].toLowerCase(Locale.ROOT);
    return word.isEmpty() ? null : word;
  }

  /** An X-Autoreply style flag: present with any value but an explicit no. */
  private static boolean isSet(String value) {
    String word = keyword(value);
    return word != null && !word.equals("no") && !word.equals("false");
  }

  /**
   * {@code <>}: the null reverse path of RFC 5321, which bounces and auto-replies are sent with.
   */
  private static boolean isNullPath(String returnPath) {
    return returnPath != null && returnPath.replaceAll("\\s", "").equals("<>");
  }
}
