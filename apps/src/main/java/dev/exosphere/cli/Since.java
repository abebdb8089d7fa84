package dev.exosphere.cli;

import java.time.Instant;

/** Where {@code exo logs} starts, relative to now. */
@FunctionalInterface
interface Since {
  Instant from(Instant now);
}
