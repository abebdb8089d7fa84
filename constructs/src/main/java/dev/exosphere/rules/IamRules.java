package dev.exosphere.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IAM policy grammar, as far as a task role's permissions need it (IAM User Guide, "IAM JSON policy elements
 * reference" and "grammar of the IAM JSON policy language").
 *
 * <ul>
 *   <li>An action is {@code service:Action}; the action name may hold {@code *} and {@code ?}; {@code *} alone is
 *       every action of every service.</li>
 *   <li>A resource is {@code *} or an ARN {@code arn:partition:service:region:account:resource} (region and account
 *       may be empty, as in S3 ARNs).</li>
 *   <li>A managed policy is an AWS-managed policy's name (e.g. {@code AmazonS3ReadOnlyAccess}, with its path, e.g.
 *       {@code service-role/...}) or a policy ARN {@code arn:partition:iam::account-or-aws:policy/name}.</li>
 *   <li>A condition is {@code Operator: {key: values}}, the operator one of IAM's, optionally {@code ForAllValues:} /
 *       {@code ForAnyValue:} before and {@code IfExists} after.</li>
 * </ul>
 * A wildcard ({@code *} or {@code ?}) in an action or resource is what cdk-nag's AwsSolutions-IAM5 reports: exo-cdk
 * accepts it only with a written reason, which becomes the suppression's.
 */
public final class IamRules {
  private static final Pattern ACTION = Pattern.compile("[a-z0-9-]+:[A-Za-z0-9*?]+");
  private static final String PARTITION = "aws(?:-cn|-us-gov|-iso|-iso-[a-z])?";
  private static final Pattern ARN = Pattern.compile("arn:" + PARTITION + ":[a-z0-9-]+:[a-z0-9-*?]*:(?:[0-9]{12}|aws|\\*)?:"
      + "[\\x21-\\x7e]+");
  private static final Pattern POLICY_NAME = Pattern.compile("(?:[A-Za-z0-9+=,.@_-]+/)*[A-Za-z0-9+=,.@_-]{1,128}");
  private static final Pattern POLICY_ARN = Pattern.compile("arn:" + PARTITION + ":iam::(?:aws|[0-9]{12}):policy/"
      + "(?:[A-Za-z0-9+=,.@_-]+/)*[A-Za-z0-9+=,.@_-]{1,128}");
  private static final Pattern CONDITION_KEY = Pattern.compile("[A-Za-z0-9-]+:[\\x21-\\x7e]+");
  /** IAM's condition operators (IAM User Guide, "IAM JSON policy elements: Condition operators"). */
  public static final List<String> CONDITION_OPERATORS = List.of("StringEquals", "StringNotEquals",
      "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike", "NumericEquals",
      "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals",
      "DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals",
      "Bool", "BinaryEquals", "IpAddress", "NotIpAddress", "ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike", "Null");

  private IamRules() {}

  public static Optional<Complaint> action(String action) {
    if (action.equals("*") || ACTION.matcher(action).matches()) {
      return Optional.empty();
    }
    String lower = action.toLowerCase(Locale.ROOT);
    int colon = action.indexOf(':');
    if (colon > 0 && ACTION.matcher(lower.substring(0, colon) + action.substring(colon)).matches()) {
      return Complaint.expected("an action with a lower-case service prefix", action,
          "write '" + lower.substring(0, colon) + action.substring(colon) + "'");
    }
    return Complaint.expected("an IAM action 'service:Action', e.g. s3:GetObject", action,
        "write the service prefix, a colon and the action name");
  }

  public static Optional<Complaint> resource(String resource) {
    if (resource.equals("*") || ARN.matcher(resource).matches()) {
      return Optional.empty();
    }
    return Complaint.expected("an ARN 'arn:partition:service:region:account:resource' or *", resource,
        "e.g. arn:aws:s3:::my-bucket/* or arn:aws:sqs:us-east-1:123456789012:orders");
  }

  public static Optional<Complaint> managedPolicy(String policy) {
    if (policy.startsWith("arn:")) {
      return POLICY_ARN.matcher(policy).matches() ? Optional.empty()
          : Complaint.expected("a policy ARN 'arn:aws:iam::aws:policy/<name>' or 'arn:aws:iam::<account>:policy/<name>'",
              policy, "or write the AWS-managed policy's name alone, e.g. AmazonS3ReadOnlyAccess");
    }
    return POLICY_NAME.matcher(policy).matches() ? Optional.empty()
        : Complaint.expected("an AWS-managed policy's name (letters, digits and +=,.@_-) or a policy ARN", policy,
            "e.g. AmazonS3ReadOnlyAccess");
  }

  /** An AWS-managed policy (cdk-nag's AwsSolutions-IAM4 reports those), not one of the account's own. */
  public static boolean isAwsManaged(String policy) {
    return !policy.startsWith("arn:") || policy.contains(":iam::aws:policy/");
  }

  public static Optional<Complaint> conditionOperator(String operator) {
    String base = operator.replaceFirst("^(?:ForAllValues|ForAnyValue):", "").replaceFirst("IfExists$", "");
    if (CONDITION_OPERATORS.contains(base)) {
      return Optional.empty();
    }
    return Complaint.expected("an IAM condition operator, e.g. StringEquals, ArnLike, IpAddress", operator,
        Typos.closest(base, CONDITION_OPERATORS).map(c -> "did you mean '" + c + "'?")
            .orElse("see the IAM User Guide's list of condition operators"));
  }

  public static Optional<Complaint> conditionKey(String key) {
    return CONDITION_KEY.matcher(key).matches() ? Optional.empty()
        : Complaint.expected("a condition key 'prefix:name', e.g. aws:SourceVpc", key, "write the key's service prefix");
  }

  /** Whether cdk-nag's AwsSolutions-IAM5 reports it: a {@code *} or {@code ?} anywhere. */
  public static boolean hasWildcard(String actionOrResource) {
    return actionOrResource.indexOf('*') >= 0 || actionOrResource.indexOf('?') >= 0;
  }
}
