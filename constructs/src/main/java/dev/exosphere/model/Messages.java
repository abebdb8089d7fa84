package dev.exosphere.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * ExoCom routes of one service, as in Exosphere's service.yml.
 *
 * @param sends     message names it sends, e.g. {@code users.list}
 * @param receives  message names it receives
 * @param namespace ExoCom namespace (Exosphere's {@code namespace: mongo}); default none
 */
public record Messages(List<String> sends, List<String> receives, Optional<String> namespace) {
  public Messages {
    sends = Guard.list(sends, "Messages.sends");
    receives = Guard.list(receives, "Messages.receives");
    Objects.requireNonNull(namespace, "Messages.namespace");
  }

  public static Messages none() {
    return new Messages(List.of(), List.of(), Optional.empty());
  }
}
