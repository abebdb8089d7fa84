package dev.exosphere.operate;

import java.util.List;

/**
 * Props of {@link ExoAlarmTopic}.
 *
 * @param emails addresses subscribed to the topic (each must confirm SNS's e-mail). @default none
 */
public record ExoAlarmTopicProps(List<String> emails) {
  public ExoAlarmTopicProps {
    emails = List.copyOf(emails == null ? List.of() : emails);
  }

  public static ExoAlarmTopicProps of(List<String> emails) {
    return new ExoAlarmTopicProps(emails);
  }
}
