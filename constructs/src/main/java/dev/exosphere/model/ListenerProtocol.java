package dev.exosphere.model;

import java.util.Locale;

/** The protocol of an extra load balancer listener ({@code interface.listeners}). */
public enum ListenerProtocol {
  HTTP,
  HTTPS;

  /** As written in exosphere.yml: {@code http}, {@code https}. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
