package org.globalhub;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local SMTP server for in-container tests, on the port the test server's mail session uses
 * (3025): it accepts every mail and keeps recipient and text. (The browser tests use GreenMail from
 * the client JVM; a test that runs inside the server needs its mail server inside the server too.)
 */
public final class SmtpSink implements AutoCloseable {

    /** One received mail: the RCPT TO addresses and the raw DATA. */
    public record Mail(List<String> to, String data) {}

    private final ServerSocket server;
    private final List<Mail> mails = new CopyOnWriteArrayList<>();

    public SmtpSink(int port) {
        try {
            server = new ServerSocket(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread accept = new Thread(this::serve, "smtp-sink");
        accept.setDaemon(true);
        accept.start();
    }

    public List<Mail> mails() {
        return List.copyOf(mails);
    }

    public List<Mail> mailsTo(String address) {
        return mails.stream()
                .filter(m -> m.to().stream().anyMatch(t -> t.contains(address)))
                .toList();
    }

    /**
     * The mails to {@code address} once there are {@code count} of them: the Hub sends from its
     * outbox after the transaction commits, so a mail arrives a moment after the call that caused
     * it.
     */
    public List<Mail> awaitMailsTo(String address, int count) {
        for (int i = 0; i < 200; i++) {
            List<Mail> mine = mailsTo(address);
            if (mine.size() >= count) {
                return mine;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError(
                count + " mail(s) to " + address + " expected, got " + mailsTo(address).size());
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept();
                    BufferedReader in =
                            new BufferedReader(
                                    new InputStreamReader(
                                            socket.getInputStream(), StandardCharsets.UTF_8));
                    PrintWriter out =
                            new PrintWriter(
                                    socket.getOutputStream(), true, StandardCharsets.UTF_8)) {
                talk(in, out);
            } catch (IOException e) {
                // closed, or the client hung up: wait for the next one
            }
        }
    }

    private void talk(BufferedReader in, PrintWriter out) throws IOException {
        reply(out, "220 sink ready");
        List<String> to = new CopyOnWriteArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            String command =
                    line.length() >= 4
                            ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT)
                            : line;
            switch (command) {
                case "RCPT" -> {
                    to.add(line.substring(line.indexOf(':') + 1).strip());
                    reply(out, "250 ok");
                }
                case "DATA" -> {
                    reply(out, "354 go on");
                    StringBuilder data = new StringBuilder();
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        data.append(line).append('\n');
                    }
                    mails.add(new Mail(List.copyOf(to), data.toString()));
                    to.clear();
                    reply(out, "250 queued");
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "250 ok");
            }
        }
    }

    private static void reply(PrintWriter out, String text) {
        out.print(text + "\r\n");
        out.flush();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
