package dev.exosphere.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of the stores ECS reads secrets from: SSM parameters and Secrets Manager secrets.
 *
 * <p>SSM PutParameter, "Naming Constraints": names are case sensitive, of {@code a-zA-Z0-9_.-} and {@code /} for
 * hierarchies (a name in a hierarchy starts with {@code /}), no spaces, at most 15 levels; at most 1011 characters
 * (the 2048 reported include 1037 reserved). A parameter is named, never given by ARN, here. Secrets Manager
 * CreateSecret Name: 1-512 ASCII letters, digits and {@code /_+=.@-}; a secret's complete ARN ends in the name,
 * {@code -} and 6 random characters (ECS "Pass Secrets Manager secrets ... valueFrom": the ARN, then optionally
 * {@code :json-key:version-stage:version-id}; exo builds that suffix from {@code field}). A JSON key cannot hold
 * {@code :}, which ECS would read as the separator.
 */
public final class StoreNames {
  public static final int SSM_NAME_MAX = 1011;
  public static final int SSM_LEVELS_MAX = 15;
  public static final int SECRET_NAME_MAX = 512;

  private static final Pattern SSM_CHARS = Pattern.compile("[A-Za-z0-9_./-]+");
  private static final Pattern SECRET_CHARS = Pattern.compile("[A-Za-z0-9/_+=.@-]+");
  private static final Pattern SECRET_ARN = Pattern.compile(
      "arn:(aws[a-z-]*):secretsmanager:([a-z0-9-]+):(\\d{12}):secret:([^:]+)(:.*)?");

  private StoreNames() {}

  /** An SSM parameter name: {@code /app/db-password} or {@code db-password}. */
  public static Optional<Complaint> ssmParameter(String name) {
    if (name.isEmpty()) {
      return Complaint.of("expected an SSM parameter name, got an empty one", "write e.g. ssm: /my-app/db-password");
    }
    if (name.startsWith("arn:")) {
      return Complaint.expected("an SSM parameter name, not an ARN", name,
          "write the name after 'parameter', e.g. ssm: /" + name.replaceFirst("^arn:[^:]*:ssm:[^:]*:[^:]*:parameter/?", ""));
    }
    if (!SSM_CHARS.matcher(name).matches()) {
      return Complaint.expected("an SSM parameter name of letters, digits, '_', '.', '-' and '/'", name,
          "SSM names allow no other characters, spaces included");
    }
    if (name.contains("/") && !name.startsWith("/")) {
      return Complaint.expected("a parameter in a hierarchy to start with '/'", name, "write /" + name);
    }
    if (name.contains("//") || name.length() > 1 && name.endsWith("/")) {
      return Complaint.expected("an SSM parameter name without empty levels ('//' or a trailing '/')", name,
          "remove the extra '/'");
    }
    long levels = name.chars().filter(c -> c == '/').count();
    if (levels > SSM_LEVELS_MAX) {
      return Complaint.of("expected at most " + SSM_LEVELS_MAX + " levels in an SSM parameter name, got " + levels,
          "flatten the hierarchy");
    }
    if (name.length() > SSM_NAME_MAX) {
      return Complaint.of("expected an SSM parameter name of at most " + SSM_NAME_MAX + " characters, got " + name.length(),
          "use a shorter name");
    }
    return Optional.empty();
  }

  /** A Secrets Manager secret: its name, or its ARN (complete, with the 6-character suffix, or partial). */
  public static Optional<Complaint> secret(String ref) {
    if (ref.isEmpty()) {
      return Complaint.of("expected a Secrets Manager secret name or ARN, got an empty one", "write e.g. secret: my-app/db");
    }
    if (ref.startsWith("arn:")) {
      Matcher m = SECRET_ARN.matcher(ref);
      if (!m.matches()) {
        return Complaint.expected("a Secrets Manager ARN like arn:aws:secretsmanager:<region>:<account>:secret:<name>", ref,
            "copy the ARN from the Secrets Manager console");
      }
      if (m.group(5) != null) {
        return Complaint.expected("the secret's ARN alone", ref,
            "remove '" + m.group(5) + "' and name the JSON key with 'field'");
      }
      return secretName(m.group(4));
    }
    return secretName(ref);
  }

  private static Optional<Complaint> secretName(String name) {
    if (!SECRET_CHARS.matcher(name).matches()) {
      return Complaint.expected("a secret name of ASCII letters, digits and /_+=.@-", name,
          "Secrets Manager names allow no other characters");
    }
    if (name.length() > SECRET_NAME_MAX) {
      return Complaint.of("expected a secret name of at most " + SECRET_NAME_MAX + " characters, got " + name.length(),
          "use a shorter name");
    }
    return Optional.empty();
  }

  /** {@code field}: a top-level JSON key of the secret's value. */
  public static Optional<Complaint> field(String field) {
    if (field.isEmpty()) {
      return Complaint.of("expected a JSON key, got an empty one", "remove 'field' to read the whole secret");
    }
    if (field.contains(":")) {
      return Complaint.expected("a JSON key without ':' (ECS separates the key from the ARN with ':')", field,
          "rename the key in the secret");
    }
    return Optional.empty();
  }
}
