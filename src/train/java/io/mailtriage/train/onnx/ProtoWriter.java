package io.mailtriage.train.onnx;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Minimal protocol-buffers encoder: just the wire types ONNX needs (varint = 0, length-delimited =
 * 2, 32-bit = 5). Nested messages are built in their own writer and embedded as bytes, which costs
 * a copy but keeps the encoder trivially correct.
 */
public final class ProtoWriter {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private void tag(int field, int wireType) {
    varint(((long) field << 3) | wireType);
  }

  private void varint(long v) {
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }

  /** int32/int64/enum/bool field; negative values take ten bytes, as protobuf specifies. */
  public ProtoWriter int64(int field, long value) {
    tag(field, 0);
    varint(value);
    return this;
  }

  public ProtoWriter float32(int field, float value) {
    tag(field, 5);
    int bits = Float.floatToRawIntBits(value);
    for (int i = 0; i < 4; i++) {
      out.write((bits >>> (8 * i)) & 0xFF);
    }
    return this;
  }

  public ProtoWriter bytes(int field, byte[] value) {
    tag(field, 2);
    varint(value.length);
    out.write(value, 0, value.length);
    return this;
  }

  public ProtoWriter string(int field, String value) {
    return bytes(field, value.getBytes(StandardCharsets.UTF_8));
  }

  public ProtoWriter message(int field, ProtoWriter nested) {
    return bytes(field, nested.toByteArray());
  }

  public byte[] toByteArray() {
    return out.toByteArray();
  }

  /** Little-endian float32 payload, the layout ONNX {@code raw_data} requires. */
  public static byte[] rawFloats(float[] values) {
    ByteBuffer buf = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    buf.asFloatBuffer().put(values);
    return buf.array();
  }

  public static byte[] rawLongs(long[] values) {
    ByteBuffer buf = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    buf.asLongBuffer().put(values);
    return buf.array();
  }
}
