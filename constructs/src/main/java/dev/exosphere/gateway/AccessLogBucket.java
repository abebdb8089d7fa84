package dev.exosphere.gateway;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import dev.exosphere.Nag;
import software.constructs.Construct;

/** The load balancer's access log bucket. */
final class AccessLogBucket {
  /** Access logs are deleted after this many days. */
  static final int EXPIRY_DAYS = 90;

  private AccessLogBucket() {}

  /**
   * SSE-S3, because ALB access log delivery does not support SSE-KMS. Retained on destroy: a non-empty bucket would
   * fail the stack's deletion, and the expiry empties a retained bucket on its own.
   */
  static Bucket create(Construct scope) {
    Bucket bucket = Bucket.Builder.create(scope, "AccessLogs")
        .encryption(BucketEncryption.S3_MANAGED)
        .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
        .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
        .enforceSsl(true)
        .lifecycleRules(List.of(LifecycleRule.builder().expiration(Duration.days(EXPIRY_DAYS)).build()))
        .removalPolicy(RemovalPolicy.RETAIN)
        .build();
    Nag.suppress(bucket, "AwsSolutions-S1",
        "This is the access log bucket itself; logging its own accesses to itself would loop.");
    return bucket;
  }
}
