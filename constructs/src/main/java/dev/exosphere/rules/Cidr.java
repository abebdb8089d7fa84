package dev.exosphere.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An IPv4 block for the VPC: well-formed, private (RFC 1918), /16 to /24, no host bits set. */
public final class Cidr {
  private static final Pattern FORM = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})");

  private Cidr() {}

  /** What is wrong with {@code cidr} as "expected ..., got ..." plus a fix; empty when it is fine. */
  public static Optional<Complaint> problem(String cidr) {
    Matcher m = FORM.matcher(cidr);
    if (!m.matches()) {
      return Optional.of(new Complaint("expected an IPv4 block like 10.0.0.0/16, got '" + cidr + "'", "write four numbers 0-255 and a prefix, e.g. 10.0.0.0/16"));
    }
    long address = 0;
    for (int i = 1; i <= 4; i++) {
      int octet = Integer.parseInt(m.group(i));
      if (octet > 255) {
        return Optional.of(new Complaint("expected an IPv4 block like 10.0.0.0/16, got '" + cidr + "' (" + octet + " is more than 255)", "use numbers 0-255"));
      }
      address = (address << 8) | octet;
    }
    int prefix = Integer.parseInt(m.group(5));
    if (prefix < 16 || prefix > 24) {
      String fix = prefix < 16 ? "a VPC can be at most a /16: use " + m.group(1) + "." + m.group(2) + ".0.0/16" : "use a /16 to /24 block; /24 leaves room for 6 AZs of small subnets";
      return Optional.of(new Complaint("expected a prefix /16 to /24, got /" + prefix, fix));
    }
    if (!isPrivate(address, prefix)) {
      return Optional.of(new Complaint("expected a private block (10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16), got '" + cidr + "'", "use e.g. 10.0.0.0/16"));
    }
    long mask = (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    if ((address & ~mask & 0xFFFFFFFFL) != 0) {
      long base = address & mask;
      String fixed = (base >> 24) + "." + ((base >> 16) & 255) + "." + ((base >> 8) & 255) + "." + (base & 255) + "/" + prefix;
      return Optional.of(new Complaint("expected the block's first address, got '" + cidr + "' which has host bits set", "did you mean '" + fixed + "'?"));
    }
    return Optional.empty();
  }

  private static boolean isPrivate(long address, int prefix) {
    return within(address, prefix, 10L << 24, 8)
        || within(address, prefix, (172L << 24) | (16L << 16), 12)
        || within(address, prefix, (192L << 24) | (168L << 16), 16);
  }

  private static boolean within(long address, int prefix, long block, int blockPrefix) {
    long mask = (0xFFFFFFFFL << (32 - blockPrefix)) & 0xFFFFFFFFL;
    return prefix >= blockPrefix && (address & mask) == block;
  }
}
