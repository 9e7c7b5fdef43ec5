package dk.skolehjem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/** A small HTTP client for the integration tests: basic auth, JSON, multipart, and the webapps' login with its CSRF token. */
public final class Http {

    /** A response with its body as text and, when it is JSON, as a tree. */
    public record Answer(int status, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Ikke JSON (" + status + "): " + body, e);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** The engine API the webapps use (behind their login and CSRF token); {@code /engine-rest} is the operator's. */
    public static final String ENGINE = "/camunda/api/engine/engine/default";

    private final String base;
    private final String user;
    private final String password;
    /** Logged in to a webapp: requests carry the session cookie and the webapps' CSRF token instead of basic auth. */
    private boolean session;

    private final CookieManager cookies = new CookieManager();
    private String lastLocation;
    private final HttpClient client;

    private Http(String base, String user, String password) {
        this.base = base;
        this.user = user;
        this.password = password;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public static Http anonymous(int port) {
        return new Http("http://localhost:" + port, null, null);
    }

    public static Http as(int port, String user, String password) {
        return new Http("http://localhost:" + port, user, password);
    }

    /**
     * Logged in to Tasklist as a browser is: the session cookie and Camunda's CSRF token on every request, no basic
     * auth. This is how guardians and staff reach the engine ({@link #ENGINE}).
     */
    public static Http tasklist(int port, String demoLogin) {
        return webapp(port, demoLogin, "tasklist");
    }

    public static Http webapp(int port, String demoLogin, String app) {
        Http http = as(port, demoLogin, demoLogin);
        int status = http.webappLogin(app);
        if (status != 200) {
            throw new AssertionError(demoLogin + " could not log in to " + app + ": " + status);
        }
        http.session = true;
        // the login starts a new session (no session fixation); its first request gets Camunda's new CSRF token
        http.get("/camunda/app/" + app + "/default/");
        return http;
    }

    /**
     * Logged in through Skole-hjem's own login page, as a parent's browser is: the session cookie and the form's
     * CSRF token, no basic auth. A family's only door: "Mit barn" and its task pages.
     */
    public static Http family(int port, String demoLogin) {
        Http http = anonymous(port);
        var page = http.get("/login");
        var m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("the login page has no CSRF token");
        }
        var answer = http.postForm(
                "/login", java.util.Map.of("username", demoLogin, "password", demoLogin, "_csrf", m.group(1)));
        if (answer.status() != 302) {
            throw new AssertionError(demoLogin + " could not log in: " + answer.status() + " " + answer.body());
        }
        http.session = true;
        return http;
    }

    /** A family's answer to its task on "Mit barn", as the portal's form sends it. */
    public Answer answer(String taskId, java.util.Map<String, String> fields) {
        return postForm("/foraeldre/opgave/" + taskId, fields);
    }

    /** Same login for user and password, as the demo logins are. */
    public static Http as(int port, String demoLogin) {
        return as(port, demoLogin, demoLogin);
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    /**
     * An HTML form post, as a browser on this site sends it: with an Origin header and, unless it uses HTTP basic,
     * the session's CSRF token (read from a page with a form first, as the browser has it from the form's page).
     */
    public Answer postForm(String path, java.util.Map<String, String> fields) {
        var all = new java.util.LinkedHashMap<>(fields);
        if ((session || user == null) && !all.containsKey("_csrf")) {
            // the token belongs to the session, so any page with a form gives it
            var page = get("/login/nyt-link");
            var m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                    .matcher(page.body());
            if (m.find()) {
                all.put("_csrf", m.group(1));
            }
        }
        String body = all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(java.util.stream.Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A GET whose body is kept as bytes (PDFs). */
    public byte[] getBytes(String path) {
        try {
            HttpResponse<byte[]> r = client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + r.statusCode());
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer postJson(String path, Object body) {
        try {
            return send(request(path)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any method, any body and content type: for the attacks in SecurityIT. */
    public Answer send(String method, String path, String contentType, String body, Map<String, String> headers) {
        var builder = request(path)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        headers.forEach(builder::header);
        return send(builder);
    }

    /** The answer's headers too (for the security headers). */
    public HttpResponse<String> raw(String method, String path) {
        try {
            return client.send(
                    request(path)
                            .method(method, HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** multipart/form-data with one part per entry (file name = part name + ".csv"). */
    public Answer postFiles(String path, Map<String, String> parts) {
        String boundary = "----skolehjem" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        parts.forEach((name, content) -> body.append("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"")
                .append(name)
                .append("\"; filename=\"")
                .append(name)
                .append(".csv\"\r\nContent-Type: text/csv; charset=UTF-8\r\n\r\n")
                .append(content)
                .append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    /**
     * Logs in to a webapp as its login page does: fetch the page for the CSRF cookie, then post the form. 200 means
     * the user may use that app; 403 that they may not (or the password was wrong).
     */
    public int webappLogin(String app) {
        send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/default/"))
                .GET());
        String form = "username=" + enc(user) + "&password=" + enc(password);
        return send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-XSRF-TOKEN", xsrf())
                        .POST(HttpRequest.BodyPublishers.ofString(form)))
                .status();
    }

    /** After {@link #webappLogin}: a GET with the session cookie only, no basic auth. */
    public Answer getWithSession(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** After {@link #webappLogin}: a POST with the session cookie only, with the given Origin header (or none). */
    public Answer postWithSession(String path, String origin) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.noBody());
        if (origin != null) {
            request.header("Origin", origin);
        }
        return send(request);
    }

    public String base() {
        return base;
    }

    private String xsrf() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse("");
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json, */*");
        if (session) {
            return builder.header("X-XSRF-TOKEN", xsrf());
        }
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r =
                    client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            lastLocation = r.headers().firstValue("Location").orElse(null);
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Where the last answer redirected to (its Location header), or null. */
    public String lastLocation() {
        return lastLocation;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
