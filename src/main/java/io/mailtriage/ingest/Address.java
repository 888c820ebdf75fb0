package io.mailtriage.ingest;

/** A mailbox from an address header: optional display name plus addr-spec. Raw personal data. */
public class Address {
  public String name;
  public String email;

  public Address() {}

  public Address(String name, String email) {
    this.name = name;
    this.email = email;
  }

  @Override
  public String toString() {
    // Deliberately does not print the address: a stray log line must not leak it.
    return "Address[redacted]";
  }
}
