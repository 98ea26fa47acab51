package uk.lantern.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

final class FreePorts {

    private FreePorts() {
    }

    /** Returns the ports as given, with every 0 replaced by a distinct free loopback port. */
    static int[] resolve(int... ports) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            int[] resolved = new int[ports.length];
            for (int i = 0; i < ports.length; i++) {
                if (ports[i] == 0) {
                    // Held open until all are chosen so that two zeros never get the same port.
                    ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                    held.add(socket);
                    resolved[i] = socket.getLocalPort();
                } else {
                    resolved[i] = ports[i];
                }
            }
            return resolved;
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // nothing was accepted on it
                }
            }
        }
    }
}
