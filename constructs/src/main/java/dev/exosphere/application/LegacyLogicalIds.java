package dev.exosphere.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Stack;
import software.constructs.IConstruct;

/**
 * Keeps the logical ID a resource had at an earlier construct path: moving a construct changes its logical ID, and a
 * changed logical ID makes CloudFormation replace the real resource. Computed the way CDK's {@code makeUniqueId}
 * computes it (path components below the stack, {@code Default} dropped; the human part without {@code Resource}
 * and repeats, the first 8 hex digits of the path's MD5), so the ID stays exactly the one deployed.
 */
final class LegacyLogicalIds {
  private static final int MAX_HUMAN_LENGTH = 240;

  private LegacyLogicalIds() {}

  /** Gives {@code resource} the logical ID it had at {@code oldPath} (components below {@code owner}). */
  static void keep(CfnResource resource, IConstruct owner, List<String> oldPath) {
    List<String> components = new ArrayList<>(pathBelowStack(owner));
    components.addAll(oldPath);
    resource.overrideLogicalId(of(components));
  }

  static String of(List<String> path) {
    List<String> components = path.stream().filter(c -> !c.equals("Default")).toList();
    StringBuilder human = new StringBuilder();
    String previous = null;
    for (String c : components) {
      // CDK drops a component its predecessor ends with, and the "Resource" of L2 constructs
      if ((previous == null || !previous.endsWith(c)) && !c.equals("Resource")) {
        human.append(c.replaceAll("[^A-Za-z0-9]", ""));
      }
      previous = previous == null || !previous.endsWith(c) ? c : previous;
    }
    String hash = md5(String.join("/", components)).substring(0, 8).toUpperCase(Locale.ROOT);
    return human.substring(0, Math.min(human.length(), MAX_HUMAN_LENGTH)) + hash;
  }

  private static List<String> pathBelowStack(IConstruct owner) {
    List<IConstruct> scopes = owner.getNode().getScopes();
    String stackPath = Stack.of(owner).getNode().getPath();
    int stack = 0;
    while (!scopes.get(stack).getNode().getPath().equals(stackPath)) {
      stack++;
    }
    return scopes.subList(stack + 1, scopes.size()).stream().map(s -> s.getNode().getId()).toList();
  }

  private static String md5(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is part of every Java runtime", e);
    }
  }
}
