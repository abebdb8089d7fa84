package dev.exosphere.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few calls of the registry HTTP API v2 the pipeline needs: is it there and does it take our credentials
 * ({@code GET /v2/}), and the manifest digest of a tag ({@code HEAD /v2/<name>/manifests/<tag>}). Handles both
 * Basic and Bearer-token authentication (Docker Hub, ECR, GHCR, a registry with htpasswd).
 */
public final class RegistryClient {
  /** Every manifest type a pushed image may have: Docker v2 and OCI, single image or index. */
  static final String MANIFEST_TYPES = String.join(", ",
      "application/vnd.docker.distribution.manifest.v2+json",
      "application/vnd.docker.distribution.manifest.list.v2+json",
      "application/vnd.oci.image.manifest.v1+json",
      "application/vnd.oci.image.index.v1+json");
  private static final Pattern CHALLENGE_PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RegistryTarget registry;
  private final Optional<Credentials> credentials;
  private final HttpClient http;
  /** Bearer tokens by scope, so parallel services do not each log in again. */
  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  public RegistryClient(RegistryTarget registry, Optional<Credentials> credentials) {
    this.registry = registry;
    this.credentials = credentials;
    this.http = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /**
   * Checks that the registry answers and accepts our credentials (if it asks for any).
   *
   * @throws ImageException naming the registry and what to do
   */
  public void ping() {
    send("GET", "/v2/", "", "");
  }

  /**
   * The manifest digest ({@code sha256:...}) of {@code repository:tag}, from the registry's
   * {@code Docker-Content-Digest} header; empty when the registry does not have that tag.
   */
  public Optional<String> manifestDigest(String repository, String tag) {
    HttpResponse<Void> r = send("HEAD", "/v2/" + repository + "/manifests/" + tag, MANIFEST_TYPES,
        "repository:" + repository + ":pull");
    if (r.statusCode() == 404) {
      return Optional.empty();
    }
    return r.headers().firstValue("Docker-Content-Digest").or(() -> {
      throw new ImageException("registry " + registry.host() + " answered HEAD " + repository + ":" + tag
          + " without a Docker-Content-Digest header: it does not speak the registry API v2");
    });
  }

  private HttpResponse<Void> send(String method, String path, String accept, String scope) {
    HttpResponse<Void> r = call(method, path, accept, cachedAuth(scope));
    if (r.statusCode() == 401) {
      String challenge = r.headers().firstValue("WWW-Authenticate").orElse("");
      r = call(method, path, accept, Optional.of(authorize(challenge, scope)));
      if (r.statusCode() == 401) {
        throw refused();
      }
    }
    if (r.statusCode() == 403) {
      throw new ImageException("registry " + registry.host() + " denies " + describe(credentials) + " access to "
          + (scope.isEmpty() ? "its API" : scope) + ": check the account's permissions");
    }
    if (r.statusCode() >= 400 && r.statusCode() != 404) {
      throw new ImageException("registry " + registry.host() + " answered " + r.statusCode() + " to " + method + " "
          + path);
    }
    return r;
  }

  private Optional<String> cachedAuth(String scope) {
    return Optional.ofNullable(tokens.get(scope)).map(t -> "Bearer " + t);
  }

  /** The Authorization header answering {@code challenge}: Basic with our credentials, or a Bearer token. */
  private String authorize(String challenge, String scope) {
    if (credentials.isEmpty() && !challenge.startsWith("Bearer")) {
      throw new ImageException("registry " + registry.host() + " needs credentials: pass --username and --password "
          + "(or --password-stdin), set EXO_REGISTRY_USERNAME/EXO_REGISTRY_PASSWORD, or 'docker login "
          + registry.host() + "'");
    }
    if (!challenge.regionMatches(true, 0, "Bearer", 0, 6)) {
      return credentials.get().basicHeader();
    }
    Map<String, String> params = new LinkedHashMap<>();
    Matcher m = CHALLENGE_PARAM.matcher(challenge);
    while (m.find()) {
      params.put(m.group(1), m.group(2));
    }
    String realm = params.getOrDefault("realm", "");
    if (realm.isEmpty()) {
      throw new ImageException("registry " + registry.host() + " asked for a token without a realm: " + challenge);
    }
    StringBuilder query = new StringBuilder();
    if (params.containsKey("service")) {
      query.append("service=").append(URLEncoder.encode(params.get("service"), StandardCharsets.UTF_8));
    }
    if (!scope.isEmpty()) {
      query.append(query.length() > 0 ? "&" : "").append("scope=").append(URLEncoder.encode(scope,
          StandardCharsets.UTF_8));
    }
    URI uri = URI.create(realm + (query.length() > 0 ? (realm.contains("?") ? "&" : "?") + query : ""));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
    credentials.ifPresent(c -> request.header("Authorization", c.basicHeader()));
    HttpResponse<String> answer = exchange(request.build(), HttpResponse.BodyHandlers.ofString(), uri);
    if (answer.statusCode() == 401 || answer.statusCode() == 403) {
      throw refused();
    }
    if (answer.statusCode() != 200) {
      throw new ImageException("registry token service " + uri.getHost() + " answered " + answer.statusCode());
    }
    try {
      JsonNode body = JSON.readTree(answer.body());
      String token = body.hasNonNull("token") ? body.get("token").asText() : body.path("access_token").asText();
      tokens.put(scope, token);
      return "Bearer " + token;
    } catch (IOException e) {
      throw new ImageException("registry token service " + uri.getHost() + " sent no token (" + e.getMessage() + ")");
    }
  }

  private ImageException refused() {
    if (credentials.isEmpty()) {
      return new ImageException("registry " + registry.host() + " needs credentials: pass --username and "
          + "--password (or --password-stdin), set EXO_REGISTRY_USERNAME/EXO_REGISTRY_PASSWORD, or 'docker login "
          + registry.host() + "'");
    }
    return new ImageException("registry " + registry.host() + " refused the credentials of "
        + credentials.get() + ": check them, or log in again");
  }

  private HttpResponse<Void> call(String method, String path, String accept, Optional<String> auth) {
    URI uri = registry.apiBase().resolve(path);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(30))
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (!accept.isEmpty()) {
      request.header("Accept", accept);
    }
    auth.ifPresent(a -> request.header("Authorization", a));
    return exchange(request.build(), HttpResponse.BodyHandlers.discarding(), uri);
  }

  private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body, URI uri) {
    try {
      return http.send(request, body);
    } catch (ConnectException | HttpConnectTimeoutException e) {
      throw new ImageException("registry " + registry.host() + " is not reachable at " + uri.getScheme() + "://"
          + uri.getAuthority() + " (" + (e instanceof ConnectException ? "connection refused" : "connect timed out")
          + "): start it, or check --registry");
    } catch (HttpTimeoutException e) {
      throw new ImageException("registry " + registry.host() + " did not answer " + request.method() + " " + uri
          + " within 30 s");
    } catch (IOException e) {
      throw new ImageException("registry " + registry.host() + " failed on " + request.method() + " " + uri + " ("
          + reason(e) + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImageException("interrupted while talking to registry " + registry.host());
    }
  }

  private static String describe(Optional<Credentials> credentials) {
    return credentials.map(Credentials::toString).orElse("anonymous");
  }

  private static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getMessage() == null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? "no answer" : root.getMessage();
  }
}
