package dev.releasegate.verifier.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy in front of a server that delays every byte by a fixed time in each direction (a database in another
 * region), and counts round trips: each time the client speaks again after the server answered, it waited once
 * (the Terminate a closing client sends waits for nothing and is not counted).
 */
public final class LatencyProxy implements AutoCloseable {

    private static final byte[] END = new byte[0];

    private record Chunk(long due, byte[] bytes) {
    }

    private final String host;
    private final int port;
    private final long delayNanos;
    private final ServerSocket listener;
    private final AtomicInteger roundTrips = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    /** Listens on a free port of the loopback interface, forwarding to host:port with delayMillis each way. */
    public LatencyProxy(String host, int port, int delayMillis) throws IOException {
        this.host = host;
        this.port = port;
        this.delayNanos = delayMillis * 1_000_000L;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon("latency-proxy-accept", this::accept).start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** {@code jdbc:postgresql://localhost:5432/db?user=x} pointed at this proxy instead. */
    public String proxied(String jdbcUrl) {
        return jdbcUrl.replaceFirst("//[^/]+/", "//localhost:" + port() + "/");
    }

    /** Round trips of every connection so far, handshakes included. */
    public int roundTrips() {
        return roundTrips.get();
    }

    public int connections() {
        return connections.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(host, port);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(server);
                connections.incrementAndGet();
                // true while the server has spoken since the client last did: the client's next bytes start a round trip
                boolean[] serverSpoke = {true};
                pipe(client, server, bytes -> {
                    synchronized (serverSpoke) {
                        if (serverSpoke[0] && !terminate(bytes)) {
                            roundTrips.incrementAndGet();
                            serverSpoke[0] = false;
                        }
                    }
                });
                pipe(server, client, bytes -> {
                    synchronized (serverSpoke) {
                        serverSpoke[0] = true;
                    }
                });
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Bytes read from {@code from} are written to {@code to} once their delay has passed, in order. */
    private void pipe(Socket from, Socket to, java.util.function.Consumer<byte[]> onRead) throws IOException {
        InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream();
        BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
        daemon("latency-proxy-read", () -> {
            byte[] buffer = new byte[64 * 1024];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    byte[] bytes = Arrays.copyOf(buffer, n);
                    onRead.accept(bytes);
                    queue.add(new Chunk(System.nanoTime() + delayNanos, bytes));
                }
            } catch (IOException closed) {
                // the other side went away: pass the end on
            }
            queue.add(new Chunk(System.nanoTime() + delayNanos, END));
        }).start();
        daemon("latency-proxy-write", () -> {
            try {
                while (true) {
                    Chunk chunk = queue.take();
                    long wait = chunk.due() - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    if (chunk.bytes() == END) {
                        to.shutdownOutput();
                        return;
                    }
                    out.write(chunk.bytes());
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                closeQuietly(from);
                closeQuietly(to);
            }
        }).start();
    }

    /** PostgreSQL's Terminate message, sent as a connection closes: the client waits for no answer. */
    private static boolean terminate(byte[] bytes) {
        return bytes.length == 5 && bytes[0] == 'X' && bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 0 && bytes[4] == 4;
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        sockets.forEach(LatencyProxy::closeQuietly);
    }
}
