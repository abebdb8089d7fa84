package dev.exosphere.rules;

import static dev.exosphere.rules.RuleAssertions.accepted;
import static dev.exosphere.rules.RuleAssertions.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoreNamesTest {
  @ParameterizedTest
  @ValueSource(strings = {"db-password", "/shop/db", "/shop/db.password_1", "/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o"})
  void ssmNamesAwsAcceptsPass(String name) {
    accepted(StoreNames.ssmParameter(name));
  }

  @Test
  void ssmNamesAwsRefusesAreRejected() {
    rejected(StoreNames.ssmParameter(""), "empty");
    assertEquals("write the name after 'parameter', e.g. ssm: /shop/db",
        rejected(StoreNames.ssmParameter("arn:aws:ssm:us-east-1:123456789012:parameter/shop/db"), "not an ARN").fix());
    rejected(StoreNames.ssmParameter("/shop/db password"), "letters, digits");
    rejected(StoreNames.ssmParameter("shop/db"), "start with '/'");
    rejected(StoreNames.ssmParameter("/shop//db"), "empty levels");
    rejected(StoreNames.ssmParameter("/shop/"), "empty levels");
    rejected(StoreNames.ssmParameter("/l".repeat(16)), "at most 15 levels in an SSM parameter name, got 16");
    rejected(StoreNames.ssmParameter("a".repeat(1012)), "at most 1011 characters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"shop/db", "db+1=x.y@z-w_v",
      "arn:aws:secretsmanager:us-east-1:123456789012:secret:shop/db-AbCdEf",
      "arn:aws:secretsmanager:us-east-1:123456789012:secret:shop/db",
      "arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:db-Ab12Cd"})
  void secretNamesAndArnsPass(String ref) {
    accepted(StoreNames.secret(ref));
  }

  @Test
  void secretNamesAndArnsAwsRefusesAreRejected() {
    rejected(StoreNames.secret(""), "empty");
    rejected(StoreNames.secret("shop db!"), "ASCII letters");
    rejected(StoreNames.secret("a".repeat(513)), "at most 512");
    rejected(StoreNames.secret("arn:aws:secretsmanager:us-east-1:1234:secret:db"), "Secrets Manager ARN");
    assertEquals("remove ':password::' and name the JSON key with 'field'", rejected(StoreNames.secret(
        "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:password::"), "ARN alone").fix());
  }

  @Test
  void fieldsAreNonEmptyJsonKeysWithoutColons() {
    accepted(StoreNames.field("password"));
    rejected(StoreNames.field(""), "empty");
    rejected(StoreNames.field("user:password"), "without ':'");
  }
}
