package io.mailtriage.ingest;

import java.io.IOException;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;

/**
 * The signed content of an S/MIME opaque-signed part ({@code application/pkcs7-mime;
 * smime-type=signed-data}, RFC 8551 3.5.2): a CMS ContentInfo whose SignedData carries the MIME
 * entity the sender wrote in its encapsulated content, in clear. Outlook sends signed mail this way
 * when "send clear-text signed message" is off; the customer's words are inside the signature. The
 * signature is not checked: the job reads the text, as a client that cannot verify still shows it.
 */
final class SmimeSigned {
  /** id-signedData (RFC 5652 5.1). */
  private static final ASN1ObjectIdentifier SIGNED_DATA =
      new ASN1ObjectIdentifier("1.2.840.113549.1.7.2");

  private SmimeSigned() {}

  /**
   * The encapsulated content of a DER or BER SignedData, or null: another CMS type (enveloped data,
   * which stays encrypted), a detached signature without content, or bytes that are no CMS.
   */
  static byte[] content(byte[] der) {
    // The length limit keeps a forged length from allocating more than the part holds.
    try (ASN1InputStream in = new ASN1InputStream(der, true)) {
      ASN1Sequence info = ASN1Sequence.getInstance(in.readObject());
      if (info.size() < 2 || !SIGNED_DATA.equals(info.getObjectAt(0))) {
        return null;
      }
      ASN1Sequence signedData =
          ASN1Sequence.getInstance(
              ASN1TaggedObject.getInstance(info.getObjectAt(1)).getExplicitBaseObject());
      // version, digestAlgorithms, encapContentInfo {eContentType, [0] eContent}, ...
      ASN1Sequence encapsulated = ASN1Sequence.getInstance(signedData.getObjectAt(2));
      if (encapsulated.size() < 2) {
        return null;
      }
      return ASN1OctetString.getInstance(
              ASN1TaggedObject.getInstance(encapsulated.getObjectAt(1)).getExplicitBaseObject())
          .getOctets();
    } catch (IOException | RuntimeException e) {
      // Not CMS, or CMS of another shape: nothing to read, as before.
      return null;
    }
  }
}
