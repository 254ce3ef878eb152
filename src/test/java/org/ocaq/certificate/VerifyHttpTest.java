package org.ocaq.certificate;

import org.junit.jupiter.api.Test;
import org.ocaq.testsupport.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The addresses printed on certificates open without an account: over real HTTP, as a phone that scanned the QR
 * code asks for them. (The browserless tests run the view itself; this checks that the security filter chain lets
 * a visitor through to it.)
 */
@IntegrationTest
class VerifyHttpTest {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_verification_addresses_answer_an_anonymous_visitor_without_sending_to_sign_in()
            throws IOException, InterruptedException {
        CertificateCode code = CertificateCode.generate(new Random(7));
        // The same client is sent to sign in for a page that needs an account: it really is anonymous.
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));

        for (String path : new String[]{"/verify/" + code.compact(), "/verify/" + code.grouped(), "/verify"}) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as("GET %s", path).isEqualTo(200);
            assertThat(page.headers().firstValue("Location")).as("GET %s", path).isEmpty();
            assertThat(page.body()).as("GET %s", path).containsIgnoringCase("<html");
        }
    }
}
