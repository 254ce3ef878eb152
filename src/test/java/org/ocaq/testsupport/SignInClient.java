package org.ocaq.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * A browser-like HTTP client for the sign-in form: keeps cookies, follows no redirects, and posts the form fields
 * {@code username} and {@code password} to {@code /login}, where Vaadin's security configurer processes sign-in.
 * Vaadin's configurer exempts the sign-in URL from CSRF protection, so the post needs no token; the client still
 * opens the page first, as a browser does, which gives it a session to compare with the one after sign-in.
 * <p>
 * It connects to 127.0.0.1, so every client counts against the same client-address budget of the
 * {@code LoginThrottle}.
 */
public final class SignInClient {

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    public SignInClient(int port) {
        this.base = URI.create("http://127.0.0.1:" + port);
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    /** Opens the sign-in page, then posts the form, as a browser does. */
    public HttpResponse<String> signIn(String email, String password) {
        get("/login");
        return postLogin(email, password);
    }

    public HttpResponse<String> postLogin(String email, String password) {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    /** The session cookie the client holds now. */
    public Optional<String> sessionId() {
        return cookies.getCookieStore().get(base).stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Where a response redirects to, or empty. */
    public static Optional<String> location(HttpResponse<?> response) {
        return response.headers().firstValue("Location");
    }

    /** A sign-in post succeeded: it redirects, and not back to the sign-in page. */
    public static boolean succeeded(HttpResponse<?> response) {
        return response.statusCode() == 302 && location(response).filter(l -> !l.contains("/login")).isPresent();
    }

    /** A sign-in post was refused: it redirects back to the sign-in page with the error flag. */
    public static boolean refused(HttpResponse<?> response) {
        return response.statusCode() == 302 && location(response).filter(l -> l.endsWith("/login?error")).isPresent();
    }

    /** A GET whose body is kept as bytes (a downloaded file). */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
