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

    private final String base;
    private final String user;
    private final String password;
    private final CookieManager cookies = new CookieManager();
    private String lastLocation;
    private final HttpClient client;

    private Http(String base, String user, String password) {
        this.base = base;
        this.user = user;
        this.password = password;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static Http anonymous(int port) {
        return new Http("http://localhost:" + port, null, null);
    }

    public static Http as(int port, String user, String password) {
        return new Http("http://localhost:" + port, user, password);
    }

    /** Same login for user and password, as the demo logins are. */
    public static Http as(int port, String demoLogin) {
        return as(port, demoLogin, demoLogin);
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    /** An HTML form post, as a browser on this site sends it (with an Origin header). */
    public Answer postForm(String path, java.util.Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(java.util.stream.Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base)
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
            return send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Answer post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** multipart/form-data with one part per entry (file name = part name + ".csv"). */
    public Answer postFiles(String path, Map<String, String> parts) {
        String boundary = "----skolehjem" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        parts.forEach((name, content) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"").append(name)
                .append(".csv\"\r\nContent-Type: text/csv; charset=UTF-8\r\n\r\n").append(content).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    /**
     * Logs in to a webapp as its login page does: fetch the page for the CSRF cookie, then post the form. 200 means
     * the user may use that app; 403 that they may not (or the password was wrong).
     */
    public int webappLogin(String app) {
        send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/default/")).GET());
        String form = "username=" + enc(user) + "&password=" + enc(password);
        return send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", xsrf())
                .POST(HttpRequest.BodyPublishers.ofString(form))).status();
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
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json, */*");
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
