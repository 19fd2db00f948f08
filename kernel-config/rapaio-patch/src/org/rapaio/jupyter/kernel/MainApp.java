/*
 * Modified copy of org.rapaio.jupyter.kernel.MainApp from rapaio-jupyter-kernel 3.0.1
 * (MIT License, see kernel-config/rapaio-patch/NOTICE.md). Changed by lamp:
 *  - logging is configured before the kernel is built and shows warnings and errors only, unless a
 *    java.util.logging configuration is given (-Djava.util.logging.config.file=...); upstream logged at INFO,
 *    the whole connection file (HMAC key included) and a line per message;
 *  - the log handler is created before any cell runs, so log lines never land in a cell's stderr;
 *  - the connection file's key is never logged;
 *  - once the channels are closed after a shutdown request the process exits, even if a cell's code left
 *    threads running.
 */
package org.rapaio.jupyter.kernel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import org.rapaio.jupyter.kernel.channels.Channels;
import org.rapaio.jupyter.kernel.core.ConnectionProperties;
import org.rapaio.jupyter.kernel.core.RapaioKernel;
import org.rapaio.jupyter.kernel.core.Transform;
import org.rapaio.jupyter.kernel.install.Installer;

public class MainApp {

    private static final String IPC_TRANSPORT = "ipc";

    /** Warnings and errors, one line each, on the kernel's standard error (the terminal running Jupyter). */
    private static final String DEFAULT_LOGGING = String.join("\n",
            "handlers = java.util.logging.ConsoleHandler",
            ".level = WARNING",
            "java.util.logging.ConsoleHandler.level = ALL",
            "java.util.logging.ConsoleHandler.formatter = java.util.logging.SimpleFormatter",
            "java.util.logging.SimpleFormatter.format = [%1$tF %1$tT] [%4$-7s] %3$s: %5$s%6$s%n",
            "");

    private static final Logger LOGGER = configureLogging();

    public static final RapaioKernel kernel = new RapaioKernel();

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("Kernel should have at least one argument. You can start it either with -i option for "
                    + "launching installer, either with connection file name as argument to work as a kernel.");
        }

        if (args[0].equals("-i")) {
            // run installer
            String[] installerArgs = Arrays.copyOfRange(args, 1, args.length);
            new Installer().install(installerArgs);
        } else {
            // run kernel called by jupyter
            runKernel(args[0]);
            System.exit(0);
        }
    }

    private static Logger configureLogging() {
        boolean configured = System.getProperty("java.util.logging.config.file") != null
                || System.getProperty("java.util.logging.config.class") != null;
        if (!configured) {
            try {
                LogManager.getLogManager().readConfiguration(
                        new ByteArrayInputStream(DEFAULT_LOGGING.getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // The console handler takes System.err when it is created, lazily, at the first record published. Create it
        // now: later, System.err may be a cell's output stream, and every kernel log line would land in cells.
        Logger.getLogger("").getHandlers();
        return Logger.getLogger(MainApp.class.getSimpleName());
    }

    private static void runKernel(String connectionFileArg) throws IOException, NoSuchAlgorithmException, InvalidKeyException {
        Path connectionFile = Paths.get(connectionFileArg);

        if (!Files.isRegularFile(connectionFile)) {
            throw new IllegalArgumentException("Connection file '" + connectionFile + "' isn't a file.");
        }

        String contents = Files.readString(connectionFile);

        ConnectionProperties connProps = Transform.fromJson(contents, ConnectionProperties.class);
        LOGGER.fine(() -> "Connection: " + connProps.transport() + "://" + connProps.ip()
                + " shell " + connProps.shellPort() + ", control " + connProps.controlPort()
                + ", iopub " + connProps.iopubPort() + ", stdin " + connProps.stdinPort()
                + ", heartbeat " + connProps.hbPort() + ", signature " + connProps.signatureScheme());

        if (IPC_TRANSPORT.equals(connProps.transport())) {
            // we should create a proxy for ipc
            LOGGER.severe("ipc protocol is not supported.");
        }

        Channels channels = new Channels(connProps);
        channels.connect(kernel);
        channels.joinUntilClose();
    }
}
