package dev.exosphere.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The application's public domain. YAML: {@code domain: example.com} or
 * {@code domain: {name: example.com, hostedZoneId: Z123, certificate: auto | arn:aws:acm:...}}.
 *
 * @param name           the hosted zone's name, e.g. {@code spacetweet.example.com}
 * @param hostedZoneId   import this existing zone instead of creating one
 * @param certificateArn use this ACM certificate; empty ({@code certificate: auto}, the default): request one validated through DNS
 */
public record Domain(String name, Optional<String> hostedZoneId, Optional<String> certificateArn) {
  public Domain {
    Objects.requireNonNull(name, "Domain.name");
    Objects.requireNonNull(hostedZoneId, "Domain.hostedZoneId");
    Objects.requireNonNull(certificateArn, "Domain.certificateArn");
  }
}
