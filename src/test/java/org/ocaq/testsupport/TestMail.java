package org.ocaq.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real SMTP server in the test JVM (GreenMail); the application sends to it like to any mail server. */
public final class TestMail {

    private static GreenMail server;
    private static int port;

    private TestMail() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            port = freePort();
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    /** Stops the SMTP server, as in a mail-server outage. */
    public static synchronized void stop() {
        server().stop();
    }

    /** Starts it again on the same port. */
    public static synchronized void restart() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** Messages to one address received so far. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    /** Waits until an address has received at least count messages, and returns them. */
    public static List<MimeMessage> awaitTo(String address, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> received = to(address);
        while (received.size() < count && System.nanoTime() < deadline) {
            sleep(100);
            received = to(address);
        }
        if (received.size() < count) {
            throw new AssertionError("Expected " + count + " message(s) to " + address + ", got " + received.size());
        }
        return received;
    }

    public static String body(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof String text ? text : String.valueOf(content);
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first link in a message whose path starts with the given prefix, e.g. "/confirm-email/". */
    public static String link(MimeMessage message, String pathPrefix) {
        Matcher m = Pattern.compile("https?://\\S+" + Pattern.quote(pathPrefix) + "\\S+").matcher(body(message));
        if (!m.find()) {
            throw new AssertionError("No link with " + pathPrefix + " in: " + body(message));
        }
        return m.group();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            server();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-mail", Map.of(
                    "spring.mail.host", "127.0.0.1",
                    "spring.mail.port", String.valueOf(port))));
        }
    }
}
