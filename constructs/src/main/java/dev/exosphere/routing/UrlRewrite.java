package dev.exosphere.routing;

/**
 * An ALB {@code url-rewrite} transform: the request path matching {@code regex} becomes {@code replace}.
 *
 * @param regex   matched against the request URL (no lookarounds or backreferences: the ALB's regex dialect)
 * @param replace the replacement, with {@code $1}, {@code $2} capture groups
 */
public record UrlRewrite(String regex, String replace) {}
