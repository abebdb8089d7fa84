package dev.exosphere.rules;

import java.util.regex.Pattern;

/** The shapes of names and identifiers exosphere.yml accepts. */
public final class Formats {
  private Formats() {}

  public static final Pattern APP_NAME = Pattern.compile("[a-z](?:[a-z0-9-]{0,26}[a-z0-9])?");
  /** 16 at most: {@code <app>-<environment>} then names stacks and Cloud Map namespaces within a DNS label. */
  public static final Pattern ENVIRONMENT_NAME = Pattern.compile("[a-z](?:[a-z0-9-]{0,14}[a-z0-9])?");
  public static final Pattern SERVICE_NAME = Pattern.compile("[a-z](?:[a-z0-9-]{0,30}[a-z0-9])?");
  public static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  public static final Pattern HOST = Pattern.compile(
      "(?=.{1,253}$)(?:\\*\\.)?(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?");
  public static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  public static final Pattern VPC_ID = Pattern.compile("vpc-[0-9a-f]{8}(?:[0-9a-f]{9})?");
  public static final Pattern HOSTED_ZONE_ID = Pattern.compile("Z[A-Z0-9]{1,31}");
  public static final Pattern CERTIFICATE = Pattern.compile("auto|arn:aws[a-z-]*:acm:[a-z0-9-]+:\\d{12}:certificate/[A-Za-z0-9-]+");
  /** An address SNS can send to: one @, no spaces or quotes (SNS checks deliverability when it sends). */
  public static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
  /** A standard SNS topic's ARN: CloudWatch alarms cannot notify FIFO topics, so no {@code .fifo}. */
  public static final Pattern SNS_TOPIC = Pattern.compile("arn:aws[a-z-]*:sns:[a-z0-9-]+:\\d{12}:[A-Za-z0-9_-]{1,256}");
  public static final Pattern ROUTE_PATH = Pattern.compile("/[^\\s?#]*");

  public static final String APP_NAME_RULE = "a DNS-safe name: lower-case letters, digits and '-', 1-28 characters, starting with a letter";
  public static final String ENVIRONMENT_NAME_RULE = "a DNS-safe name: lower-case letters, digits and '-', 1-16 characters, starting with a letter";
  public static final String SERVICE_NAME_RULE = "a DNS-safe name: lower-case letters, digits and '-', 1-32 characters, starting with a letter";
}
