package dev.exosphere.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IamRulesTest {
  @ParameterizedTest
  @ValueSource(strings = {"s3:GetObject", "s3:Get*", "s3:*Object", "sqs:*", "*", "execute-api:Invoke", "ec2:Describe?pc*"})
  void actionsOfIamsGrammarAreAccepted(String action) {
    assertEquals(java.util.Optional.empty(), IamRules.action(action));
  }

  @ParameterizedTest
  @ValueSource(strings = {"GetObject", "s3:", ":GetObject", "s3:Get Object", "s3:Get:Object", "s3 :GetObject", "S3:GetObject"})
  void otherActionsAreRefused(String action) {
    assertTrue(IamRules.action(action).isPresent(), action);
  }

  @ParameterizedTest
  @ValueSource(strings = {"*", "arn:aws:s3:::bucket", "arn:aws:s3:::bucket/*", "arn:aws:sqs:us-east-1:123456789012:orders",
      "arn:aws-cn:dynamodb:cn-north-1:123456789012:table/t", "arn:aws:iam::aws:policy/X", "arn:aws:logs:*:*:log-group:/x:*"})
  void arnsAreAccepted(String resource) {
    assertEquals(java.util.Optional.empty(), IamRules.resource(resource));
  }

  @ParameterizedTest
  @ValueSource(strings = {"bucket", "arn:aws:s3:::", "arn:aws:s3", "arn:foo:s3:::b", "arn:aws:sqs:us-east-1:12345:q", "**x"})
  void otherResourcesAreRefused(String resource) {
    assertTrue(IamRules.resource(resource).isPresent(), resource);
  }

  @Test
  void managedPoliciesByNameOrArn() {
    assertTrue(IamRules.managedPolicy("AmazonS3ReadOnlyAccess").isEmpty());
    assertTrue(IamRules.managedPolicy("service-role/AmazonECSTaskExecutionRolePolicy").isEmpty());
    assertTrue(IamRules.managedPolicy("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess").isEmpty());
    assertTrue(IamRules.managedPolicy("arn:aws:iam::123456789012:policy/team/orders").isEmpty());
    assertTrue(IamRules.managedPolicy("arn:aws:iam::123456789012:role/orders").isPresent());
    assertTrue(IamRules.managedPolicy("Amazon S3").isPresent());
    assertTrue(IamRules.isAwsManaged("AmazonS3ReadOnlyAccess"));
    assertTrue(IamRules.isAwsManaged("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"));
    assertFalse(IamRules.isAwsManaged("arn:aws:iam::123456789012:policy/orders"));
  }

  @Test
  void conditionOperatorsWithSetAndIfExistsQualifiers() {
    assertTrue(IamRules.conditionOperator("StringEquals").isEmpty());
    assertTrue(IamRules.conditionOperator("ForAnyValue:StringLike").isEmpty());
    assertTrue(IamRules.conditionOperator("ForAllValues:StringEqualsIfExists").isEmpty());
    assertTrue(IamRules.conditionOperator("ForAllValue:StringEquals").isPresent());
    assertEquals("did you mean 'StringEquals'?", IamRules.conditionOperator("StringEqual").orElseThrow().fix());
  }

  @Test
  void wildcardsAreWhatCdkNagReports() {
    assertTrue(IamRules.hasWildcard("arn:aws:s3:::bucket/*"));
    assertTrue(IamRules.hasWildcard("s3:Get?bject"));
    assertFalse(IamRules.hasWildcard("arn:aws:s3:::bucket/key"));
  }
}
