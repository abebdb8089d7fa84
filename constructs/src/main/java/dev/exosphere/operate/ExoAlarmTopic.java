package dev.exosphere.operate;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.kms.KeyProps;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.TopicProps;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * The SNS topic alarms notify: encrypted with its own KMS key (CloudWatch cannot publish to a topic under the AWS
 * managed key, so the key's policy lets CloudWatch use it), publishing only over TLS, with e-mail subscriptions.
 * Children: {@code Key}, {@code Resource} (the topic).
 */
public class ExoAlarmTopic extends Construct {
  private final Topic topic;

  public ExoAlarmTopic(Construct scope, String id, ExoAlarmTopicProps props) {
    super(scope, id);
    Key key = new Key(this, "Key", KeyProps.builder()
        .description("Encrypts the alarm topic " + getNode().getPath())
        .enableKeyRotation(true)
        .removalPolicy(RemovalPolicy.DESTROY) // nothing is stored under it: notifications are transient
        .pendingWindow(Duration.days(7))
        .build());
    key.grant(new ServicePrincipal("cloudwatch.amazonaws.com"), "kms:Decrypt", "kms:GenerateDataKey*");
    topic = new Topic(this, "Resource", TopicProps.builder().masterKey(key).enforceSsl(true).build());
    for (String email : props.emails()) {
      topic.addSubscription(new EmailSubscription(email));
    }
  }

  public ITopic getTopic() {
    return topic;
  }
}
